// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/registry/customresource/status_strategy.go
// Function: statusStrategy.PrepareForUpdate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/registry/customresource/status_strategy.go

package customresource

// The /status subresource's strategy: customResourceStrategy with these
// methods replaced. Whatever the client sent, only status is taken from it.
func (a statusStrategy) PrepareForUpdate(ctx context.Context, obj, old runtime.Object) {
	// update is only allowed to set status
	newCustomResourceObject := obj.(*unstructured.Unstructured)
	newCustomResource := newCustomResourceObject.UnstructuredContent()
	status, ok := newCustomResource["status"]

	// managedFields must be preserved since it's been modified to
	// track changed fields in the status update.
	managedFields := newCustomResourceObject.GetManagedFields()

	// copy old object into new object: spec, labels, annotations, generation...
	oldCustomResourceObject := old.(*unstructured.Unstructured)
	*newCustomResourceObject = *oldCustomResourceObject.DeepCopy()

	// set status
	newCustomResourceObject.SetManagedFields(managedFields)
	newCustomResource = newCustomResourceObject.UnstructuredContent()
	if ok {
		newCustomResource["status"] = status
	} else {
		delete(newCustomResource, "status")
	}
}

// ValidateUpdate checks only what a status update may change.
func (a statusStrategy) ValidateUpdate(ctx context.Context, obj, old runtime.Object) field.ErrorList {
	uNew := obj.(*unstructured.Unstructured)
	var errs field.ErrorList
	// metadata, then the status against the schema's `status` property only
	errs = append(errs, a.customResourceStrategy.validator.ValidateStatusUpdate(ctx, uNew, old, a.scale)...)
	// ... embedded resources, list types, CEL rules under status
	return errs
}
