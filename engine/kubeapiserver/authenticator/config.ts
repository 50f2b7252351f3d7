// Go twin: k8s.io/kubernetes/pkg/kubeapiserver/authenticator/config.go (Config.New) and the loopback part of
// k8s.io/apiserver/pkg/server/config.go (AuthorizeClientBearerToken) with
// k8s.io/apiserver/pkg/authentication/authenticatorfactory/loopback.go (NewFromTokens) @ v1.34.0
//
// Modelled credentials: static bearer tokens (--token-auth-file) and the loopback token. Not modelled:
// client certificates, service account and bootstrap tokens, OIDC/JWT, webhooks, the front proxy's request
// headers and the websocket token protocol; each of them would be one more entry in the unions below.
import type { Authenticator } from '../../endpoints/filters/authentication';
import { newAuthenticatedGroupAdder } from '../../authentication/group/authenticated_group_adder';
import {
  newAnonymousAuthenticator,
  type AnonymousAuthCondition,
} from '../../authentication/request/anonymous/anonymous';
import { newBearerTokenAuthenticator } from '../../authentication/request/bearertoken/bearertoken';
import { newFailOnErrorUnion, newUnion } from '../../authentication/request/union/union';
import type { TokenAuthenticator } from '../../authentication/authenticator/interfaces';
import { newTokenFileAuthenticator, type TokenEntry } from '../../authentication/token/tokenfile/tokenfile';
import { newTokenUnion } from '../../authentication/token/union/union';
import { allAuthenticated, apiServerUser, systemPrivilegedGroup } from '../../authentication/user/user';

export type { TokenEntry } from '../../authentication/token/tokenfile/tokenfile';

/**
 * The loopback user's UID. Go draws a random UUID at start-up; a fixed one keeps the simulator's output
 * repeatable.
 */
export const loopbackUserUID = '6e2b4c1a-0d3f-4a7e-9b25-8c1f3d7a9e40';

export interface AuthenticatorConfig {
  /** --token-auth-file, already parsed (see parseTokenFile); undefined: the flag is not set */
  tokens?: readonly TokenEntry[];
  /** --anonymous-auth (kube-apiserver's default is true) */
  anonymous?: boolean;
  /** AuthenticationConfiguration anonymous.conditions: the only paths anonymous requests may reach */
  anonymousConditions?: readonly AnonymousAuthCondition[];
  /** the privileged loopback client's bearer token (system:apiserver) */
  loopbackToken?: string;
}

/**
 * Config.New, then AuthorizeClientBearerToken:
 *
 *   union( loopback token → system:apiserver,
 *          failOnError( authenticatedGroupAdder( union( bearer(token union(token file)) ) ),
 *                       anonymous ) )
 *
 * The fail-on-error union is why a presented but unknown token answers 401 even with anonymous access on:
 * the bearer authenticator reports an error, which stops the search before anonymous. A request with no
 * Authorization header, another scheme (`Basic …`) or an empty token is simply "no credential" and goes on
 * to anonymous. With no authenticator at all and anonymous off this returns null: Go's nil authenticator,
 * which makes WithAuthentication install nothing (and then the loopback token is not added either).
 */
export function newAuthenticator(c: AuthenticatorConfig): Authenticator | null {
  const tokenAuthenticators: TokenAuthenticator[] = [];
  if (c.tokens !== undefined) tokenAuthenticators.push(newTokenFileAuthenticator(c.tokens));

  const authenticators: Authenticator[] = [];
  if (tokenAuthenticators.length > 0) {
    authenticators.push(newBearerTokenAuthenticator(newTokenUnion(...tokenAuthenticators)));
  }

  let authenticator: Authenticator | null;
  if (authenticators.length === 0) {
    authenticator = c.anonymous ? newAnonymousAuthenticator(c.anonymousConditions) : null;
  } else {
    authenticator = newAuthenticatedGroupAdder(newUnion(...authenticators));
    if (c.anonymous) {
      // If the chain returns an error, the request fails: a bad bearer token is not anonymous.
      authenticator = newFailOnErrorUnion(authenticator, newAnonymousAuthenticator(c.anonymousConditions));
    }
  }

  if (authenticator && c.loopbackToken) {
    authenticator = newUnion(newLoopbackAuthenticator(c.loopbackToken), authenticator);
  }
  return authenticator;
}

/** AuthorizeClientBearerToken's token table: system:apiserver in system:authenticated and system:masters. */
function newLoopbackAuthenticator(token: string): Authenticator {
  return newBearerTokenAuthenticator(
    newTokenFileAuthenticator([
      {
        token,
        name: apiServerUser,
        uid: loopbackUserUID,
        groups: [allAuthenticated, systemPrivilegedGroup],
      },
    ]),
  );
}
