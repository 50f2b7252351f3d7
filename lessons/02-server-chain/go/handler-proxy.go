// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kube-aggregator/pkg/apiserver/handler_proxy.go
// Function: proxyHandler.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/kube-aggregator/pkg/apiserver/handler_proxy.go

package apiserver

// One proxyHandler per APIService, registered by AddAPIService at its path:
// /api for the APIService "v1.", /apis/<group>/<version> for the others.
func (r *proxyHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	value := r.handlingInfo.Load()
	if value == nil {
		r.localDelegate.ServeHTTP(w, req)
		return
	}
	handlingInfo := value.(proxyHandlingInfo)
	if handlingInfo.local {
		// spec.service is empty: a built-in group or a CRD group, served in this process.
		// localDelegate is kube-apiserver's director: no second round of filters.
		if r.localDelegate == nil {
			http.Error(w, "", http.StatusNotFound)
			return
		}
		r.localDelegate.ServeHTTP(w, req)
		return
	}
	if !handlingInfo.serviceAvailable {
		proxyError(w, req, "service unavailable", http.StatusServiceUnavailable) // 503
		return
	}
	// ... otherwise proxy to the Service of an extension API server (metrics-server, ...),
	// telling it who the user is in X-Remote-User / X-Remote-Group headers
}
