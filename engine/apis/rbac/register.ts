// Go twin: k8s.io/kubernetes/pkg/apis/rbac/register.go (SchemeGroupVersion, addKnownTypes) @ v1.34.0
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import {
  GroupName,
  RbacClusterRole,
  RbacClusterRoleBinding,
  RbacClusterRoleBindingList,
  RbacClusterRoleList,
  RbacRole,
  RbacRoleBinding,
  RbacRoleBindingList,
  RbacRoleList,
} from './types';

export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerRbacInternal(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    RbacRole,
    RbacRoleBinding,
    RbacRoleBindingList,
    RbacRoleList,
    RbacClusterRole,
    RbacClusterRoleBinding,
    RbacClusterRoleBindingList,
    RbacClusterRoleList,
  );
}
