// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/apis/apps/v1/conversion.go
// Function: Convert_apps_Deployment_To_v1_Deployment
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/apis/apps/v1/conversion.go

package v1

// Hand-written, next to the generated ones. The internal Deployment is a superset of
// every version: it still has spec.rollbackTo, which apps/v1beta1 has and apps/v1 lost.
// So that a v1beta1 client's rollbackTo survives the trip to storage (apps/v1) and
// back, apps/v1 carries it in an annotation.
func Convert_apps_Deployment_To_v1_Deployment(in *apps.Deployment, out *appsv1.Deployment, s conversion.Scope) error {
	if err := autoConvert_apps_Deployment_To_v1_Deployment(in, out, s); err != nil {
		return err // metadata, spec (without rollbackTo), status: field by field
	}
	out.Annotations = deepCopyStringMap(out.Annotations) // about to change it
	if in.Spec.RollbackTo != nil {
		if out.Annotations == nil {
			out.Annotations = map[string]string{}
		}
		// deprecated.deployment.rollback.to: "<revision>"
		out.Annotations[appsv1.DeprecatedRollbackTo] = strconv.FormatInt(in.Spec.RollbackTo.Revision, 10)
	} else {
		delete(out.Annotations, appsv1.DeprecatedRollbackTo)
	}
	return nil
}

// The way in undoes it: the annotation becomes spec.rollbackTo again and is removed.
func Convert_v1_Deployment_To_apps_Deployment(in *appsv1.Deployment, out *apps.Deployment, s conversion.Scope) error {
	if err := autoConvert_v1_Deployment_To_apps_Deployment(in, out, s); err != nil {
		return err
	}
	if revision := in.Annotations[appsv1.DeprecatedRollbackTo]; revision != "" {
		// ... strconv.ParseInt(revision, 10, 64) into out.Spec.RollbackTo.Revision; delete the annotation
	} else {
		out.Spec.RollbackTo = nil
	}
	return nil
}
