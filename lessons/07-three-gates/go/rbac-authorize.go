// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/plugin/pkg/auth/authorizer/rbac/rbac.go
// Function: RBACAuthorizer.Authorize
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/plugin/pkg/auth/authorizer/rbac/rbac.go

package rbac

// Called for every rule that applies to the user: stops at the first that allows.
func (v *authorizingVisitor) visit(source fmt.Stringer, rule *rbacv1.PolicyRule, err error) bool {
	if rule != nil && RuleAllows(v.requestAttributes, rule) {
		v.allowed = true
		// source names the binding, its role and the subject that matched, e.g.
		// RoleBinding "jane-edit/default" of ClusterRole "edit" to User "jane"
		v.reason = fmt.Sprintf("RBAC: allowed by %s", source.String())
		return false // found one: stop visiting
	}
	if err != nil {
		v.errors = append(v.errors, err) // e.g. a binding to a role that does not exist
	}
	return true
}

func (r *RBACAuthorizer) Authorize(ctx context.Context, requestAttributes authorizer.Attributes) (authorizer.Decision, string, error) {
	ruleCheckingVisitor := &authorizingVisitor{requestAttributes: requestAttributes}

	// the DefaultRuleResolver walks every ClusterRoleBinding, then the RoleBindings
	// of the request's namespace, keeps those whose subjects match the user or one
	// of its groups, and visits the rules of the role each one refers to
	r.authorizationRuleResolver.VisitRulesFor(requestAttributes.GetUser(), requestAttributes.GetNamespace(), ruleCheckingVisitor.visit)
	if ruleCheckingVisitor.allowed {
		return authorizer.DecisionAllow, ruleCheckingVisitor.reason, nil
	}
	// ... at log level 5: which user, groups, verb and resource found no rule

	// RBAC has no deny rules: nothing matched means "no opinion", and the reason
	// stays empty unless some binding could not be resolved
	reason := ""
	if len(ruleCheckingVisitor.errors) > 0 {
		reason = fmt.Sprintf("RBAC: %v", utilerrors.NewAggregate(ruleCheckingVisitor.errors))
	}
	return authorizer.DecisionNoOpinion, reason, nil
}
