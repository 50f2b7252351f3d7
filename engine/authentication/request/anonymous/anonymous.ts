// Go twin: k8s.io/apiserver/pkg/authentication/request/anonymous/anonymous.go (Authenticator,
// NewAuthenticator) @ v1.34.0
import type { Request } from '../../../server/http';
import type { AuthenticatorResponse, RequestAuthenticator } from '../../authenticator/interfaces';
import { allUnauthenticated, anonymous } from '../../user/user';

/** apiserver.AnonymousAuthCondition (AuthenticationConfiguration `anonymous.conditions`) */
export interface AnonymousAuthCondition {
  path: string;
}

/**
 * anonymous.NewAuthenticator: every request it is asked about is system:anonymous in the group
 * system:unauthenticated. It does not look at the Authorization header: kube-apiserver only reaches it when
 * no other authenticator succeeded or failed (see kubeapiserver/authenticator/config.ts). With conditions,
 * only requests for those exact paths are admitted (e.g. `/healthz`, `/readyz`, `/livez`).
 */
export function newAnonymousAuthenticator(
  conditions: readonly AnonymousAuthCondition[] = [],
): RequestAuthenticator {
  const allowedPaths = new Set(conditions.map((c) => c.path));
  return {
    authenticateRequest(req: Request): AuthenticatorResponse | null {
      if (allowedPaths.size > 0 && !allowedPaths.has(req.path)) return null;
      return { user: { name: anonymous, groups: [allUnauthenticated] } };
    },
  };
}
