// Go twin: k8s.io/kubernetes/pkg/apis/core/helper/helpers.go (IsStandardResourceName, IsStandardQuotaResourceName,
// IsIntegerResourceName, IsExtendedResourceName, IsNativeResource, IsOvercommitAllowed, IsStandardLimitRangeType,
// IsStandardResourceQuotaScope, IsResourceQuotaScopeValidForResource, IsStandardContainerResourceName) @ v1.34.0
import { isQualifiedName } from '../../../util/validation/validation';

export const ResourceDefaultNamespacePrefix = 'kubernetes.io/';
export const DefaultResourceRequestsPrefix = 'requests.';
export const ResourceHugePagesPrefix = 'hugepages-';
export const ResourceRequestsHugePagesPrefix = 'requests.hugepages-';

export const LimitTypePod = 'Pod';
export const LimitTypeContainer = 'Container';
export const LimitTypePersistentVolumeClaim = 'PersistentVolumeClaim';

export const ResourceQuotaScopeTerminating = 'Terminating';
export const ResourceQuotaScopeNotTerminating = 'NotTerminating';
export const ResourceQuotaScopeBestEffort = 'BestEffort';
export const ResourceQuotaScopeNotBestEffort = 'NotBestEffort';
export const ResourceQuotaScopePriorityClass = 'PriorityClass';
export const ResourceQuotaScopeCrossNamespacePodAffinity = 'CrossNamespacePodAffinity';

export const ScopeSelectorOpIn = 'In';
export const ScopeSelectorOpNotIn = 'NotIn';
export const ScopeSelectorOpExists = 'Exists';
export const ScopeSelectorOpDoesNotExist = 'DoesNotExist';

export const isHugePageResourceName = (name: string) => name.startsWith(ResourceHugePagesPrefix);
export const isQuotaHugePageResourceName = (name: string) =>
  name.startsWith(ResourceHugePagesPrefix) || name.startsWith(ResourceRequestsHugePagesPrefix);

/** Unprefixed names are implicitly in the kubernetes.io/ namespace. */
export const isNativeResource = (name: string) =>
  !name.includes('/') || name.includes(ResourceDefaultNamespacePrefix);

export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith(DefaultResourceRequestsPrefix)) return false;
  // it must still be a qualified name once quota puts "requests." in front of it
  return isQualifiedName(DefaultResourceRequestsPrefix + name).length === 0;
}

export const isOvercommitAllowed = (name: string) => isNativeResource(name) && !isHugePageResourceName(name);

const standardContainerResources = new Set(['cpu', 'memory', 'ephemeral-storage']);
export const isStandardContainerResourceName = (name: string) =>
  standardContainerResources.has(name) || isHugePageResourceName(name);

const standardLimitRangeTypes = new Set([LimitTypePod, LimitTypeContainer, LimitTypePersistentVolumeClaim]);
export const isStandardLimitRangeType = (value: string) => standardLimitRangeTypes.has(value);

const standardResourceQuotaScopes = new Set([
  ResourceQuotaScopeTerminating,
  ResourceQuotaScopeNotTerminating,
  ResourceQuotaScopeBestEffort,
  ResourceQuotaScopeNotBestEffort,
  ResourceQuotaScopePriorityClass,
]);
export const isStandardResourceQuotaScope = (scope: string) =>
  standardResourceQuotaScopes.has(scope) || scope === ResourceQuotaScopeCrossNamespacePodAffinity;

const podObjectCountQuotaResources = new Set(['pods']);
const podComputeQuotaResources = new Set([
  'cpu',
  'memory',
  'limits.cpu',
  'limits.memory',
  'requests.cpu',
  'requests.memory',
]);

export function isResourceQuotaScopeValidForResource(scope: string, resource: string): boolean {
  switch (scope) {
    case ResourceQuotaScopeTerminating:
    case ResourceQuotaScopeNotTerminating:
    case ResourceQuotaScopeNotBestEffort:
    case ResourceQuotaScopePriorityClass:
    case ResourceQuotaScopeCrossNamespacePodAffinity:
      return podObjectCountQuotaResources.has(resource) || podComputeQuotaResources.has(resource);
    case ResourceQuotaScopeBestEffort:
      return podObjectCountQuotaResources.has(resource);
    default:
      return true;
  }
}

// Go spells out three overlapping sets; here the counted resources are listed once and the others built on them.
const integerResources = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);
export const isIntegerResourceName = (name: string) =>
  integerResources.has(name) || isExtendedResourceName(name);

const standardQuotaResources = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.storage',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  ...integerResources,
]);
export const isStandardQuotaResourceName = (name: string) =>
  standardQuotaResources.has(name) || isQuotaHugePageResourceName(name);

/** the quota resources and the `storage` a PersistentVolumeClaim requests */
const standardResources = new Set([...standardQuotaResources, 'storage']);
export const isStandardResourceName = (name: string) =>
  standardResources.has(name) || isQuotaHugePageResourceName(name);
