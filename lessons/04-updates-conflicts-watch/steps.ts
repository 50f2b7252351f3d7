// Where this lesson shows other lines than the defaults: the update handler and the registry's tryUpdate,
// etcd3's GuaranteedUpdate loop (compare-and-swap, no-op), and for the watches ListResource, the etcd3 watcher
// and the WatchServer.
import type { StepOverrides } from '../_shared/define';

const guaranteedUpdate = 'etcd3-guaranteed-update';

export const steps: StepOverrides = {
  // the PUTs (requests 0, 1, 3, 4)
  'chain.kubeAPIServer @0': {
    excerpt: 'update-handler',
    from: 'func UpdateResource(',
    to: 'obj, gvk, err := decoder.Decode',
  },
  'scheme.decode': {
    excerpt: 'update-handler',
    from: 'obj, gvk, err := decoder.Decode',
    to: 'the client\'s claim "I edited the object',
  },
  'admission.mutating': {
    excerpt: 'update-handler',
    from: 'Not run now: transformers run inside',
    to: 'rest.DefaultUpdatedObjectInfo(obj, transformers...)',
  },
  'exit.409 @1': {
    excerpt: 'store-update',
    from: 'newResourceVersion, _ := e.Storage.Versioner().ObjectResourceVersion(obj)',
    to: 'return nil, nil, apierrors.NewConflict',
  },
  'admission.validating @0': {
    excerpt: 'store-update',
    from: 'if newResourceVersion != existingResourceVersion {',
    to: 'return nil, nil, err // validating admission',
  },
  'admission.validating @3': {
    excerpt: 'store-update',
    from: 'if newResourceVersion != existingResourceVersion {',
    to: 'return nil, nil, err // validating admission',
  },
  'admission.validating @4': {
    excerpt: 'store-update',
    from: 'if err := rest.BeforeUpdate(e.UpdateStrategy',
    to: 'return nil, nil, err // validating admission',
  },
  'storage.encode': {
    excerpt: guaranteedUpdate,
    from: 'data, err := runtime.Encode(s.codec, ret)',
    to: 'if !origState.stale && bytes.Equal(data, origState.data) {',
  },
  'storage.encode @4': {
    excerpt: guaranteedUpdate,
    from: 'if !origState.stale && bytes.Equal(data, origState.data) {',
    to: 'return s.decoder.Decode(origState.data, destination, origState.rev)',
  },
  'etcd.txn @0': {
    excerpt: guaranteedUpdate,
    from: 'swap: IF mod_revision(key) == origState.rev',
    to: 'kubernetes.PutOptions{GetOnFailure: true',
  },
  'etcd.txn @3': {
    excerpt: guaranteedUpdate,
    from: 'swap: IF mod_revision(key) == origState.rev',
    to: 'continue',
  },
  'registry.storage @0': {
    excerpt: guaranteedUpdate,
    from: 'the new resourceVersion is the revision of this transaction',
    to: 'return s.decoder.Decode(data, destination, txnResp.Revision)',
  },
  'registry.storage @3': {
    excerpt: guaranteedUpdate,
    from: 'the new resourceVersion is the revision of this transaction',
    to: 'return s.decoder.Decode(data, destination, txnResp.Revision)',
  },
  'registry.storage @4': {
    excerpt: guaranteedUpdate,
    from: 'return s.decoder.Decode(origState.data, destination, origState.rev)',
  },
  'exit.200 @0': {
    excerpt: 'update-handler',
    from: 'status := http.StatusOK',
    to: 'transformResponseObject(ctx, scope, req, w, status',
  },
  // the DELETE (request 5)
  'etcd.txn @5': {
    excerpt: 'store-delete',
    from: 'otherwise delete the key in one transaction',
    to: 'if err := e.Storage.Delete(',
  },
  // the watches (requests 6 and 7)
  'filter.timeout @6': {
    excerpt: 'timeout',
    from: 'if longRunning(req, requestInfo) {',
    to: 'return req, true, nil, nil',
  },
  'chain.kubeAPIServer @6': {
    excerpt: 'list-resource-watch',
    from: 'if opts.Watch || forceWatch {',
    to: 'handler.ServeHTTP(w, req)',
  },
  'handler.negotiate @6': {
    excerpt: 'etcd3-watcher',
    from: 'every change *after* initialRev',
    to: 'wch := wc.watcher.client.Watch',
  },
  'exit.200 @6': {
    excerpt: 'watch-server',
    from: 'case event, ok := <-ch:',
    to: 'if err := watchEncoder.Encode(event); err != nil {',
  },
  'chain.kubeAPIServer @7': {
    excerpt: 'list-resource-watch',
    from: 'watcher, err := rw.Watch(ctx, &opts)',
    to: 'an error *before* streaming',
  },
  'handler.negotiate @7': {
    excerpt: 'etcd3-watcher',
    from: 'func transformErrorToEvent(err error)',
    to: 'return &watch.Event{Type: watch.Error, Object: &status}',
  },
  'exit.200 @7': {
    excerpt: 'watch-server',
    from: 'the status line goes out first',
    to: 'flusher.Flush()',
  },
};
