// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/apis/apps/v1beta1/zz_generated.conversion.go
// Function: RegisterConversions
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/apis/apps/v1beta1/zz_generated.conversion.go

package v1beta1

// Written by conversion-gen, not by hand. init registers RegisterConversions with the
// group's scheme builder, so Install → AddToScheme runs it.
func RegisterConversions(s *runtime.Scheme) error {
	// one function per pair of Go types and per direction; Scheme.Convert looks them up
	if err := s.AddGeneratedConversionFunc((*appsv1beta1.Deployment)(nil), (*apps.Deployment)(nil), func(a, b interface{}, scope conversion.Scope) error {
		return Convert_v1beta1_Deployment_To_apps_Deployment(a.(*appsv1beta1.Deployment), b.(*apps.Deployment), scope)
	}); err != nil {
		return err
	}
	// ... Convert_apps_Deployment_To_v1beta1_Deployment for the way back, and every nested type
	return nil
}

// Convert_v1beta1_Deployment_To_apps_Deployment calls this generated body.
func autoConvert_v1beta1_Deployment_To_apps_Deployment(in *appsv1beta1.Deployment, out *apps.Deployment, s conversion.Scope) error {
	out.ObjectMeta = in.ObjectMeta // TypeMeta is not copied: the internal object has no apiVersion or kind
	if err := Convert_v1beta1_DeploymentSpec_To_apps_DeploymentSpec(&in.Spec, &out.Spec, s); err != nil {
		return err
	}
	return Convert_v1beta1_DeploymentStatus_To_apps_DeploymentStatus(&in.Status, &out.Status, s)
}

func autoConvert_v1beta1_DeploymentSpec_To_apps_DeploymentSpec(in *appsv1beta1.DeploymentSpec, out *apps.DeploymentSpec, s conversion.Scope) error {
	// *int32 outside, int32 inside (defaulting has set it already)
	if err := metav1.Convert_Pointer_int32_To_int32(&in.Replicas, &out.Replicas, s); err != nil {
		return err
	}
	out.Selector = (*metav1.LabelSelector)(unsafe.Pointer(in.Selector)) // same memory layout: no copy
	// ... Template (through core's conversions), Strategy, MinReadySeconds, RevisionHistoryLimit, Paused
	out.RollbackTo = (*apps.RollbackConfig)(unsafe.Pointer(in.RollbackTo)) // gone from apps/v1, kept inside
	out.ProgressDeadlineSeconds = (*int32)(unsafe.Pointer(in.ProgressDeadlineSeconds))
	return nil
}
