// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/registry/core/pod/strategy.go
// Function: podStrategy.PrepareForCreate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/pod/strategy.go

package pod

// podStrategy is the Pod's rest.RESTCreateStrategy (and update and delete strategy).
type podStrategy struct {
	runtime.ObjectTyper
	names.NameGenerator
}

func (podStrategy) NamespaceScoped() bool { return true }

// PrepareForCreate: what a client may not decide about a new Pod.
func (podStrategy) PrepareForCreate(ctx context.Context, obj runtime.Object) {
	pod := obj.(*api.Pod)
	pod.Generation = 1
	// whatever status the client sent is replaced: a new Pod is Pending, and its
	// QoS class follows from the containers' requests and limits (none: BestEffort)
	pod.Status = api.PodStatus{
		Phase:    api.PodPending,
		QOSClass: qos.GetPodQOS(pod),
	}
	podutil.DropDisabledPodFields(pod, nil) // fields of features that are switched off
	// ... scheduling-gate condition, affinity and topology-spread fix-ups
}

func (podStrategy) Validate(ctx context.Context, obj runtime.Object) field.ErrorList {
	pod := obj.(*api.Pod)
	opts := podutil.GetValidationOptionsFromPodSpecAndMeta(&pod.Spec, nil, &pod.ObjectMeta, nil)
	opts.ResourceIsPod = true
	// metadata, spec, every container...: a container without an image yields
	//   field.Required(field.NewPath("spec", "containers").Index(0).Child("image"), "")
	return corevalidation.ValidatePodCreate(pod, opts)
}

func (podStrategy) Canonicalize(obj runtime.Object) {} // nothing to normalise for Pods
