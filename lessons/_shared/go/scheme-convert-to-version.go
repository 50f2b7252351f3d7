// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/scheme.go
// Function: Scheme.ConvertToVersion
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/scheme.go

package runtime

// On the way out: the internal object becomes the version the client asked for
// (POST /api/v1/... is answered as v1, GET /apis/apps/v1/... as apps/v1).
func (s *Scheme) ConvertToVersion(in Object, target GroupVersioner) (Object, error) {
	return s.convertToVersion(true, in, target)
}

func (s *Scheme) convertToVersion(copy bool, in Object, target GroupVersioner) (Object, error) {
	t := reflect.TypeOf(in).Elem() // ... (pointer-to-struct checks, unstructured)
	kinds, ok := s.typeToGVK[t]
	if !ok || len(kinds) == 0 {
		return nil, NewNotRegisteredErrForType(s.schemeName, t)
	}
	gvk, ok := target.KindForGroupVersionKinds(kinds)
	if !ok {
		// ... unversioned types (Status, APIGroupList) keep their kind
		return nil, NewNotRegisteredErrForTarget(s.schemeName, t, target)
	}
	for _, kind := range kinds {
		if gvk == kind {
			return copyAndSetTargetKind(copy, in, gvk) // already that version
		}
	}
	out, err := s.New(gvk) // e.g. a new, empty v1.Pod
	if err != nil {
		return nil, err
	}
	if copy {
		in = in.DeepCopyObject()
	}
	meta := s.generateConvertMeta(in)
	meta.Context = target
	if err := s.converter.Convert(in, out, meta); err != nil {
		return nil, err
	}
	setTargetKind(out, gvk) // apiVersion: v1, kind: Pod
	return out, nil
}
