// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/authorization/authorizerfactory/builtin.go
// Function: privilegedGroupAuthorizer.Authorize
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/authorization/authorizerfactory/builtin.go

package authorizerfactory

// kube-apiserver puts NewPrivilegedGroups(user.SystemPrivilegedGroup) first in its
// union of authorizers (pkg/kubeapiserver/authorizer), before the modes of
// --authorization-mode: a member of system:masters never depends on RBAC objects.
type privilegedGroupAuthorizer struct {
	groups []string
}

func (r *privilegedGroupAuthorizer) Authorize(ctx context.Context, attr authorizer.Attributes) (authorizer.Decision, string, error) {
	if attr.GetUser() == nil {
		return authorizer.DecisionNoOpinion, "Error", errors.New("no user on request.")
	}
	for _, attr_group := range attr.GetUser().GetGroups() {
		for _, priv_group := range r.groups {
			if priv_group == attr_group {
				// allowed, with no reason to give; the union stops here and RBAC
				// is never asked
				return authorizer.DecisionAllow, "", nil
			}
		}
	}
	return authorizer.DecisionNoOpinion, "", nil // next authorizer, please
}

func NewPrivilegedGroups(groups ...string) *privilegedGroupAuthorizer {
	return &privilegedGroupAuthorizer{groups: groups}
}
