// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/storage/etcd3/store.go
// Function: store.Create
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/storage/etcd3/store.go

package etcd3

// storage.Interface.Create, talking to etcd. key is e.g. /registry/pods/default/nginx.
func (s *store) Create(ctx context.Context, key string, obj, out runtime.Object, ttl uint64) error {
	preparedKey, err := s.prepareKey(key, false)
	if err != nil {
		return err
	}
	// a new object may not carry a resourceVersion: etcd hands it one
	if version, err := s.versioner.ObjectResourceVersion(obj); err == nil && version != 0 {
		return storage.ErrResourceVersionSetOnCreate
	}
	if err := s.versioner.PrepareObjectForStorage(obj); err != nil { // clears resourceVersion
		return fmt.Errorf("PrepareObjectForStorage failed: %v", err)
	}
	// encode in the storage version (v1 for Pods; protobuf in a real cluster)
	data, err := runtime.Encode(s.codec, obj)
	if err != nil {
		return err
	}
	// ... lease for a TTL (Events)
	newData, err := s.transformer.TransformToStorage(ctx, data, authenticatedDataString(preparedKey)) // encryption at rest
	if err != nil {
		return storage.NewInternalError(err)
	}

	// one etcd transaction: IF mod_revision(key) == 0 (no such key) THEN put
	txnResp, err := s.client.Kubernetes.OptimisticPut(ctx, preparedKey, newData, 0, kubernetes.PutOptions{LeaseID: lease})
	if err != nil {
		return err
	}
	if !txnResp.Succeeded {
		return storage.NewKeyExistsError(preparedKey, 0) // becomes 409 AlreadyExists
	}
	// decode what was written; its resourceVersion is the revision of this transaction
	if out != nil {
		return s.decoder.Decode(data, out, txnResp.Revision)
	}
	return nil
}
