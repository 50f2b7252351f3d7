// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kube-aggregator/pkg/apiserver/handler_apis.go
// Function: apisHandler.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/kube-aggregator/pkg/apiserver/handler_apis.go

package apiserver

// GET /apis: the list of API groups, built from APIService objects, not by asking
// the other servers. (Clients asking for aggregated discovery get another form.)
func (r *apisHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	discoveryGroupList := &metav1.APIGroupList{
		// the aggregator's own group, apiregistration.k8s.io, always comes first
		Groups: []metav1.APIGroup{r.discoveryGroup},
	}
	apiServices, err := r.lister.List(labels.Everything())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	apiServicesByGroup := apiregistrationv1apihelper.SortedByGroupAndVersion(apiServices)
	for _, apiGroupServers := range apiServicesByGroup {
		if len(apiGroupServers[0].Spec.Group) == 0 {
			continue // the legacy core group "v1." is listed at /api, not here
		}
		discoveryGroup := convertToDiscoveryAPIGroup(apiGroupServers)
		if discoveryGroup != nil {
			discoveryGroupList.Groups = append(discoveryGroupList.Groups, *discoveryGroup)
		}
	}
	responsewriters.WriteObjectNegotiated(r.codecs, negotiation.DefaultEndpointRestrictions, schema.GroupVersion{}, w, req, http.StatusOK, discoveryGroupList, false)
}
