// Go twin: k8s.io/api/core/v1/types.go (Service, ServiceSpec, ServicePort, ServiceStatus, ServiceList, …) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';
const metaPkg = 'k8s.io/apimachinery/pkg/apis/meta/v1';

/** metav1.Condition, as ServiceStatus.conditions uses it. */
export const ConditionDef: StructDef = struct(metaPkg, 'Condition', [
  req('type', t.string, { doc: 'type of condition in CamelCase or in foo.example.com/CamelCase.' }),
  req('status', t.named('v1.ConditionStatus'), {
    doc: 'status of the condition, one of True, False, Unknown.',
  }),
  opt('observedGeneration', t.int64, {
    doc: 'observedGeneration represents the .metadata.generation that the condition was set based upon.',
  }),
  req('lastTransitionTime', t.time, {
    doc: 'lastTransitionTime is the last time the condition transitioned from one status to another.',
  }),
  req('reason', t.string, {
    doc: "reason contains a programmatic identifier indicating the reason for the condition's last transition.",
  }),
  req('message', t.string, {
    doc: 'message is a human readable message indicating details about the transition.',
  }),
]);

export const ClientIPConfigDef: StructDef = struct(pkg, 'ClientIPConfig', [
  opt('timeoutSeconds', t.ptr(t.int32), {
    doc: 'timeoutSeconds specifies the seconds of ClientIP type session sticky time (default 10800).',
  }),
]);

export const SessionAffinityConfigDef: StructDef = struct(pkg, 'SessionAffinityConfig', [
  opt('clientIP', t.ptr(t.struct(() => ClientIPConfigDef)), {
    doc: 'clientIP contains the configurations of Client IP based session affinity.',
  }),
]);

export const ServicePortDef: StructDef = struct(pkg, 'ServicePort', [
  opt('name', t.string, { doc: 'The name of this port within the service. This must be a DNS_LABEL.' }),
  opt('protocol', t.named('v1.Protocol'), {
    doc: 'The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP.',
  }),
  opt('appProtocol', t.ptr(t.string), { doc: 'The application protocol for this port.' }),
  req('port', t.int32, { doc: 'The port that will be exposed by this service.' }),
  opt('targetPort', t.intOrString, {
    doc: 'Number or name of the port to access on the pods targeted by the service.',
  }),
  opt('nodePort', t.int32, {
    doc: 'The port on each node on which this service is exposed when type is NodePort or LoadBalancer.',
  }),
]);

