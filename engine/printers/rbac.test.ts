import { describe, expect, it } from 'vitest';
import { clusterRoleBindingTablePrinter, roleBindingTablePrinter, subjectsStrings } from './rbac';

const now = new Date('2025-01-01T01:00:00Z');
const created = { creationTimestamp: '2025-01-01T00:55:00Z' };
const G = 'rbac.authorization.k8s.io';

describe('columns', () => {
  it.each([
    ['rolebindings', roleBindingTablePrinter, 'roleBinding'],
    ['clusterrolebindings', clusterRoleBindingTablePrinter, 'clusterRoleBinding'],
  ])('%s: Name, Role, Age, and the wide Users, Groups, ServiceAccounts', (_name, printer, what) => {
    expect(
      printer.columns.map(
        (c) => `${c.name}${c.priority ? '*' : ''}:${c.type}${c.format ? `/${c.format}` : ''}`,
      ),
    ).toEqual([
      'Name:string/name',
      'Role:string',
      'Age:string',
      'Users*:string',
      'Groups*:string',
      'ServiceAccounts*:string',
    ]);
    expect(printer.columns[3]!.description).toBe(`Users in the ${what}`);
  });

  it('the Role column quotes the v1beta1 roleRef docs', () => {
    expect(clusterRoleBindingTablePrinter.columns[1]!.description).toBe(
      'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.',
    );
  });
});

describe('cells', () => {
  it('a RoleBinding: Kind/name, age, and the subjects by kind', () => {
    expect(
      roleBindingTablePrinter.cells(
        {
          metadata: { name: 'read-pods', ...created },
          roleRef: { apiGroup: G, kind: 'Role', name: 'pod-reader' },
          subjects: [
            { kind: 'User', apiGroup: G, name: 'jane' },
            { kind: 'User', apiGroup: G, name: 'joe' },
            { kind: 'Group', apiGroup: G, name: 'devs' },
            { kind: 'ServiceAccount', name: 'builder', namespace: 'ci' },
          ],
        },
        now,
      ),
    ).toEqual(['read-pods', 'Role/pod-reader', '5m', 'jane, joe', 'devs', 'ci/builder']);
  });

  it('a ClusterRoleBinding without subjects has empty subject cells', () => {
    expect(
      clusterRoleBindingTablePrinter.cells(
        {
          metadata: { name: 'empty', ...created },
          roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'view' },
        },
        now,
      ),
    ).toEqual(['empty', 'ClusterRole/view', '5m', '', '', '']);
  });

  it('SubjectsStrings puts unknown kinds in "others" as kind/namespace/name', () => {
    expect(subjectsStrings([{ kind: 'Robot', name: 'r2', namespace: 'x' }])).toEqual({
      users: [],
      groups: [],
      sas: [],
      others: ['Robot/x/r2'],
    });
  });
});
