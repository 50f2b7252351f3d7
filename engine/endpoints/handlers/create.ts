// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/create.go (createHandler) @ v1.34.0
import type { Chain } from '../../admission/interfaces';
import { newBadRequest } from '../../api/errors/errors';
import { deepCopyObject, type RuntimeObject } from '../../runtime/object';
import { gvString } from '../../runtime/schema/groupversion';
import {
  ensureObjectNamespaceMatchesRequestNamespace,
  expectedNamespaceForScope,
  metaOf,
  wipeObjectMetaSystemFields,
} from '../../registry/rest/meta';
import type { Creater, RESTStorage } from '../../registry/rest/rest';
import type { Handler } from '../../server/http';
import { limitedReadBody } from './body';
import { validateFieldManagerParam } from './managedfields';
import { decodeBody, admissionAttributes, recordManagedFields } from './decode';
import { negotiateOutputMediaType } from './negotiation/negotiate';
import { tableRestrictions, transformResponseObject } from './response';
import { parseDryRun, parseFieldValidation, requestContext, scopeErr, type RequestScope } from './rest';
import { namerFor } from './namer';

/** POST to a collection (includeName = false) or to a named path such as pods/binding (true). */
export function createResource(
  storage: RESTStorage & Creater,
  scope: RequestScope,
  admit: Chain,
  includeName = false,
): Handler {
  return async (w, req) => {
    try {
      const namer = namerFor(scope, req);
      let namespace = namer.namespace;
      let name = includeName ? namer.name : '';
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      await scope.hooks?.step('negotiate', null, { output: mt.contentType });
      const body = limitedReadBody(req, scope.maxRequestBodyBytes);
      await scope.hooks?.step('readBody', null, {
        bytes: req.contentLength,
        limit: scope.maxRequestBodyBytes,
      });
      const dryRun = parseDryRun(req.query.getAll('dryRun'), 'CreateOptions');
      const validation = parseFieldValidation(req.query.get('fieldValidation'), 'CreateOptions');
      validateFieldManagerParam(req, 'CreateOptions');
      const ctx = requestContext(req, namespace);

      const { obj, external } = await decodeBody(scope, req, body, storage.newObject(), validation);
      const objGV = external.gvk;
      if (objGV.group !== scope.kind.group || objGV.version !== scope.kind.version) {
        throw newBadRequest(
          `the API version in the data (${gvString(objGV)}) does not match the expected API version (${gvString(scope.kind)})`,
        );
      }
      const meta = metaOf(obj);
      if (!name) name = meta.name ?? '';
      if (scope.resource.resource === 'namespaces' && scope.resource.group === '' && !namespace)
        namespace = name;
      ctx.namespace = namespace;
      wipeObjectMetaSystemFields(meta);
      ensureObjectNamespaceMatchesRequestNamespace(
        expectedNamespaceForScope(namespace, scope.namespaced),
        meta,
      );
      recordManagedFields(scope, req, null, obj, 'Update');

      const attrs = admissionAttributes(scope, req, 'CREATE', name, namespace, obj, null, dryRun);
      await admit.admit(attrs);
      await scope.hooks?.step('admission.mutating', obj, {
        plugins: admit.plugins.filter((p) => p.admit).map((p) => p.name),
      });

      const created = await storage.create(
        ctx,
        obj,
        async (o: RuntimeObject) => {
          await admit.validate({ ...attrs, object: o });
          await scope.hooks?.step('admission.validating', o, {
            plugins: admit.plugins.filter((p) => p.validate).map((p) => p.name),
          });
        },
        {
          dryRun,
          hooks: {
            step: (s, o) =>
              void scope.hooks?.step(
                s === 'prepareForCreate'
                  ? 'registry.prepareForCreate'
                  : s === 'validate'
                    ? 'registry.validate'
                    : 'registry.canonicalize',
                deepCopyObject(o),
              ),
          },
        },
      );
      await scope.hooks?.step('storage', created, {
        dryRun,
        resourceVersion: created.metadata?.resourceVersion ?? '',
      });
      await transformResponseObject(scope, req, w, 201, mt, { type: 'object', obj: created });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
