// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/registry/generic/registry/dryrun.go
// Function: DryRunnableStorage.Create
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/dryrun.go

package registry

// The Store's e.Storage: the storage.Interface, with a dryRun switch on every write.
type DryRunnableStorage struct {
	Storage storage.Interface
	Codec   runtime.Codec
}

func (s *DryRunnableStorage) Create(ctx context.Context, key string, obj, out runtime.Object, ttl uint64, dryRun bool) error {
	if dryRun {
		// a dry run fails as the real create would if the key already exists...
		if err := s.Storage.Get(ctx, key, storage.GetOptions{}, out); err == nil {
			return storage.NewKeyExistsError(key, 0)
		}
		// ...but instead of writing, it round-trips the object through the storage codec
		return s.copyInto(obj, out)
	}
	return s.Storage.Create(ctx, key, obj, out, ttl) // the etcd3 store
}

func (s *DryRunnableStorage) copyInto(in, out runtime.Object) error {
	data, err := runtime.Encode(s.Codec, in) // the bytes a real create would store
	if err != nil {
		return err
	}
	// decoded again, without a revision: the answer has no resourceVersion
	_, _, err = s.Codec.Decode(data, nil, out)
	return err
}
