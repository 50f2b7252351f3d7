// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/update.go (UpdateResource) @ v1.34.0
import type { Chain } from '../../admission/interfaces';
import { newBadRequest } from '../../api/errors/errors';
import { deepCopyObject, type RuntimeObject } from '../../runtime/object';
import type { UpdatedObjectInfo } from '../../registry/generic/registry/store';
import {
  ensureObjectNamespaceMatchesRequestNamespace,
  expectedNamespaceForScope,
  metaOf,
} from '../../registry/rest/meta';
import type { RESTStorage, Updater } from '../../registry/rest/rest';
import type { Handler } from '../../server/http';
import { checkGroupVersion, writePrelude } from './write_prelude';
import { admissionAttributes, decodeBody, recordManagedFields } from './decode';
import { admitTraced, validateTraced } from './admission';
import { namerFor } from './namer';
import { transformResponseObject } from './response';
import { requestContext, scopeErr, type RequestScope } from './rest';

/** checkName: the body's name must be the URL's, and its namespace (if any) the request's. */
export function checkName(obj: RuntimeObject, name: string, namespace: string): void {
  const objName = obj.metadata?.name ?? '';
  const objNamespace = obj.metadata?.namespace ?? '';
  if (objName !== name) {
    throw newBadRequest(`the name of the object (${objName}) does not match the name on the URL (${name})`);
  }
  if (namespace && objNamespace && objNamespace !== namespace) {
    throw newBadRequest(
      `the namespace of the object (${objNamespace}) does not match the namespace on the request (${namespace})`,
    );
  }
}

export function updateResource(storage: RESTStorage & Updater, scope: RequestScope, admit: Chain): Handler {
  return async (w, req) => {
    try {
      const { namespace, name } = namerFor(scope, req);
      const { mt, body, dryRun, validation } = await writePrelude(scope, req, 'UpdateOptions');
      const ctx = requestContext(req, namespace);
      const { obj, external } = await decodeBody(scope, req, body, storage.newObject(), validation);
      checkGroupVersion(scope, external.gvk);
      ensureObjectNamespaceMatchesRequestNamespace(
        expectedNamespaceForScope(namespace, scope.namespaced),
        metaOf(obj),
      );
      checkName(obj, name, namespace);

      const objInfo: UpdatedObjectInfo = {
        preconditions: () => null,
        updatedObject: async (_ctx, oldObj) => {
          const updated = deepCopyObject(obj);
          recordManagedFields(scope, req, oldObj, updated, 'Update');
          const attrs = admissionAttributes(scope, req, 'UPDATE', name, namespace, updated, oldObj, dryRun);
          await admitTraced(scope, admit, attrs);
          return updated;
        },
      };
      const { obj: result, created } = await storage.update(
        ctx,
        name,
        objInfo,
        (o) =>
          validateTraced(
            scope,
            admit,
            admissionAttributes(scope, req, 'CREATE', name, namespace, o, null, dryRun),
            o,
          ),
        (o, old) =>
          validateTraced(
            scope,
            admit,
            admissionAttributes(scope, req, 'UPDATE', name, namespace, o, old, dryRun),
            o,
          ),
        false,
        { dryRun },
      );
      await scope.hooks?.step('storage', result, {
        dryRun,
        resourceVersion: result.metadata?.resourceVersion ?? '',
      });
      await transformResponseObject(scope, req, w, created ? 201 : 200, mt, { type: 'object', obj: result });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
