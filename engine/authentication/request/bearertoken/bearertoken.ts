// Go twin: k8s.io/apiserver/pkg/authentication/request/bearertoken/bearertoken.go (Authenticator,
// AuthenticateRequest) @ v1.34.0
import type { Request } from '../../../server/http';
import type {
  AuthenticatorResponse,
  RequestAuthenticator,
  TokenAuthenticator,
} from '../../authenticator/interfaces';

/** The error for a well-formed bearer token that no token authenticator accepted. */
export const invalidTokenMessage = 'invalid bearer token';

/**
 * bearertoken.New: reads `Authorization: Bearer <token>` and hands the token to a token authenticator.
 *
 * A missing header, another scheme (`Basic …`) or an empty token is "no credential here" (null), not an
 * error, so an anonymous authenticator further along may still admit the request. A token that is present
 * but unknown IS an error: the request then fails even when anonymous access is on.
 */
export function newBearerTokenAuthenticator(auth: TokenAuthenticator): RequestAuthenticator {
  return {
    async authenticateRequest(req: Request): Promise<AuthenticatorResponse | null> {
      const header = req.header.get('Authorization').trim();
      if (header === '') return null;
      // Split on single spaces, at most three parts: `Bearer  abc` (two spaces) has an empty token.
      const parts = splitN(header, ' ', 3);
      if (parts.length < 2 || parts[0]!.toLowerCase() !== 'bearer') return null;
      const token = parts[1]!;
      // Empty bearer tokens aren't valid
      if (token === '') return null;

      const resp = await auth.authenticateToken(token);
      if (!resp) throw new Error(invalidTokenMessage);
      // so that nothing inside the apiserver is ever tempted to use (or log) the token
      req.header.del('Authorization');
      return resp;
    },
  };
}

/** strings.SplitN(s, sep, n) for n > 0: at most n parts, the last holding the rest. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts: string[] = [];
  let rest = s;
  while (parts.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i === -1) break;
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  parts.push(rest);
  return parts;
}
