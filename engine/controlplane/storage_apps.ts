// Go twin: k8s.io/kubernetes/pkg/registry/apps/rest/storage_apps.go (RESTStorageProvider.v1Storage) and
// pkg/registry/apps/deployment/storage/storage.go @ v1.34.0
import type { ResourceStorage } from '../endpoints/installer';
import { deploymentTablePrinter, replicaSetTablePrinter } from '../printers/apps';
import { ScaleREST } from '../registry/apps/deployment/scale';
import {
  deploymentStrategy,
  deploymentStrategy as deploymentStatusStrategy,
} from '../registry/apps/deployment/strategy';
import {
  replicaSetStrategy,
  replicaSetStrategy as replicaSetStatusStrategy,
} from '../registry/apps/replicaset/strategy';
import { StatusREST } from '../registry/generic/registry/status';
import { resourceStores, type RegistryContext } from './resource';

export function newAppsRESTStorage(c: RegistryContext): {
  v1: Record<string, ResourceStorage>;
  v1beta1: Record<string, ResourceStorage>;
} {
  const deployments = resourceStores(c, {
    gr: { group: 'apps', resource: 'deployments' },
    gvk: { group: 'apps', version: '__internal', kind: 'Deployment' },
    strategy: deploymentStrategy,
    statusStrategy: deploymentStatusStrategy,
    tablePrinter: deploymentTablePrinter,
    shortNames: ['deploy'],
    categories: ['all'],
    resetFields: ['status'],
  });
  const replicasets = resourceStores(c, {
    gr: { group: 'apps', resource: 'replicasets' },
    gvk: { group: 'apps', version: '__internal', kind: 'ReplicaSet' },
    strategy: replicaSetStrategy,
    statusStrategy: replicaSetStatusStrategy,
    tablePrinter: replicaSetTablePrinter,
    shortNames: ['rs'],
    categories: ['all'],
    resetFields: ['status'],
  });
  const deploymentStorage: Record<string, ResourceStorage> = {
    deployments: deployments.main,
    'deployments/status': new StatusREST(deployments.status!),
    'deployments/scale': new ScaleREST(deployments.main),
  };
  return {
    v1: {
      ...deploymentStorage,
      replicasets: replicasets.main,
      'replicasets/status': new StatusREST(replicasets.status!),
    },
    // Kubernetes ≤ 1.15 served Deployments (and their status, scale, rollback) in apps/v1beta1 too.
    v1beta1: { deployments: deployments.main, 'deployments/status': new StatusREST(deployments.status!) },
  };
}
