// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/authorization.go
// Function: WithAuthorization
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/authorization.go

package filters

func WithAuthorization(hhandler http.Handler, auth authorizer.Authorizer, s runtime.NegotiatedSerializer) http.Handler {
	return withAuthorization(hhandler, auth, s, recordAuthorizationMetrics)
}

func withAuthorization(handler http.Handler, a authorizer.Authorizer, s runtime.NegotiatedSerializer, metrics recordAuthorizationMetricsFunc) http.Handler {
	if a == nil {
		return handler
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := req.Context()
		// who (from authentication) wants to do what (from RequestInfo):
		// user, verb, API group, resource, namespace, name
		attributes, err := GetAuthorizerAttributes(ctx)
		if err != nil {
			responsewriters.InternalError(w, req, err)
			return
		}
		// the union authorizer asks each mode in turn (Node, RBAC, Webhook, ...)
		authorized, reason, err := a.Authorize(ctx, attributes)
		if authorized == authorizer.DecisionAllow {
			audit.AddAuditAnnotations(ctx, decisionAnnotationKey, decisionAllow, reasonAnnotationKey, reason)
			handler.ServeHTTP(w, req) // on to the director of the outermost server
			return
		}
		if err != nil {
			responsewriters.InternalError(w, req, err)
			return
		}
		// nobody said yes: 403 Forbidden, a Status naming user, verb and resource
		responsewriters.Forbidden(attributes, w, req, reason, s)
	})
}
