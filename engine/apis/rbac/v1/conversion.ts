// Go twin: k8s.io/kubernetes/pkg/apis/rbac/v1/zz_generated.conversion.go (Convert_v1_Role_To_rbac_Role, …,
// and back) @ v1.34.0. rbac/v1 and the internal rbac types have the same fields, so each conversion is a
// structural copy; the List conversions convert every item.
import type { GoType, RuntimeObject } from '../../../runtime/object';
import { convertList, copyStructFields } from '../../core/v1/structural_copy';
import {
  RbacClusterRole,
  RbacClusterRoleBinding,
  RbacClusterRoleBindingList,
  RbacClusterRoleList,
  RbacRole,
  RbacRoleBinding,
  RbacRoleBindingList,
  RbacRoleList,
} from '../types';
import {
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1ClusterRoleBindingList,
  V1ClusterRoleList,
  V1Role,
  V1RoleBinding,
  V1RoleBindingList,
  V1RoleList,
} from './types';

type Convert = (input: RuntimeObject, out: RuntimeObject) => void;

export interface ConversionEntry {
  from: GoType;
  to: GoType;
  fn: Convert;
  name: string;
}

const copy: Convert = (input, out) => copyStructFields(input, out);

export const Convert_v1_Role_To_rbac_Role: Convert = copy;
export const Convert_rbac_Role_To_v1_Role: Convert = copy;
export const Convert_v1_ClusterRole_To_rbac_ClusterRole: Convert = copy;
export const Convert_rbac_ClusterRole_To_v1_ClusterRole: Convert = copy;
export const Convert_v1_RoleBinding_To_rbac_RoleBinding: Convert = copy;
export const Convert_rbac_RoleBinding_To_v1_RoleBinding: Convert = copy;
export const Convert_v1_ClusterRoleBinding_To_rbac_ClusterRoleBinding: Convert = copy;
export const Convert_rbac_ClusterRoleBinding_To_v1_ClusterRoleBinding: Convert = copy;

const listOf =
  (item: GoType, convertItem: Convert): Convert =>
  (input, out) =>
    convertList(input, out, item, convertItem);

export const Convert_v1_RoleList_To_rbac_RoleList = listOf(RbacRole, Convert_v1_Role_To_rbac_Role);
export const Convert_rbac_RoleList_To_v1_RoleList = listOf(V1Role, Convert_rbac_Role_To_v1_Role);
export const Convert_v1_ClusterRoleList_To_rbac_ClusterRoleList = listOf(
  RbacClusterRole,
  Convert_v1_ClusterRole_To_rbac_ClusterRole,
);
export const Convert_rbac_ClusterRoleList_To_v1_ClusterRoleList = listOf(
  V1ClusterRole,
  Convert_rbac_ClusterRole_To_v1_ClusterRole,
);
export const Convert_v1_RoleBindingList_To_rbac_RoleBindingList = listOf(
  RbacRoleBinding,
  Convert_v1_RoleBinding_To_rbac_RoleBinding,
);
export const Convert_rbac_RoleBindingList_To_v1_RoleBindingList = listOf(
  V1RoleBinding,
  Convert_rbac_RoleBinding_To_v1_RoleBinding,
);
export const Convert_v1_ClusterRoleBindingList_To_rbac_ClusterRoleBindingList = listOf(
  RbacClusterRoleBinding,
  Convert_v1_ClusterRoleBinding_To_rbac_ClusterRoleBinding,
);
export const Convert_rbac_ClusterRoleBindingList_To_v1_ClusterRoleBindingList = listOf(
  V1ClusterRoleBinding,
  Convert_rbac_ClusterRoleBinding_To_v1_ClusterRoleBinding,
);

/** Both directions for every kind, with the generated function names. */
export const rbacV1Conversions: ConversionEntry[] = [
  [V1Role, RbacRole, 'Role', Convert_v1_Role_To_rbac_Role, Convert_rbac_Role_To_v1_Role],
  [
    V1RoleList,
    RbacRoleList,
    'RoleList',
    Convert_v1_RoleList_To_rbac_RoleList,
    Convert_rbac_RoleList_To_v1_RoleList,
  ],
  [
    V1ClusterRole,
    RbacClusterRole,
    'ClusterRole',
    Convert_v1_ClusterRole_To_rbac_ClusterRole,
    Convert_rbac_ClusterRole_To_v1_ClusterRole,
  ],
  [
    V1ClusterRoleList,
    RbacClusterRoleList,
    'ClusterRoleList',
    Convert_v1_ClusterRoleList_To_rbac_ClusterRoleList,
    Convert_rbac_ClusterRoleList_To_v1_ClusterRoleList,
  ],
  [
    V1RoleBinding,
    RbacRoleBinding,
    'RoleBinding',
    Convert_v1_RoleBinding_To_rbac_RoleBinding,
    Convert_rbac_RoleBinding_To_v1_RoleBinding,
  ],
  [
    V1RoleBindingList,
    RbacRoleBindingList,
    'RoleBindingList',
    Convert_v1_RoleBindingList_To_rbac_RoleBindingList,
    Convert_rbac_RoleBindingList_To_v1_RoleBindingList,
  ],
  [
    V1ClusterRoleBinding,
    RbacClusterRoleBinding,
    'ClusterRoleBinding',
    Convert_v1_ClusterRoleBinding_To_rbac_ClusterRoleBinding,
    Convert_rbac_ClusterRoleBinding_To_v1_ClusterRoleBinding,
  ],
  [
    V1ClusterRoleBindingList,
    RbacClusterRoleBindingList,
    'ClusterRoleBindingList',
    Convert_v1_ClusterRoleBindingList_To_rbac_ClusterRoleBindingList,
    Convert_rbac_ClusterRoleBindingList_To_v1_ClusterRoleBindingList,
  ],
].flatMap(([ext, int, kind, toInternal, toExternal]) => [
  {
    from: ext as GoType,
    to: int as GoType,
    fn: toInternal as Convert,
    name: `Convert_v1_${kind as string}_To_rbac_${kind as string}`,
  },
  {
    from: int as GoType,
    to: ext as GoType,
    fn: toExternal as Convert,
    name: `Convert_rbac_${kind as string}_To_v1_${kind as string}`,
  },
]);
