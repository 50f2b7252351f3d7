// Go twin: the informer listers kube-apiserver hands admission plugins and authorizers
// (k8s.io/client-go/listers, fed by the shared informer factory of pkg/controlplane/apiserver/config.go)
// @ v1.34.0
//
// Go's listers read a watch-fed cache; these read the registry's storage at the current revision — the same
// objects, as internal types, without a request and without tracing.
import { isNotFound, type GroupResource } from '../api/errors/errors';
import type { Lister } from '../admission/initializer';
import type { RequestContext } from '../endpoints/request/context';
import type { Store } from '../registry/generic/registry/store';
import type { RuntimeObject } from '../runtime/object';

const keyOf = (gr: GroupResource) => `${gr.group}/${gr.resource}`;

/** Every registry Store of the server, by group and resource: filled as the API is installed. */
export class StoreIndex {
  private readonly stores = new Map<string, Store>();

  register(gr: GroupResource, store: Store): void {
    this.stores.set(keyOf(gr), store);
  }

  /** A lister for a resource; reading one that is not served fails loudly (a wiring bug, not a user error). */
  listerFor(gr: GroupResource): Lister {
    const store = () => {
      const s = this.stores.get(keyOf(gr));
      if (!s) throw new Error(`no storage for ${keyOf(gr)}`);
      return s;
    };
    const ctx = (namespace: string): RequestContext => ({ namespace });
    return {
      get: async (namespace, name) => {
        try {
          return await store().get(ctx(namespace), name);
        } catch (e) {
          if (isNotFound(e)) return null;
          throw e;
        }
      },
      list: async (namespace = ''): Promise<RuntimeObject[]> =>
        (await store().list(ctx(namespace), {})).items,
    };
  }
}
