// Go twin: sigs.k8s.io/metrics-server pkg/api (install.go, pod.go podMetrics.List/Get, node.go nodeMetrics.List/Get)
// and k8s.io/metrics/pkg/apis/metrics/v1beta1/types.go (PodMetrics, ContainerMetrics, NodeMetrics) @ v1.34.0
//
// A stand-in for metrics-server, not a port: it serves metrics.k8s.io/v1beta1 the way metrics-server answers
// `kubectl top`, but it scrapes no kubelet. Every container of every Pod that exists uses a fixed `cpu: 1m`
// and `memory: 4Ki`, measured now over a 30s window (the simulator runs no Pods, so metrics-server's "only Pods
// with metrics" would leave nothing to show), and there are no Nodes. It reads Pods from kube-apiserver through
// its client, and trusts the user the aggregator names in X-Remote-User / X-Remote-Group (Go: request-header
// authentication against the front-proxy CA); the aggregator has already authorized the request, so the
// delegated SubjectAccessReview metrics-server would send is left out.
import {
  newGenericServerResponse,
  newMethodNotSupported,
  newNotFound,
  newUnauthorized,
  type GroupResource,
} from '../../api/errors/errors';
import {
  errorNegotiated,
  writeUnversionedNegotiated,
} from '../../endpoints/handlers/responsewriters/writers';
import { timestamp } from '../../registry/generic/registry/store';
import type { RuntimeObject } from '../../runtime/object';
import type { Handler, Request, ResponseWriter } from '../../server/http';
import type { ExtensionServer, ExtensionServerContext } from '../transport';

export const metricsGroup = 'metrics.k8s.io';
export const metricsVersion = 'v1beta1';
const groupVersion = `${metricsGroup}/${metricsVersion}`;
const base = `/apis/${groupVersion}`;

const podMetricsResource: GroupResource = { group: metricsGroup, resource: 'pods' };
const nodeMetricsResource: GroupResource = { group: metricsGroup, resource: 'nodes' };

/** What every container uses in the stand-in (v1.ResourceList: keys sorted, canonical quantities). */
export const containerUsage = { cpu: '1m', memory: '4Ki' } as const;
/** metav1.Duration of the measurement window, as Go's Duration.String() prints it */
export const metricsWindow = '30s';

interface ObjectMeta {
  name: string;
  namespace?: string;
  creationTimestamp: string;
  labels?: Record<string, string>;
}

/** ContainerMetrics: `name`, `usage` */
export interface ContainerMetrics {
  name: string;
  usage: Record<string, string>;
}

/** PodMetrics, in Go's field order: TypeMeta, metadata, timestamp, window, containers */
export interface PodMetrics {
  kind?: 'PodMetrics';
  apiVersion?: string;
  metadata: ObjectMeta;
  timestamp: string;
  window: string;
  containers: ContainerMetrics[];
}

/** NodeMetrics, in Go's field order: TypeMeta, metadata, timestamp, window, usage */
export interface NodeMetrics {
  kind?: 'NodeMetrics';
  apiVersion?: string;
  metadata: ObjectMeta;
  timestamp: string;
  window: string;
  usage: Record<string, string>;
}

interface Pod {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  spec?: { containers?: { name?: string }[] };
}

