import { describe, expect, it } from 'vitest';
import { setType, typeOf, type RuntimeObject } from '../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../runtime/scheme';
import { marshal, orderStruct } from '../../runtime/serializer/json/gojson';
import { installRbac } from './install';
import { RbacClusterRoleBinding, RbacRoleBindingList } from './types';
import {
  ClusterRoleBindingDef,
  RoleBindingDef,
  RoleDef,
  V1ClusterRoleBinding,
  V1RoleBinding,
  V1RoleBindingList,
} from './v1/types';

const G = 'rbac.authorization.k8s.io';

const newScheme = () => {
  const s = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  installRbac(s);
  return s;
};

describe('installRbac', () => {
  it('serves only rbac/v1 and registers the eight kinds', () => {
    const s = newScheme();
    expect(s.prioritizedVersionsForGroup(G)).toEqual([{ group: G, version: 'v1' }]);
    expect([...s.knownTypes({ group: G, version: 'v1' }).keys()].sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'ClusterRoleBindingList',
      'ClusterRoleList',
      'Role',
      'RoleBinding',
      'RoleBindingList',
      'RoleList',
    ]);
    expect(s.conversionsOf(V1RoleBinding).map((c) => c.name)).toEqual([
      'Convert_v1_RoleBinding_To_rbac_RoleBinding',
    ]);
    expect(s.defaulterName(V1ClusterRoleBinding)).toBe('SetObjectDefaults_ClusterRoleBinding');
  });

  it('defaults roleRef.apiGroup and subject apiGroups by kind', () => {
    const s = newScheme();
    const b = setType(
      {
        apiVersion: `${G}/v1`,
        kind: 'ClusterRoleBinding',
        roleRef: { kind: 'ClusterRole', name: 'view' },
        subjects: [
          { kind: 'User', name: 'jane' },
          { kind: 'Group', name: 'devs' },
          { kind: 'ServiceAccount', name: 'default', namespace: 'x' },
          { kind: 'Robot', name: 'r2' },
          { kind: 'User', apiGroup: 'example.com', name: 'kept' },
        ],
      },
      V1ClusterRoleBinding,
    );
    s.default(b);
    expect(b['roleRef']).toEqual({ apiGroup: G, kind: 'ClusterRole', name: 'view' });
    expect((b['subjects'] as { apiGroup?: string }[]).map((x) => x.apiGroup)).toEqual([
      G,
      G,
      '',
      undefined,
      'example.com',
    ]);
  });

  it('defaults a binding without roleRef to an apiGroup-only roleRef, and defaults list items', () => {
    const s = newScheme();
    const list = setType(
      { apiVersion: `${G}/v1`, kind: 'RoleBindingList', items: [{ metadata: { name: 'a' } }] },
      V1RoleBindingList,
    );
    s.default(list);
    expect((list.items as RuntimeObject[])[0]!['roleRef']).toEqual({ apiGroup: G });
  });

  it('round-trips a ClusterRoleBinding through the internal version', () => {
    const s = newScheme();
    const v1 = setType(
      {
        apiVersion: `${G}/v1`,
        kind: 'ClusterRoleBinding',
        metadata: { name: 'b' },
        subjects: [{ kind: 'Group', apiGroup: G, name: 'system:masters' }],
        roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'cluster-admin' },
      },
      V1ClusterRoleBinding,
    );
    const internal = s.convertToVersion(v1, internalGroupVersioner);
    expect(typeOf(internal)).toBe(RbacClusterRoleBinding);
    expect(internal.apiVersion).toBeUndefined();
    const back = s.convertToVersion(internal, groupVersioner({ group: G, version: 'v1' }));
    expect(back).toEqual(v1);
    const list = s.convertToVersion(
      setType({ apiVersion: `${G}/v1`, kind: 'RoleBindingList', items: [] }, V1RoleBindingList),
      internalGroupVersioner,
    );
    expect(typeOf(list)).toBe(RbacRoleBindingList);
  });

  it.each<[string, Parameters<typeof orderStruct>[0], RuntimeObject, string]>([
    [
      'a Role without rules has "rules":null',
      RoleDef,
      { kind: 'Role', apiVersion: `${G}/v1`, metadata: { name: 'r' } },
      `{"kind":"Role","apiVersion":"${G}/v1","metadata":{"name":"r","creationTimestamp":null},"rules":null}`,
    ],
    [
      'a RoleBinding always has a roleRef, subjects only when set, in Go field order',
      RoleBindingDef,
      { roleRef: { name: 'x' }, kind: 'RoleBinding', apiVersion: `${G}/v1`, metadata: { name: 'b' } },
      `{"kind":"RoleBinding","apiVersion":"${G}/v1","metadata":{"name":"b","creationTimestamp":null},"roleRef":{"apiGroup":"","kind":"","name":"x"}}`,
    ],
    [
      'a Subject: kind, apiGroup (omitempty), name, namespace (omitempty)',
      ClusterRoleBindingDef,
      {
        kind: 'ClusterRoleBinding',
        apiVersion: `${G}/v1`,
        metadata: { name: 'c' },
        roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'view' },
        subjects: [{ namespace: 'ns', name: 'sa', apiGroup: '', kind: 'ServiceAccount' }],
      },
      `{"kind":"ClusterRoleBinding","apiVersion":"${G}/v1","metadata":{"name":"c","creationTimestamp":null},"subjects":[{"kind":"ServiceAccount","name":"sa","namespace":"ns"}],"roleRef":{"apiGroup":"${G}","kind":"ClusterRole","name":"view"}}`,
    ],
  ])('%s', (_name, def, obj, want) => {
    expect(marshal(orderStruct(def, obj))).toBe(want);
  });
});
