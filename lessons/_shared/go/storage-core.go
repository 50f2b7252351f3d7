// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/registry/core/rest/storage_core.go
// Function: legacyProvider.NewRESTStorage
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/rest/storage_core.go

package rest

// NewRESTStorage (long called NewLegacyRESTStorage) makes one storage per path of the core group.
func (p *legacyProvider) NewRESTStorage(apiResourceConfigSource serverstorage.APIResourceConfigSource, restOptionsGetter generic.RESTOptionsGetter) (genericapiserver.APIGroupInfo, error) {
	apiGroupInfo := genericapiserver.NewDefaultAPIGroupInfo("", legacyscheme.Scheme, legacyscheme.ParameterCodec, legacyscheme.Codecs)

	podStorage, err := podstore.NewStorage(restOptionsGetter /* ... */)
	namespaceStorage, namespaceStatusStorage, namespaceFinalizeStorage, err := namespacestore.NewREST(restOptionsGetter)
	// ... configmaps, secrets, serviceaccounts, events, services ...

	storage := map[string]rest.Storage{}
	storage["pods"] = podStorage.Pod
	storage["pods/status"] = podStorage.Status
	storage["pods/log"] = podStorage.Log
	storage["pods/binding"] = podStorage.Binding
	storage["namespaces"] = namespaceStorage
	storage["namespaces/status"] = namespaceStatusStorage
	storage["configmaps"] = configMapStorage
	// ...

	// the restStorageMap, by version: the installer turns every path into routes
	apiGroupInfo.VersionedResourcesStorageMap["v1"] = storage
	return apiGroupInfo, nil
}
