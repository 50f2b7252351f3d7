// Where this lesson shows other lines than the defaults: the pods/log and bindings storages, whose interfaces
// decided their routes at start-up, and the discovery handler that serves what the installer collected.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  // run 0: start-up
  'startup.newLegacyRESTStorage @0': {
    excerpt: 'storage-core',
    from: 'storage := map[string]rest.Storage{}',
    to: 'storage["pods/binding"] = podStorage.Binding',
  },
  // run 1: GET /api/v1
  'exit.200 @1': {
    excerpt: 'discovery-version',
    from: 'func (s *APIVersionHandler) ServeHTTP',
    to: '&metav1.APIResourceList',
  },
  // run 2: GET bindings, run 3: POST pods/log
  'exit.405 @2': {
    excerpt: 'pod-binding-rest',
    from: 'New, Destroy and NamespaceScoped',
    to: 'var _ = rest.NamedCreater(&BindingREST{})',
  },
  'exit.405 @3': {
    excerpt: 'pod-log-rest',
    from: 'The only interfaces it promises',
    to: 'var _ = rest.StorageMetadata(&LogREST{})',
  },
  // run 4: GET pods/log
  'registry.storage @4': {
    excerpt: 'pod-log-rest',
    from: 'func (r *LogREST) Get(',
    to: 'ContentType: "text/plain",',
  },
  'response.write @4': {
    excerpt: 'pod-log-rest',
    from: 'ProducesMIMETypes: the log is plain text',
    to: 'return []string{"text/plain"}',
  },
};
