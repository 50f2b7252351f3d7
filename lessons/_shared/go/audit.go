// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/audit.go
// Function: WithAudit
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/audit.go

package filters

func WithAudit(handler http.Handler, sink audit.Sink, policy audit.PolicyRuleEvaluator, longRunningCheck request.LongRunningRequestCheck) http.Handler {
	if sink == nil || policy == nil {
		return handler // no --audit-policy-file: auditing is off
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		// the policy decides, from user, verb and resource, how much to record
		ac, err := evaluatePolicyAndCreateAuditEvent(req, policy, sink)
		if err != nil {
			responsewriters.InternalError(w, req, errors.New("failed to create audit event"))
			return
		}
		if !ac.Enabled() {
			handler.ServeHTTP(w, req) // level None for this request
			return
		}
		ev := &ac.Event
		ev.Stage = auditinternal.StageRequestReceived
		processAuditEvent(req.Context(), sink, ev, ac.RequestAuditConfig.OmitStages)
		// wrap the writer to capture the response status for the later stages
		// ... (longRunningSink: a watch also gets its ResponseStarted event as it begins)
		respWriter := decorateResponseWriter(req.Context(), w, ev, longRunningSink, ac.RequestAuditConfig.OmitStages)
		defer func() {
			// ... ResponseComplete (or Panic) event on the way out
		}()
		handler.ServeHTTP(respWriter, req)
	})
}
