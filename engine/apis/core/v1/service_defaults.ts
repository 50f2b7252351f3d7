// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_Service), pkg/api/v1/service/util.go
// (ExternallyAccessible) and zz_generated.defaults.go (SetObjectDefaults_Service) @ v1.34.0.
import { isObject, type RuntimeObject } from '../../../runtime/object';
import {
  DefaultClientIPServiceAffinitySeconds,
  LoadBalancerIPModeVIP,
  ProtocolTCP,
  ServiceAffinityClientIP,
  ServiceAffinityNone,
  ServiceExternalTrafficPolicyCluster,
  ServiceInternalTrafficPolicyCluster,
  ServiceTypeClusterIP,
  ServiceTypeLoadBalancer,
  ServiceTypeNodePort,
} from './service_types';

type Obj = Record<string, unknown>;

/** ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with external IPs. */
export function externallyAccessible(spec: Obj): boolean {
  const type = spec.type;
  const externalIPs = Array.isArray(spec.externalIPs) ? spec.externalIPs : [];
  return (
    type === ServiceTypeLoadBalancer ||
    type === ServiceTypeNodePort ||
    (type === ServiceTypeClusterIP && externalIPs.length > 0)
  );
}

/** intstr.FromInt32(0) or intstr.FromString(""): a targetPort that was not given. */
const isZeroIntOrString = (v: unknown) => v === undefined || v === null || v === 0 || v === '';

export function SetDefaults_Service(obj: RuntimeObject): void {
  if (!isObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as Obj;
  if (!spec.sessionAffinity) spec.sessionAffinity = ServiceAffinityNone;
  if (spec.sessionAffinity === ServiceAffinityNone) delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === ServiceAffinityClientIP) {
    const cfg = spec.sessionAffinityConfig;
    const clientIP = isObject(cfg) ? cfg.clientIP : undefined;
    const timeout = isObject(clientIP) ? clientIP.timeoutSeconds : undefined;
    if (timeout === undefined || timeout === null) {
      spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DefaultClientIPServiceAffinitySeconds } };
    }
  }
  if (!spec.type) spec.type = ServiceTypeClusterIP;
  if (Array.isArray(spec.ports)) {
    for (const p of spec.ports) {
      if (!isObject(p)) continue;
      if (!p.protocol) p.protocol = ProtocolTCP;
      if (isZeroIntOrString(p.targetPort)) p.targetPort = typeof p.port === 'number' ? p.port : 0;
    }
  }
  // Defaults ExternalTrafficPolicy for externally-accessible services to Cluster.
  if (externallyAccessible(spec) && !spec.externalTrafficPolicy) {
    spec.externalTrafficPolicy = ServiceExternalTrafficPolicyCluster;
  }
  if (spec.internalTrafficPolicy === undefined || spec.internalTrafficPolicy === null) {
    if (
      spec.type === ServiceTypeNodePort ||
      spec.type === ServiceTypeLoadBalancer ||
      spec.type === ServiceTypeClusterIP
    ) {
      spec.internalTrafficPolicy = ServiceInternalTrafficPolicyCluster;
    }
  }
  if (spec.type === ServiceTypeLoadBalancer) {
    if (spec.allocateLoadBalancerNodePorts === undefined || spec.allocateLoadBalancerNodePorts === null) {
      spec.allocateLoadBalancerNodePorts = true;
    }
    const status = obj.status;
    const lb = isObject(status) ? status.loadBalancer : undefined;
    const ingress = isObject(lb) && Array.isArray(lb.ingress) ? lb.ingress : [];
    for (const ing of ingress) {
      if (isObject(ing) && ing.ip && (ing.ipMode === undefined || ing.ipMode === null))
        ing.ipMode = LoadBalancerIPModeVIP;
    }
  }
}

export function SetObjectDefaults_Service(obj: RuntimeObject): void {
  SetDefaults_Service(obj);
}

export function SetObjectDefaults_ServiceList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_Service(item as RuntimeObject);
}
