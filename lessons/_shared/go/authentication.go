// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/authentication.go
// Function: WithAuthentication
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/authentication.go

package filters

func WithAuthentication(handler http.Handler, auth authenticator.Request, failed http.Handler,
	apiAuds authenticator.Audiences, requestHeaderConfig *authenticatorfactory.RequestHeaderConfig) http.Handler {
	if auth == nil {
		return handler // authentication switched off
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// ...
		// the union authenticator tries each method in turn: client certificate,
		// bearer token (static file, service account, OIDC, webhook), ...
		resp, ok, err := auth.AuthenticateRequest(req)
		if err != nil || !ok {
			// nobody recognised the credentials: `failed` answers 401 Unauthorized
			failed.ServeHTTP(w, req)
			return
		}
		if !audiencesAreAcceptable(apiAuds, resp.Audiences) {
			failed.ServeHTTP(w, req)
			return
		}
		// the credential has done its job: do not pass it further in
		req.Header.Del("Authorization")
		// ...
		// from here on the request carries a user: name, UID, groups, extra
		req = req.WithContext(genericapirequest.WithUser(req.Context(), resp.User))
		handler.ServeHTTP(w, req)
	})
}
