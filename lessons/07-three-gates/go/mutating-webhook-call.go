// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/admission/plugin/webhook/mutating/dispatcher.go
// Function: mutatingDispatcher.callAttrMutatingHook
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/mutating/dispatcher.go

package mutating

// Dispatch calls the matching mutating webhooks one after another, each on the
// object as the previous ones left it. This is one call.
func (a *mutatingDispatcher) callAttrMutatingHook(ctx context.Context, h *admissionregistrationv1.MutatingWebhook, invocation *generic.WebhookInvocation, attr *admission.VersionedAttributes, annotator *webhookAnnotator, o admission.ObjectInterfaces, round, idx int) (bool, error) {
	// ... a dry run needs sideEffects None or NoneOnDryRun
	// an AdmissionReview: a fresh uid, the user, the operation and the object
	// in the webhook's version (v1 Pod), as plugins before it left it
	uid, request, response, err := webhookrequest.CreateAdmissionObjects(attr, invocation)
	client, err := invocation.Webhook.GetRESTClient(a.cm) // clientConfig.service or url
	// ... with a deadline of timeoutSeconds (default 10)
	if err := client.Post().Body(request).Do(ctx).Into(response); err != nil {
		return false, &webhookutil.ErrCallingWebhook{WebhookName: h.Name, Reason: fmt.Errorf("failed to call webhook: %w", err)} // failurePolicy decides
	}
	// the response must carry the request's uid; patch is base64 JSON Patch
	result, err := webhookrequest.VerifyAdmissionResponse(uid, true, response)
	// ... audit annotations and warnings of the response are recorded
	if !result.Allowed {
		return false, &webhookutil.ErrWebhookRejection{Status: webhookerrors.ToStatusErr(h.Name, result.Result)}
	}
	if len(result.Patch) == 0 {
		return false, nil // allowed, unchanged
	}
	patchObj, err := jsonpatch.DecodePatch(result.Patch)
	// apply it to the JSON of the versioned object, then decode the result
	objJS, err := runtime.Encode(jsonSerializer, attr.VersionedObject)
	patchedJS, err := patchObj.Apply(objJS)
	newVersionedObject, err := o.GetObjectCreater().New(attr.VersionedKind)
	newVersionedObject, _, err = jsonSerializer.Decode(patchedJS, nil, newVersionedObject)

	changed := !apiequality.Semantic.DeepEqual(attr.VersionedObject, newVersionedObject)
	annotator.addPatchAnnotation(patchObj, result.PatchType)
	attr.Dirty = true // Dispatch converts it back to the internal Pod at the end
	attr.VersionedObject = newVersionedObject
	o.GetObjectDefaulter().Default(attr.VersionedObject) // the patch may have left fields empty
	// `changed` matters for reinvocationPolicy: IfNeeded (earlier webhooks run again)
	return changed, nil
}
