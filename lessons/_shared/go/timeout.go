// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/filters/timeout.go
// Function: WithTimeoutForNonLongRunningRequests
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/filters/timeout.go

package filters

func WithTimeoutForNonLongRunningRequests(handler http.Handler, longRunning apirequest.LongRunningRequestCheck) http.Handler {
	if longRunning == nil {
		return handler
	}
	timeoutFunc := func(req *http.Request) (*http.Request, bool, func(), *apierrors.StatusError) {
		requestInfo, _ := apirequest.RequestInfoFrom(req.Context())
		if longRunning(req, requestInfo) {
			return req, true, nil, nil
		}
		postTimeoutFn := func() { /* metrics ... */ }
		return req, false, postTimeoutFn,
			apierrors.NewTimeoutError("request did not complete within the allotted timeout", 0)
	}
	return WithTimeout(handler, timeoutFunc)
}

func (t *timeoutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r, longRunning, postTimeoutFn, err := t.timeout(r)
	// ...
	// the rest of the chain runs in its own goroutine; whichever finishes first wins
	go func() { /* ... */ t.handler.ServeHTTP(w, rCopy) }()
	select {
	case err := <-resultCh:
		// answered in time
	case <-r.Context().Done(): // the deadline WithRequestDeadline set
		defer postTimeoutFn()
		tw.timeout(err) // 504 with a Status body, if nothing was written yet
	}
}
