// Go twin: k8s.io/kubernetes/pkg/registry/core/rest/storage_core.go (NewLegacyRESTStorage) and the
// pkg/registry/core/<resource>/storage/storage.go files @ v1.34.0
//
// The restStorageMap of the core group: which storage serves which path. What each storage implements
// decides the verbs the installer gives its path.
import type { ResourceStorage } from '../endpoints/installer';
import { namespaceTablePrinter } from '../printers/core_namespace';
import { podTablePrinter } from '../printers/core_pod';
import { configMapTablePrinter } from '../printers/core_configmap';
import { secretTablePrinter } from '../printers/core_secret';
import { serviceTablePrinter } from '../printers/core_service';
import { serviceAccountTablePrinter } from '../printers/core_serviceaccount';
import { eventTablePrinter } from '../printers/core_event';
import { limitRangeTablePrinter } from '../printers/core_limitrange';
import { resourceQuotaTablePrinter } from '../printers/core_resourcequota';
import { configMapStrategy } from '../registry/core/configmap/strategy';
import { eventStrategy } from '../registry/core/event/strategy';
import { limitRangeStrategy } from '../registry/core/limitrange/strategy';
import { newNamespaceREST } from '../registry/core/namespace/storage';
import { namespaceStatusStrategy, namespaceStrategy } from '../registry/core/namespace/strategy';
import { podStatusStrategy } from '../registry/core/pod/status_strategy';
import { podStrategy } from '../registry/core/pod/strategy';
import { resourceQuotaStatusStrategy, resourceQuotaStrategy } from '../registry/core/resourcequota/strategy';
import { BindingREST } from '../registry/core/pod/binding';
import { LogREST } from '../registry/core/pod/log';
import { secretStrategy } from '../registry/core/secret/strategy';
import { newServiceAllocators } from '../registry/core/service/ipallocator';
import { ServiceREST } from '../registry/core/service/storage';
import { serviceStatusStrategy, serviceStrategy } from '../registry/core/service/strategy';
import { serviceAccountStrategy } from '../registry/core/serviceaccount/strategy';
import { StatusREST } from '../registry/generic/registry/status';
import { resourceStores, type RegistryContext } from './resource';

export function newLegacyRESTStorage(c: RegistryContext): Record<string, ResourceStorage> {
  const r = (resource: string, kind: string) => ({
    gr: { group: '', resource },
    gvk: { group: '', version: '__internal', kind },
  });
  const pods = resourceStores(c, {
    ...r('pods', 'Pod'),
    strategy: podStrategy,
    statusStrategy: podStatusStrategy,
    tablePrinter: podTablePrinter,
    shortNames: ['po'],
    categories: ['all'],
    returnDeletedObject: true,
    resetFields: ['status'],
  });
  const namespaces = resourceStores(c, {
    ...r('namespaces', 'Namespace'),
    strategy: namespaceStrategy,
    statusStrategy: namespaceStatusStrategy,
    tablePrinter: namespaceTablePrinter,
    shortNames: ['ns'],
    resetFields: ['status'],
  });
  const services = resourceStores(c, {
    ...r('services', 'Service'),
    strategy: serviceStrategy,
    statusStrategy: serviceStatusStrategy,
    tablePrinter: serviceTablePrinter,
    shortNames: ['svc'],
    categories: ['all'],
    resetFields: ['status'],
    resourcePrefix: 'services/specs',
  });
  const resourceQuotas = resourceStores(c, {
    ...r('resourcequotas', 'ResourceQuota'),
    strategy: resourceQuotaStrategy,
    statusStrategy: resourceQuotaStatusStrategy,
    tablePrinter: resourceQuotaTablePrinter,
    shortNames: ['quota'],
    resetFields: ['status'],
  });
  return {
    pods: pods.main,
    'pods/status': new StatusREST(pods.status!),
    'pods/log': new LogREST(pods.main),
    'pods/binding': new BindingREST(pods.main),
    // the older, top-level way to bind: the Binding's own name names the Pod
    bindings: new BindingREST(pods.main, true),
    namespaces: newNamespaceREST(namespaces.main),
    'namespaces/status': new StatusREST(namespaces.status!),
    configmaps: resourceStores(c, {
      ...r('configmaps', 'ConfigMap'),
      strategy: configMapStrategy,
      tablePrinter: configMapTablePrinter,
      shortNames: ['cm'],
    }).main,
    secrets: resourceStores(c, {
      ...r('secrets', 'Secret'),
      strategy: secretStrategy,
      tablePrinter: secretTablePrinter,
    }).main,
    services: new ServiceREST(services.main, newServiceAllocators()),
    'services/status': new StatusREST(services.status!),
    serviceaccounts: resourceStores(c, {
      ...r('serviceaccounts', 'ServiceAccount'),
      strategy: serviceAccountStrategy,
      tablePrinter: serviceAccountTablePrinter,
      shortNames: ['sa'],
    }).main,
    events: resourceStores(c, {
      ...r('events', 'Event'),
      strategy: eventStrategy,
      tablePrinter: eventTablePrinter,
      shortNames: ['ev'],
    }).main,
    limitranges: resourceStores(c, {
      ...r('limitranges', 'LimitRange'),
      strategy: limitRangeStrategy,
      tablePrinter: limitRangeTablePrinter,
      shortNames: ['limits'],
    }).main,
    resourcequotas: resourceQuotas.main,
    'resourcequotas/status': new StatusREST(resourceQuotas.status!),
  };
}
