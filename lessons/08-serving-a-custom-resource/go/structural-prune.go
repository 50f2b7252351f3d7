// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning/algorithm.go
// Function: prune
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning/algorithm.go

package pruning

// PruneWithOptions walks object and structural schema side by side, returning the
// sorted paths it deleted; apiVersion, kind and metadata at the root are kept.
func prune(x interface{}, s *structuralschema.Structural, opts *structuralschema.UnknownFieldPathOptions) {
	if s != nil && s.XPreserveUnknownFields {
		skipPrune(x, s, opts) // x-kubernetes-preserve-unknown-fields: keep the unknown
		return
	}
	// ... opts.ParentPath is restored on the way out
	switch x := x.(type) {
	case map[string]interface{}:
		if s == nil {
			for k := range x { // no schema at all below here: everything goes
				opts.RecordUnknownField(k)
				delete(x, k)
			}
			return
		}
		for k, v := range x {
			if s.XEmbeddedResource && metaFields[k] {
				continue // apiVersion, kind, metadata
			}
			if prop, ok := s.Properties[k]; ok {
				opts.AppendKey(k)
				prune(v, &prop, opts) // known: look inside
			} else if s.AdditionalProperties != nil {
				opts.AppendKey(k)
				prune(v, s.AdditionalProperties.Structural, opts) // a map of anything
			} else {
				opts.RecordUnknownField(k) // becomes `unknown field "spec.hobby"`
				delete(x, k)
			}
		}
	case []interface{}:
		// ... each item against s.Items, with its index in the path
	default:
		// scalars, do nothing
	}
}
