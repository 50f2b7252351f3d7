import { describe, expect, it } from 'vitest';
import type { Attributes } from '../../endpoints/filters/authorization';
import { newAttributes } from '../../authorization/testing';
import type { UserInfo } from '../../endpoints/request/context';
import type { RBACListers } from '../../plugin/auth/authorizer/rbac/rbac';
import { newAuthorizer, type AuthorizationMode } from './config';

const listers: RBACListers = {
  getRole: async () => null,
  getClusterRole: async (name) =>
    name === 'view'
      ? { metadata: { name }, rules: [{ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] }] }
      : null,
  listRoleBindings: async (ns) =>
    ns === 'default'
      ? [
          {
            metadata: { namespace: ns, name: 'jane-view' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
            subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' }],
          },
        ]
      : [],
  listClusterRoleBindings: async () => [],
};

const ask = (user: UserInfo, verb = 'list'): Attributes => newAttributes({ user, verb });

const admin: UserInfo = { name: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] };
const jane: UserInfo = { name: 'jane', groups: ['system:authenticated'] };

describe('newAuthorizer', () => {
  it.each<[string, AuthorizationMode[], UserInfo, string, { decision: string; reason: string }]>([
    [
      'RBAC: system:masters are allowed before RBAC is asked',
      ['RBAC'],
      admin,
      'delete',
      { decision: 'allow', reason: '' },
    ],
    [
      'RBAC: a bound user',
      ['RBAC'],
      jane,
      'list',
      {
        decision: 'allow',
        reason: 'RBAC: allowed by RoleBinding "jane-view/default" of ClusterRole "view" to User "jane"',
      },
    ],
    ['RBAC: an unbound verb', ['RBAC'], jane, 'delete', { decision: 'noOpinion', reason: '' }],
    [
      'AlwaysDeny: even then system:masters are allowed',
      ['AlwaysDeny'],
      admin,
      'delete',
      { decision: 'allow', reason: '' },
    ],
    [
      'AlwaysDeny: everyone else is refused with its reason',
      ['AlwaysDeny'],
      jane,
      'list',
      { decision: 'noOpinion', reason: 'Everything is forbidden.' },
    ],
    [
      'AlwaysDeny,RBAC: RBAC still allows after AlwaysDeny had no opinion',
      ['AlwaysDeny', 'RBAC'],
      jane,
      'list',
      {
        decision: 'allow',
        reason: 'RBAC: allowed by RoleBinding "jane-view/default" of ClusterRole "view" to User "jane"',
      },
    ],
    [
      'RBAC,AlwaysAllow: what RBAC does not allow falls through',
      ['RBAC', 'AlwaysAllow'],
      jane,
      'delete',
      { decision: 'allow', reason: '' },
    ],
  ])('%s', async (_name, modes, user, verb, want) => {
    expect(await newAuthorizer(modes, listers).authorize(ask(user, verb))).toEqual(want);
  });

  it('refuses an empty mode list and an unknown mode like kube-apiserver', () => {
    expect(() => newAuthorizer([], listers)).toThrow('at least one authorization mode must be passed');
    expect(() => newAuthorizer(['ABAC' as AuthorizationMode], listers)).toThrow(
      'unknown authorization mode ABAC specified',
    );
  });
});
