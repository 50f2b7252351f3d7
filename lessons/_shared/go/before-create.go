// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/registry/rest/create.go
// Function: BeforeCreate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/registry/rest/create.go

package rest

// Called by the generic Store for every create, with the resource's strategy
// (for Pods: podStrategy in pkg/registry/core/pod/strategy.go).
func BeforeCreate(strategy RESTCreateStrategy, ctx context.Context, obj runtime.Object) error {
	objectMeta, kind, kerr := objectMetaAndKind(strategy, obj)
	if kerr != nil {
		return kerr
	}
	// the Store has filled in uid and creationTimestamp; a generated name must exist by now
	if !metav1.HasObjectMetaSystemFieldValues(objectMeta) {
		return errors.NewInternalError(fmt.Errorf("system metadata was not initialized"))
	}
	// ...
	requestNamespace, _ := genericapirequest.NamespaceFrom(ctx)
	if err := EnsureObjectNamespaceMatchesRequestNamespace(ExpectedNamespaceForScope(requestNamespace, strategy.NamespaceScoped()), objectMeta); err != nil {
		return err
	}

	// 1. normalise: drop what a client may not set (status), set server-owned fields
	strategy.PrepareForCreate(ctx, obj)

	// 2. validate the type's own rules, then the common metadata rules
	if errs := strategy.Validate(ctx, obj); len(errs) > 0 {
		return errors.NewInvalid(kind.GroupKind(), objectMeta.GetName(), errs) // 422
	}
	if errs := genericvalidation.ValidateObjectMetaAccessor(objectMeta, strategy.NamespaceScoped(), validatePathSegment, field.NewPath("metadata")); len(errs) > 0 {
		return errors.NewInvalid(kind.GroupKind(), objectMeta.GetName(), errs)
	}
	for _, w := range strategy.WarningsOnCreate(ctx, obj) {
		warning.AddWarning(ctx, "", w)
	}

	// 3. put the object in its canonical form (most strategies: nothing to do)
	strategy.Canonicalize(obj)
	return nil
}
