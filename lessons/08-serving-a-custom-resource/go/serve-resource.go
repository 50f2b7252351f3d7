// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go
// Function: crdHandler.serveResource
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go

package apiserver

// The verbs of a custom resource map to the very handlers every built-in
// resource uses (k8s.io/apiserver/pkg/endpoints/handlers), with the CRD's scope.
func (r *crdHandler) serveResource(w http.ResponseWriter, req *http.Request, requestInfo *apirequest.RequestInfo, crdInfo *crdInfo, crd *apiextensionsv1.CustomResourceDefinition, terminating bool, supportedTypes []string) http.HandlerFunc {
	requestScope := crdInfo.requestScopes[requestInfo.APIVersion]
	storage := crdInfo.storages[requestInfo.APIVersion].CustomResource

	switch requestInfo.Verb {
	case "get":
		return handlers.GetResource(storage, requestScope)
	case "list":
		return handlers.ListResource(storage, storage, requestScope, false, r.minRequestTimeout)
	case "watch":
		return handlers.ListResource(storage, storage, requestScope, true, r.minRequestTimeout)
	case "create":
		// in an HA cluster another server may not have seen Established yet
		justCreated := time.Since(apiextensionshelpers.FindCRDCondition(crd,
			apiextensionsv1.Established).LastTransitionTime.Time) < 2*time.Second
		if justCreated {
			time.Sleep(2 * time.Second)
		}
		if terminating {
			// ... 405 "create not allowed while custom resource definition is terminating"
			return nil
		}
		return handlers.CreateResource(storage, requestScope, r.admission)
	case "update":
		return handlers.UpdateResource(storage, requestScope, r.admission)
	case "patch": // no strategic merge patch: there is no Go struct to read patch tags from
		return handlers.PatchResource(storage, requestScope, r.admission, supportedTypes)
	case "delete":
		return handlers.DeleteResource(storage, true, requestScope, r.admission)
	case "deletecollection":
		return handlers.DeleteCollection(storage, true, requestScope, r.admission)
	default:
		// ... 405 MethodNotSupported
		return nil
	}
}
