import { describe, expect, it } from 'vitest';
import {
  ValidateClusterRole,
  ValidateClusterRoleBinding,
} from '../../../../../apis/rbac/validation/validation';
import type { ClusterRole, PolicyRule } from '../../../../../apis/rbac/types';
import { aggregateRules, ClusterRoleBindings, ClusterRoles, newRule } from './policy';

const byName = (name: string) => ClusterRoles().find((r) => r.metadata?.name === name)!;
const grants = (role: ClusterRole, group: string, resource: string, verb: string) =>
  (role.rules ?? []).some(
    (r: PolicyRule) =>
      (r.apiGroups ?? []).includes(group) && (r.resources ?? []).includes(resource) && r.verbs.includes(verb),
  );

describe('bootstrap ClusterRoles', () => {
  it('every role and binding is valid and carries the bootstrap label and autoupdate annotation', () => {
    for (const role of ClusterRoles()) {
      expect(ValidateClusterRole(role, { allowInvalidLabelValueInSelector: false })).toEqual([]);
      expect(role.metadata?.labels?.['kubernetes.io/bootstrapping']).toBe('rbac-defaults');
      expect(role.metadata?.annotations).toEqual({ 'rbac.authorization.kubernetes.io/autoupdate': 'true' });
    }
    for (const binding of ClusterRoleBindings()) {
      expect(ValidateClusterRoleBinding(binding)).toEqual([]);
      expect(binding.metadata?.labels).toEqual({ 'kubernetes.io/bootstrapping': 'rbac-defaults' });
    }
  });

  it('rules are built sorted, as RuleOrDie sorts them', () => {
    expect(
      newRule('watch', 'get', 'list').groups('apps', '').resources('pods', 'configmaps').ruleOrDie(),
    ).toEqual({
      verbs: ['get', 'list', 'watch'],
      apiGroups: ['', 'apps'],
      resources: ['configmaps', 'pods'],
    });
    expect(byName('system:public-info-viewer').rules).toEqual([
      { verbs: ['get'], nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'] },
    ]);
  });

  it.each<[string, string, string, string, boolean]>([
    ['view', '', 'pods', 'list', true],
    ['view', '', 'pods/log', 'get', true],
    ['view', '', 'secrets', 'get', false],
    ['view', 'apps', 'deployments/scale', 'get', true],
    ['view', '', 'configmaps', 'update', false],
    ['edit', '', 'secrets', 'get', true],
    ['edit', '', 'configmaps', 'create', true],
    ['edit', 'apps', 'deployments', 'patch', true],
    ['edit', 'rbac.authorization.k8s.io', 'rolebindings', 'create', false],
    ['admin', 'rbac.authorization.k8s.io', 'rolebindings', 'create', true],
    ['admin', '', 'pods', 'delete', true],
    ['cluster-admin', '*', '*', '*', true],
  ])('%s on %s/%s %s: %s', (role, group, resource, verb, want) => {
    expect(grants(byName(role), group, resource, verb)).toBe(want);
  });

  it("admin holds edit's rules then its own, as the aggregation controller orders them by role name", () => {
    const admin = byName('admin');
    const edit = byName('edit');
    expect(admin.rules!.slice(0, edit.rules!.length)).toEqual(edit.rules);
    expect(admin.rules!.slice(edit.rules!.length)).toEqual(byName('system:aggregate-to-admin').rules);
    expect(admin.aggregationRule).toEqual({
      clusterRoleSelectors: [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' } }],
    });
  });

  it('aggregation skips rules the target already collected and roles that do not match', () => {
    const rule = newRule('get').groups('').resources('pods').ruleOrDie();
    const target: ClusterRole = {
      metadata: { name: 't' },
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { pick: 'me' } }] },
    };
    const roles: ClusterRole[] = [
      target,
      { metadata: { name: 'b', labels: { pick: 'me' } }, rules: [rule] },
      {
        metadata: { name: 'a', labels: { pick: 'me' } },
        rules: [rule, newRule('list').groups('').resources('pods').ruleOrDie()],
      },
      {
        metadata: { name: 'c', labels: { pick: 'no' } },
        rules: [newRule('*').groups('*').resources('*').ruleOrDie()],
      },
    ];
    expect(aggregateRules(target, roles)).toEqual([
      rule,
      { verbs: ['list'], apiGroups: [''], resources: ['pods'] },
    ]);
  });
});

describe('bootstrap ClusterRoleBindings', () => {
  it('bind the expected groups', () => {
    const subjects = Object.fromEntries(
      ClusterRoleBindings().map((b) => [
        b.metadata!.name,
        (b.subjects ?? []).map((s) => `${s.kind}:${s.name}`),
      ]),
    );
    expect(subjects).toEqual({
      'cluster-admin': ['Group:system:masters'],
      'system:monitoring': ['Group:system:monitoring'],
      'system:discovery': ['Group:system:authenticated'],
      'system:basic-user': ['Group:system:authenticated'],
      'system:public-info-viewer': ['Group:system:authenticated', 'Group:system:unauthenticated'],
    });
    for (const b of ClusterRoleBindings()) {
      expect(b.roleRef).toEqual({
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: b.metadata!.name,
      });
    }
  });
});
