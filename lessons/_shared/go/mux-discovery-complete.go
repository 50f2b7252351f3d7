// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/mux_discovery_complete.go
// Function: WithMuxAndDiscoveryComplete
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/mux_discovery_complete.go

package filters

func WithMuxAndDiscoveryComplete(handler http.Handler, muxAndDiscoveryCompleteSignal <-chan struct{}) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// still starting up? tag the request, so that the NotFound handler at the
		// end of the delegation chain answers 503 "try again" instead of 404
		if muxAndDiscoveryCompleteSignal != nil && !isClosed(muxAndDiscoveryCompleteSignal) {
			req = req.WithContext(context.WithValue(req.Context(),
				muxAndDiscoveryIncompleteKey, "MuxAndDiscoveryInstallationNotComplete"))
		}
		handler.ServeHTTP(w, req)
	})
}

// NoMuxAndDiscoveryIncompleteKey is what notfoundhandler.New is given to check the tag.
func NoMuxAndDiscoveryIncompleteKey(ctx context.Context) bool {
	v, _ := ctx.Value(muxAndDiscoveryIncompleteKey).(string)
	return len(v) == 0
}
