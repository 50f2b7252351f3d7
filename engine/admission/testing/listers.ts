// Go twin: k8s.io/client-go/tools/cache (NewIndexer + the generated listers, as plugin tests fill them) @ v1.34.0
//
// In-memory listers for admission plugin tests: Go's tests add objects to an informer's store and hand the
// plugin its lister; here a test names the objects per resource and gets `listerFor` back.
import type { GroupResource } from '../../api/errors/errors';
import type { RuntimeObject } from '../../runtime/object';
import { Scheme } from '../../runtime/scheme';
import type { AdmissionClient, Lister, PluginInitialization } from '../initializer';

/** Objects per resource, keyed `<group>/<resource>`: `apps/deployments`, and `/pods` (or `pods`) for core. */
export type ObjectsByResource = Record<string, RuntimeObject[]>;

const keyOf = (gr: GroupResource) => `${gr.group}/${gr.resource}`;

/**
 * listerFor over fixed objects. A resource with no entry lists nothing. Like an informer's cache the lister
 * hands out the stored objects themselves, so a test can tell when a plugin mutates what it only read.
 */
export function memoryListers(objects: ObjectsByResource): (gr: GroupResource) => Lister {
  const byKey = new Map<string, RuntimeObject[]>();
  for (const [key, items] of Object.entries(objects)) byKey.set(key.includes('/') ? key : `/${key}`, items);
  return (gr) => {
    const items = () => byKey.get(keyOf(gr)) ?? [];
    const namespaceOf = (o: RuntimeObject) => o.metadata?.namespace ?? '';
    return {
      get: (namespace, name) =>
        Promise.resolve(
          items().find((o) => namespaceOf(o) === namespace && o.metadata?.name === name) ?? null,
        ),
      list: (namespace) =>
        Promise.resolve(
          namespace === undefined ? [...items()] : items().filter((o) => namespaceOf(o) === namespace),
        ),
    };
  };
}

/** A client for plugins that must not call the server in a test: every call fails loudly. */
const refusingClient: AdmissionClient = {
  do: (method, path) =>
    Promise.reject(new Error(`memoryInitialization: unexpected client call ${method} ${path}`)),
};

/** A whole PluginInitialization for a plugin test: memory listers, a refusing client, a fixed clock. */
export function memoryInitialization(
  objects: ObjectsByResource,
  overrides: Partial<PluginInitialization> = {},
): PluginInitialization {
  return {
    listerFor: memoryListers(objects),
    client: refusingClient,
    scheme: new Scheme('engine/admission/testing/listers.ts'),
    now: () => new Date('2025-08-27T10:00:00Z'),
    ...overrides,
  };
}
