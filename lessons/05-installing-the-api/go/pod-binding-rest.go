// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/registry/core/pod/storage/storage.go
// Function: BindingREST.Create, LegacyBindingREST
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/pod/storage/storage.go

package storage

// BindingREST is the storage of pods/binding: the scheduler POSTs a Binding to put a Pod on a node.
type BindingREST struct {
	store *genericregistry.Store
}

// New, Destroy and NamespaceScoped make it a rest.Storage; Create makes it a rest.Creater. That is all.
var _ = rest.NamedCreater(&BindingREST{})

// Create sets the Pod's spec.nodeName and its PodScheduled condition.
func (r *BindingREST) Create(ctx context.Context, name string, obj runtime.Object, createValidation rest.ValidateObjectFunc, options *metav1.CreateOptions) (runtime.Object, error) {
	binding := obj.(*api.Binding)
	// ...
	err = r.assignPod(ctx, binding.UID, binding.ResourceVersion, binding.Name, binding.Target.Name, binding.Annotations, dryrun.IsDryRun(options.DryRun))
	return &metav1.Status{Status: metav1.StatusSuccess}, err
}

// LegacyBindingREST serves the older `bindings` path: the same Create, with the Pod named in the body.
type LegacyBindingREST struct {
	bindingRest *BindingREST
}

func (r *LegacyBindingREST) Create(ctx context.Context, obj runtime.Object, createValidation rest.ValidateObjectFunc, options *metav1.CreateOptions) (runtime.Object, error) {
	metadata, err := meta.Accessor(obj)
	// ...
	return r.bindingRest.Create(ctx, metadata.GetName(), obj, createValidation, options)
}
