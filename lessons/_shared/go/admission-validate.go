// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/admission/chain.go
// Function: chainAdmissionHandler.Validate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/admission/chain.go

package admission

// Validate runs every plugin that validates. By now the object is final: mutation,
// the strategy and its validation are done, so these plugins (ResourceQuota,
// PodSecurity, ValidatingAdmissionWebhook, ValidatingAdmissionPolicy, ...) may only
// say yes or no, never change it.
func (admissionHandler chainAdmissionHandler) Validate(ctx context.Context, a Attributes, o ObjectInterfaces) error {
	for _, handler := range admissionHandler {
		if !handler.Handles(a.GetOperation()) {
			continue
		}
		if validator, ok := handler.(ValidationInterface); ok {
			err := validator.Validate(ctx, a, o)
			if err != nil {
				return err
			}
		}
	}
	return nil
}
