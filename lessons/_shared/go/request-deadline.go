// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/request_deadline.go
// Function: WithRequestDeadline
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/request_deadline.go

package filters

func WithRequestDeadline(handler http.Handler, sink audit.Sink, policy audit.PolicyRuleEvaluator, longRunning request.LongRunningRequestCheck,
	negotiatedSerializer runtime.NegotiatedSerializer, requestTimeoutMaximum time.Duration) http.Handler {
	return withRequestDeadline(handler, sink, policy, longRunning, negotiatedSerializer, requestTimeoutMaximum, utilclock.RealClock{})
}

func withRequestDeadline(handler http.Handler, sink audit.Sink, policy audit.PolicyRuleEvaluator, longRunning request.LongRunningRequestCheck,
	negotiatedSerializer runtime.NegotiatedSerializer, requestTimeoutMaximum time.Duration, clock utilclock.PassiveClock) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := req.Context()
		requestInfo, _ := request.RequestInfoFrom(ctx)
		if longRunning(req, requestInfo) {
			handler.ServeHTTP(w, req)
			return
		}
		// ?timeout=10s may shorten the deadline, never lengthen it
		userSpecifiedTimeout, ok, err := parseTimeout(req)
		if err != nil {
			// a malformed ?timeout= is a 400 BadRequest
			// ...
			return
		}
		timeout := requestTimeoutMaximum // --request-timeout, 60s by default
		if ok && userSpecifiedTimeout > 0 && userSpecifiedTimeout < requestTimeoutMaximum {
			timeout = userSpecifiedTimeout
		}
		started := clock.Now()
		if receivedAt, ok := request.ReceivedTimestampFrom(ctx); ok {
			started = receivedAt
		}
		ctx, cancel := context.WithDeadline(ctx, started.Add(timeout))
		defer cancel()
		handler.ServeHTTP(w, req.WithContext(ctx))
	})
}
