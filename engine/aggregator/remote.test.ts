// A remote APIService end to end: metrics-server's manifest (Service + APIService v1beta1.metrics.k8s.io) with
// the in-engine metrics-server stand-in registered behind the Service; the availability controller's checks
// and the aggregator's proxy, as `kubectl top` meets them.
import { describe, expect, it } from 'vitest';
import { metricsServer } from './examples/metrics_server';
import { resolveCluster, type Service } from './resolvers';
import { headerKeyEscape, setAuthProxyHeaders, type ExtensionServer } from './transport';
import { Header, httpError, type Request } from '../server/http';
import { newTestServer, pod, type TestServer } from '../testing/server';
import type { ChainOptions } from '../controlplane/server';

const apiservices = '/apis/apiregistration.k8s.io/v1/apiservices';
const metricsPath = '/apis/metrics.k8s.io/v1beta1';
const now = '2025-08-27T10:00:00Z';

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** metrics-server's components.yaml: the Service in front of its Pods … */
const metricsService = (spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'metrics-server', namespace: 'kube-system', labels: { 'k8s-app': 'metrics-server' } },
  spec: {
    ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }],
    selector: { 'k8s-app': 'metrics-server' },
    ...spec,
  },
});

/** … and the APIService that sends metrics.k8s.io/v1beta1 there. */
const metricsAPIService = {
  apiVersion: 'apiregistration.k8s.io/v1',
  kind: 'APIService',
  metadata: { name: 'v1beta1.metrics.k8s.io', labels: { 'k8s-app': 'metrics-server' } },
  spec: {
    group: 'metrics.k8s.io',
    groupPriorityMinimum: 100,
    insecureSkipTLSVerify: true,
    service: { name: 'metrics-server', namespace: 'kube-system' },
    version: 'v1beta1',
    versionPriority: 100,
  },
};

/** An extension server that remembers what reached it, then lets `inner` answer. */
function recording(inner: ExtensionServer) {
  const seen: { path: string; header: Header }[] = [];
  const server: ExtensionServer = (ctx) => {
    const handler = inner(ctx);
    return async (w, req) => {
      seen.push({ path: req.path, header: req.header.clone() });
      return handler(w, req);
    };
  };
  return { server, seen };
}

/** Lets the informer and the controllers catch up with a write (they react asynchronously, as in Go). */
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await probe();
  for (let i = 0; i < 100 && !ok(v); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    v = await probe();
  }
  return v;
}

async function availableCondition(
  t: TestServer,
  name = 'v1beta1.metrics.k8s.io',
): Promise<Condition | undefined> {
  const r = await t.get(`${apiservices}/${name}`);
  return (r.json['status'] as { conditions?: Condition[] }).conditions?.[0];
}

const waitForReason = (t: TestServer, reason: string, name?: string) =>
  eventually(
    () => availableCondition(t, name),
    (c) => c?.reason === reason,
  );

async function setUp(
  options: ChainOptions,
  { withService = true, headers = {} }: { withService?: boolean; headers?: Record<string, string> } = {},
): Promise<TestServer> {
  const t = await newTestServer(options);
  if (withService) {
    const svc = await t.post('/api/v1/namespaces/kube-system/services', metricsService(), headers);
    expect(svc.status).toBe(201);
  }
  expect((await t.post(apiservices, metricsAPIService, headers)).status).toBe(201);
  return t;
}

