// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/registry/customresource/strategy.go
// Function: customResourceStrategy.Validate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/registry/customresource/strategy.go

package customresource

// PrepareForCreate clears the status of a CustomResource before creation.
func (a customResourceStrategy) PrepareForCreate(ctx context.Context, obj runtime.Object) {
	if a.status != nil { // the CRD enables the status subresource
		customResource := obj.(*unstructured.Unstructured).UnstructuredContent()
		delete(customResource, "status") // create cannot set status
	}
	accessor, _ := meta.Accessor(obj)
	accessor.SetGeneration(1)
}

// Validate validates a new CustomResource: rest.BeforeCreate calls it after
// PrepareForCreate, and a non-empty list becomes a 422 Invalid.
func (a customResourceStrategy) Validate(ctx context.Context, obj runtime.Object) field.ErrorList {
	u, ok := obj.(*unstructured.Unstructured)
	if !ok {
		return field.ErrorList{field.Invalid(field.NewPath(""), u, "... Must be a pointer to an Unstructured type")}
	}
	var errs field.ErrorList
	// apiVersion, kind, metadata (the name!), then the openAPIV3Schema
	errs = append(errs, a.validator.Validate(ctx, u, a.scale)...)
	// validate embedded resources
	errs = append(errs, schemaobjectmeta.Validate(nil, u.Object, a.structuralSchema, false)...)
	// validate x-kubernetes-list-type "map" and "set" invariant
	errs = append(errs, structurallisttype.ValidateListSetsAndMaps(nil, a.structuralSchema, u.Object)...)
	// validate x-kubernetes-validations rules
	if celValidator := a.celValidator; celValidator != nil {
		if has, err := hasBlockingErr(errs); has {
			errs = append(errs, err) // CEL is skipped when the schema already failed
		} else {
			err, _ := celValidator.Validate(ctx, nil, a.structuralSchema, u.Object, nil, celconfig.RuntimeCELCostBudget)
			errs = append(errs, err...)
		}
	}
	return errs
}
