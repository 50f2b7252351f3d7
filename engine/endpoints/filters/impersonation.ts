// Go twin: k8s.io/apiserver/pkg/endpoints/filters/impersonation.go (WithImpersonation, buildImpersonationRequests)
// and k8s.io/apiserver/pkg/authentication/serviceaccount/util.go (SplitUsername, MakeUsername, MakeGroupNames)
// @ v1.34.0
import type { UserInfo } from '../request/context';
import type { Handler, Header, Request, ResponseWriter } from '../../server/http';
import { isDNS1123Label, isDNS1123Subdomain } from '../../util/validation/validation';
import { forbidden, internalError } from '../handlers/responsewriters/errors';
import { logImpersonatedUser } from './audit';
import { authorize, type Attributes, type Authorizer } from './authorization';

/** authenticationv1 impersonation headers */
export const impersonateUserHeader = 'Impersonate-User';
export const impersonateUIDHeader = 'Impersonate-Uid';
export const impersonateGroupHeader = 'Impersonate-Group';
export const impersonateUserExtraHeaderPrefix = 'Impersonate-Extra-';

const serviceAccountUsernamePrefix = 'system:serviceaccount:';
const allAuthenticated = 'system:authenticated';
const allUnauthenticated = 'system:unauthenticated';
const anonymous = 'system:anonymous';
const authenticationV1 = 'authentication.k8s.io/v1';

/** v1.ObjectReference, as buildImpersonationRequests uses it. */
interface ImpersonationRequest {
  kind: 'ServiceAccount' | 'User' | 'Group' | 'UserExtra' | 'UID';
  namespace: string;
  name: string;
  apiVersion: string;
  fieldPath: string;
}

/**
 * WithImpersonation lets a request act as another user (Impersonate-User, -Group, -Uid, -Extra-* headers) once the
 * authorizer allows the requestor to `impersonate` each of them; a refusal is a 403 such as
 * `users "jane" is forbidden: User "bob" cannot impersonate resource "users" in API group "" at the cluster scope`.
 */
