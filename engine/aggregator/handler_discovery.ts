// Go twin: k8s.io/kube-aggregator/pkg/apiserver/handler_discovery.go (discoveryManager.syncAPIService,
// fetchFreshDiscoveryForService, Run, APIRegistrationGroupPriority) and apiserver.go (the wrapped `/apis`)
// @ v1.34.0
//
// What the aggregator adds to the shared aggregated-discovery manager. Local APIServices bring nothing: their
// servers add their groups themselves, and the built-in priorities come from CreateAggregatorServer's table
// (not from the APIService objects). apiregistration.k8s.io is pinned first. Each remote APIService's group-version comes from its server: the
// aggregated `/apis` document if it serves one, else the legacy `/apis/<group>/<version>` list; when neither
// answers the version is listed without resources, marked Stale. Go refreshes remote documents in the
// background (every minute); here they are fetched on each request, so the answer is always the current one.
import { apiServiceNameToGroupVersion } from './apis/apiregistration/helpers';
import type { APIService } from './apis/apiregistration/types';
import type { APIServiceLister } from './client/informer';
import { ProxyHandler, type ProxyTransport } from './handler_proxy';
import type { APIResource } from '../endpoints/discovery/types';
import { convertGroupVersionIntoToDiscovery } from '../endpoints/discovery/aggregated/convert';
import {
  AggregatorSource,
  BuiltinSource,
  type Contribution,
  type ResourceManager,
} from '../endpoints/discovery/aggregated/handler';
import type { APIGroupDiscoveryList, APIVersionDiscovery } from '../endpoints/discovery/aggregated/types';
import { Header, RecordingResponseWriter, type Request } from '../server/http';

/** APIRegistrationGroupPriority: above the 20000 maximum, so apiregistration.k8s.io is always listed first */
export const APIRegistrationGroupPriority = 20001;

const aggregatedAccept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/**
 * Registers the aggregator's part of the manager the servers of the chain share: apiregistration.k8s.io pinned
 * first (Run) and every remote APIService's group-version (syncAPIService).
 */
export function addAggregatorDiscovery(
  manager: ResourceManager,
  lister: APIServiceLister,
  transport: ProxyTransport | null,
): void {
  // Ensure that apiregistration.k8s.io is the first group in the discovery group.
  manager.setGroupVersionPriority(BuiltinSource, 'apiregistration.k8s.io', 'v1', {
    groupPriorityMinimum: APIRegistrationGroupPriority,
    versionPriority: 0,
  });
  manager.withSource(AggregatorSource).addProvider(() => remoteDiscovery(lister.list(), transport));
}

/** syncAPIService for every remote APIService. */
async function remoteDiscovery(
  apiServices: readonly APIService[],
  transport: ProxyTransport | null,
): Promise<Contribution> {
  const out: Contribution = { groups: [], priorities: [] };
  for (const s of apiServices) {
    if (!s.spec?.service) continue;
    const gv = apiServiceNameToGroupVersion(s.metadata?.name ?? '');
    const fetched = transport ? await fetchDiscovery(s, gv, transport) : null;
    const entry: APIVersionDiscovery = fetched ?? { version: gv.version };
    entry.freshness = fetched ? 'Current' : 'Stale';
    out.groups.push({ name: gv.group, versions: [entry] });
    out.priorities!.push({
      group: gv.group,
      version: gv.version,
      priority: {
        groupPriorityMinimum: s.spec.groupPriorityMinimum ?? 0,
        versionPriority: s.spec.versionPriority ?? 0,
      },
    });
  }
  return out;
}

/** fetchFreshDiscoveryForService: through the APIService's proxy handler, as system:kube-aggregator. */
async function fetchDiscovery(
  apiService: APIService,
  gv: { group: string; version: string },
  transport: ProxyTransport,
): Promise<APIVersionDiscovery | null> {
  const proxy = new ProxyHandler(null, transport);
  proxy.updateAPIService(apiService);
  const get = async (path: string, accept: string) => {
    const w = new RecordingResponseWriter();
    await proxy.serveHTTP(w, discoveryRequest(path, accept));
    let body: unknown = null;
    try {
      body = JSON.parse(w.body);
    } catch {
      /* not JSON: not a discovery document */
    }
    return { status: w.status, body: body as Record<string, unknown> | null };
  };
  const agg = await get('/apis', aggregatedAccept);
  if (agg.status === 200 && agg.body?.kind === 'APIGroupDiscoveryList') {
    const list = agg.body as unknown as APIGroupDiscoveryList;
    const group = list.items?.find((g) => (g.metadata?.name ?? '') === gv.group);
    const version = group?.versions?.find((v) => v.version === gv.version);
    // the server did not include this group-version: listed without resources
    return version ? { ...version } : { version: gv.version };
  }
  if (agg.status !== 200 && agg.status !== 404 && agg.status !== 406) return null;
  // Fall back to legacy discovery information
  const legacy = await get(`/apis/${gv.group}/${gv.version}`, 'application/json');
  if (legacy.status !== 200 || legacy.body?.kind !== 'APIResourceList') return null;
  try {
    const resources = convertGroupVersionIntoToDiscovery((legacy.body.resources ?? []) as APIResource[]);
    return { version: gv.version, ...(resources.length ? { resources } : {}) };
  } catch {
    return null;
  }
}

function discoveryRequest(path: string, accept: string): Request {
  return {
    method: 'GET',
    path,
    query: new URLSearchParams(),
    header: new Header({ Accept: accept }),
    body: '',
    contentLength: 0,
    remoteAddr: '',
    userAgent: '',
    ctx: { namespace: '', user: { name: 'system:kube-aggregator', groups: [] } },
  };
}