/** install.go's discovery document: both resources are `get` and `list` only, with no singular name. */
const apiResourceList = {
  kind: 'APIResourceList',
  apiVersion: 'v1',
  groupVersion,
  resources: [
    { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
    { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
  ],
};

const groupDoc = {
  name: metricsGroup,
  versions: [{ groupVersion, version: metricsVersion }],
  preferredVersion: { groupVersion, version: metricsVersion },
};

/** The route a path names inside the group-version, or null. */
type Route =
  | { kind: 'discovery' }
  | { kind: 'pods'; namespace: string; name?: string }
  | { kind: 'nodes'; name?: string };

function route(path: string): Route | null {
  if (path === base || path === `${base}/`) return { kind: 'discovery' };
  if (!path.startsWith(`${base}/`)) return null;
  const parts = path.slice(base.length + 1).split('/');
  const [a, b, c, d, ...rest] = parts;
  if (a === 'pods' && b === undefined) return { kind: 'pods', namespace: '' };
  if (a === 'nodes' && b === undefined) return { kind: 'nodes' };
  if (a === 'nodes' && b && c === undefined) return { kind: 'nodes', name: b };
  if (a === 'namespaces' && b && c === 'pods' && rest.length === 0) {
    return d === undefined
      ? { kind: 'pods', namespace: b }
      : d
        ? { kind: 'pods', namespace: b, name: d }
        : null;
  }
  return null;
}

const isWatch = (req: Request) => ['true', '1'].includes(req.query.get('watch') ?? '');

class MetricsServer {
  constructor(private readonly ctx: ExtensionServerContext) {}

  readonly serveHTTP: Handler = async (w: ResponseWriter, req: Request) => {
    try {
      await this.serve(w, req);
    } catch (err) {
      errorNegotiated(err, w, req);
    }
  };

  private async serve(w: ResponseWriter, req: Request): Promise<void> {
    // request-header authentication: only a request the front proxy (the aggregator) vouches for gets in
    if (!req.header.get('X-Remote-User')) throw newUnauthorized('Unauthorized');
    const write = (obj: object) => writeUnversionedNegotiated(obj as RuntimeObject, w, req, 200);

    if (req.path === '/apis') {
      return write({ kind: 'APIGroupList', apiVersion: 'v1', groups: [groupDoc] });
    }
    if (req.path === `/apis/${metricsGroup}`) {
      return write({ kind: 'APIGroup', apiVersion: 'v1', ...groupDoc });
    }
    const r = route(req.path);
    if (!r) throw newGenericServerResponse(404);
    // go-restful routes GET only: every other verb is refused before a handler runs
    if (req.method !== 'GET') throw newGenericServerResponse(405);
    switch (r.kind) {
      case 'discovery':
        return write(apiResourceList);
      case 'pods':
        if (r.name !== undefined) return write(await this.getPodMetrics(r.namespace, r.name));
        if (isWatch(req)) throw newMethodNotSupported(podMetricsResource, 'watch');
        return write(await this.listPodMetrics(r.namespace, req.query.get('labelSelector') ?? ''));
      case 'nodes':
        if (r.name !== undefined) return this.getNodeMetrics(r.name);
        if (isWatch(req)) throw newMethodNotSupported(nodeMetricsResource, 'watch');
        return write({ kind: 'NodeMetricsList', apiVersion: groupVersion, metadata: {}, items: [] });
      default: {
        const exhaustive: never = r;
        throw new Error(`MetricsServer.serve: unknown route ${JSON.stringify(exhaustive)}`);
      }
    }
  }

  /** podMetrics.List: the Pods the label selector matches, as PodMetrics sorted by namespace and name. */
  private async listPodMetrics(namespace: string, labelSelector: string): Promise<object> {
    const query = labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : '';
    const path = namespace
      ? `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods${query}`
      : `/api/v1/pods${query}`;
    const list = await this.ctx.client.do<{ items?: Pod[] }>('GET', path);
    const items = (list.items ?? []).map((pod) => this.podMetrics(pod));
    items.sort(
      (a, b) =>
        cmp(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || cmp(a.metadata.name, b.metadata.name),
    );
    return { kind: 'PodMetricsList', apiVersion: groupVersion, metadata: {}, items };
  }

  /** podMetrics.Get: a missing Pod is the lister's NotFound (`pods "x" not found`), returned as is. */
  private async getPodMetrics(namespace: string, name: string): Promise<PodMetrics> {
    const pod = await this.ctx.client.do<Pod>(
      'GET',
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`,
    );
    return { kind: 'PodMetrics', apiVersion: groupVersion, ...this.podMetrics(pod) };
  }

  /** nodeMetrics.Get: there are no Nodes, so the node lister's NotFound (`node "x" not found`). */
  private getNodeMetrics(name: string): never {
    throw newNotFound({ group: '', resource: 'node' }, name);
  }

  private podMetrics(pod: Pod): PodMetrics {
    const now = timestamp(this.ctx.now());
    const labels = pod.metadata?.labels ?? {};
    return {
      metadata: {
        name: pod.metadata?.name ?? '',
        namespace: pod.metadata?.namespace ?? '',
        creationTimestamp: now,
        ...(Object.keys(labels).length > 0 ? { labels } : {}),
      },
      timestamp: now,
      window: metricsWindow,
      containers: (pod.spec?.containers ?? []).map((c) => ({
        name: c.name ?? '',
        usage: { ...containerUsage },
      })),
    };
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The stand-in metrics-server, to register under its Service: `{ 'kube-system/metrics-server': metricsServer }`. */
export const metricsServer: ExtensionServer = (ctx) => new MetricsServer(ctx).serveHTTP;
