// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/serializer/json/json.go
// Function: Serializer.Decode
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/serializer/json/json.go

package json

// The handler calls the versioning codec (DecoderToVersion); its Decode calls this one
// to turn bytes into the *versioned* Go struct (v1.Pod), then defaults and converts it.
func (s *Serializer) Decode(originalData []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	data := originalData
	if s.options.Yaml {
		// ... YAML is converted to JSON first
	}
	// read only apiVersion and kind: which Go type is this?
	actual, err := s.meta.Interpret(data)
	if err != nil {
		return nil, nil, err
	}
	if gvk != nil {
		*actual = gvkWithDefaults(*actual, *gvk) // fill gaps from the URL's version
	}
	// ...
	if len(actual.Kind) == 0 {
		return nil, actual, runtime.NewMissingKindErr(string(originalData))
	}
	if len(actual.Version) == 0 {
		return nil, actual, runtime.NewMissingVersionErr(string(originalData))
	}
	obj, err := runtime.UseOrCreateObject(s.typer, s.creater, *actual, into)
	if err != nil {
		return nil, actual, err
	}
	// unmarshal; a strict serializer also reports unknown and duplicate fields
	strictErrs, err := s.unmarshal(obj, data, originalData)
	if err != nil {
		return nil, actual, err
	} else if len(strictErrs) > 0 {
		return obj, actual, runtime.NewStrictDecodingError(strictErrs) // a Warning, or 400 if Strict
	}
	return obj, actual, nil
}
