// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/filters/audit_init.go
// Function: WithAuditInit
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/audit_init.go

package filters

func WithAuditInit(handler http.Handler) http.Handler {
	return withAuditInit(handler, func() string { return uuid.New().String() })
}

func withAuditInit(handler http.Handler, newAuditIDFunc func() string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := audit.WithAuditContext(r.Context())

		// a client may bring its own Audit-ID; otherwise we mint one
		auditID := r.Header.Get(auditinternal.HeaderAuditID)
		if len(auditID) == 0 {
			auditID = newAuditIDFunc()
		}
		audit.WithAuditID(ctx, types.UID(auditID))
		r = r.WithContext(ctx)

		// echo it back, so a client can find its request in the audit log
		if value := w.Header().Get(auditinternal.HeaderAuditID); len(value) == 0 {
			w.Header().Set(auditinternal.HeaderAuditID, auditID)
		}
		handler.ServeHTTP(w, r)
	})
}
