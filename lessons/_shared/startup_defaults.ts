// Default notes and excerpt lines for the start-up steps (engine/flow/startup_steps.ts).
import type { DefaultEntry } from './defaults';

const at = (excerpt: string, from: string, to?: string) =>
  to === undefined ? { excerpt, from } : { excerpt, from, to };

export const startupEntries: Record<string, DefaultEntry> = {
  'startup.createServerChain': {
    note: '`CreateServerChain` builds three servers **from the inside out**: apiextensions-apiserver first (it delegates to a plain not-found handler), then kube-apiserver (delegating to apiextensions), then kube-aggregator (delegating to kube-apiserver). Requests will travel the other way.',
    at: at('server-chain-startup', 'func CreateServerChain', 'return aggregatorServer, nil'),
  },
  'startup.genericServer': {
    note: "A **GenericAPIServer** is built: its handler chain (the filters), its director, and a non-restful mux whose not-found handler is the **next server's director** — that is how delegation works. The delegate's post-start hooks become this server's too.",
    at: at('generic-server-new', 'apiServerHandler := NewAPIServerHandler', 'delegationTarget:'),
  },
  'startup.newLegacyRESTStorage': {
    note: "The core group's storage is made: one **rest.Storage per path** — `pods`, `pods/status`, `namespaces`, `configmaps`, … This map (the `restStorageMap`) is all the installer needs: a path gets exactly the routes its storage can serve.",
    at: at(
      'storage-core',
      'storage := map[string]rest.Storage{}',
      'apiGroupInfo.VersionedResourcesStorageMap["v1"] = storage',
    ),
  },
  'startup.apiGroupInfo': {
    note: "An **APIGroupInfo** collects a group's storage per served version, in priority order: the first version is the preferred one and the one objects are stored in.",
    at: at('api-group-info', 'func NewDefaultAPIGroupInfo', 'NegotiatedSerializer:'),
  },
  'startup.installLegacyAPIGroup': {
    note: 'The core group is installed under **/api** (not /apis): its resources become routes under `/api/v1`, and `GET /api` lists its versions.',
    at: at(
      'api-group-info',
      'func (s *GenericAPIServer) InstallLegacyAPIGroup',
      's.Handler.GoRestfulContainer.Add(legacyRootAPIHandler.WebService())',
    ),
  },
  'startup.installAPIGroups': {
    note: 'Named groups are installed under **/apis/<group>/<version>**, and each gets a `GET /apis/<group>` document and a place in `GET /apis`.',
    at: at(
      'api-group-info',
      'func (s *GenericAPIServer) InstallAPIGroups',
      's.Handler.GoRestfulContainer.Add(discovery.NewAPIGroupHandler',
    ),
  },
  'startup.apiInstaller': {
    note: '`APIInstaller.Install` makes one go-restful **WebService** for the group version and registers every storage path in it, in sorted order.',
    at: at(
      'api-installer',
      'func (a *APIInstaller) Install()',
      'return apiResources, resourceInfos, ws, errors',
    ),
  },
  'startup.registerResourceHandlers': {
    note: "For one path, the installer checks which small interfaces its storage implements — `Getter`, `Lister`, `Creater`, `Updater`, `Patcher`, `GracefulDeleter`, `CollectionDeleter`, `Watcher` — and adds **only the routes those allow**. The details show this path's interfaces, verbs and routes.",
    at: at(
      'api-installer',
      'creater, isCreater := storage.(rest.Creater)',
      'actions = appendIf(actions, action{"DELETE"',
    ),
  },
  'startup.discovery': {
    note: "The verbs of every path become the group version's **discovery document** (`APIResourceList`), served at its root: what `kubectl api-resources` reads.",
    at: at('discovery-version', 'func (s *APIVersionHandler) ServeHTTP', '&metav1.APIResourceList'),
  },
  'startup.postStartHook': {
    note: "A **post-start hook** runs once the servers are built: here the hooks create the system namespaces, the `default` namespace and `kubernetes` Service, and the aggregator's local APIServices — through the server's own front door, like any client.",
    at: at('post-start-hooks', 'for hookName, hookEntry := range s.postStartHooks', 'close(entry.done)'),
  },
  'startup.ready': {
    note: 'Every hook has finished: **/readyz** passes and the server takes requests.',
    at: at('post-start-hooks', 'close(entry.done)'),
  },
};
