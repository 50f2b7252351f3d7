// Go twin: k8s.io/apiserver/pkg/registry/rest/meta.go @ v1.34.0
import { newBadRequest } from '../../api/errors/errors';
import type { ObjectMeta, RuntimeObject } from '../../runtime/object';

export function metaOf(obj: RuntimeObject): ObjectMeta {
  return (obj.metadata ??= {});
}

/** FillObjectMetaSystemFields: what the server sets on every create. */
export function fillObjectMetaSystemFields(meta: ObjectMeta, now: string, uid: string): void {
  meta.creationTimestamp = now;
  meta.uid = uid;
}

/** WipeObjectMetaSystemFields: a client cannot choose these on create. */
export function wipeObjectMetaSystemFields(meta: ObjectMeta): void {
  delete meta.creationTimestamp;
  delete meta.uid;
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  delete meta.selfLink;
}

export const expectedNamespaceForScope = (requestNamespace: string, namespaceScoped: boolean) =>
  namespaceScoped ? requestNamespace : '';

/** EnsureObjectNamespaceMatchesRequestNamespace: fill an empty namespace, clear it for cluster scope, or 400. */
export function ensureObjectNamespaceMatchesRequestNamespace(
  requestNamespace: string,
  meta: ObjectMeta,
): void {
  const objNamespace = meta.namespace ?? '';
  if (objNamespace === requestNamespace) return;
  if (objNamespace === '') {
    meta.namespace = requestNamespace;
    return;
  }
  if (requestNamespace === '') {
    delete meta.namespace;
    return;
  }
  throw newBadRequest(
    'the namespace of the provided object does not match the namespace sent on the request',
  );
}
