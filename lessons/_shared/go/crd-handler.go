// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go
// Function: crdHandler.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go

package apiserver

// Installed by the apiextensions server for "/apis" and every "/apis/" path;
// r.delegate is the not-found handler at the end of the chain.
func (r *crdHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ctx := req.Context()
	requestInfo, ok := apirequest.RequestInfoFrom(ctx)
	if !ok {
		// ... 500
		return
	}
	if !requestInfo.IsResourceRequest {
		pathParts := splitPath(requestInfo.Path)
		if len(pathParts) == 3 { // /apis/<group>/<version>
			r.versionDiscoveryHandler.ServeHTTP(w, req)
			return
		}
		if len(pathParts) == 2 { // /apis/<group>
			r.groupDiscoveryHandler.ServeHTTP(w, req)
			return
		}
		r.delegate.ServeHTTP(w, req)
		return
	}
	// a resource request: is there a CustomResourceDefinition "<resource>.<group>"?
	crdName := requestInfo.Resource + "." + requestInfo.APIGroup
	crd, err := r.crdLister.Get(crdName)
	if apierrors.IsNotFound(err) {
		r.delegate.ServeHTTP(w, req) // no: not ours either
		return
	}
	// ... served version? right scope? established? then serve the custom resource
}
