// Go twin: k8s.io/apiserver/pkg/authentication/token/union/union.go (New, NewFailOnError,
// unionAuthTokenHandler.AuthenticateToken) @ v1.34.0
import type { AuthenticatorResponse, TokenAuthenticator } from '../../authenticator/interfaces';
import { unionError } from '../../request/union/union';

/**
 * tokenunion.New: asks each token authenticator in turn (kube-apiserver: the token file, service account
 * tokens, bootstrap tokens, OIDC, webhook); the first that knows the token wins, errors are collected.
 */
export function newTokenUnion(...handlers: TokenAuthenticator[]): TokenAuthenticator {
  if (handlers.length === 1) return handlers[0]!;
  return tokenUnionOf(handlers, false);
}

/** tokenunion.NewFailOnError: the first error ends the search. */
export function newFailOnErrorTokenUnion(...handlers: TokenAuthenticator[]): TokenAuthenticator {
  if (handlers.length === 1) return handlers[0]!;
  return tokenUnionOf(handlers, true);
}

function tokenUnionOf(handlers: TokenAuthenticator[], failOnError: boolean): TokenAuthenticator {
  return {
    async authenticateToken(token: string): Promise<AuthenticatorResponse | null> {
      const errs: unknown[] = [];
      for (const h of handlers) {
        let resp: AuthenticatorResponse | null;
        try {
          resp = await h.authenticateToken(token);
        } catch (err) {
          if (failOnError) throw err;
          errs.push(err);
          continue;
        }
        if (resp) return resp;
      }
      if (errs.length > 0) throw unionError(errs);
      return null;
    },
  };
}
