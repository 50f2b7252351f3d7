// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go
// Function: crdHandler.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go

package apiserver

func (r *crdHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	// ... crdLister.Get("<resource>.<group>") found a CRD. Every "no" below hands
	// the request to the delegate: a plain 404 at the end of the chain.
	namespacedCRD, namespacedReq := crd.Spec.Scope == apiextensionsv1.NamespaceScoped, len(requestInfo.Namespace) > 0
	// ... !namespacedCRD && namespacedReq: delegate too
	if namespacedCRD && !namespacedReq && !possiblyAcrossAllNamespacesVerbs.Has(requestInfo.Verb) {
		r.delegate.ServeHTTP(w, req) // only list and watch may span all namespaces
		return
	}
	if !apiextensionshelpers.HasServedCRDVersion(crd, requestInfo.APIVersion) {
		r.delegate.ServeHTTP(w, req) // no such version, or served: false
		return
	}
	if !apiextensionshelpers.IsCRDConditionTrue(crd, apiextensionsv1.NamesAccepted) &&
		!apiextensionshelpers.IsCRDConditionTrue(crd, apiextensionsv1.Established) {
		r.delegate.ServeHTTP(w, req) // the naming controller has not accepted the names yet
		return
	}
	terminating := apiextensionshelpers.IsCRDConditionTrue(crd, apiextensionsv1.Terminating)
	crdInfo, err := r.getOrCreateServingInfoFor(crd.UID, crd.Name) // ... deprecation warnings
	var handlerFunc http.HandlerFunc
	subresources, err := apiextensionshelpers.GetSubresourcesForVersion(crd, requestInfo.APIVersion)
	switch {
	case subresource == "status" && subresources != nil && subresources.Status != nil:
		handlerFunc = r.serveStatus(w, req, requestInfo, crdInfo, terminating, supportedTypes)
	case subresource == "scale" && subresources != nil && subresources.Scale != nil:
		handlerFunc = r.serveScale(w, req, requestInfo, crdInfo, terminating, supportedTypes)
	case len(subresource) == 0:
		handlerFunc = r.serveResource(w, req, requestInfo, crdInfo, crd, terminating, supportedTypes)
	default: // a subresource this version does not have: a 404 Status, not the plain one
		responsewriters.ErrorNegotiated(apierrors.NewNotFound(gr, requestInfo.Name), Codecs, gv, w, req)
	}
	if handlerFunc != nil {
		genericfilters.WithWaitGroup(handlerFunc, longRunningFilter, crdInfo.waitGroup).ServeHTTP(w, req)
	}
}
