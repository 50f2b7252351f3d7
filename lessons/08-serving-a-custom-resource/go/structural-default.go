// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/algorithm.go
// Function: Default
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/algorithm.go

package defaulting

// Called by unstructuredDefaulter.Default, which the versioning codec runs right
// after decoding (and again on every read from etcd): the schema of the object's
// own version fills in what is missing.
func Default(x interface{}, s *structuralschema.Structural) {
	if s == nil {
		return
	}
	switch x := x.(type) {
	case map[string]interface{}:
		for k, prop := range s.Properties {
			if prop.Default.Object == nil {
				continue // no `default:` in the schema for this property
			}
			if v, found := x[k]; !found || isNonNullableNull(v, &prop) {
				x[k] = runtime.DeepCopyJSONValue(prop.Default.Object) // spec.school
			}
		}
		for k, v := range x { // then one level down, recursively
			if prop, found := s.Properties[k]; found {
				Default(v, &prop)
			} else if s.AdditionalProperties != nil {
				// ... a null map value may take the additionalProperties default
				Default(v, s.AdditionalProperties.Structural)
			}
		}
	case []interface{}:
		for _, v := range x {
			Default(v, s.Items) // ... a null item may take the items default
		}
	default:
		// scalars, do nothing
	}
}
