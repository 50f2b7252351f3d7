// Go twin: k8s.io/kubernetes/pkg/registry/core/service/strategy.go (svcStrategy, serviceStatusStrategy,
// dropTypeDependentFields, SelectableFields) and pkg/api/service/warnings.go (GetWarningsForService) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import { copyJSON } from '../../../runtime/object';
import { newPath } from '../../../util/validation/field/path';
import type { Service } from '../../../apis/core/service_types';
import {
  ClusterIPNone,
  ServiceTypeClusterIP,
  ServiceTypeExternalName,
  ServiceTypeLoadBalancer,
  ServiceTypeNodePort,
} from '../../../apis/core/v1/service_types';
import { getWarningsForCIDR, getWarningsForIP } from '../../../apis/core/validation/ip';
import {
  AnnotationTopologyMode,
  DeprecatedAnnotationTopologyAwareHints,
  validateServiceCreate,
  validateServiceStatusUpdate,
  validateServiceUpdate,
} from '../../../apis/core/validation/service';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const svc = (obj: RuntimeObject) => obj as Service;

/**
 * GetWarningsForService, as v1.34.0 shipped it: note the headless check warns about sessionAffinity whenever
 * it is set, which after defaulting (None) is always (kubernetes#134040, fixed in a later patch release).
 */
export function getWarningsForService(service: Service): string[] {
  const warnings: string[] = [];
  const spec = service.spec ?? {};
  if (
    Object.prototype.hasOwnProperty.call(
      service.metadata?.annotations ?? {},
      DeprecatedAnnotationTopologyAwareHints,
    )
  ) {
    warnings.push(
      `annotation ${DeprecatedAnnotationTopologyAwareHints} is deprecated, please use ${AnnotationTopologyMode} instead`,
    );
  }
  // helper.IsServiceIPSet
  if (spec.clusterIP && spec.clusterIP !== ClusterIPNone) {
    (spec.clusterIPs ?? []).forEach((ip, i) =>
      warnings.push(...getWarningsForIP(newPath('spec').child('clusterIPs').index_(i), ip)),
    );
  }
  if (spec.type === ServiceTypeClusterIP && spec.clusterIP === ClusterIPNone) {
    if (spec.loadBalancerIP) warnings.push('spec.loadBalancerIP is ignored for headless services');
    if ((spec.externalIPs ?? []).length > 0)
      warnings.push('spec.externalIPs is ignored for headless services');
    if (spec.sessionAffinity) warnings.push('spec.SessionAffinity is ignored for headless services');
  }
  (spec.externalIPs ?? []).forEach((ip, i) =>
    warnings.push(...getWarningsForIP(newPath('spec').child('externalIPs').index_(i), ip)),
  );
  if (spec.loadBalancerIP)
    warnings.push(...getWarningsForIP(newPath('spec').child('loadBalancerIP'), spec.loadBalancerIP));
  (spec.loadBalancerSourceRanges ?? []).forEach((cidr, i) =>
    warnings.push(...getWarningsForCIDR(newPath('spec').child('loadBalancerSourceRanges').index_(i), cidr)),
  );
  if (spec.type === ServiceTypeExternalName && (spec.externalIPs ?? []).length > 0) {
    warnings.push(`spec.externalIPs is ignored when spec.type is "${ServiceTypeExternalName}"`);
  }
  if (spec.type !== ServiceTypeExternalName && spec.externalName) {
    warnings.push(`spec.externalName is ignored when spec.type is not "${ServiceTypeExternalName}"`);
  }
  return warnings;
}

/** SelectableFields: metadata.name, metadata.namespace, spec.clusterIP and spec.type. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  const spec = svc(obj).spec ?? {};
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
      'spec.clusterIP': spec.clusterIP ?? '',
      'spec.type': spec.type ?? '',
    },
  };
}

const needsClusterIP = (s: Service) => s.spec?.type !== ServiceTypeExternalName;
const needsNodePort = (s: Service) =>
  s.spec?.type === ServiceTypeNodePort || s.spec?.type === ServiceTypeLoadBalancer;
const needsHCNodePort = (s: Service) =>
  s.spec?.type === ServiceTypeLoadBalancer && s.spec?.externalTrafficPolicy === 'Local';
const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === (b ?? [])[i]);

/**
 * dropTypeDependentFields: on a type change, wipe fields the new type does not use, when the user did not
 * also change them (allocated values are released later by the storage).
 */
