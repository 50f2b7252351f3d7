// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/request_received_time.go
// Function: WithRequestReceivedTimestamp
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/request_received_time.go

package filters

func WithRequestReceivedTimestamp(handler http.Handler) http.Handler {
	return withRequestReceivedTimestampWithClock(handler, clock.RealClock{})
}

func withRequestReceivedTimestampWithClock(handler http.Handler, clock clock.PassiveClock) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// later filters (the request deadline, audit) measure from this instant
		req = req.WithContext(request.WithReceivedTimestamp(req.Context(), clock.Now()))
		handler.ServeHTTP(w, req)
	})
}
