// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/admission/chain.go
// Function: chainAdmissionHandler.Admit
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/admission/chain.go

package admission

// The admission plugins enabled with --enable-admission-plugins, in their fixed order
// (NamespaceLifecycle, LimitRanger, ServiceAccount, ..., MutatingAdmissionWebhook, ...).
type chainAdmissionHandler []Interface

// Admit runs every plugin that mutates: each may change the object (default a service
// account, add tolerations, apply a webhook's JSON patch) or reject the request.
func (admissionHandler chainAdmissionHandler) Admit(ctx context.Context, a Attributes, o ObjectInterfaces) error {
	for _, handler := range admissionHandler {
		if !handler.Handles(a.GetOperation()) {
			continue // e.g. a plugin that only cares about DELETE
		}
		if mutator, ok := handler.(MutationInterface); ok {
			err := mutator.Admit(ctx, a, o)
			if err != nil {
				return err // the first "no" ends the request (usually 403 Forbidden)
			}
		}
	}
	return nil
}
