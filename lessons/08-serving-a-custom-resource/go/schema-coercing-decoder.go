// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go
// Function: schemaCoercingDecoder.Decode
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go

package apiserver

// The request decoder of a CR: JSON into an Unstructured (a map; any field
// fits), then what decoding into a Go struct does for free: drop unknown fields.
func (d schemaCoercingDecoder) Decode(data []byte, defaults *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	var decodingStrictErrs []error
	obj, gvk, err := d.delegate.Decode(data, defaults, into) // the JSON serializer
	if err != nil {
		decodeStrictErr, ok := runtime.AsStrictDecodingError(err)
		if !ok || obj == nil {
			return nil, gvk, err // malformed JSON: a 400
		}
		decodingStrictErrs = decodeStrictErr.Errors() // duplicate fields
	}
	var unknownFields []string
	if u, ok := obj.(*unstructured.Unstructured); ok {
		unknownFields, err = d.validator.apply(u) // prune, coerce metadata
	}
	if d.validator.returnUnknownFieldPaths && (len(decodingStrictErrs) > 0 || len(unknownFields) > 0) {
		for _, unknownField := range unknownFields {
			decodingStrictErrs = append(decodingStrictErrs, fmt.Errorf(`unknown field "%s"`, unknownField))
		}
		// Warn: each becomes a Warning header; Strict: a 400
		return obj, gvk, runtime.NewStrictDecodingError(decodingStrictErrs)
	}
	return obj, gvk, nil
}

// unstructuredSchemaCoercer.apply, for objects of the CRD's group and kind:
func (v *unstructuredSchemaCoercer) apply(u *unstructured.Unstructured) ([]string, error) {
	// ... keep apiVersion, kind and metadata aside: the schema need not mention them
	pruneOpts := structuralpruning.PruneOptions{ReturnPruned: v.returnUnknownFieldPaths}
	unknownFieldPaths := structuralpruning.PruneWithOptions(u.Object, v.structuralSchemas[gv.Version], false, pruneOpts)
	structuraldefaulting.PruneNonNullableNullsWithoutDefaults(u.Object, v.structuralSchemas[gv.Version])
	err := schemaobjectmeta.Coerce(nil, u.Object, v.structuralSchemas[gv.Version], false, v.dropInvalidMetadata)
	// ... restore apiVersion, kind and the coerced metadata
	return unknownFieldPaths, err
}
