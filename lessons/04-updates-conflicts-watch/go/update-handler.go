// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/update.go
// Function: UpdateResource
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/update.go

package handlers

// The handler behind PUT /apis/apps/v1/namespaces/default/deployments/web.
func UpdateResource(r rest.Updater, scope *RequestScope, admit admission.Interface) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		// ... negotiate, read the body, UpdateOptions (dryRun, fieldManager, fieldValidation)
		decoder := scope.Serializer.DecoderToVersion(decodeSerializer, scope.HubGroupVersion)
		obj, gvk, err := decoder.Decode(body, &defaultGVK, original) // decode, default, to internal
		// ... the body's name must be the URL's. Its metadata.resourceVersion stays: it is
		// the client's claim "I edited the object as it was at this revision"

		// Not run now: transformers run inside the registry's tryUpdate, against the object
		// GuaranteedUpdate has just read (and again on every retry of its loop)
		transformers := []rest.TransformFunc{}
		transformers = append(transformers, func(_ context.Context, newObj, liveObj runtime.Object) (runtime.Object, error) {
			return scope.FieldManager.UpdateNoErrors(liveObj, newObj, managerOrUserAgent(options.FieldManager, req.UserAgent())), nil
		})
		if mutatingAdmission, ok := admit.(admission.MutationInterface); ok {
			transformers = append(transformers, func(ctx context.Context, newObj, oldObj runtime.Object) (runtime.Object, error) {
				// ... attributes: newObj, oldObj, admission.Update, the user, dryRun
				return newObj, mutatingAdmission.Admit(ctx, attributes, scope)
			})
		}
		requestFunc := func() (runtime.Object, error) {
			obj, created, err := r.Update(ctx, name, rest.DefaultUpdatedObjectInfo(obj, transformers...),
				withAuthorization(rest.AdmissionToValidateObjectFunc(admit, staticCreateAttributes, scope), scope.Authorizer, createAuthorizerAttributes),
				rest.AdmissionToValidateObjectUpdateFunc(admit, staticUpdateAttributes, scope), false, options)
			wasCreated = created
			return obj, err
		}
		result, err := finisher.FinishRequest(ctx, func() (runtime.Object, error) { return requestFunc() })
		if err != nil {
			scope.err(err, w, req) // 409 Conflict, 422 Invalid, 404 NotFound, ...
			return
		}
		status := http.StatusOK // http.StatusCreated if wasCreated: a create-on-update
		transformResponseObject(ctx, scope, req, w, status, outputMediaType, result)
	}
}
