// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/apis/apps/v1beta1/defaults.go
// Function: SetDefaults_Deployment
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/apis/apps/v1beta1/defaults.go

package v1beta1

// The generated RegisterDefaults (zz_generated.defaults.go) registers, for
// *appsv1beta1.Deployment, SetObjectDefaults_Deployment: it calls this function, then
// the core defaults of the pod template (SetDefaults_PodSpec, SetDefaults_Container, ...).
func SetDefaults_Deployment(obj *appsv1beta1.Deployment) {
	// apps/v1beta1 still derives what apps/v1 requires you to write: no selector means
	// "the template's labels", and so do empty labels on the Deployment itself
	labels := obj.Spec.Template.Labels
	if labels != nil {
		if obj.Spec.Selector == nil {
			obj.Spec.Selector = &metav1.LabelSelector{MatchLabels: labels}
		}
		if len(obj.Labels) == 0 {
			obj.Labels = labels
		}
	}
	if obj.Spec.Replicas == nil {
		obj.Spec.Replicas = ptr.To[int32](1)
	}
	strategy := &obj.Spec.Strategy
	if strategy.Type == "" {
		strategy.Type = appsv1beta1.RollingUpdateDeploymentStrategyType
	}
	// ... RollingUpdate: maxUnavailable and maxSurge "25%" when missing
	if obj.Spec.RevisionHistoryLimit == nil {
		obj.Spec.RevisionHistoryLimit = ptr.To[int32](2) // apps/v1's default is 10
	}
	if obj.Spec.ProgressDeadlineSeconds == nil {
		obj.Spec.ProgressDeadlineSeconds = ptr.To[int32](600)
	}
}
