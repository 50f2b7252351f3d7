// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apimachinery/pkg/runtime/serializer/versioning/versioning.go
// Function: codec.Decode
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apimachinery/pkg/runtime/serializer/versioning/versioning.go

package versioning

// A versioning codec wraps a plain serializer (JSON, YAML, protobuf) with the scheme.
// The same kind of codec decodes request bodies (DecoderToVersion in the handlers) and
// etcd values (the storage codec, NewStorageCodec). Here into is an empty internal
// object, &apps.Deployment{}, and decodeVersion is apps/__internal.
func (c *codec) Decode(data []byte, defaultGVK *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	// ...
	// 1. bytes → the Go type their apiVersion and kind name: *v1beta1.Deployment for
	//    the POST body, *v1.Deployment for the bytes etcd holds
	obj, gvk, err := c.decoder.Decode(data, defaultGVK, decodeInto)
	if err != nil {
		return nil, gvk, err
	}
	// ... unknown or duplicate fields: warnings, or a 400 with fieldValidation=Strict
	if into != nil {
		// 2. the defaults of *that* version: the generated SetObjectDefaults_Deployment of
		//    apps/v1beta1 or of apps/v1. Each fills a field only if it is missing
		if c.defaulter != nil {
			c.defaulter.Default(obj)
		}
		if into == obj {
			return into, gvk, strictDecodingErr
		}
		// 3. to the hub: Scheme.Convert finds Convert_v1beta1_Deployment_To_apps_Deployment
		//    (or Convert_v1_Deployment_To_apps_Deployment) by the Go types of obj and into
		if err := c.convertor.Convert(obj, into, c.decodeVersion); err != nil {
			return nil, gvk, err
		}
		return into, gvk, strictDecodingErr
	}
	// ... without into: Default, then ConvertToVersion(obj, c.decodeVersion)
	return out, gvk, strictDecodingErr
}
