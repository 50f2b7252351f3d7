// Go twin: k8s.io/kube-aggregator/pkg/apiserver/resolvers.go (ServiceResolver, NewClusterIPServiceResolver) and
// k8s.io/apiserver/pkg/util/proxy/proxy.go (ResolveCluster, findServicePort) @ v1.34.0
//
// Where the aggregator sends a remote APIService's traffic. kube-apiserver's default
// (--enable-aggregator-routing=false) is the Service's ClusterIP and port, not a Pod's address: the cluster
// network picks the Pod. The Service is read on every call, as Go reads its lister.
import { isNotFound, newNotFound, newServiceUnavailable } from '../api/errors/errors';
import { quote } from '../util/strconv/quote';
import type { LoopbackClient } from './client/loopback';

export interface ServicePort {
  name?: string;
  port?: number;
}

/** The parts of a v1 Service the aggregator reads. */
export interface Service {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    type?: string;
    clusterIP?: string;
    externalName?: string;
    selector?: Record<string, string> | null;
    ports?: ServicePort[] | null;
  };
}

/** A Service by namespace and name: null when it does not exist; any other failure is thrown. */
export type ServiceGetter = (namespace: string, name: string) => Promise<Service | null>;

/** Reads Services the way the aggregator's controllers do here: GETs through the loopback client. */
export function loopbackServiceGetter(client: LoopbackClient): ServiceGetter {
  return async (namespace, name) => {
    try {
      return await client.do<Service>(
        'GET',
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(name)}`,
      );
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  };
}

/** An endpoint to send traffic to, as Go's url.URL{Scheme: "https", Host: host}. */
export interface Endpoint {
  scheme: 'https';
  /** net.JoinHostPort(ip, port) */
  host: string;
}

export const endpointString = (e: Endpoint) => `${e.scheme}://${e.host}`;

/** ServiceResolver knows how to convert a service reference into an actual location. */
export interface ServiceResolver {
  resolveEndpoint(namespace: string, name: string, port: number): Promise<Endpoint>;
}

/** net.JoinHostPort: IPv6 literals go in brackets. */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** findServicePort: the service port by number, or a 503 error naming the service. */
function findServicePort(svc: Service, port: number): ServicePort {
  const found = (svc.spec?.ports ?? []).find((p) => p.port === port);
  if (!found) {
    throw newServiceUnavailable(
      `no service port ${port} found for service ${quote(svc.metadata?.name ?? '')}`,
    );
  }
  return found;
}

/**
 * ResolveCluster: `https://<clusterIP>:<port>` for ClusterIP, NodePort and LoadBalancer Services,
 * `https://<externalName>:<port>` for ExternalName; a headless Service cannot be routed to. A missing Service is
 * Go's lister NotFound (`service "x" not found`).
 */
export async function resolveCluster(
  getService: ServiceGetter,
  namespace: string,
  name: string,
  port: number,
): Promise<Endpoint> {
  const svc = await getService(namespace, name);
  if (!svc) throw newNotFound({ group: '', resource: 'service' }, name);
  const type = svc.spec?.type ?? '';
  const clusterIP = svc.spec?.clusterIP ?? '';
  if (type === 'ClusterIP' && clusterIP === 'None') {
    throw new Error('cannot route to service with ClusterIP "None"');
  }
  if (type === 'ClusterIP' || type === 'LoadBalancer' || type === 'NodePort') {
    const svcPort = findServicePort(svc, port);
    return { scheme: 'https', host: joinHostPort(clusterIP, svcPort.port ?? 0) };
  }
  if (type === 'ExternalName') {
    return { scheme: 'https', host: joinHostPort(svc.spec?.externalName ?? '', port) };
  }
  throw new Error(`unsupported service type ${quote(type)}`);
}

/** NewClusterIPServiceResolver: kube-apiserver's resolver without --enable-aggregator-routing. */
export function newClusterIPServiceResolver(getService: ServiceGetter): ServiceResolver {
  return {
    resolveEndpoint: (namespace, name, port) => resolveCluster(getService, namespace, name, port),
  };
}
