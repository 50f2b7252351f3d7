// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/filters/maxinflight.go
// Function: WithMaxInFlightLimit
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/filters/maxinflight.go

package filters

func WithMaxInFlightLimit(handler http.Handler, nonMutatingLimit int, mutatingLimit int,
	longRunningRequestCheck apirequest.LongRunningRequestCheck) http.Handler {
	// --max-requests-inflight=400, --max-mutating-requests-inflight=200: two buffered channels
	nonMutatingChan := make(chan bool, nonMutatingLimit)
	mutatingChan := make(chan bool, mutatingLimit)
	// ...
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requestInfo, _ := apirequest.RequestInfoFrom(r.Context())
		if longRunningRequestCheck != nil && longRunningRequestCheck(r, requestInfo) {
			handler.ServeHTTP(w, r) // watches are not counted
			return
		}
		c := nonMutatingChan
		if !nonMutatingRequestVerbs.Has(requestInfo.Verb) { // create, update, patch, delete
			c = mutatingChan
		}
		select {
		case c <- true: // a free seat
			defer func() { <-c }()
			handler.ServeHTTP(w, r)
		default:
			// full: system:masters still gets through, everyone else gets a
			// plain-text 429 "Too many requests, please try again later."
			// ...
			tooManyRequests(r, w)
		}
	})
}
