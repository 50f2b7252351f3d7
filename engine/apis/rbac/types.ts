// Go twin: k8s.io/kubernetes/pkg/apis/rbac/types.go (PolicyRule, Subject, RoleRef, Role, RoleBinding,
// ClusterRole, ClusterRoleBinding and their lists) @ v1.34.0
//
// Internal objects have the v1 field names and no TypeMeta; rbac/v1 has the same shape, so the conversions are
// copies.
import type { GoType, RuntimeObject } from '../../runtime/object';
import type { LabelSelector } from '../../util/labels/labelselector';

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/rbac';

export const RbacRole: GoType = { pkg: internalPkg, name: 'Role' };
export const RbacRoleList: GoType = { pkg: internalPkg, name: 'RoleList' };
export const RbacRoleBinding: GoType = { pkg: internalPkg, name: 'RoleBinding' };
export const RbacRoleBindingList: GoType = { pkg: internalPkg, name: 'RoleBindingList' };
export const RbacClusterRole: GoType = { pkg: internalPkg, name: 'ClusterRole' };
export const RbacClusterRoleList: GoType = { pkg: internalPkg, name: 'ClusterRoleList' };
export const RbacClusterRoleBinding: GoType = { pkg: internalPkg, name: 'ClusterRoleBinding' };
export const RbacClusterRoleBindingList: GoType = { pkg: internalPkg, name: 'ClusterRoleBindingList' };

export const GroupName = 'rbac.authorization.k8s.io';

/** rbac.VerbAll, ResourceAll, APIGroupAll, NonResourceAll */
export const VerbAll = '*';
export const ResourceAll = '*';
export const APIGroupAll = '*';
export const NonResourceAll = '*';

/** Subject kinds */
export const GroupKind = 'Group';
export const ServiceAccountKind = 'ServiceAccount';
export const UserKind = 'User';

/** PolicyRule: verbs on resources (optionally by name) of API groups, or on non-resource URLs. */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** Subject: a User or Group (apiGroup rbac.authorization.k8s.io) or a ServiceAccount (apiGroup ""). */
export interface Subject {
  kind: string;
  apiGroup?: string;
  name: string;
  namespace?: string;
}

/** RoleRef: the Role or ClusterRole a binding grants; immutable once the binding exists. */
export interface RoleRef {
  apiGroup: string;
  kind: string;
  name: string;
}

export interface AggregationRule {
  clusterRoleSelectors?: LabelSelector[];
}

export interface Role extends RuntimeObject {
  rules?: PolicyRule[];
}

export interface ClusterRole extends RuntimeObject {
  rules?: PolicyRule[];
  aggregationRule?: AggregationRule;
}

export interface RoleBinding extends RuntimeObject {
  subjects?: Subject[];
  roleRef: RoleRef;
}

export interface ClusterRoleBinding extends RuntimeObject {
  subjects?: Subject[];
  roleRef: RoleRef;
}