describe('metrics-server behind the aggregator', () => {
  it('is Available (Passed) once its discovery answers, and `kubectl top pods` lists PodMetrics for existing Pods', async () => {
    const { server, seen } = recording(metricsServer);
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': server } });

    expect(await waitForReason(t, 'Passed')).toEqual({
      type: 'Available',
      status: 'True',
      lastTransitionTime: now,
      reason: 'Passed',
      message: 'all checks passed',
    });
    // the availability check: a discovery GET as system:kube-aggregator in system:masters
    expect(seen[0]!.path).toBe(metricsPath);
    expect(seen[0]!.header.get('X-Remote-User')).toBe('system:kube-aggregator');
    expect(seen[0]!.header.getAll('X-Remote-Group')).toEqual(['system:masters']);

    await t.post(
      '/api/v1/namespaces/default/pods',
      pod('web', { metadata: { name: 'web', labels: { app: 'web' } } }),
    );
    await t.post('/api/v1/namespaces/default/pods', {
      ...pod('db'),
      spec: {
        containers: [
          { name: 'postgres', image: 'postgres:17' },
          { name: 'exporter', image: 'exporter:1' },
        ],
      },
    });
    await t.post('/api/v1/namespaces/kube-system/pods', pod('dns'));

    const usage = { cpu: '1m', memory: '4Ki' };
    const list = await eventually(
      () => t.get(`${metricsPath}/namespaces/default/pods`),
      (r) => r.status === 200,
    );
    expect(list.status).toBe(200);
    expect(list.headers['Content-Type']).toBe('application/json');
    expect(list.json).toEqual({
      kind: 'PodMetricsList',
      apiVersion: 'metrics.k8s.io/v1beta1',
      metadata: {},
      items: [
        {
          metadata: { name: 'db', namespace: 'default', creationTimestamp: now },
          timestamp: now,
          window: '30s',
          containers: [
            { name: 'postgres', usage },
            { name: 'exporter', usage },
          ],
        },
        {
          metadata: { name: 'web', namespace: 'default', creationTimestamp: now, labels: { app: 'web' } },
          timestamp: now,
          window: '30s',
          containers: [{ name: 'nginx', usage }],
        },
      ],
    });
    // Go's field order: TypeMeta, ListMeta, items; each item metadata, timestamp, window, containers
    expect(
      list.body.startsWith('{"kind":"PodMetricsList","apiVersion":"metrics.k8s.io/v1beta1","metadata":{},'),
    ).toBe(true);
    expect(list.body).toContain('"timestamp":"2025-08-27T10:00:00Z","window":"30s","containers":[');

    const all = await t.get(`${metricsPath}/pods`);
    expect((all.json['items'] as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual([
      'db',
      'web',
      'dns',
    ]);
    const selected = await t.get(`${metricsPath}/namespaces/default/pods?labelSelector=app%3Dweb`);
    expect((selected.json['items'] as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual([
      'web',
    ]);

    const one = await t.get(`${metricsPath}/namespaces/default/pods/web`);
    expect(one.json).toMatchObject({
      kind: 'PodMetrics',
      apiVersion: 'metrics.k8s.io/v1beta1',
      metadata: { name: 'web', namespace: 'default' },
      containers: [{ name: 'nginx', usage }],
    });
    expect((await t.get(`${metricsPath}/nodes`)).json).toEqual({
      kind: 'NodeMetricsList',
      apiVersion: 'metrics.k8s.io/v1beta1',
      metadata: {},
      items: [],
    });
  });

  it.each([
    [
      'a Pod that does not exist: the pod lister’s NotFound',
      'GET',
      `${metricsPath}/namespaces/default/pods/nope`,
      404,
      'pods "nope" not found',
    ],
    ['a Node (there are none)', 'GET', `${metricsPath}/nodes/node-1`, 404, 'node "node-1" not found'],
    [
      'a watch: PodMetrics storage is no Watcher',
      'GET',
      `${metricsPath}/namespaces/default/pods?watch=true`,
      405,
      'watch is not supported on resources of kind "pods.metrics.k8s.io"',
    ],
    [
      'a create: only get and list are routed',
      'POST',
      `${metricsPath}/namespaces/default/pods`,
      405,
      'the server does not allow this method on the requested resource',
    ],
    [
      'an unknown resource',
      'GET',
      `${metricsPath}/namespaces/default/deployments`,
      404,
      'the server could not find the requested resource',
    ],
  ])('refuses %s with the extension server’s Status', async (_name, method, path, code, message) => {
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': metricsServer } });
    await waitForReason(t, 'Passed');
    const r = await t.request(method, path, method === 'POST' ? pod('x') : undefined);
    expect(r.status).toBe(code);
    expect(r.json).toMatchObject({ kind: 'Status', status: 'Failure', message, code });
  });

  it('serves the discovery documents kubectl reads: resources get/list, and the group from the APIService', async () => {
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': metricsServer } });
    await waitForReason(t, 'Passed');
    expect((await t.get(metricsPath)).json).toEqual({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'metrics.k8s.io/v1beta1',
      resources: [
        { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
        { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
      ],
    });
    const gv = { groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' };
    expect((await t.get('/apis/metrics.k8s.io')).json).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'metrics.k8s.io',
      versions: [gv],
      preferredVersion: gv,
    });
  });

  it('passes the authenticated user as X-Remote-* headers, never the client’s credentials or spoofed headers', async () => {
    const { server, seen } = recording(metricsServer);
    const t = await setUp(
      {
        authentication: {
          tokens: [
            { token: 'admin-token', name: 'admin', groups: ['system:masters'] },
            { token: 'jane-token', name: 'jane', uid: '42', groups: ['developers'] },
          ],
          anonymous: false,
        },
        extensionServers: { 'kube-system/metrics-server': server },
      },
      { headers: { Authorization: 'Bearer admin-token' } },
    );
    // reading the APIService needs a token too
    const condition = await eventually(
      async () =>
        (
          (await t.get(`${apiservices}/v1beta1.metrics.k8s.io`, { Authorization: 'Bearer admin-token' }))
            .json['status'] as { conditions?: Condition[] }
        ).conditions?.[0],
      (c) => c?.reason === 'Passed',
    );
    expect(condition?.status).toBe('True');
    const r = await t.get(`${metricsPath}/namespaces/default/pods?limit=5&continue=`, {
      Authorization: 'Bearer jane-token',
      'X-Remote-User': 'system:admin',
      'X-Remote-Group': 'system:masters',
      'X-Remote-Extra-Scopes': 'everything',
    });
    expect(r.status).toBe(200);
    const proxied = seen.at(-1)!;
    expect(proxied.path).toBe(`${metricsPath}/namespaces/default/pods`);
    expect(proxied.header.get('X-Remote-User')).toBe('jane');
    expect(proxied.header.get('X-Remote-Uid')).toBe('42');
    expect(proxied.header.getAll('X-Remote-Group')).toEqual(['developers', 'system:authenticated']);
    expect(proxied.header.has('X-Remote-Extra-Scopes')).toBe(false);
    expect(proxied.header.has('Authorization')).toBe(false);
    expect(proxied.header.get('X-Forwarded-For')).toBe('127.0.0.1');

    // the aggregator's own filters still run first: no token, no proxying
    const before = seen.length;
    expect((await t.get(`${metricsPath}/namespaces/default/pods`)).status).toBe(401);
    expect(seen.length).toBe(before);
  });

  it('without the Service: ServiceNotFound and a plain-text 503; creating the Service makes it Passed', async () => {
    const t = await setUp(
      { extensionServers: { 'kube-system/metrics-server': metricsServer } },
      { withService: false },
    );
    expect(await waitForReason(t, 'ServiceNotFound')).toEqual({
      type: 'Available',
      status: 'False',
      lastTransitionTime: now,
      reason: 'ServiceNotFound',
      message: 'service/metrics-server in "kube-system" is not present',
    });
    const r = await t.get(`${metricsPath}/namespaces/default/pods`);
    expect(r.status).toBe(503);
    expect(r.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(r.body).toBe('service unavailable\n');

    // the controller watches Services: the APIService is rechecked once its Service appears
    expect((await t.post('/api/v1/namespaces/kube-system/services', metricsService())).status).toBe(201);
    expect(await waitForReason(t, 'Passed')).toMatchObject({ status: 'True' });
    const ok = await eventually(
      () => t.get(`${metricsPath}/namespaces/default/pods`),
      (x) => x.status === 200,
    );
    expect(ok.json['kind']).toBe('PodMetricsList');
  });

  it('without an extension server behind the Service: MissingEndpoints and 503 `service unavailable`', async () => {
    const t = await setUp({});
    expect(await waitForReason(t, 'MissingEndpoints')).toEqual({
      type: 'Available',
      status: 'False',
      lastTransitionTime: now,
      reason: 'MissingEndpoints',
      message:
        'endpointslices for service/metrics-server in "kube-system" have no addresses with port name "https"',
    });
    const r = await t.get(`${metricsPath}/namespaces/default/pods`);
    expect(r.status).toBe(503);
    expect(r.body).toBe('service unavailable\n');
  });

  it('a server whose discovery fails: FailedDiscoveryCheck with the URL of the Service’s ClusterIP', async () => {
    const broken: ExtensionServer = () => async (w) => httpError(w, 'boom', 500);
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': broken } });
    const svc = await t.get('/api/v1/namespaces/kube-system/services/metrics-server');
    const clusterIP = (svc.json['spec'] as { clusterIP: string }).clusterIP;
    const url = `https://${clusterIP}:443/apis/metrics.k8s.io/v1beta1`;
    expect(await waitForReason(t, 'FailedDiscoveryCheck')).toEqual({
      type: 'Available',
      status: 'False',
      lastTransitionTime: now,
      reason: 'FailedDiscoveryCheck',
      message: `failing or missing response from ${url}: bad status from ${url}: 500`,
    });
    expect((await t.get(`${metricsPath}/namespaces/default/pods`)).body).toBe('service unavailable\n');
  });

  it('a NodePort Service skips the endpoint check: with nothing listening the discovery GET is refused', async () => {
    const t = await newTestServer({});
    const created = await t.post(
      '/api/v1/namespaces/kube-system/services',
      metricsService({ type: 'NodePort' }),
    );
    expect(created.status).toBe(201);
    const clusterIP = (created.json['spec'] as { clusterIP: string }).clusterIP;
    await t.post(apiservices, metricsAPIService);
    const url = `https://${clusterIP}:443/apis/metrics.k8s.io/v1beta1`;
    expect((await waitForReason(t, 'FailedDiscoveryCheck'))?.message).toBe(
      `failing or missing response from ${url}: Get "${url}": dial tcp ${clusterIP}:443: connect: connection refused`,
    );
  });

  it('a backend that drops the connection: the proxy answers 503 with the error, in plain text', async () => {
    const flaky: ExtensionServer = (ctx) => {
      const real = metricsServer(ctx);
      return async (w, req: Request) => {
        if (req.path === metricsPath) return real(w, req);
        throw new Error('EOF');
      };
    };
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': flaky } });
    await waitForReason(t, 'Passed');
    const r = await eventually(
      () => t.get(`${metricsPath}/namespaces/default/pods`),
      (x) => x.body !== 'service unavailable\n',
    );
    expect(r.status).toBe(503);
    expect(r.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(r.body).toBe('EOF\n');
  });

  it('GET /apis lists metrics.k8s.io by its APIService priority (100), after a group with 1000', async () => {
    const t = await setUp({ extensionServers: { 'kube-system/metrics-server': metricsServer } });
    await t.post(apiservices, {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1.widgets.example.com' },
      spec: { group: 'widgets.example.com', version: 'v1', groupPriorityMinimum: 1000, versionPriority: 15 },
    });
    const groups = await eventually(
      async () => ((await t.get('/apis')).json['groups'] as { name: string }[]).map((g) => g.name),
      (g) => g.includes('widgets.example.com'),
    );
    expect(groups[0]).toBe('apiregistration.k8s.io');
    expect(groups.slice(-2)).toEqual(['widgets.example.com', 'metrics.k8s.io']);
  });
});

describe('setAuthProxyHeaders', () => {
  it.each([
    ['a plain user', { name: 'jane', groups: ['dev'] }, { 'X-Remote-User': 'jane', 'X-Remote-Group': 'dev' }],
    [
      'a user with a UID and two groups',
      { name: 'jane', uid: '42', groups: ['a', 'b'] },
      { 'X-Remote-User': 'jane', 'X-Remote-Uid': '42', 'X-Remote-Group': 'a, b' },
    ],
    [
      'extra keys %-escaped where a header name cannot hold them',
      { name: 'sa', groups: [], extra: { 'authentication.kubernetes.io/pod-name': ['p-1'] } },
      { 'X-Remote-User': 'sa', 'X-Remote-Extra-Authentication.kubernetes.io%2fpod-Name': 'p-1' },
    ],
  ])('%s', (_name, user, want) => {
    const h = new Header({
      'X-Remote-User': 'spoofed',
      'X-Remote-Extra-Foo': 'bar',
      Accept: 'application/json',
    });
    setAuthProxyHeaders(h, user);
    expect(h.toRecord()).toEqual({ Accept: 'application/json', ...want });
  });

  it.each([
    ['scopes', 'scopes'],
    ['example.com/a b', 'example.com%2Fa%20b'],
    ['100%', '100%25'],
    ['ü', '%C3%BC'],
  ])('headerKeyEscape(%j) = %j', (key, want) => {
    expect(headerKeyEscape(key)).toBe(want);
  });
});

describe('resolveCluster', () => {
  const svc = (spec: Service['spec']): Service => ({ metadata: { name: 'm', namespace: 'ns' }, spec });
  it.each([
    [
      'ClusterIP',
      svc({ type: 'ClusterIP', clusterIP: '10.96.0.9', ports: [{ port: 443 }] }),
      'https://10.96.0.9:443',
    ],
    [
      'NodePort',
      svc({ type: 'NodePort', clusterIP: '10.96.0.9', ports: [{ port: 443 }] }),
      'https://10.96.0.9:443',
    ],
    [
      'IPv6',
      svc({ type: 'ClusterIP', clusterIP: 'fd00::9', ports: [{ port: 443 }] }),
      'https://[fd00::9]:443',
    ],
    [
      'ExternalName',
      svc({ type: 'ExternalName', externalName: 'metrics.example.com' }),
      'https://metrics.example.com:443',
    ],
  ])('%s', async (_name, service, want) => {
    const e = await resolveCluster(async () => service, 'ns', 'm', 443);
    expect(`${e.scheme}://${e.host}`).toBe(want);
  });

  it.each([
    ['a missing Service', null, 'service "m" not found'],
    [
      'a headless Service',
      svc({ type: 'ClusterIP', clusterIP: 'None', ports: [{ port: 443 }] }),
      'cannot route to service with ClusterIP "None"',
    ],
    [
      'another port',
      svc({ type: 'ClusterIP', clusterIP: '10.96.0.9', ports: [{ port: 8443 }] }),
      'no service port 443 found for service "m"',
    ],
    ['no type', svc({}), 'unsupported service type ""'],
  ])('%s fails', async (_name, service, message) => {
    await expect(resolveCluster(async () => service, 'ns', 'm', 443)).rejects.toThrow(message);
  });
});
