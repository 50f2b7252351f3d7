// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/installer.go
// Function: APIInstaller.Install, APIInstaller.registerResourceHandlers
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/installer.go

package endpoints

// Install: one go-restful WebService per group version, every storage path registered in sorted order.
func (a *APIInstaller) Install() ([]metav1.APIResource, []*storageversion.ResourceInfo, *restful.WebService, []error) {
	ws := a.newWebService() // root path /api/v1 or /apis/<group>/<version>
	paths := sortedKeys(a.group.Storage) // ...
	for _, path := range paths {
		apiResource, resourceInfo, err := a.registerResourceHandlers(path, a.group.Storage[path], ws)
		// ...
		apiResources = append(apiResources, *apiResource)
	}
	return apiResources, resourceInfos, ws, errors
}

// registerResourceHandlers: what a storage implements decides which routes its path gets.
func (a *APIInstaller) registerResourceHandlers(path string, storage rest.Storage, ws *restful.WebService) (*metav1.APIResource, *storageversion.ResourceInfo, error) {
	creater, isCreater := storage.(rest.Creater)
	lister, isLister := storage.(rest.Lister)
	getter, isGetter := storage.(rest.Getter)
	updater, isUpdater := storage.(rest.Updater)
	patcher, isPatcher := storage.(rest.Patcher)
	gracefulDeleter, isGracefulDeleter := storage.(rest.GracefulDeleter)
	collectionDeleter, isCollectionDeleter := storage.(rest.CollectionDeleter) // ... and rest.Watcher
	// ...
	actions = appendIf(actions, action{"LIST", resourcePath, resourceParams, namer, false}, isLister)
	actions = appendIf(actions, action{"POST", resourcePath, resourceParams, namer, false}, isCreater)
	actions = appendIf(actions, action{"DELETECOLLECTION", resourcePath, resourceParams, namer, false}, isCollectionDeleter)
	actions = appendIf(actions, action{"GET", itemPath, nameParams, namer, false}, isGetter)
	actions = appendIf(actions, action{"PUT", itemPath, nameParams, namer, false}, isUpdater)
	actions = appendIf(actions, action{"PATCH", itemPath, nameParams, namer, false}, isPatcher)
	actions = appendIf(actions, action{"DELETE", itemPath, nameParams, namer, false}, isGracefulDeleter)
	// ...
	for _, action := range actions {
		// one route per action: the handler (createHandler, GetResource, …) bound to its RequestScope
		ws.Route(ws.Method(action.Verb).Path(action.Path).To(handler)) // ...
	}
	// the verbs, sorted, become this path's discovery entry
	apiResource.Verbs = sets.List(kubeVerbs)
	return &apiResource, resourceInfo, nil
}
