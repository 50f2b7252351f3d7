// Go twin: k8s.io/apiserver/pkg/authentication/authenticator/interfaces.go (Token, Request, Response) @ v1.34.0
// authenticator.Request lives with the filter that calls it (endpoints/filters/authentication.ts); the token
// side is declared here. Go returns (response, ok, err); we return the response, null for "not ok", or throw.
import type { AuthenticatorResponse } from '../../endpoints/filters/authentication';

export type {
  Authenticator as RequestAuthenticator,
  AuthenticatorResponse,
} from '../../endpoints/filters/authentication';

/**
 * authenticator.Token: the user a bearer token stands for, null when this authenticator does not know the
 * token (Go: ok == false, err == nil), or a thrown error when the token is recognisably bad.
 */
export interface TokenAuthenticator {
  authenticateToken(token: string): AuthenticatorResponse | null | Promise<AuthenticatorResponse | null>;
}
