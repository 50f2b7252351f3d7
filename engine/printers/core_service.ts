// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (serviceColumnDefinitions, printService,
// getServiceExternalIP, loadBalancerStatusStringer, makePortString) @ v1.34.0
import type { Service, ServicePort } from '../apis/core/service_types';
import type { RuntimeObject } from '../runtime/object';
import { formatLabels } from '../util/labels/labels';
import { compareGoStrings } from '../util/sort/strings';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

/** v1.ServiceSpec{}.SwaggerDoc() texts */
const typeDoc =
  'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types';
const clusterIPDoc =
  'clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies';
const externalIPsDoc =
  'externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.';
const portsDoc =
  'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies';
const selectorDoc =
  'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/';

export const serviceColumnDefinitions = [
  nameColumn(),
  col('Type', 'string', typeDoc),
  col('Cluster-IP', 'string', clusterIPDoc),
  col('External-IP', 'string', externalIPsDoc),
  col('Port(s)', 'string', portsDoc),
  ageColumn(),
  col('Selector', 'string', selectorDoc, 1),
];

const loadBalancerWidth = 16;

/** loadBalancerStatusStringer: the sorted, unique ingress IPs (or hostnames); clipped to 16 bytes unless wide. */
export function loadBalancerStatusStringer(svc: Service, wide: boolean): string {
  const result = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) result.add(ing.ip);
    else if (ing.hostname) result.add(ing.hostname);
  }
  const r = [...result].sort(compareGoStrings).join(',');
  return !wide && r.length > loadBalancerWidth ? r.slice(0, loadBalancerWidth - 3) + '...' : r;
}

/** getServiceExternalIP: external IPs, the load balancer's ingress (`<pending>` until there is one), or the externalName. */
export function getServiceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lbIps = loadBalancerStatusStringer(svc, wide);
      if (externalIPs.length > 0)
        return [...(lbIps.length > 0 ? lbIps.split(',') : []), ...externalIPs].join(',');
      return lbIps.length > 0 ? lbIps : '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
  }
  return '<unknown>';
}

/** makePortString: `80/TCP`, or `80:30080/TCP` with a nodePort. */
export function makePortString(ports: readonly ServicePort[]): string {
  return ports
    .map((p) =>
      (p.nodePort ?? 0) > 0
        ? `${p.port ?? 0}:${p.nodePort}/${p.protocol ?? ''}`
        : `${p.port ?? 0}/${p.protocol ?? ''}`,
    )
    .join(',');
}

/** printService, in the wide form the server always generates (kubectl hides the Selector column). */
export function printService(obj: Service, now: Date): unknown[] {
  const clusterIPs = obj.spec?.clusterIPs ?? [];
  const internalIP = clusterIPs.length > 0 ? clusterIPs[0] : '<none>';
  const ports = makePortString(obj.spec?.ports ?? []);
  return [
    obj.metadata?.name ?? '',
    obj.spec?.type ?? '',
    internalIP,
    getServiceExternalIP(obj, true),
    ports.length === 0 ? '<none>' : ports,
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
    formatLabels(obj.spec?.selector ?? {}),
  ];
}

export const serviceTablePrinter: TablePrinter = {
  columns: serviceColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printService(obj as Service, now),
};
