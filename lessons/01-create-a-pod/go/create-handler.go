// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/create.go
// Function: createHandler
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go

package handlers

// The handler behind POST /api/v1/namespaces/{namespace}/pods (and every other create).
func createHandler(r rest.NamedCreater, scope *RequestScope, admit admission.Interface, includeName bool) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		ctx := req.Context()
		namespace, name, err := scope.Namer.Name(req) // a POST to a collection: no name yet
		// ...
		outputMediaType, _, err := negotiation.NegotiateOutputMediaType(req, scope.Serializer, scope)
		s, err := negotiation.NegotiateInputSerializer(req, false, scope.Serializer)
		body, err := limitedReadBodyWithRecordMetric(ctx, req, scope.MaxRequestBodyBytes, scope.Resource.GroupResource().String(), requestmetrics.Create)
		options := &metav1.CreateOptions{} // decoded from the query: dryRun, fieldManager, fieldValidation
		// one call decodes (v1.Pod), defaults, and converts to the internal core.Pod
		decoder := scope.Serializer.DecoderToVersion(decodeSerializer, scope.HubGroupVersion)
		obj, gvk, err := decoder.Decode(body, &defaultGVK, original)
		// ...
		rest.WipeObjectMetaSystemFields(objectMeta) // uid, creationTimestamp, ...: the server sets them
		// an object without a namespace takes the URL's; a different one is a 400
		rest.EnsureObjectNamespaceMatchesRequestNamespace(rest.ExpectedNamespaceForResource(namespace, scope.Resource), objectMeta)

		admissionAttributes := admission.NewAttributesRecord(obj, nil, scope.Kind, namespace, name, scope.Resource,
			scope.Subresource, admission.Create, options, dryrun.IsDryRun(options.DryRun), userInfo)
		result, err := finisher.FinishRequest(ctx, func() (runtime.Object, error) {
			// metadata.managedFields: which manager set which fields
			obj = scope.FieldManager.UpdateNoErrors(liveObj, obj, managerOrUserAgent(options.FieldManager, req.UserAgent()))
			if mutatingAdmission, ok := admit.(admission.MutationInterface); ok && mutatingAdmission.Handles(admission.Create) {
				if err := mutatingAdmission.Admit(ctx, admissionAttributes, scope); err != nil {
					return nil, err
				}
			}
			// into the registry (the generic Store); validating admission travels along
			return r.Create(ctx, name, obj, rest.AdmissionToValidateObjectFunc(admit, admissionAttributes, scope), options)
		})
		if err != nil {
			scope.err(err, w, req) // a Status: 422 Invalid, 409 AlreadyExists, 403, ...
			return
		}
		transformResponseObject(ctx, scope, req, w, http.StatusCreated, outputMediaType, result) // 201
	}
}
