import { describe, expect, it } from 'vitest';
import { newInvalid } from '../../../api/errors/errors';
import type { ErrorList } from '../../../util/validation/field/errors';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from '../types';
import {
  ValidateClusterRole,
  ValidateClusterRoleBinding,
  ValidateClusterRoleBindingUpdate,
  ValidateRole,
  ValidateRoleBinding,
  ValidateRoleBindingUpdate,
  ValidateRoleUpdate,
} from './validation';

const messages = (errs: ErrorList) => errs.map((e) => e.error());
const G = 'rbac.authorization.k8s.io';

const role = (mutate: (r: Role) => void = () => {}): Role => {
  const r: Role = {
    metadata: { name: 'pod-reader', namespace: 'default', resourceVersion: '3' },
    rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }],
  };
  mutate(r);
  return r;
};

const clusterRole = (mutate: (r: ClusterRole) => void = () => {}): ClusterRole => {
  const r: ClusterRole = {
    metadata: { name: 'system:basic-user', resourceVersion: '3' },
    rules: [{ verbs: ['get'], nonResourceURLs: ['/healthz'] }],
  };
  mutate(r);
  return r;
};

const binding = (mutate: (b: RoleBinding) => void = () => {}): RoleBinding => {
  const b: RoleBinding = {
    metadata: { name: 'read-pods', namespace: 'default', resourceVersion: '3' },
    subjects: [{ kind: 'User', apiGroup: G, name: 'jane' }],
    roleRef: { apiGroup: G, kind: 'Role', name: 'pod-reader' },
  };
  mutate(b);
  return b;
};

const clusterBinding = (mutate: (b: ClusterRoleBinding) => void = () => {}): ClusterRoleBinding => {
  const b: ClusterRoleBinding = {
    metadata: { name: 'read-all', resourceVersion: '3' },
    subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'kube-system' }],
    roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'view' },
  };
  mutate(b);
  return b;
};

describe('ValidateRole', () => {
  it('accepts a valid Role, and names with a colon', () => {
    expect(messages(ValidateRole(role()))).toEqual([]);
    expect(messages(ValidateRole(role((r) => (r.metadata!.name = 'system:pod-reader'))))).toEqual([]);
  });

  it.each<[string, (r: Role) => void, string[]]>([
    [
      'no verbs',
      (r) => (r.rules![0]!.verbs = []),
      ['rules[0].verbs: Required value: verbs must contain at least one value'],
    ],
    [
      'no api groups nor resources',
      (r) => (r.rules = [{ verbs: ['get'] }]),
      [
        'rules[0].apiGroups: Required value: resource rules must supply at least one api group',
        'rules[0].resources: Required value: resource rules must supply at least one resource',
      ],
    ],
    [
      'a non-resource URL in a namespaced rule, mixed with resources',
      (r) => (r.rules![0]!.nonResourceURLs = ['/healthz', '/livez']),
      [
        'rules[0].nonResourceURLs: Invalid value: []string{"/healthz", "/livez"}: namespaced rules cannot apply to non-resource URLs',
        'rules[0].nonResourceURLs: Invalid value: []string{"/healthz", "/livez"}: rules cannot apply to both regular resources and non-resource URLs',
      ],
    ],
    [
      'a name that is not a path segment',
      (r) => (r.metadata!.name = 'a/b'),
      ['metadata.name: Invalid value: "a/b": may not contain \'/\''],
    ],
    [
      'the name ".."',
      (r) => (r.metadata!.name = '..'),
      ['metadata.name: Invalid value: "..": may not be \'..\''],
    ],
    ['no namespace', (r) => delete r.metadata!.namespace, ['metadata.namespace: Required value']],
  ])('%s', (_name, mutate, want) => {
    expect(messages(ValidateRole(role(mutate)))).toEqual(want);
  });

  it('an update needs a resourceVersion', () => {
    const old = role();
    const next = role((r) => delete r.metadata!.resourceVersion);
    expect(messages(ValidateRoleUpdate(next, old))).toEqual([
      'metadata.resourceVersion: Invalid value: "": must be specified for an update',
    ]);
  });
});

describe('ValidateClusterRole', () => {
  const opts = { allowInvalidLabelValueInSelector: false };

  it('accepts non-resource URLs and an aggregationRule', () => {
    const r = clusterRole((c) => {
      c.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { 'example.com/aggregate': 'true' } }] };
    });
    expect(messages(ValidateClusterRole(r, opts))).toEqual([]);
  });

  it.each<[string, (r: ClusterRole) => void, string[]]>([
    [
      'a namespace',
      (r) => (r.metadata!.namespace = 'default'),
      ['metadata.namespace: Forbidden: not allowed on this type'],
    ],
    [
      'an aggregationRule without selectors',
      (r) => (r.aggregationRule = {}),
      [
        'aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil',
      ],
    ],
    [
      'a selector with a bad operator',
      (r) =>
        (r.aggregationRule = {
          clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'Near', values: ['b'] }] }],
        }),
      [
        'aggregationRule.clusterRoleSelectors[0].matchExpressions[0].operator: Invalid value: "Near": not a valid selector operator',
        'aggregationRule.clusterRoleSelectors[0]: Invalid value: "null": invalid label selector.',
      ],
    ],
    [
      'resource names with non-resource URLs',
      (r) => (r.rules![0]!.resourceNames = ['x']),
      [
        'rules[0].nonResourceURLs: Invalid value: []string{"/healthz"}: rules cannot apply to both regular resources and non-resource URLs',
      ],
    ],
  ])('%s', (_name, mutate, want) => {
    expect(messages(ValidateClusterRole(clusterRole(mutate), opts))).toEqual(want);
  });

  it('an invalid label value in a selector: the value check is skipped only when asked, the selector still fails', () => {
    const r = clusterRole(
      (c) =>
        (c.aggregationRule = {
          clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'In', values: ['not ok'] }] }],
        }),
    );
    const selectorErr =
      'aggregationRule.clusterRoleSelectors[0]: Invalid value: "null": invalid label selector.';
    const strict = messages(ValidateClusterRole(r, opts));
    expect(strict).toHaveLength(2);
    expect(strict[0]).toMatch(
      /^aggregationRule\.clusterRoleSelectors\[0\]\.matchExpressions\[0\]\.values\[0\]: Invalid value: "not ok": a valid label must be/,
    );
    expect(strict[1]).toBe(selectorErr);
    expect(messages(ValidateClusterRole(r, { allowInvalidLabelValueInSelector: true }))).toEqual([
      selectorErr,
    ]);
  });
});

