// Go twin: k8s.io/apiserver/pkg/authentication/request/union/union.go (New, NewFailOnError,
// unionAuthRequestHandler.AuthenticateRequest) @ v1.34.0
import type { Request } from '../../../server/http';
import { newAggregate } from '../../../util/errors/errors';
import type { AuthenticatorResponse, RequestAuthenticator } from '../../authenticator/interfaces';

/**
 * union.New: tries each authenticator in order; the first success wins. Errors do not stop the search, but
 * if nobody succeeds they are thrown together (one aggregate error), so the request fails with 401 instead
 * of being treated as carrying no credential. A union of one is that one authenticator.
 */
export function newUnion(...handlers: RequestAuthenticator[]): RequestAuthenticator {
  if (handlers.length === 1) return handlers[0]!;
  return unionOf(handlers, false);
}

/**
 * union.NewFailOnError: like newUnion, but the first error ends the search. kube-apiserver puts the
 * anonymous authenticator behind one of these, so a bad token is never mistaken for no token.
 */
export function newFailOnErrorUnion(...handlers: RequestAuthenticator[]): RequestAuthenticator {
  if (handlers.length === 1) return handlers[0]!;
  return unionOf(handlers, true);
}

function unionOf(handlers: RequestAuthenticator[], failOnError: boolean): RequestAuthenticator {
  return {
    async authenticateRequest(req: Request): Promise<AuthenticatorResponse | null> {
      const errs: unknown[] = [];
      for (const h of handlers) {
        let resp: AuthenticatorResponse | null;
        try {
          resp = await h.authenticateRequest(req);
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

/** utilerrors.NewAggregate of what the authenticators threw; a lone error is thrown as itself. */
export function unionError(errs: readonly unknown[]): unknown {
  if (errs.length === 1) return errs[0];
  return newAggregate(errs.map((e) => (e instanceof Error ? e : new Error(String(e)))));
}
