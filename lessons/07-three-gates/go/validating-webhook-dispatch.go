// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/admission/plugin/webhook/validating/dispatcher.go
// Function: validatingDispatcher.Dispatch
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/validating/dispatcher.go

package validating

func (d *validatingDispatcher) Dispatch(ctx context.Context, attr admission.Attributes, o admission.ObjectInterfaces, hooks []webhook.WebhookAccessor) error {
	var relevantHooks []*generic.WebhookInvocation
	for _, hook := range hooks {
		// rules (operations, groups, versions, resources), scope, namespace and
		// object selectors, matchConditions
		invocation, statusError := d.plugin.ShouldCallHook(ctx, hook, attr, o, versionedAttrAccessor)
		if statusError != nil {
			return statusError
		}
		if invocation != nil {
			relevantHooks = append(relevantHooks, invocation)
		}
	}
	// ...
	// nobody can change the object any more, so every webhook is called at once,
	// each with the same final object
	errCh := make(chan error, 2*len(relevantHooks))
	for i := range relevantHooks {
		go func(invocation *generic.WebhookInvocation, idx int) {
			// ...
			err := d.callHook(ctx, hook, invocation, versionedAttr)
			// callHook: an AdmissionReview as for mutating webhooks; a response with
			// allowed: false becomes ErrWebhookRejection{ToStatusErr(h.Name, result.Result)}
			if callErr, ok := err.(*webhookutil.ErrCallingWebhook); ok {
				// ... failurePolicy Ignore: let the request through
				errCh <- apierrors.NewInternalError(callErr) // Fail: 500
				return
			}
			if rejectionErr, ok := err.(*webhookutil.ErrWebhookRejection); ok {
				err = rejectionErr.Status // the webhook's own Status, prefixed
			}
			errCh <- err // ... nil errors are not sent
		}(relevantHooks[i], i)
	}
	wg.Wait()
	// ... the first error to arrive fails the request, the others are only logged
	return errs[0]
}
