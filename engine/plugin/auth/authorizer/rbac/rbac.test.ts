import { describe, expect, it } from 'vitest';
import type { Attributes } from '../../../../endpoints/filters/authorization';
import { newAttributes } from '../../../../authorization/testing';
import type { UserInfo } from '../../../../endpoints/request/context';
import type {
  ClusterRole,
  ClusterRoleBinding,
  PolicyRule,
  Role,
  RoleBinding,
  Subject,
} from '../../../../apis/rbac/types';
import { RBACAuthorizer, type RBACListers } from './rbac';

/** In-memory listers over plain arrays, like Go's StaticRoles. */
function listers(objs: {
  roles?: Role[];
  clusterRoles?: ClusterRole[];
  roleBindings?: RoleBinding[];
  clusterRoleBindings?: ClusterRoleBinding[];
}): RBACListers {
  return {
    getRole: async (ns, name) =>
      (objs.roles ?? []).find((r) => r.metadata?.namespace === ns && r.metadata?.name === name) ?? null,
    getClusterRole: async (name) => (objs.clusterRoles ?? []).find((r) => r.metadata?.name === name) ?? null,
    listRoleBindings: async (ns) => (objs.roleBindings ?? []).filter((b) => b.metadata?.namespace === ns),
    listClusterRoleBindings: async () => objs.clusterRoleBindings ?? [],
  };
}

const role = (namespace: string, name: string, rules: PolicyRule[]): Role => ({
  metadata: { namespace, name },
  rules,
});
const clusterRole = (name: string, rules: PolicyRule[]): ClusterRole => ({ metadata: { name }, rules });
const roleBinding = (
  namespace: string,
  name: string,
  roleRef: { kind: string; name: string },
  subjects: Subject[],
): RoleBinding => ({
  metadata: { namespace, name },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
  subjects,
});
const clusterRoleBinding = (
  name: string,
  roleRef: { kind: string; name: string },
  subjects: Subject[],
): ClusterRoleBinding => ({
  metadata: { name },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
  subjects,
});
const userSubject = (name: string): Subject => ({
  kind: 'User',
  apiGroup: 'rbac.authorization.k8s.io',
  name,
});
const groupSubject = (name: string): Subject => ({
  kind: 'Group',
  apiGroup: 'rbac.authorization.k8s.io',
  name,
});
const saSubject = (name: string, namespace?: string): Subject => ({
  kind: 'ServiceAccount',
  name,
  ...(namespace !== undefined ? { namespace } : {}),
});

