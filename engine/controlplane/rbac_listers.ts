// Go twin: the informer listers pkg/kubeapiserver/authorizer/config.go hands the RBAC authorizer
// (RoleGetter, RoleBindingLister, ClusterRoleGetter, ClusterRoleBindingLister) @ v1.34.0
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from '../apis/rbac/types';
import type { RBACListers } from '../plugin/auth/authorizer/rbac/rbac';
import type { StoreIndex } from './listers';

const group = 'rbac.authorization.k8s.io';

export function rbacListers(index: StoreIndex): RBACListers {
  const roles = index.listerFor({ group, resource: 'roles' });
  const roleBindings = index.listerFor({ group, resource: 'rolebindings' });
  const clusterRoles = index.listerFor({ group, resource: 'clusterroles' });
  const clusterRoleBindings = index.listerFor({ group, resource: 'clusterrolebindings' });
  return {
    getRole: async (ns, name) => (await roles.get(ns, name)) as Role | null,
    getClusterRole: async (name) => (await clusterRoles.get('', name)) as ClusterRole | null,
    listRoleBindings: async (ns) => (await roleBindings.list(ns)) as RoleBinding[],
    listClusterRoleBindings: async () => (await clusterRoleBindings.list()) as ClusterRoleBinding[],
  };
}
