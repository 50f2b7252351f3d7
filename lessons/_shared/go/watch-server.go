// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/watch.go
// Function: WatchServer.HandleHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/watch.go

package handlers

// Streams a watch.Interface over plain HTTP: chunked, one encoded event per frame.
func (s *WatchServer) HandleHTTP(w http.ResponseWriter, req *http.Request) {
	// ... a flusher, a framer for the media type (newline-delimited JSON here)
	timeoutCh, cleanup := s.TimeoutFactory.TimeoutCh()
	defer cleanup()

	// the status line goes out first, before any event is known: a watch is always a 200,
	// and a failure found later can only travel as an event of type ERROR
	w.Header().Set("Content-Type", s.MediaType)
	w.Header().Set("Transfer-Encoding", "chunked")
	w.WriteHeader(http.StatusOK)
	flusher.Flush()

	watchEncoder := newWatchEncoder(req.Context(), kind, s.EmbeddedEncoder, s.Encoder, framer)
	ch := s.Watching.ResultChan()
	done := req.Context().Done()
	for {
		select {
		case <-s.ServerShuttingDownCh:
			return
		case <-done: // the client went away
			return
		case <-timeoutCh:
			return
		case event, ok := <-ch:
			if !ok {
				return // the watcher closed its channel: end of the stream
			}
			// {"type":"MODIFIED","object":{...}}: the object in the version of the URL
			if err := watchEncoder.Encode(event); err != nil {
				return // client disconnect
			}
			if len(ch) == 0 {
				flusher.Flush()
			}
		}
	}
}