const everything: PolicyRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'] };
const readPods: PolicyRule = { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'] };

const user = (name: string, ...groups: string[]): UserInfo => ({ name, groups });
const ask = (u: UserInfo | undefined, a: Partial<Attributes> = {}): Attributes =>
  newAttributes({ ...(u ? { user: u } : {}), verb: 'list', ...a });

const cluster = listers({
  roles: [role('default', 'pod-reader', [readPods])],
  clusterRoles: [
    clusterRole('cluster-admin', [everything, { verbs: ['*'], nonResourceURLs: ['*'] }]),
    clusterRole('view-pods', [readPods]),
    clusterRole('system:discovery', [{ verbs: ['get'], nonResourceURLs: ['/api', '/api/*', '/healthz'] }]),
  ],
  roleBindings: [
    roleBinding('default', 'read-pods', { kind: 'Role', name: 'pod-reader' }, [userSubject('jane')]),
    roleBinding('dev', 'dev-view', { kind: 'ClusterRole', name: 'view-pods' }, [groupSubject('developers')]),
    roleBinding('ci', 'ci-bot', { kind: 'ClusterRole', name: 'view-pods' }, [saSubject('builder')]),
    roleBinding('default', 'cross-ns-sa', { kind: 'Role', name: 'pod-reader' }, [
      saSubject('robot', 'tools'),
    ]),
  ],
  clusterRoleBindings: [
    clusterRoleBinding('cluster-admin', { kind: 'ClusterRole', name: 'cluster-admin' }, [
      groupSubject('system:masters'),
    ]),
    clusterRoleBinding('system:discovery', { kind: 'ClusterRole', name: 'system:discovery' }, [
      groupSubject('system:authenticated'),
    ]),
    clusterRoleBinding('sa-without-namespace', { kind: 'ClusterRole', name: 'cluster-admin' }, [
      saSubject('default'),
    ]),
    clusterRoleBinding('monitor', { kind: 'ClusterRole', name: 'view-pods' }, [
      userSubject('nobody'),
      saSubject('prometheus', 'monitoring'),
    ]),
  ],
});

describe('RBACAuthorizer.authorize', () => {
  const rbac = new RBACAuthorizer(cluster);

  it.each([
    [
      'a group bound cluster-wide',
      ask(user('admin', 'system:masters'), { verb: 'delete', resource: 'nodes', namespace: '', name: 'n1' }),
      'RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"',
    ],
    [
      'a user bound to a Role in the namespace',
      ask(user('jane')),
      'RBAC: allowed by RoleBinding "read-pods/default" of Role "pod-reader" to User "jane"',
    ],
    [
      'a group bound to a ClusterRole through a RoleBinding',
      ask(user('sam', 'developers'), { namespace: 'dev', verb: 'get', name: 'web' }),
      'RBAC: allowed by RoleBinding "dev-view/dev" of ClusterRole "view-pods" to Group "developers"',
    ],
    [
      'a ServiceAccount subject without namespace means the binding namespace',
      ask(user('system:serviceaccount:ci:builder'), { namespace: 'ci' }),
      'RBAC: allowed by RoleBinding "ci-bot/ci" of ClusterRole "view-pods" to ServiceAccount "builder/ci"',
    ],
    [
      'a ServiceAccount of another namespace named explicitly',
      ask(user('system:serviceaccount:tools:robot')),
      'RBAC: allowed by RoleBinding "cross-ns-sa/default" of Role "pod-reader" to ServiceAccount "robot/tools"',
    ],
    [
      'the first matching subject of a ClusterRoleBinding is described',
      ask(user('system:serviceaccount:monitoring:prometheus'), { namespace: 'kube-system', verb: 'watch' }),
      'RBAC: allowed by ClusterRoleBinding "monitor" of ClusterRole "view-pods" to ServiceAccount "prometheus/monitoring"',
    ],
    [
      'a non-resource URL',
      ask(user('jane', 'system:authenticated'), {
        resourceRequest: false,
        verb: 'get',
        path: '/api/v1',
        namespace: '',
      }),
      'RBAC: allowed by ClusterRoleBinding "system:discovery" of ClusterRole "system:discovery" to Group "system:authenticated"',
    ],
  ])('allows %s', async (_name, a, reason) => {
    expect(await rbac.authorize(a)).toEqual({ decision: 'allow', reason });
  });

  it.each([
    ['a verb the role lacks', ask(user('jane'), { verb: 'delete', name: 'web' })],
    ['a Role binding in another namespace', ask(user('jane'), { namespace: 'kube-system' })],
    ['a cluster-scoped request never uses RoleBindings', ask(user('jane'), { namespace: '' })],
    ['a ClusterRole bound in one namespace only', ask(user('sam', 'developers'), { namespace: 'default' })],
    [
      'a ServiceAccount of another namespace',
      ask(user('system:serviceaccount:dev:builder'), { namespace: 'ci' }),
    ],
    [
      'a ServiceAccount subject without namespace in a ClusterRoleBinding',
      ask(user('system:serviceaccount:default:default'), { namespace: '' }),
    ],
    ['a user named like a group', ask(user('system:masters'))],
    ['an unknown user', ask(user('mallory'))],
    ['no user at all', ask(undefined)],
    [
      'a subresource of an allowed resource',
      ask(user('jane'), { verb: 'get', subresource: 'log', name: 'web' }),
    ],
  ])('has no opinion (and no reason) on %s', async (_name, a) => {
    expect(await rbac.authorize(a)).toEqual({ decision: 'noOpinion', reason: '' });
  });
});

describe('RBACAuthorizer resolution errors', () => {
  const broken = listers({
    roles: [role('default', 'pod-reader', [readPods])],
    clusterRoles: [clusterRole('view-pods', [readPods])],
    roleBindings: [
      roleBinding('default', 'dangling', { kind: 'Role', name: 'gone' }, [userSubject('jane')]),
      roleBinding('default', 'works', { kind: 'Role', name: 'pod-reader' }, [userSubject('jane')]),
      roleBinding('default', 'odd', { kind: 'Secret', name: 'x' }, [userSubject('bob')]),
      roleBinding('default', 'dangling-for-others', { kind: 'Role', name: 'also-gone' }, [
        userSubject('eve'),
      ]),
    ],
    clusterRoleBindings: [
      clusterRoleBinding('dangling', { kind: 'ClusterRole', name: 'missing' }, [userSubject('bob')]),
    ],
  });
  const rbac = new RBACAuthorizer(broken);

  it('reports a binding to a missing role as the reason when nothing allows', async () => {
    expect(await rbac.authorize(ask(user('jane'), { verb: 'delete', name: 'web' }))).toEqual({
      decision: 'noOpinion',
      reason: 'RBAC: role.rbac.authorization.k8s.io "gone" not found',
    });
  });

  it('aggregates several resolution errors', async () => {
    expect(await rbac.authorize(ask(user('bob')))).toEqual({
      decision: 'noOpinion',
      reason:
        'RBAC: [clusterrole.rbac.authorization.k8s.io "missing" not found, unsupported role reference kind: "Secret"]',
    });
  });

  it('still allows when another binding covers the request', async () => {
    expect(await rbac.authorize(ask(user('jane')))).toEqual({
      decision: 'allow',
      reason: 'RBAC: allowed by RoleBinding "works/default" of Role "pod-reader" to User "jane"',
    });
  });

  it('only reports errors of bindings that name the user', async () => {
    expect(await rbac.authorize(ask(user('alice')))).toEqual({ decision: 'noOpinion', reason: '' });
  });

  it('reports a lister that fails', async () => {
    const failing: RBACListers = {
      ...broken,
      listClusterRoleBindings: async () => {
        throw new Error('etcd unavailable');
      },
    };
    expect(await new RBACAuthorizer(failing).authorize(ask(user('mallory')))).toEqual({
      decision: 'noOpinion',
      reason: 'RBAC: etcd unavailable',
    });
  });
});

describe('RBACAuthorizer.rulesFor', () => {
  it('lists the rules of every binding that applies, split by kind, with resolution errors', async () => {
    const rbac = new RBACAuthorizer(
      listers({
        clusterRoles: [clusterRole('mixed', [readPods, { verbs: ['get'], nonResourceURLs: ['/healthz'] }])],
        roleBindings: [
          roleBinding('default', 'dangling', { kind: 'Role', name: 'gone' }, [userSubject('jane')]),
        ],
        clusterRoleBindings: [
          clusterRoleBinding('mixed', { kind: 'ClusterRole', name: 'mixed' }, [groupSubject('team')]),
        ],
      }),
    );
    const got = await rbac.rulesFor(user('jane', 'team'), 'default');
    expect(got.resourceRules).toEqual([
      { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'], resourceNames: [] },
    ]);
    expect(got.nonResourceRules).toEqual([{ verbs: ['get'], nonResourceURLs: ['/healthz'] }]);
    expect(got.incomplete).toBe(false);
    expect(got.error?.message).toBe('role.rbac.authorization.k8s.io "gone" not found');
    // without a namespace, RoleBindings are not consulted, so there is nothing to fail
    expect((await rbac.rulesFor(user('jane', 'team'), '')).error).toBeUndefined();
  });
});
