// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/requestinfo.go
// Function: WithRequestInfo
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/requestinfo.go

package filters

func WithRequestInfo(handler http.Handler, resolver request.RequestInfoResolver) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := req.Context()
		// parse the URL once: POST /api/v1/namespaces/default/pods becomes
		//   {IsResourceRequest: true, Verb: "create", APIGroup: "", APIVersion: "v1",
		//    Namespace: "default", Resource: "pods", Name: ""}
		info, err := resolver.NewRequestInfo(req)
		if err != nil {
			responsewriters.InternalError(w, req, fmt.Errorf("failed to create RequestInfo: %v", err))
			return
		}
		// every later filter (authorization, max-in-flight, timeouts) reads it from the context
		req = req.WithContext(request.WithRequestInfo(ctx, info))
		handler.ServeHTTP(w, req)
	})
}
