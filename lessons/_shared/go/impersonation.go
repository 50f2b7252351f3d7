// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/impersonation.go
// Function: WithImpersonation
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/impersonation.go

package filters

func WithImpersonation(handler http.Handler, a authorizer.Authorizer, s runtime.NegotiatedSerializer) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// Impersonate-User / -Group / -Uid / -Extra-* headers, e.g. kubectl --as=jane
		impersonationRequests, err := buildImpersonationRequests(req.Header)
		if err != nil {
			responsewriters.InternalError(w, req, err)
			return
		}
		if len(impersonationRequests) == 0 {
			handler.ServeHTTP(w, req) // the usual case: nobody to impersonate
			return
		}
		ctx := req.Context()
		requestor, _ := request.UserFrom(ctx)
		for _, impersonationRequest := range impersonationRequests {
			// the real user needs the "impersonate" verb on users, groups, ...
			actingAsAttributes := &authorizer.AttributesRecord{User: requestor, Verb: "impersonate" /* ... */}
			decision, reason, err := a.Authorize(ctx, actingAsAttributes)
			if err != nil || decision != authorizer.DecisionAllow {
				responsewriters.Forbidden(actingAsAttributes, w, req, reason, s)
				return
			}
			// ... collect username, groups, extra
		}
		// the rest of the chain, authorization included, sees the impersonated user
		req = req.WithContext(request.WithUser(ctx, newUser))
		// ... audit the original user, strip the Impersonate-* headers
		handler.ServeHTTP(w, req)
	})
}
