// Go twin: k8s.io/apiserver/pkg/endpoints/filters/audit_init.go (WithAuditInit) @ v1.34.0
import type { Handler, Request, ResponseWriter } from '../../server/http';

/** auditinternal.HeaderAuditID; http.Header prints it canonically as `Audit-Id`. */
export const headerAuditID = 'Audit-ID';

/**
 * WithAuditInit attaches the request's audit ID to its context and echoes it in the `Audit-Id` response header.
 * A client-sent `Audit-ID` is kept as is (no truncation); otherwise newAuditID makes one (Go: a random UUID).
 */
export function withAuditInit(handler: Handler, newAuditID: () => string): Handler {
  return async (w: ResponseWriter, req: Request) => {
    let auditID = req.header.get(headerAuditID);
    if (auditID === '') auditID = newAuditID();
    req.ctx.auditID = auditID;
    // for an aggregated API we don't want to see the same audit ID appearing more than once
    if (w.header().get(headerAuditID) === '') w.header().set(headerAuditID, auditID);
    return handler(w, req);
  };
}
