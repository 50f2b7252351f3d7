// Go twin: k8s.io/apiserver/pkg/authentication/user/user.go (well-known user and group names) @ v1.34.0
// The names authorization and audit rules are written against; every authenticator uses these spellings.
export type { UserInfo } from '../../endpoints/request/context';

/** user.SystemPrivilegedGroup: members bypass authorization entirely. */
export const systemPrivilegedGroup = 'system:masters';
/** user.AllAuthenticated: added to every user that presented a valid credential. */
export const allAuthenticated = 'system:authenticated';
/** user.AllUnauthenticated: the group of the anonymous user. */
export const allUnauthenticated = 'system:unauthenticated';
/** user.Anonymous */
export const anonymous = 'system:anonymous';
/** user.APIServerUser: the identity of the apiserver's own loopback client. */
export const apiServerUser = 'system:apiserver';
