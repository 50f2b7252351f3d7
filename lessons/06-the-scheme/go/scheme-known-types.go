// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/scheme.go
// Function: Scheme.AddKnownTypes, Scheme.ObjectKinds, Scheme.New
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/scheme.go

package runtime

// Scheme: for every group/version/kind its Go type, and for every Go type its kinds.
type Scheme struct {
	gvkToType map[schema.GroupVersionKind]reflect.Type
	typeToGVK map[reflect.Type][]schema.GroupVersionKind
	// ... unversionedTypes, defaulterFuncs, converter, versionPriority
	schemeName string // where NewScheme was called: "pkg/api/legacyscheme/scheme.go:30"
}

// AddKnownTypes registers Go types under one group version; the kind is the struct's name.
func (s *Scheme) AddKnownTypes(gv schema.GroupVersion, types ...Object) {
	for _, obj := range types {
		t := reflect.TypeOf(obj).Elem()
		s.AddKnownTypeWithName(gv.WithKind(t.Name()), obj)
	}
}

// ObjectKinds: which group/version/kinds a Go object is. The object does not say; its type does.
func (s *Scheme) ObjectKinds(obj Object) ([]schema.GroupVersionKind, bool, error) {
	// ... an Unstructured object answers from its own apiVersion and kind
	t := reflect.TypeOf(obj).Elem()
	gvks, ok := s.typeToGVK[t]
	if !ok {
		return nil, false, NewNotRegisteredErrForType(s.schemeName, t)
	}
	_, unversionedType := s.unversionedTypes[t]
	return gvks, unversionedType, nil
}

// New: an empty Go object for a group/version/kind, ready to unmarshal into.
func (s *Scheme) New(kind schema.GroupVersionKind) (Object, error) {
	if t, exists := s.gvkToType[kind]; exists {
		return reflect.New(t).Interface().(Object), nil
	}
	// ... unversioned kinds (Status, APIVersions, …) are found in every version
	return nil, NewNotRegisteredErrForKind(s.schemeName, kind) // no kind "Foo" is registered for version "v1" in scheme …
}
