// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/create.go (createHandler) @ v1.34.0
import type { Chain } from '../../admission/interfaces';
import { deepCopyObject, typeOf, type RuntimeObject } from '../../runtime/object';
import {
  ensureObjectNamespaceMatchesRequestNamespace,
  expectedNamespaceForScope,
  metaOf,
  wipeObjectMetaSystemFields,
} from '../../registry/rest/meta';
import type { Creater, RESTStorage } from '../../registry/rest/rest';
import type { Handler } from '../../server/http';
import { checkGroupVersion, writePrelude } from './write_prelude';
import { decodeBody, admissionAttributes, recordManagedFields } from './decode';
import { transformResponseObject, type HandlerResult } from './response';
import { requestContext, scopeErr, type RequestScope } from './rest';
import { namerFor } from './namer';
import { admitTraced, validateTraced } from './admission';

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
      const { mt, body, dryRun, validation } = await writePrelude(scope, req, 'CreateOptions');
      const ctx = requestContext(req, namespace);

      const { obj, external } = await decodeBody(scope, req, body, storage.newObject(), validation);
      checkGroupVersion(scope, external.gvk);
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
      await admitTraced(scope, admit, attrs);

      const created = await storage.create(
        ctx,
        obj,
        (o: RuntimeObject) => validateTraced(scope, admit, { ...attrs, object: o }, o),
        {
          dryRun,
          ...(includeName ? { name } : {}),
          hooks: {
            step: (s, o, details) =>
              void scope.hooks?.step(
                s === 'prepareForCreate'
                  ? 'registry.prepareForCreate'
                  : s === 'validate'
                    ? 'registry.validate'
                    : 'registry.canonicalize',
                deepCopyObject(o),
                details,
              ),
          },
        },
      );
      await scope.hooks?.step('storage', created, {
        dryRun,
        resourceVersion: created.metadata?.resourceVersion ?? '',
      });
      // Some named creates (pods/binding) answer with a bare Status, not an object of the scheme.
      const result: HandlerResult = typeOf(created)
        ? { type: 'object', obj: created }
        : { type: 'raw', value: created as Record<string, unknown> };
      await transformResponseObject(scope, req, w, 201, mt, result);
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
