// Go twin: k8s.io/apiserver/pkg/authentication/group/authenticated_group_adder.go
// (NewAuthenticatedGroupAdder, AuthenticatedGroupAdder.AuthenticateRequest) @ v1.34.0
import type { Request } from '../../server/http';
import type { AuthenticatorResponse, RequestAuthenticator } from '../authenticator/interfaces';
import { allAuthenticated, allUnauthenticated, anonymous } from '../user/user';

/**
 * NewAuthenticatedGroupAdder: a user who authenticated is also in system:authenticated (the group RBAC's
 * discovery and basic-user bindings name). Not added for system:anonymous, nor when the user already has
 * system:authenticated or system:unauthenticated. The wrapped authenticator's user is never modified.
 */
export function newAuthenticatedGroupAdder(auth: RequestAuthenticator): RequestAuthenticator {
  return {
    async authenticateRequest(req: Request): Promise<AuthenticatorResponse | null> {
      const r = await auth.authenticateRequest(req);
      if (!r) return null;
      if (r.user.name === anonymous) return r;
      if (r.user.groups.some((g) => g === allAuthenticated || g === allUnauthenticated)) return r;
      return { ...r, user: { ...r.user, groups: [...r.user.groups, allAuthenticated] } };
    },
  };
}
