// Go twin: k8s.io/api/rbac/v1/register.go (addKnownTypes) and k8s.io/kubernetes/pkg/apis/rbac/v1
// (zz_generated.conversion.go RegisterConversions, zz_generated.defaults.go RegisterDefaults) @ v1.34.0
// rbac/v1 registers no field label conversions, so field selectors accept only metadata.name and
// metadata.namespace (the scheme's default). Roles and ClusterRoles have no defaulters.
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { GroupName } from '../types';
import { rbacV1Conversions } from './conversion';
import {
  SetObjectDefaults_ClusterRoleBinding,
  SetObjectDefaults_ClusterRoleBindingList,
  SetObjectDefaults_RoleBinding,
  SetObjectDefaults_RoleBindingList,
} from './defaults';
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

export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: 'v1' };

export function registerRbacV1(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    V1Role,
    V1RoleList,
    V1RoleBinding,
    V1RoleBindingList,
    V1ClusterRole,
    V1ClusterRoleList,
    V1ClusterRoleBinding,
    V1ClusterRoleBindingList,
  );
  for (const c of rbacV1Conversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1RoleBinding, SetObjectDefaults_RoleBinding, 'SetObjectDefaults_RoleBinding');
  scheme.addTypeDefaultingFunc(
    V1RoleBindingList,
    SetObjectDefaults_RoleBindingList,
    'SetObjectDefaults_RoleBindingList',
  );
  scheme.addTypeDefaultingFunc(
    V1ClusterRoleBinding,
    SetObjectDefaults_ClusterRoleBinding,
    'SetObjectDefaults_ClusterRoleBinding',
  );
  scheme.addTypeDefaultingFunc(
    V1ClusterRoleBindingList,
    SetObjectDefaults_ClusterRoleBindingList,
    'SetObjectDefaults_ClusterRoleBindingList',
  );
}
