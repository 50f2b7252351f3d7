// Go twin: k8s.io/kubernetes/pkg/registry/rbac/rest/storage_rbac.go (RESTStorageProvider.storage) and
// pkg/registry/rbac/{role,rolebinding,clusterrole,clusterrolebinding}/storage/storage.go @ v1.34.0
//
// Go wraps each store in its policybased REST (the escalation check); that wrapper is not modelled. Roles and
// ClusterRoles set no table printer, as in Go, so tables show the default Name and Created At columns.
import type { ResourceStorage } from '../endpoints/installer';
import type { TablePrinter } from '../printers/printers';
import { clusterRoleBindingTablePrinter, roleBindingTablePrinter } from '../printers/rbac';
import { clusterRoleStrategy } from '../registry/rbac/clusterrole/strategy';
import { clusterRoleBindingStrategy } from '../registry/rbac/clusterrolebinding/strategy';
import { roleStrategy } from '../registry/rbac/role/strategy';
import { roleBindingStrategy } from '../registry/rbac/rolebinding/strategy';
import type { ResourceStrategy } from '../registry/rest/create';
import type { VersionedStorage } from './instance';
import { resourceStores, type RegistryContext } from './resource';

const group = 'rbac.authorization.k8s.io';

export function newRBACRESTStorage(c: RegistryContext): VersionedStorage {
  const store = (resource: string, kind: string, strategy: ResourceStrategy, tablePrinter?: TablePrinter) =>
    resourceStores(c, {
      gr: { group, resource },
      gvk: { group, version: '__internal', kind },
      strategy,
      ...(tablePrinter ? { tablePrinter } : {}),
    }).main;
  const v1: Record<string, ResourceStorage> = {
    roles: store('roles', 'Role', roleStrategy),
    rolebindings: store('rolebindings', 'RoleBinding', roleBindingStrategy, roleBindingTablePrinter),
    clusterroles: store('clusterroles', 'ClusterRole', clusterRoleStrategy),
    clusterrolebindings: store(
      'clusterrolebindings',
      'ClusterRoleBinding',
      clusterRoleBindingStrategy,
      clusterRoleBindingTablePrinter,
    ),
  };
  return { v1 };
}
