// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/util/notfoundhandler/not_found_handler.go
// Function: Handler.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/util/notfoundhandler/not_found_handler.go

package notfoundhandler

// The last handler of the delegation chain: kube-apiserver's CreateServerChain passes
// New(serializer, genericapifilters.NoMuxAndDiscoveryIncompleteKey) to apiextensions.
func (h *Handler) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	if !h.isMuxAndDiscoveryCompleteFn(req.Context()) {
		// the request came in while the servers were still installing paths:
		// the resource may well exist in a moment, so 503 and "retry in 5s"
		err := apierrors.NewServiceUnavailable("the request has been made before all known HTTP paths have been installed, please try again")
		err.ErrStatus.Details = &metav1.StatusDetails{RetryAfterSeconds: int32(5)}
		// ...
		responsewriters.ErrorNegotiated(err, h.serializer, gv, rw, req)
		return
	}
	// nobody serves this path: Go's plain-text "404 page not found", not a JSON Status
	http.NotFound(rw, req)
}
