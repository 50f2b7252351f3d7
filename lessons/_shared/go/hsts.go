// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/filters/hsts.go
// Function: WithHSTS
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/filters/hsts.go

package filters

func WithHSTS(handler http.Handler, hstsDirectives []string) http.Handler {
	// --strict-transport-security-directives unset: the filter is not even installed
	if len(hstsDirectives) == 0 {
		return handler
	}
	allDirectives := strings.Join(hstsDirectives, "; ")
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if _, ok := w.Header()["Strict-Transport-Security"]; !ok {
			w.Header().Set("Strict-Transport-Security", allDirectives)
		}
		handler.ServeHTTP(w, req)
	})
}
