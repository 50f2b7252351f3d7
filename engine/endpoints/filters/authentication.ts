// Go twin: k8s.io/apiserver/pkg/endpoints/filters/authentication.go (WithAuthentication, Unauthorized) and the
// authenticator.Request interface of k8s.io/apiserver/pkg/authentication/authenticator/interfaces.go @ v1.34.0
import { newUnauthorized } from '../../api/errors/errors';
import type { UserInfo } from '../request/context';
import type { Handler, Request, ResponseWriter } from '../../server/http';
import { internalError } from '../handlers/responsewriters/errors';
import { errorNegotiated } from '../handlers/responsewriters/writers';

/** authenticator.Response */
export interface AuthenticatorResponse {
  user: UserInfo;
  /** the audiences the credential was issued for (empty: any) */
  audiences?: string[];
}

/**
 * authenticator.Request: the user for a request, null when the request carries no credential this authenticator
 * understands (Go: ok == false), or a thrown error (Go: err != nil). Either failure means 401.
 */
export interface Authenticator {
  authenticateRequest(req: Request): AuthenticatorResponse | null | Promise<AuthenticatorResponse | null>;
}

/** The simulator's default: every request is the cluster admin, as with kind's or kubeadm's admin kubeconfig. */
export const defaultAuthenticator: Authenticator = {
  authenticateRequest: () => ({
    user: { name: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] },
  }),
};

/**
 * WithAuthentication authenticates the request and stores the user in its context, removing the Authorization
 * header; a failed authentication goes to `failed` (Unauthorized). A null authenticator installs nothing.
 */
export function withAuthentication(
  handler: Handler,
  auth: Authenticator | null,
  failed: Handler,
  apiAuds: readonly string[] = [],
): Handler {
  if (!auth) return handler; // "Authentication is disabled"
  return async (w: ResponseWriter, req: Request) => {
    let resp: AuthenticatorResponse | null;
    try {
      resp = await auth.authenticateRequest(req);
    } catch {
      resp = null; // "Unable to authenticate the request due to an error"
    }
    if (!resp || !audiencesAreAcceptable(apiAuds, resp.audiences ?? [])) {
      req.ctx.observer?.onFilterResult?.('authentication', { authenticated: false });
      await failed(w, req);
      return;
    }
    // authorization header is not required anymore in case of a successful authentication
    req.header.del('Authorization');
    req.ctx.user = resp.user;
    req.ctx.observer?.onFilterResult?.('authentication', { authenticated: true, user: resp.user });
    return handler(w, req);
  };
}

/** Unauthorized: a 401 Status `Unauthorized` with reason Unauthorized. */
export function unauthorized(): Handler {
  return async (w: ResponseWriter, req: Request) => {
    if (!req.ctx.requestInfo) {
      internalError(w, req, new Error('no RequestInfo found in the context'));
      return;
    }
    errorNegotiated(newUnauthorized('Unauthorized'), w, req);
  };
}

function audiencesAreAcceptable(apiAuds: readonly string[], responseAudiences: readonly string[]): boolean {
  if (apiAuds.length === 0 || responseAudiences.length === 0) return true;
  return apiAuds.some((a) => responseAudiences.includes(a));
}
