// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (roleBindingsColumnDefinitions,
// clusterRoleBindingsColumnDefinitions, printRoleBinding, printClusterRoleBinding) and
// k8s.io/kubernetes/pkg/apis/rbac/helpers.go (SubjectsStrings) @ v1.34.0
//
// Roles and ClusterRoles have no printer in Go: their storage sets no TableConvertor, so they get the
// generic store's default one (rest.NewDefaultTableConvertor: Name and Created At, an RFC 3339 time). The
// controlplane storage leaves their tablePrinter unset for the same result.
import type { ClusterRoleBinding, RoleBinding, Subject } from '../apis/rbac/types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TableColumnDefinition, TablePrinter } from './printers';

/** rbacv1beta1.RoleBinding{}.SwaggerDoc()["roleRef"] */
const roleBindingRoleRefDoc =
  'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.';
/** rbacv1beta1.ClusterRoleBinding{}.SwaggerDoc()["roleRef"] */
const clusterRoleBindingRoleRefDoc =
  'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.';

const bindingColumns = (roleRefDoc: string, what: string): TableColumnDefinition[] => [
  nameColumn(),
  col('Role', 'string', roleRefDoc),
  ageColumn(),
  col('Users', 'string', `Users in the ${what}`, 1),
  col('Groups', 'string', `Groups in the ${what}`, 1),
  col('ServiceAccounts', 'string', `ServiceAccounts in the ${what}`, 1),
];

export const roleBindingsColumnDefinitions = bindingColumns(roleBindingRoleRefDoc, 'roleBinding');
export const clusterRoleBindingsColumnDefinitions = bindingColumns(
  clusterRoleBindingRoleRefDoc,
  'clusterRoleBinding',
);

/** SubjectsStrings: user names, group names, `namespace/name` of service accounts, and the rest. */
export function subjectsStrings(subjects: readonly Subject[] | undefined): {
  users: string[];
  groups: string[];
  sas: string[];
  others: string[];
} {
  const out = { users: [] as string[], groups: [] as string[], sas: [] as string[], others: [] as string[] };
  for (const s of subjects ?? []) {
    switch (s.kind) {
      case 'ServiceAccount':
        out.sas.push(`${s.namespace ?? ''}/${s.name ?? ''}`);
        break;
      case 'User':
        out.users.push(s.name ?? '');
        break;
      case 'Group':
        out.groups.push(s.name ?? '');
        break;
      default:
        out.others.push(`${s.kind ?? ''}/${s.namespace ?? ''}/${s.name ?? ''}`);
    }
  }
  return out;
}

/** printRoleBinding / printClusterRoleBinding: Name, Role (`Kind/name`), Age, Users, Groups, ServiceAccounts. */
export function printBinding(obj: RoleBinding | ClusterRoleBinding, now: Date): unknown[] {
  const roleRef = `${obj.roleRef?.kind ?? ''}/${obj.roleRef?.name ?? ''}`;
  const { users, groups, sas } = subjectsStrings(obj.subjects);
  return [
    obj.metadata?.name ?? '',
    roleRef,
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
    users.join(', '),
    groups.join(', '),
    sas.join(', '),
  ];
}

export const roleBindingTablePrinter: TablePrinter = {
  columns: roleBindingsColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printBinding(obj as RoleBinding, now),
};

export const clusterRoleBindingTablePrinter: TablePrinter = {
  columns: clusterRoleBindingsColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printBinding(obj as ClusterRoleBinding, now),
};