export const ServiceSpecDef: StructDef = struct(pkg, 'ServiceSpec', [
  opt('ports', t.slice(t.struct(() => ServicePortDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'port',
    doc: 'The list of ports that are exposed by this service.',
  }),
  opt('selector', t.map(t.string), {
    doc: 'Route service traffic to pods with label keys and values matching this selector.',
  }),
  opt('clusterIP', t.string, {
    doc: 'clusterIP is the IP address of the service and is usually assigned randomly.',
  }),
  opt('clusterIPs', t.slice(t.string), {
    doc: 'ClusterIPs is a list of IP addresses assigned to this service.',
  }),
  opt('type', t.named('v1.ServiceType'), {
    doc: 'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.',
  }),
  opt('externalIPs', t.slice(t.string), {
    doc: 'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.',
  }),
  opt('sessionAffinity', t.named('v1.ServiceAffinity'), {
    doc: 'Supports "ClientIP" and "None". Used to maintain session affinity.',
  }),
  opt('loadBalancerIP', t.string, { doc: 'Only applies to Service Type: LoadBalancer. Deprecated.' }),
  opt('loadBalancerSourceRanges', t.slice(t.string), {
    doc: 'If specified and supported by the platform, traffic through the load-balancer is restricted to these client IPs.',
  }),
  opt('externalName', t.string, {
    doc: 'externalName is the external reference that discovery mechanisms will return as an alias for this service.',
  }),
  opt('externalTrafficPolicy', t.named('v1.ServiceExternalTrafficPolicy'), {
    doc: 'externalTrafficPolicy describes how nodes distribute service traffic they receive on externally-facing addresses.',
  }),
  opt('healthCheckNodePort', t.int32, {
    doc: 'healthCheckNodePort specifies the healthcheck nodePort for the service.',
  }),
  opt('publishNotReadyAddresses', t.bool, {
    doc: 'publishNotReadyAddresses indicates that endpoints should disregard any indications of ready/not-ready.',
  }),
  opt('sessionAffinityConfig', t.ptr(t.struct(() => SessionAffinityConfigDef)), {
    doc: 'sessionAffinityConfig contains the configurations of session affinity.',
  }),
  opt('ipFamilies', t.slice(t.named('v1.IPFamily')), {
    doc: 'IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service.',
  }),
  opt('ipFamilyPolicy', t.ptr(t.named('v1.IPFamilyPolicy')), {
    doc: 'IPFamilyPolicy represents the dual-stack-ness requested or required by this Service.',
  }),
  opt('allocateLoadBalancerNodePorts', t.ptr(t.bool), {
    doc: 'allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.',
  }),
  opt('loadBalancerClass', t.ptr(t.string), {
    doc: 'loadBalancerClass is the class of the load balancer implementation this Service belongs to.',
  }),
  opt('internalTrafficPolicy', t.ptr(t.named('v1.ServiceInternalTrafficPolicy')), {
    doc: 'InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.',
  }),
  opt('trafficDistribution', t.ptr(t.string), {
    doc: 'TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints.',
  }),
]);

export const PortStatusDef: StructDef = struct(pkg, 'PortStatus', [
  req('port', t.int32, {
    doc: 'Port is the port number of the service port of which status is recorded here',
  }),
  req('protocol', t.named('v1.Protocol'), {
    doc: 'Protocol is the protocol of the service port of which status is recorded here',
  }),
  opt('error', t.ptr(t.string), { doc: 'Error is to record the problem with the service port' }),
]);

export const LoadBalancerIngressDef: StructDef = struct(pkg, 'LoadBalancerIngress', [
  opt('ip', t.string, { doc: 'IP is set for load-balancer ingress points that are IP based' }),
  opt('hostname', t.string, { doc: 'Hostname is set for load-balancer ingress points that are DNS based' }),
  opt('ipMode', t.ptr(t.named('v1.LoadBalancerIPMode')), {
    doc: 'IPMode specifies how the load-balancer IP behaves.',
  }),
  opt('ports', t.slice(t.struct(() => PortStatusDef)), {
    doc: 'Ports is a list of records of service ports',
  }),
]);

export const LoadBalancerStatusDef: StructDef = struct(pkg, 'LoadBalancerStatus', [
  opt('ingress', t.slice(t.struct(() => LoadBalancerIngressDef)), {
    doc: 'Ingress is a list containing ingress points for the load-balancer.',
  }),
]);

export const ServiceStatusDef: StructDef = struct(pkg, 'ServiceStatus', [
  opt(
    'loadBalancer',
    t.struct(() => LoadBalancerStatusDef),
    {
      doc: 'LoadBalancer contains the current status of the load-balancer, if one is present.',
    },
  ),
  opt('conditions', t.slice(t.struct(() => ConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'type',
    doc: 'Current service state',
  }),
]);

export const ServiceDef: StructDef = struct(pkg, 'Service', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => ServiceSpecDef),
    { doc: 'Spec defines the behavior of a service.' },
  ),
  opt(
    'status',
    t.struct(() => ServiceStatusDef),
    { doc: 'Most recently observed status of the service.' },
  ),
]);

export const ServiceListDef: StructDef = listDef(pkg, 'ServiceList', () => ServiceDef);

export const V1Service: GoType = { pkg, name: 'Service', def: ServiceDef };
export const V1ServiceList: GoType = { pkg, name: 'ServiceList', def: ServiceListDef };

export const ServiceTypeClusterIP = 'ClusterIP';
export const ServiceTypeNodePort = 'NodePort';
export const ServiceTypeLoadBalancer = 'LoadBalancer';
export const ServiceTypeExternalName = 'ExternalName';
export const ServiceAffinityClientIP = 'ClientIP';
export const ServiceAffinityNone = 'None';
/** DefaultClientIPServiceAffinitySeconds: 3 hours. */
export const DefaultClientIPServiceAffinitySeconds = 10800;
/** MaxClientIPServiceAffinitySeconds (pkg/apis/core): 1 day. */
export const MaxClientIPServiceAffinitySeconds = 86400;
export const ServiceInternalTrafficPolicyCluster = 'Cluster';
export const ServiceInternalTrafficPolicyLocal = 'Local';
export const ServiceExternalTrafficPolicyCluster = 'Cluster';
export const ServiceExternalTrafficPolicyLocal = 'Local';
export const ServiceTrafficDistributionPreferClose = 'PreferClose';
export const ServiceTrafficDistributionPreferSameZone = 'PreferSameZone';
export const ServiceTrafficDistributionPreferSameNode = 'PreferSameNode';
export const IPv4Protocol = 'IPv4';
export const IPv6Protocol = 'IPv6';
export const IPFamilyPolicySingleStack = 'SingleStack';
export const IPFamilyPolicyPreferDualStack = 'PreferDualStack';
export const IPFamilyPolicyRequireDualStack = 'RequireDualStack';
export const LoadBalancerIPModeVIP = 'VIP';
export const LoadBalancerIPModeProxy = 'Proxy';
export const ClusterIPNone = 'None';
export const ProtocolTCP = 'TCP';
export const ProtocolUDP = 'UDP';
export const ProtocolSCTP = 'SCTP';