describe('ValidateRoleBinding', () => {
  it('accepts a binding to a Role or a ClusterRole', () => {
    expect(messages(ValidateRoleBinding(binding()))).toEqual([]);
    expect(messages(ValidateRoleBinding(binding((b) => (b.roleRef.kind = 'ClusterRole'))))).toEqual([]);
  });

  it.each<[string, (b: RoleBinding) => void, string[]]>([
    [
      'a roleRef in another group',
      (b) => (b.roleRef.apiGroup = 'apps'),
      ['roleRef.apiGroup: Unsupported value: "apps": supported values: "rbac.authorization.k8s.io"'],
    ],
    [
      'a roleRef to a Pod',
      (b) => (b.roleRef.kind = 'Pod'),
      ['roleRef.kind: Unsupported value: "Pod": supported values: "Role", "ClusterRole"'],
    ],
    ['a roleRef without a name', (b) => (b.roleRef.name = ''), ['roleRef.name: Required value']],
    [
      'a roleRef name with a slash',
      (b) => (b.roleRef.name = 'a/b'),
      ['roleRef.name: Invalid value: "a/b": may not contain \'/\''],
    ],
    ['a subject without a name', (b) => (b.subjects![0]!.name = ''), ['subjects[0].name: Required value']],
    [
      'a User subject in the core group',
      (b) => (b.subjects![0]!.apiGroup = ''),
      ['subjects[0].apiGroup: Unsupported value: "": supported values: "rbac.authorization.k8s.io"'],
    ],
    [
      'a subject of an unknown kind',
      (b) => (b.subjects![0]!.kind = 'Robot'),
      ['subjects[0].kind: Unsupported value: "Robot": supported values: "ServiceAccount", "User", "Group"'],
    ],
    [
      'a ServiceAccount with an apiGroup and a bad name',
      (b) => (b.subjects = [{ kind: 'ServiceAccount', apiGroup: G, name: 'Default' }]),
      [
        "subjects[0].name: Invalid value: \"Default\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        'subjects[0].apiGroup: Unsupported value: "rbac.authorization.k8s.io": supported values: ""',
      ],
    ],
  ])('%s', (_name, mutate, want) => {
    expect(messages(ValidateRoleBinding(binding(mutate)))).toEqual(want);
  });

  it("a ServiceAccount subject needs no namespace in a RoleBinding (it defaults to the binding's)", () => {
    const b = binding((x) => (x.subjects = [{ kind: 'ServiceAccount', name: 'default' }]));
    expect(messages(ValidateRoleBinding(b))).toEqual([]);
  });

  it('roleRef cannot change; subjects can', () => {
    const old = binding();
    expect(
      messages(
        ValidateRoleBindingUpdate(
          binding((b) => (b.subjects = [])),
          old,
        ),
      ),
    ).toEqual([]);
    const changed = binding((b) => (b.roleRef = { apiGroup: G, kind: 'ClusterRole', name: 'edit' }));
    expect(messages(ValidateRoleBindingUpdate(changed, old))).toEqual([
      'roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
    ]);
  });
});

describe('ValidateClusterRoleBinding', () => {
  it('accepts a binding of a ClusterRole to a namespaced ServiceAccount', () => {
    expect(messages(ValidateClusterRoleBinding(clusterBinding()))).toEqual([]);
  });

  it.each<[string, (b: ClusterRoleBinding) => void, string[]]>([
    [
      'a roleRef to a Role',
      (b) => (b.roleRef.kind = 'Role'),
      ['roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"'],
    ],
    [
      'a ServiceAccount without a namespace',
      (b) => delete b.subjects![0]!.namespace,
      ['subjects[0].namespace: Required value'],
    ],
    [
      'a namespace on the binding',
      (b) => (b.metadata!.namespace = 'default'),
      ['metadata.namespace: Forbidden: not allowed on this type'],
    ],
  ])('%s', (_name, mutate, want) => {
    expect(messages(ValidateClusterRoleBinding(clusterBinding(mutate)))).toEqual(want);
  });

  it("roleRef cannot change, and the Status message is Go's", () => {
    const old = clusterBinding();
    const changed = clusterBinding((b) => (b.roleRef.name = 'edit'));
    const errs = ValidateClusterRoleBindingUpdate(changed, old);
    expect(newInvalid({ group: G, kind: 'ClusterRoleBinding' }, 'read-all', errs).status.message).toBe(
      'ClusterRoleBinding.rbac.authorization.k8s.io "read-all" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
    );
  });
});
