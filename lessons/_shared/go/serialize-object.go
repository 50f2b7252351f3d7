// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/writers.go
// Function: SerializeObject
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/writers.go

package responsewriters

// Encodes the object with the negotiated encoder (JSON, YAML or protobuf) into a
// writer that holds back the status and headers until the first bytes are ready.
func SerializeObject(mediaType string, encoder runtime.Encoder, hw http.ResponseWriter, req *http.Request, statusCode int, object runtime.Object) {
	// ... tracing span
	w := &deferredResponseWriter{
		mediaType:       mediaType,
		statusCode:      statusCode,
		contentEncoding: negotiateContentEncoding(req), // gzip for large answers, if accepted
		hw:              hw,
		ctx:             req.Context(),
	}
	err := encoder.Encode(object, w)
	if err == nil {
		err = w.Close() // Content-Type, the status line and the body go out now
		if err != nil {
			utilruntime.HandleError(fmt.Errorf("apiserver was unable to close cleanly the response writer: %v", err))
		}
		return
	}
	// encoding failed before anything was written: answer with a Status instead
	status := ErrorToAPIStatus(err)
	// ... write status with its own code, as JSON
}
