// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/filters/waitgroup.go
// Function: WithWaitGroup
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/filters/waitgroup.go

package filters

func WithWaitGroup(handler http.Handler, longRunning apirequest.LongRunningRequestCheck, wg RequestWaitGroup) http.Handler {
	return withWaitGroup(handler, longRunning, wg, isRequestExemptFromRetryAfter)
}

func withWaitGroup(handler http.Handler, longRunning apirequest.LongRunningRequestCheck, wg RequestWaitGroup, isRequestExemptFn isRequestExemptFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		requestInfo, ok := apirequest.RequestInfoFrom(req.Context())
		if !ok {
			responsewriters.InternalError(w, req, errors.New("no RequestInfo found in the context"))
			return
		}
		// watches may last for hours: shutdown does not wait for them
		if longRunning(req, requestInfo) {
			handler.ServeHTTP(w, req)
			return
		}
		// count the request in, so a graceful shutdown waits until it is answered
		if err := wg.Add(1); err != nil {
			// shutting down already: 503 with Retry-After (unless exempt)
			// ...
			return
		}
		defer wg.Done()
		handler.ServeHTTP(w, req)
	})
}
