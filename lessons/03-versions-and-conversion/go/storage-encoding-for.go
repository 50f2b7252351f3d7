// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/storage/resource_encoding_config.go
// Function: DefaultResourceEncodingConfig.StorageEncodingFor
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/storage/resource_encoding_config.go

package storage

// Which version a resource is written to etcd in. The storage factory asks once per
// resource at start-up and builds that resource's storage codec from the answer: it
// encodes to this version and decodes to the in-memory (internal) one.
func (o *DefaultResourceEncodingConfig) StorageEncodingFor(resource schema.GroupResource) (schema.GroupVersion, error) {
	if !o.scheme.IsGroupRegistered(resource.Group) {
		return schema.GroupVersion{}, fmt.Errorf("group %q is not registered in scheme", resource.Group)
	}
	// an explicit per-resource choice, if kube-apiserver's storage factory set one
	resourceOverride, resourceExists := o.resources[resource]
	if resourceExists {
		return resourceOverride.ExternalResourceEncoding, nil
	}
	// otherwise the group's most preferred version, from the install's SetVersionPriority:
	// apps/v1 for deployments.apps, whichever version a client writes in
	return o.scheme.PrioritizedVersionsForGroup(resource.Group)[0], nil
}

// The version objects live in while the server works on them: {apps, __internal}.
func (o *DefaultResourceEncodingConfig) InMemoryEncodingFor(resource schema.GroupResource) (schema.GroupVersion, error) {
	// ... registered-group check and per-resource override, as above
	return schema.GroupVersion{Group: resource.Group, Version: runtime.APIVersionInternal}, nil
}

// ... BackwardCompatibileStorageEncodingFor: with --emulated-version, the newest
// version the emulated (older) release could still read
