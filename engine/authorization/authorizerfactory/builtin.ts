// Go twin: k8s.io/apiserver/pkg/authorization/authorizerfactory/builtin.go (NewAlwaysAllowAuthorizer,
// NewAlwaysDenyAuthorizer, NewPrivilegedGroups) @ v1.34.0
import type { Authorizer } from '../../endpoints/filters/authorization';

/** alwaysAllowAuthorizer: says yes to everything (--authorization-mode=AlwaysAllow). */
export function newAlwaysAllowAuthorizer(): Authorizer {
  return { authorize: () => ({ decision: 'allow', reason: '' }) };
}

/**
 * alwaysDenyAuthorizer: despite its name it has no opinion (it never denies outright), so the request is
 * refused only when no later authorizer allows it; its reason ends up after the 403 message.
 */
export function newAlwaysDenyAuthorizer(): Authorizer {
  return { authorize: () => ({ decision: 'noOpinion', reason: 'Everything is forbidden.' }) };
}

/**
 * privilegedGroupAuthorizer: members of any of the groups may do anything. kube-apiserver puts one for
 * system:masters ahead of every configured mode.
 */
export function newPrivilegedGroups(...groups: string[]): Authorizer {
  return {
    authorize(a) {
      if (!a.user) {
        return { decision: 'noOpinion', reason: 'Error', error: new Error('no user on request.') };
      }
      if (a.user.groups.some((g) => groups.includes(g))) return { decision: 'allow', reason: '' };
      return { decision: 'noOpinion', reason: '' };
    },
  };
}
