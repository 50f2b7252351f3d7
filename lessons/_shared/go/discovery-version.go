// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/discovery/version.go
// Function: NewAPIVersionHandler
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/discovery/version.go

package discovery

// GET /api/v1 or /apis/<group>/<version>: the APIResourceList the installer built.
func NewAPIVersionHandler(serializer runtime.NegotiatedSerializer, groupVersion schema.GroupVersion, apiResourceLister APIResourceLister) *APIVersionHandler {
	if keepUnversioned(groupVersion.Group) {
		// the core group (and extensions) answers without apiVersion, as release 1.1 did
		serializer = stripVersionNegotiatedSerializer{serializer}
	}
	return &APIVersionHandler{serializer: serializer, groupVersion: groupVersion, apiResourceLister: apiResourceLister}
}

func (s *APIVersionHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	responsewriters.WriteObjectNegotiated(s.serializer, negotiation.DefaultEndpointRestrictions, schema.GroupVersion{}, w, req, http.StatusOK,
		&metav1.APIResourceList{GroupVersion: s.groupVersion.String(), APIResources: s.apiResourceLister.ListAPIResources()}, false)
}
