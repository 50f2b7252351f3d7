// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/scheme.go
// Function: Scheme.Convert
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/scheme.go

package runtime

// The versioning codec converts the defaulted versioned object (v1.Pod) into the
// internal hub type (core.Pod, version "__internal"): the one form that strategies,
// validation and admission work on, whatever version the client sent.
func (s *Scheme) Convert(in, out interface{}, context interface{}) error {
	_, okIn := in.(Unstructured)
	_, okOut := out.(Unstructured)
	switch {
	case okIn && okOut:
		// ... unstructured to unstructured: copy the map
	case okOut:
		// ... typed to unstructured
	case okIn:
		// ... unstructured to typed
	}

	// typed to typed: the generated Convert_v1_Pod_To_core_Pod (and friends),
	// registered with AddGeneratedConversionFunc, do the field-by-field work
	meta := s.generateConvertMeta(in)
	meta.Context = context
	return s.converter.Convert(in, out, meta)
}
