// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (Service, ServiceSpec, ServicePort, ServiceStatus) @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreService: GoType = { pkg, name: 'Service' };
export const CoreServiceList: GoType = { pkg, name: 'ServiceList' };

export interface ServicePort {
  name?: string;
  protocol?: string;
  appProtocol?: string;
  port?: number;
  /** intstr.IntOrString: a number or a string */
  targetPort?: number | string;
  nodePort?: number;
}

export interface SessionAffinityConfig {
  clientIP?: { timeoutSeconds?: number } | null;
}

export interface ServiceSpec {
  ports?: ServicePort[];
  selector?: Record<string, string>;
  clusterIP?: string;
  clusterIPs?: string[];
  type?: string;
  externalIPs?: string[];
  sessionAffinity?: string;
  loadBalancerIP?: string;
  loadBalancerSourceRanges?: string[];
  externalName?: string;
  externalTrafficPolicy?: string;
  healthCheckNodePort?: number;
  publishNotReadyAddresses?: boolean;
  sessionAffinityConfig?: SessionAffinityConfig | null;
  ipFamilies?: string[];
  ipFamilyPolicy?: string | null;
  allocateLoadBalancerNodePorts?: boolean | null;
  loadBalancerClass?: string | null;
  internalTrafficPolicy?: string | null;
  trafficDistribution?: string | null;
}

export interface PortStatus {
  port?: number;
  protocol?: string;
  error?: string | null;
}

export interface LoadBalancerIngress {
  ip?: string;
  hostname?: string;
  ipMode?: string | null;
  ports?: PortStatus[];
}

export interface ServiceStatus {
  loadBalancer?: { ingress?: LoadBalancerIngress[] };
  conditions?: unknown[];
}

export interface Service extends RuntimeObject {
  spec?: ServiceSpec;
  status?: ServiceStatus;
}
