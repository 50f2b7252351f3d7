// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/filters/cors.go
// Function: WithCORS
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/filters/cors.go

package filters

func WithCORS(handler http.Handler, allowedOriginPatterns []string, allowedMethods []string,
	allowedHeaders []string, exposedHeaders []string, allowCredentials string) http.Handler {
	// no --cors-allowed-origins: nothing to do
	if len(allowedOriginPatterns) == 0 {
		return handler
	}
	allowedOriginPatternsREs := allowedOriginRegexps(allowedOriginPatterns)
	// ...
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		origin := req.Header.Get("Origin")
		if origin == "" || !isOriginAllowed(origin, allowedOriginPatternsREs) {
			handler.ServeHTTP(w, req)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Methods", strings.Join(allowedMethods, ", "))
		// ... allowed, exposed headers and credentials likewise
		if req.Method == "OPTIONS" {
			w.WriteHeader(http.StatusNoContent) // a preflight ends here
			return
		}
		handler.ServeHTTP(w, req)
	})
}