export function dropTypeDependentFields(newSvc: Service, oldSvc: Service): void {
  const spec = (newSvc.spec ??= {});
  const oldSpec = oldSvc.spec ?? {};
  if (needsClusterIP(oldSvc) && !needsClusterIP(newSvc)) {
    if (
      (oldSpec.clusterIP ?? '') === (spec.clusterIP ?? '') &&
      sameList(oldSpec.clusterIPs, spec.clusterIPs)
    ) {
      spec.clusterIP = '';
      delete spec.clusterIPs;
    }
    if (sameList(oldSpec.ipFamilies, spec.ipFamilies)) delete spec.ipFamilies;
    if ((oldSpec.ipFamilyPolicy ?? '') === (spec.ipFamilyPolicy ?? '')) delete spec.ipFamilyPolicy;
  }
  if (needsNodePort(oldSvc) && !needsNodePort(newSvc)) {
    const oldPorts = new Set((oldSpec.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0));
    const newPorts = (spec.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0);
    // users may change ports as long as they add no net-new NodePorts
    if (newPorts.every((n) => oldPorts.has(n))) for (const p of spec.ports ?? []) p.nodePort = 0;
  }
  if (
    needsHCNodePort(oldSvc) &&
    !needsHCNodePort(newSvc) &&
    (oldSpec.healthCheckNodePort ?? 0) === (spec.healthCheckNodePort ?? 0)
  ) {
    spec.healthCheckNodePort = 0;
  }
  if (oldSpec.type === ServiceTypeLoadBalancer && spec.type !== ServiceTypeLoadBalancer) {
    const a = spec.allocateLoadBalancerNodePorts;
    const b = oldSpec.allocateLoadBalancerNodePorts;
    if (a !== undefined && a !== null && b !== undefined && b !== null && a === b)
      delete spec.allocateLoadBalancerNodePorts;
  }
  if (
    oldSpec.type === ServiceTypeLoadBalancer &&
    spec.type !== ServiceTypeLoadBalancer &&
    (oldSpec.loadBalancerClass ?? null) === (spec.loadBalancerClass ?? null)
  ) {
    delete spec.loadBalancerClass;
  }
  if (
    needsNodePort(oldSvc) &&
    !needsNodePort(newSvc) &&
    (oldSpec.externalTrafficPolicy ?? '') === (spec.externalTrafficPolicy ?? '')
  ) {
    spec.externalTrafficPolicy = '';
  }
  // The load-balancer status no longer applies.
  if (spec.type !== ServiceTypeLoadBalancer) {
    newSvc.status ??= {};
    newSvc.status.loadBalancer = {};
  }
}

export const serviceStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'Service' }),
  namespaceScoped: () => true,
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    svc(obj).status = {};
  },
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateServiceCreate(svc(obj)),
  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject) => getWarningsForService(svc(obj)),
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    svc(obj).status = copyJSON(svc(old).status ?? {}) as Service['status'];
    dropTypeDependentFields(svc(obj), svc(old));
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateServiceUpdate(svc(obj), svc(old)),
  warningsOnUpdate: (_ctx: RequestContext, obj: RuntimeObject) => getWarningsForService(svc(obj)),
  allowUnconditionalUpdate: () => true,
  getAttrs,
};

/** The status subresource: spec is kept from the stored object. */
export const serviceStatusStrategy: ResourceStrategy = {
  ...serviceStrategy,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    svc(obj).spec = copyJSON(svc(old).spec ?? {}) as Service['spec'];
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateServiceStatusUpdate(svc(obj), svc(old)),
  warningsOnUpdate: () => [],
};
