// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/plugin/pkg/admission/serviceaccount/admission.go
// Function: Plugin.Admit
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/plugin/pkg/admission/serviceaccount/admission.go

package serviceaccount

// The third plugin of the chain, after NamespaceLifecycle and LimitRanger.
func (s *Plugin) Admit(ctx context.Context, a admission.Attributes, o admission.ObjectInterfaces) (err error) {
	if shouldIgnore(a) {
		return nil // not a Pod (a RoleBinding, a review, ...): nothing to do
	}
	if a.GetOperation() != admission.Create {
		return nil // only new Pods are changed
	}
	pod := a.GetObject().(*api.Pod) // the internal object, changed in place
	// ... a kubelet's mirror Pod is only validated, never changed

	if len(pod.Spec.ServiceAccountName) == 0 {
		pod.Spec.ServiceAccountName = DefaultServiceAccountName // "default"
	}
	// the account must exist (kube-controller-manager creates `default` in
	// every namespace); if not, the Pod is refused with a 403
	serviceAccount, err := s.getServiceAccount(a.GetNamespace(), pod.Spec.ServiceAccountName)
	if err != nil {
		return admission.NewForbidden(a, fmt.Errorf("error looking up service account %s/%s: %w", a.GetNamespace(), pod.Spec.ServiceAccountName, err))
	}
	if s.MountServiceAccountToken && shouldAutomount(serviceAccount, pod) {
		// a projected volume named kube-api-access-<5 random characters>
		// (TokenVolumeSource: a token valid 3607 s, the cluster CA from the
		// ConfigMap kube-root-ca.crt, the namespace from the downward API),
		// mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount
		// in every init container and container
		s.mountServiceAccountToken(serviceAccount, pod)
	}
	if len(pod.Spec.ImagePullSecrets) == 0 {
		// ... copy the account's imagePullSecrets (our `default` has none)
	}
	return s.Validate(ctx, a, o) // the same checks again, e.g. mountable secrets
}
