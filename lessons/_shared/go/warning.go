// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/warning.go
// Function: WithWarningRecorder
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/warning.go

package filters

func WithWarningRecorder(handler http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// anything deeper in the request (a strategy, decoding with unknown fields,
		// a deprecated API) can call warning.AddWarning(ctx, ...); the recorder
		// turns each into a "Warning: 299 - ..." response header
		recorder := &recorder{writer: w}
		req = req.WithContext(warning.WithWarningRecorder(req.Context(), recorder))
		handler.ServeHTTP(w, req)
	})
}
