// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/registry/generic/registry/store.go
// Function: Store.Get
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go

package registry

// GET /api/v1/namespaces/default/pods/nginx ends up here (via rest.Getter).
func (e *Store) Get(ctx context.Context, name string, options *metav1.GetOptions) (runtime.Object, error) {
	obj := e.NewFunc() // an empty internal object, e.g. &core.Pod{}
	// namespace from the context + name: /pods/default/nginx
	key, err := e.KeyFunc(ctx, name)
	if err != nil {
		return nil, err
	}
	// storage.Interface.Get reads the key (from the watch cache, or etcd), decodes
	// the stored bytes, defaults them and converts them to the internal version
	if err := e.Storage.Get(ctx, key, storage.GetOptions{ResourceVersion: options.ResourceVersion}, obj); err != nil {
		// a missing key becomes 404 NotFound: pods "x" not found
		return nil, storeerr.InterpretGetError(err, e.qualifiedResourceFromContext(ctx), name)
	}
	if e.Decorator != nil {
		e.Decorator(obj)
	}
	return obj, nil
}