export function withImpersonation(handler: Handler, a: Authorizer): Handler {
  return async (w: ResponseWriter, req: Request) => {
    let impersonationRequests: ImpersonationRequest[];
    try {
      impersonationRequests = buildImpersonationRequests(req.header);
    } catch (e) {
      internalError(w, req, e as Error);
      return;
    }
    if (impersonationRequests.length === 0) return handler(w, req);

    const requestor = req.ctx.user;
    if (!requestor) {
      internalError(w, req, new Error('no user found for request'));
      return;
    }

    // if groups are not specified for a service account, they are looked up; if specified, they are the authority
    const groupsSpecified = req.header.getAll(impersonateGroupHeader).length > 0;

    let username = '';
    let groups: string[] = [];
    const userExtra: Record<string, string[]> = {};
    let uid = '';
    for (const ir of impersonationRequests) {
      const [group, version] = splitAPIVersion(ir.apiVersion);
      const actingAsAttributes: Attributes = {
        user: requestor,
        verb: 'impersonate',
        apiGroup: group,
        apiVersion: version,
        namespace: ir.namespace,
        name: ir.name,
        resource: '',
        subresource: '',
        resourceRequest: true,
        path: '',
      };
      switch (ir.kind) {
        case 'ServiceAccount':
          actingAsAttributes.resource = 'serviceaccounts';
          username = serviceAccountUsername(ir.namespace, ir.name);
          if (!groupsSpecified) groups = ['system:serviceaccounts', `system:serviceaccounts:${ir.namespace}`];
          break;
        case 'User':
          actingAsAttributes.resource = 'users';
          username = ir.name;
          break;
        case 'Group':
          actingAsAttributes.resource = 'groups';
          groups.push(ir.name);
          break;
        case 'UserExtra':
          actingAsAttributes.resource = 'userextras';
          actingAsAttributes.subresource = ir.fieldPath;
          if (!Object.hasOwn(userExtra, ir.fieldPath)) {
            Object.defineProperty(userExtra, ir.fieldPath, {
              value: [],
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
          userExtra[ir.fieldPath]!.push(ir.name);
          break;
        case 'UID':
          uid = ir.name;
          actingAsAttributes.resource = 'uids';
          break;
      }
      const { decision, reason, error } = await authorize(a, actingAsAttributes);
      if (error || decision !== 'allow') {
        req.ctx.observer?.onFilterResult?.('impersonation', {
          decision,
          reason,
          attributes: actingAsAttributes,
        });
        forbidden(actingAsAttributes, w, req, reason);
        return;
      }
    }

    if (username !== anonymous) {
      // impersonating a non-anonymous user: add system:authenticated unless either well-known group is present
      if (!groups.some((g) => g === allAuthenticated || g === allUnauthenticated))
        groups.push(allAuthenticated);
    } else if (!groups.includes(allUnauthenticated)) {
      groups.push(allUnauthenticated);
    }

    const newUser: UserInfo = { name: username, groups };
    if (uid) newUser.uid = uid;
    if (Object.keys(userExtra).length > 0) newUser.extra = userExtra;
    req.ctx.observer?.onFilterResult?.('impersonation', { requestor: req.ctx.user, user: newUser });
    req.ctx.user = newUser;
    logImpersonatedUser(req.ctx, newUser);

    // clear all the impersonation headers from the request
    req.header.del(impersonateUserHeader);
    req.header.del(impersonateGroupHeader);
    req.header.del(impersonateUIDHeader);
    for (const name of req.header.keys()) {
      if (name.startsWith(impersonateUserExtraHeaderPrefix)) req.header.del(name);
    }
    return handler(w, req);
  };
}

/**
 * buildImpersonationRequests: one request per thing to impersonate, user first. Groups, extras or a UID without
 * a user is an error (answered with a plain-text 500).
 */
function buildImpersonationRequests(headers: Header): ImpersonationRequest[] {
  const requests: ImpersonationRequest[] = [];
  const ref = (
    kind: ImpersonationRequest['kind'],
    name: string,
    extra: Partial<ImpersonationRequest> = {},
  ) => ({
    kind,
    namespace: '',
    name,
    apiVersion: '',
    fieldPath: '',
    ...extra,
  });

  const requestedUser = headers.get(impersonateUserHeader);
  const hasUser = requestedUser !== '';
  if (hasUser) {
    const sa = splitServiceAccountUsername(requestedUser);
    requests.push(
      sa ? ref('ServiceAccount', sa.name, { namespace: sa.namespace }) : ref('User', requestedUser),
    );
  }

  const groups = headers.getAll(impersonateGroupHeader);
  for (const group of groups) requests.push(ref('Group', group));

  let hasUserExtra = false;
  for (const headerName of headers.keys()) {
    if (!headerName.startsWith(impersonateUserExtraHeaderPrefix)) continue;
    hasUserExtra = true;
    const extraKey = unescapeExtraKey(
      headerName.slice(impersonateUserExtraHeaderPrefix.length).toLowerCase(),
    );
    // a separate request for each extra value
    for (const value of headers.getAll(headerName)) {
      requests.push(ref('UserExtra', value, { apiVersion: authenticationV1, fieldPath: extraKey }));
    }
  }

  const requestedUID = headers.get(impersonateUIDHeader);
  const hasUID = requestedUID !== '';
  if (hasUID) requests.push(ref('UID', requestedUID, { apiVersion: authenticationV1 }));

  if ((groups.length > 0 || hasUserExtra || hasUID) && !hasUser) {
    throw new Error(`requested ${formatObjectReferences(requests)} without impersonating a user`);
  }
  return requests;
}

/** `%v` of a []v1.ObjectReference: `[{Group  admins    }]` (Kind Namespace Name UID APIVersion ResourceVersion FieldPath). */
function formatObjectReferences(refs: ImpersonationRequest[]): string {
  return `[${refs.map((r) => `{${r.kind} ${r.namespace} ${r.name}  ${r.apiVersion}  ${r.fieldPath}}`).join(' ')}]`;
}

/** url.PathUnescape of the extra key, keeping it as is if it does not unescape. */
function unescapeExtraKey(encodedKey: string): string {
  try {
    return decodeURIComponent(encodedKey);
  } catch {
    return encodedKey;
  }
}

/** "group/version" (or "version") as [group, version] */
function splitAPIVersion(apiVersion: string): [string, string] {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

/** serviceaccount.SplitUsername: `system:serviceaccount:<namespace>:<name>` with a valid namespace and name. */
function splitServiceAccountUsername(username: string): { namespace: string; name: string } | null {
  if (!username.startsWith(serviceAccountUsernamePrefix)) return null;
  const parts = username.slice(serviceAccountUsernamePrefix.length).split(':');
  if (parts.length !== 2) return null;
  const [namespace, name] = parts as [string, string];
  if (isDNS1123Label(namespace).length !== 0) return null;
  if (isDNS1123Subdomain(name).length !== 0) return null;
  return { namespace, name };
}

/** serviceaccount.MakeUsername */
function serviceAccountUsername(namespace: string, name: string): string {
  return `${serviceAccountUsernamePrefix}${namespace}:${name}`;
}
