// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go
// Function: ValidateCustomResource
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go

package validation

// kube-openapi checks the object (a JSON map) against the version's schema; each
// failure becomes a field error, in no fixed order (Go iterates maps randomly).
func ValidateCustomResource(fldPath *field.Path, customResource interface{}, validator SchemaCreateValidator, options ...ValidationOption) field.ErrorList {
	// ... a version without a schema: nothing to check
	result := validator.Validate(customResource, options...)
	if result.IsValid() {
		return nil
	}
	return kubeOpenAPIResultToFieldErrors(fldPath, result)
}

func kubeOpenAPIResultToFieldErrors(fldPath *field.Path, result *validate.Result) field.ErrorList {
	var allErrs field.ErrorList
	for _, err := range result.Errors {
		switch err := err.(type) {
		case *openapierrors.Validation:
			errPath := fldPath
			if len(err.Name) > 0 && err.Name != "." {
				errPath = errPath.Child(strings.TrimPrefix(err.Name, ".")) // spec.grade
			}
			switch err.Code() {
			case openapierrors.RequiredFailCode: // required: [name]
				allErrs = append(allErrs, field.Required(errPath, ""))
			case openapierrors.EnumFailCode: // enum: [science, arts]
				allErrs = append(allErrs, field.NotSupported(errPath, err.Value, allowedValues(err)))
			case openapierrors.InvalidTypeCode:
				allErrs = append(allErrs, field.TypeInvalid(errPath, valueOrEmpty(err), err.Error()))
			// ... TooLong, TooMany (maxLength, maxItems, maxProperties)
			default: // maximum, minimum, pattern, ...: kube-openapi's own message
				allErrs = append(allErrs, field.Invalid(errPath, valueOrEmpty(err), err.Error()))
			}
		default:
			allErrs = append(allErrs, field.Invalid(fldPath, "", err.Error()))
		}
	}
	return allErrs
}
