// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/authentication/group/authenticated_group_adder.go
// Function: AuthenticatedGroupAdder.AuthenticateRequest
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/authentication/group/authenticated_group_adder.go

package group

// kube-apiserver wraps the union of all its authenticators in this adder
// (pkg/kubeapiserver/authenticator/config.go), and puts anonymous after it.
func (g *AuthenticatedGroupAdder) AuthenticateRequest(req *http.Request) (*authenticator.Response, bool, error) {
	r, ok, err := g.Authenticator.AuthenticateRequest(req)
	if err != nil || !ok {
		return nil, ok, err // 401 material: nothing to add to
	}
	if r.User.GetName() == user.Anonymous {
		return r, true, nil
	}
	for _, group := range r.User.GetGroups() {
		if group == user.AllAuthenticated || group == user.AllUnauthenticated {
			return r, true, nil // already says which side it is on
		}
	}
	// everyone who proved who they are is in system:authenticated: the group
	// that bootstrap RBAC bindings such as system:basic-user name
	newGroups := append(append(make([]string, 0, len(r.User.GetGroups())+1),
		r.User.GetGroups()...), user.AllAuthenticated)
	ret := *r // a copy: the token table's own user is never changed
	ret.User = &user.DefaultInfo{
		Name:   r.User.GetName(),
		UID:    r.User.GetUID(),
		Groups: newGroups,
		Extra:  r.User.GetExtra(),
	}
	return &ret, true, nil
}
