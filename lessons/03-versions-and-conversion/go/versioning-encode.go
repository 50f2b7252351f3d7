// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/serializer/versioning/versioning.go
// Function: codec.doEncode
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/serializer/versioning/versioning.go

package versioning

// The encoding half of the storage codec. Its encodeVersion is the resource's storage
// version, chosen once at start-up (StorageEncodingFor: apps/v1 for Deployments),
// whatever version the client spoke. Responses use the same kind of codec, with the
// version of the request's URL as encodeVersion.
func (c *codec) doEncode(obj runtime.Object, w io.Writer, memAlloc runtime.MemoryAllocator) error {
	encodeFn := c.encoder.Encode // JSON here; kube-apiserver stores built-ins as protobuf
	// ... runtime.Unknown and Unstructured objects are written as they are
	gvks, isUnversioned, err := c.typer.ObjectKinds(obj)
	if err != nil {
		return err
	}
	objectKind := obj.GetObjectKind()
	old := objectKind.GroupVersionKind()
	defer objectKind.SetGroupVersionKind(old) // the caller's object is left as it was

	if c.encodeVersion == nil || isUnversioned {
		objectKind.SetGroupVersionKind(gvks[0]) // Status, APIGroupList, ...: no conversion
		return encodeFn(obj, w)
	}
	// the internal apps.Deployment becomes a *v1.Deployment: the scheme runs
	// Convert_apps_Deployment_To_v1_Deployment and sets apiVersion apps/v1, kind Deployment
	out, err := c.convertor.ConvertToVersion(obj, c.encodeVersion)
	if err != nil {
		return err
	}
	// ... nested objects (a List's items, a WatchEvent's object) are encoded the same way
	return encodeFn(out, w)
}
