// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/registry/generic/registry/store.go
// Function: Store.Create
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go

package registry

func (e *Store) Create(ctx context.Context, obj runtime.Object, createValidation rest.ValidateObjectFunc, options *metav1.CreateOptions) (runtime.Object, error) {
	if needsNameGeneration(obj) { // generateName and no name: retry on a name clash (RetryGenerateName)
		return e.createWithGenerateNameRetry(ctx, obj, createValidation, options)
	}
	return e.create(ctx, obj, createValidation, options)
}

func (e *Store) create(ctx context.Context, obj runtime.Object, createValidation rest.ValidateObjectFunc, options *metav1.CreateOptions) (runtime.Object, error) {
	objectMeta, _ := meta.Accessor(obj) // ...
	// the server, not the client, sets uid and creationTimestamp
	rest.FillObjectMetaSystemFields(objectMeta)
	if len(objectMeta.GetGenerateName()) > 0 && len(objectMeta.GetName()) == 0 {
		objectMeta.SetName(e.CreateStrategy.GenerateName(objectMeta.GetGenerateName()))
	}
	if err := rest.BeforeCreate(e.CreateStrategy, ctx, obj); err != nil {
		return nil, err // PrepareForCreate, Validate (422), Canonicalize
	}
	// validating admission, on a copy: plugins may look but not touch
	if createValidation != nil {
		if err := createValidation(ctx, obj.DeepCopyObject()); err != nil {
			return nil, err
		}
	}
	name, _ := e.ObjectNameFunc(obj)
	key, _ := e.KeyFunc(ctx, name) // /pods/default/nginx (the storage adds /registry)
	ttl, _ := e.calculateTTL(obj, 0, false)
	out := e.NewFunc()
	// e.Storage is a DryRunnableStorage wrapping storage.Interface (the etcd3 store)
	if err := e.Storage.Create(ctx, key, obj, out, ttl, dryrun.IsDryRun(options.DryRun)); err != nil {
		err = storeerr.InterpretCreateError(err, e.qualifiedResourceFromContext(ctx), name) // 409 AlreadyExists
		return nil, rest.CheckGeneratedNameError(ctx, e.CreateStrategy, err, obj)
	}
	// ... finish hooks, AfterCreate, Decorator
	return out, nil
}
