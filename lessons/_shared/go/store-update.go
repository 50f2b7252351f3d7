// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/registry/generic/registry/store.go
// Function: Store.Update
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go

package registry

func (e *Store) Update(ctx context.Context, name string, objInfo rest.UpdatedObjectInfo, createValidation rest.ValidateObjectFunc,
	updateValidation rest.ValidateObjectUpdateFunc, forceAllowCreate bool, options *metav1.UpdateOptions) (runtime.Object, bool, error) {
	key, err := e.KeyFunc(ctx, name)
	// ...
	out := e.NewFunc()
	creating := false
	// read-modify-write, retried from the top if someone else wrote the key meanwhile
	err = e.Storage.GuaranteedUpdate(ctx, key, out, true, storagePreconditions, func(existing runtime.Object, res storage.ResponseMeta) (runtime.Object, *uint64, error) {
		obj, err := objInfo.UpdatedObject(ctx, existing) // the new object (PUT body or patched)
		if err != nil {
			return nil, nil, err
		}
		// ... absent object: create it if allowed, else 404
		newResourceVersion, _ := e.Storage.Versioner().ObjectResourceVersion(obj)
		existingResourceVersion, _ := e.Storage.Versioner().ObjectResourceVersion(existing)
		if newResourceVersion != existingResourceVersion {
			// optimistic concurrency: the client edited an old copy
			return nil, nil, apierrors.NewConflict(qualifiedResource, name, fmt.Errorf(OptimisticLockErrorMsg)) // 409
		}
		if err := rest.BeforeUpdate(e.UpdateStrategy, ctx, obj, existing); err != nil {
			return nil, nil, err // PrepareForUpdate, ValidateUpdate (422), Canonicalize
		}
		if updateValidation != nil {
			if err := updateValidation(ctx, obj.DeepCopyObject(), existing.DeepCopyObject()); err != nil {
				return nil, nil, err // validating admission
			}
		}
		// ...
		return obj, &ttl, nil
	}, dryrun.IsDryRun(options.DryRun), nil)
	// ...
	return out, creating, err
}
