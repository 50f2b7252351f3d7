// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/registry/authorization/selfsubjectaccessreview/rest.go
// Function: REST.Create
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/authorization/selfsubjectaccessreview/rest.go

package selfsubjectaccessreview

// `kubectl auth can-i create pods`: a create that stores nothing. This REST is not
// a generic Store; it asks the server's own authorizer and answers.
func (r *REST) Create(ctx context.Context, obj runtime.Object, createValidation rest.ValidateObjectFunc, options *metav1.CreateOptions) (runtime.Object, error) {
	selfSAR, ok := obj.(*authorizationapi.SelfSubjectAccessReview)
	// ... not a review: 400; an invalid spec: 422
	userToCheck, exists := genericapirequest.UserFrom(ctx) // the caller, from authentication
	if !exists {
		return nil, apierrors.NewBadRequest("no user present on request")
	}
	if createValidation != nil {
		if err := createValidation(ctx, obj.DeepCopyObject()); err != nil {
			return nil, err // validating admission
		}
	}
	// the request the review describes, as if the caller made it
	var authorizationAttributes authorizer.AttributesRecord
	if selfSAR.Spec.ResourceAttributes != nil {
		authorizationAttributes = authorizationutil.ResourceAttributesFrom(userToCheck, *selfSAR.Spec.ResourceAttributes)
	} else {
		authorizationAttributes = authorizationutil.NonResourceAttributesFrom(userToCheck, *selfSAR.Spec.NonResourceAttributes)
	}
	// the same union the authorization filter asks: system:masters, then RBAC
	decision, reason, evaluationErr := r.authorizer.Authorize(ctx, authorizationAttributes)
	selfSAR.Status = authorizationapi.SubjectAccessReviewStatus{
		Allowed: (decision == authorizer.DecisionAllow),
		Denied:  (decision == authorizer.DecisionDeny),
		Reason:  reason, // empty, and so left out, when RBAC has no opinion
	}
	// ... evaluationErr goes into status.evaluationError
	return selfSAR, nil // 201, and nothing was written to etcd
}
