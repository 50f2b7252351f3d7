// Go twin: k8s.io/kubernetes/pkg/registry/core/namespace/storage/storage.go (REST) @ v1.34.0
//
// Namespaces are served by a REST type that wraps the generic Store but does not expose DeleteCollection:
// deleting every namespace with one request is not offered, so `DELETE /api/v1/namespaces` has no route (405).
import type { Store } from '../../generic/registry/store';

/** The namespace Store with every rest interface but CollectionDeleter. */
export function newNamespaceREST(store: Store): Store {
  const rest = Object.create(store) as Store;
  // shadow the inherited method: the installer sees no CollectionDeleter
  Object.defineProperty(rest, 'deleteCollection', { value: undefined });
  return rest;
}
