// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go
// Function: crdHandler.getOrCreateServingInfoFor
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go

package apiserver

// Everything needed to serve one CRD, built on its first request and cached by
// UID; a change of spec or accepted names drops it (updateCustomResourceDefinition).
func (r *crdHandler) getOrCreateServingInfoFor(uid types.UID, name string) (*crdInfo, error) {
	if ret, ok := r.customStorage.Load().(crdStorageMap)[uid]; ok {
		return ret, nil // the usual case: built by an earlier request
	}
	// ... under customStorageLock, with the up-to-date CRD from the lister
	crd, err := r.crdLister.Get(name)
	storageVersion, err := apiextensionshelpers.GetCRDStorageVersion(crd)

	structuralSchemas := map[string]*structuralschema.Structural{}
	for _, v := range crd.Spec.Versions { // openAPIV3Schema → Structural, per version
		s, err := structuralschema.NewStructural(schemaFor(crd, v.Name))
		structuraldefaulting.PruneDefaults(s) // ... a default may not hold unknown fields
		structuralSchemas[v.Name] = s
	}
	for _, v := range crd.Spec.Versions {
		validator, _, err := apiservervalidation.NewSchemaValidator(schemaFor(crd, v.Name))
		table, err := tableconvertor.New(getColumnsForVersion(crd, v.Name), gvkFor(crd, v.Name))
		// a generic registry Store, keyed under /registry/<group>/<plural>/
		storages[v.Name] = customresource.NewStorage(resource, kind, listKind,
			customresource.NewStrategy(typer, namespaced, kind, validator, statusValidator,
				structuralSchemas, statusSpec, scaleSpec /* ... */),
			crdConversionRESTOptionsGetter{ /* decode/encode versions, schemas */ }, categories, table, ...)
		requestScopes[v.Name] = &handlers.RequestScope{
			Serializer:      unstructuredNegotiatedSerializer{ /* prunes on decode */ },
			Defaulter:       unstructuredDefaulter{Scheme, structuralSchemas, kind.GroupKind()},
			HubGroupVersion: kind.GroupVersion(), // the version itself: CRs have no internal one
			TableConvertor:  storages[v.Name].CustomResource,
			// ... Namer, ParameterCodec, MaxRequestBodyBytes, FieldManager
		}
		// ... statusScopes[v.Name], scaleScopes[v.Name]: copies with Subresource set
	}
	ret := &crdInfo{spec: &crd.Spec, acceptedNames: &crd.Status.AcceptedNames,
		storages: storages, requestScopes: requestScopes, storageVersion: storageVersion /* ... */}
	// ... a clone of the storage map, with ret under crd.UID, is stored
	return ret, nil
}
