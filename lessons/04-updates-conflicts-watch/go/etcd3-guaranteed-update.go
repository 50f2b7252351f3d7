// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/storage/etcd3/store.go
// Function: store.GuaranteedUpdate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/storage/etcd3/store.go

package etcd3

// Read, modify, compare-and-swap, and on a lost race read again: the update loop
// of storage.Interface. tryUpdate is the registry's (Store.Update) closure.
func (s *store) GuaranteedUpdate(ctx context.Context, key string, destination runtime.Object, ignoreNotFound bool,
	preconditions *storage.Preconditions, tryUpdate storage.UpdateFunc, cachedExistingObject runtime.Object) error {
	preparedKey, err := s.prepareKey(key, false)
	// ...
	getCurrentState := s.getCurrentState(ctx, preparedKey, v, ignoreNotFound, skipTransformDecode)
	origState, err := getCurrentState() // read: the object and its mod_revision (or a cached copy, rechecked)
	// ...
	for {
		if err := preconditions.Check(preparedKey, origState.obj); err != nil {
			return err // ... a cached copy is re-read once before giving up
		}
		// modify: tryUpdate gets the stored object; its 409 Conflict or 422 Invalid ends the loop
		ret, ttl, err := s.updateState(origState, tryUpdate)
		if err != nil {
			return err // ... same re-read rule for a cached copy
		}
		data, err := runtime.Encode(s.codec, ret) // the storage version, without resourceVersion
		if !origState.stale && bytes.Equal(data, origState.data) {
			// no-op: byte for byte what is stored. Nothing is written, the revision does not move,
			// and the answer keeps the old resourceVersion
			return s.decoder.Decode(origState.data, destination, origState.rev)
		}
		newData, err := s.transformer.TransformToStorage(ctx, data, transformContext) // ... and a lease if ttl != 0
		// swap: IF mod_revision(key) == origState.rev THEN put ELSE get
		txnResp, err := s.client.Kubernetes.OptimisticPut(ctx, preparedKey, newData, origState.rev,
			kubernetes.PutOptions{GetOnFailure: true, LeaseID: lease})
		if !txnResp.Succeeded { // ... (err: etcd unreachable, returned as is)
			// written by someone else since the read: start over with what etcd just returned
			origState, err = s.getState(ctx, txnResp.KV, preparedKey, v, ignoreNotFound, skipTransformDecode)
			continue
		}
		// the new resourceVersion is the revision of this transaction
		return s.decoder.Decode(data, destination, txnResp.Revision)
	}
}
