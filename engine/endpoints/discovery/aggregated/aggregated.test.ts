// Aggregated discovery end to end: `/api` and `/apis` with kubectl's Accept header answer
// apidiscovery.k8s.io/v2 APIGroupDiscoveryList documents derived from the legacy ones, with ETag/304;
// without that Accept (or asking for v2beta1, gone in 1.34) the legacy documents are unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { metricsServer } from '../../../aggregator/examples/metrics_server';
import { studentCRD } from '../../../apiextensions/apis/apiextensions/testing';
import { newTestServer, type TestResponse, type TestServer } from '../../../testing/server';
import type { APIGroupDiscoveryList, APIResourceDiscovery, APIVersionDiscovery } from './types';

/** What kubectl 1.33 sends for /api and /apis. */
const kubectlAccept =
  'application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,' +
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,' +
  'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
const v2ContentType = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

const doc = (r: TestResponse) => r.json as unknown as APIGroupDiscoveryList;
const names = (r: TestResponse) => doc(r).items.map((g) => g.metadata.name ?? '');
const version = (r: TestResponse, group: string, v = 'v1'): APIVersionDiscovery | undefined =>
  doc(r)
    .items.find((g) => (g.metadata.name ?? '') === group)
    ?.versions?.find((x) => x.version === v);
const resource = (r: TestResponse, group: string, name: string, v = 'v1'): APIResourceDiscovery | undefined =>
  version(r, group, v)?.resources?.find((x) => x.resource === name);
const verbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await probe();
  for (let i = 0; i < 100 && !ok(v); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    v = await probe();
  }
  return v;
}

describe('aggregated discovery (apidiscovery.k8s.io/v2)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await newTestServer();
  });

  it('GET /api: the core group (no name) with v1, Current, and pods with its subresources', async () => {
    const r = await t.get('/api', { Accept: kubectlAccept });
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe(v2ContentType);
    expect(r.headers['Vary']).toBe('Accept');
    expect(r.headers['Cache-Control']).toBe('public');
    expect(r.headers['Etag']).toMatch(/^"[0-9A-F]{128}"$/);
    expect(
      r.body.startsWith(
        '{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1","resources":[',
      ),
    ).toBe(true);
    expect(doc(r).items).toHaveLength(1);
    expect(version(r, '')?.freshness).toBe('Current');
    expect(resource(r, '', 'pods')).toEqual({
      resource: 'pods',
      responseKind: { group: '', version: '', kind: 'Pod' },
      scope: 'Namespaced',
      singularResource: 'pod',
      verbs,
      shortNames: ['po'],
      categories: ['all'],
      subresources: expect.any(Array),
    });
    const subresources = resource(r, '', 'pods')!.subresources!;
    const byName = Object.fromEntries(subresources.map((s) => [s.subresource, s]));
    expect(byName['status']).toEqual({
      subresource: 'status',
      responseKind: { group: '', version: '', kind: 'Pod' },
      verbs: ['get', 'patch', 'update'],
    });
    expect(byName['binding']).toEqual({
      subresource: 'binding',
      responseKind: { group: '', version: '', kind: 'Binding' },
      verbs: ['create'],
    });
    expect(byName['log']).toMatchObject({ subresource: 'log', verbs: ['get'] });
    // cluster-scoped resources say so
    expect(resource(r, '', 'namespaces')).toMatchObject({ scope: 'Cluster', shortNames: ['ns'] });
  });

  it('says the same as the legacy /api/v1: every resource and subresource, verbs and names', async () => {
    const agg = await t.get('/api', { Accept: kubectlAccept });
    const legacy = (await t.get('/api/v1')).json['resources'] as {
      name: string;
      singularName: string;
      namespaced: boolean;
      kind: string;
      verbs: string[];
      shortNames?: string[];
    }[];
    const flattened = (version(agg, '')?.resources ?? []).flatMap((r) => [
      {
        name: r.resource,
        singularName: r.singularResource,
        namespaced: r.scope === 'Namespaced',
        kind: r.responseKind!.kind,
        verbs: r.verbs,
        ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      },
      ...(r.subresources ?? []).map((s) => ({
        name: `${r.resource}/${s.subresource}`,
        singularName: '',
        namespaced: r.scope === 'Namespaced',
        kind: s.responseKind!.kind,
        verbs: s.verbs,
      })),
    ]);
    const strip = legacy.map(({ name, singularName, namespaced, kind, verbs: v, shortNames }) => ({
      name,
      singularName,
      namespaced,
      kind,
      verbs: v,
      ...(shortNames ? { shortNames } : {}),
    }));
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    expect(flattened.sort(byName)).toEqual(strip.sort(byName));
  });

  it('GET /apis: apiregistration.k8s.io first, then the legacy /apis order; no core group', async () => {
    const r = await t.get('/apis', { Accept: kubectlAccept });
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe(v2ContentType);
    const legacy = ((await t.get('/apis')).json['groups'] as { name: string }[]).map((g) => g.name);
    expect(names(r)).toEqual(legacy);
    expect(names(r)[0]).toBe('apiregistration.k8s.io');
    expect(names(r)).not.toContain('');
  });

  it('apps/v1: deployments with scale (autoscaling/v1 Scale) and status; built-ins leave group and version empty', async () => {
    const r = await t.get('/apis', { Accept: kubectlAccept });
    const apps = doc(r).items.find((g) => g.metadata.name === 'apps')!;
    expect(apps.metadata).toEqual({ name: 'apps', creationTimestamp: null });
    expect(apps.versions!.map((v) => [v.version, v.freshness])).toEqual([['v1', 'Current']]);
    expect(resource(r, 'apps', 'deployments')).toEqual({
      resource: 'deployments',
      responseKind: { group: '', version: '', kind: 'Deployment' },
      scope: 'Namespaced',
      singularResource: 'deployment',
      verbs,
      shortNames: ['deploy'],
      categories: ['all'],
      subresources: [
        {
          subresource: 'scale',
          responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
          verbs: ['get', 'patch', 'update'],
        },
        {
          subresource: 'status',
          responseKind: { group: '', version: '', kind: 'Deployment' },
          verbs: ['get', 'patch', 'update'],
        },
      ],
    });
  });

  it('If-None-Match with the ETag: 304, no body; a different tag gets the document', async () => {
    const first = await t.get('/apis', { Accept: kubectlAccept });
    const etag = first.headers['Etag']!;
    const again = await t.get('/apis', { Accept: kubectlAccept, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['Etag']).toBe(etag);
    const other = await t.get('/apis', { Accept: kubectlAccept, 'If-None-Match': '"0"' });
    expect(other.status).toBe(200);
    expect(other.body).toBe(first.body);
    // /api has its own document and tag
    expect((await t.get('/api', { Accept: kubectlAccept })).headers['Etag']).not.toBe(etag);
  });

  it.each([
    ['no Accept', undefined, 'application/json', 'APIGroupList'],
    ['plain JSON', 'application/json', 'application/json', 'APIGroupList'],
    [
      'v2beta1 only (removed by default in 1.34) falls to JSON',
      'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json',
      'application/json',
      'APIGroupList',
    ],
    [
      'v2 after plain JSON: the first acceptable clause wins',
      'application/json,application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
      'application/json',
      'APIGroupList',
    ],
    [
      'a Table is no discovery transform',
      'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      'application/json',
      'APIGroupList',
    ],
    [
      'v2 alone',
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
      v2ContentType,
      'APIGroupDiscoveryList',
    ],
    [
      'v2 as YAML',
      'application/yaml;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
      'application/yaml;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
      null,
    ],
  ])('/apis with %s', async (_name, accept, contentType, kind) => {
    const r = await t.get('/apis', accept ? { Accept: accept } : {});
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe(contentType);
    if (kind) expect(r.json['kind']).toBe(kind);
    else expect(r.body).toMatch(/^apiVersion: apidiscovery.k8s.io\/v2\nitems:\n/);
    if (kind === 'APIGroupList') expect(r.headers['Etag']).toBeUndefined();
  });

  it('/api asking only for v2beta1 is left to the legacy handler: no aggregated document, no ETag', async () => {
    const r = await t.get('/api', {
      Accept: 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList',
    });
    expect(r.json['kind']).not.toBe('APIGroupDiscoveryList');
    expect(r.headers['Etag']).toBeUndefined();
  });

  it('built-in priorities come from the start-up table: editing v1.apps reorders the legacy /apis only', async () => {
    const s = await newTestServer();
    const path = '/apis/apiregistration.k8s.io/v1/apiservices/v1.apps';
    const patched = await s.patch(
      path,
      { spec: { groupPriorityMinimum: 1 } },
      'application/merge-patch+json',
    );
    expect(patched.status).toBe(200);
    const legacy = await eventually(
      async () => ((await s.get('/apis')).json['groups'] as { name: string }[]).map((g) => g.name),
      (g) => g.at(-1) === 'apps',
    );
    expect(legacy.at(-1)).toBe('apps');
    expect(names(await s.get('/apis', { Accept: kubectlAccept }))[1]).toBe('apps');
  });

  it('a CRD group appears once Established: full responseKind, status subresource, priority 1000 last', async () => {
    const before = await t.get('/apis', { Accept: kubectlAccept });
    const crd = studentCRD({
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          subresources: { status: {} },
        },
        {
          name: 'v1beta1',
          served: true,
          storage: false,
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        },
      ],
    });
    expect((await t.post('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd)).status).toBe(201);
    const after = await eventually(
      () => t.get('/apis', { Accept: kubectlAccept }),
      (r) => names(r).includes('duyanghao.example.com'),
    );
    expect(names(after)).toEqual([...names(before), 'duyanghao.example.com']);
    const group = doc(after).items.at(-1)!;
    expect(group.versions!.map((v) => v.version)).toEqual(['v1', 'v1beta1']);
    expect(resource(after, 'duyanghao.example.com', 'students')).toEqual({
      resource: 'students',
      responseKind: { group: 'duyanghao.example.com', version: 'v1', kind: 'Student' },
      scope: 'Namespaced',
      singularResource: 'student',
      verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
      shortNames: ['stu'],
      subresources: [
        {
          subresource: 'status',
          responseKind: { group: 'duyanghao.example.com', version: 'v1', kind: 'Student' },
          verbs: ['get', 'patch', 'update'],
        },
      ],
    });
    expect(resource(after, 'duyanghao.example.com', 'students', 'v1beta1')?.responseKind).toEqual({
      group: 'duyanghao.example.com',
      version: 'v1beta1',
      kind: 'Student',
    });
    // the document changed, so did its tag
    expect(after.headers['Etag']).not.toBe(before.headers['Etag']);
    const stale = await t.get('/apis', { Accept: kubectlAccept, 'If-None-Match': before.headers['Etag']! });
    expect(stale.status).toBe(200);
  });
});

describe('aggregated discovery with a remote APIService', () => {
  const apiservices = '/apis/apiregistration.k8s.io/v1/apiservices';
  const metricsAPIService = {
    apiVersion: 'apiregistration.k8s.io/v1',
    kind: 'APIService',
    metadata: { name: 'v1beta1.metrics.k8s.io' },
    spec: {
      group: 'metrics.k8s.io',
      version: 'v1beta1',
      groupPriorityMinimum: 100,
      versionPriority: 100,
      insecureSkipTLSVerify: true,
      service: { name: 'metrics-server', namespace: 'kube-system' },
    },
  };
  const metricsService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'metrics-server', namespace: 'kube-system' },
    spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }] },
  };

  it('a server that answers: its resources (from its legacy list), Current, by APIService priority', async () => {
    const t = await newTestServer({ extensionServers: { 'kube-system/metrics-server': metricsServer } });
    expect((await t.post('/api/v1/namespaces/kube-system/services', metricsService)).status).toBe(201);
    expect((await t.post(apiservices, metricsAPIService)).status).toBe(201);
    const r = await eventually(
      () => t.get('/apis', { Accept: kubectlAccept }),
      (x) => version(x, 'metrics.k8s.io', 'v1beta1')?.freshness === 'Current',
    );
    expect(names(r).at(-1)).toBe('metrics.k8s.io');
    expect(version(r, 'metrics.k8s.io', 'v1beta1')).toEqual({
      version: 'v1beta1',
      resources: [
        {
          resource: 'nodes',
          responseKind: { group: '', version: '', kind: 'NodeMetrics' },
          scope: 'Cluster',
          singularResource: '',
          verbs: ['get', 'list'],
        },
        {
          resource: 'pods',
          responseKind: { group: '', version: '', kind: 'PodMetrics' },
          scope: 'Namespaced',
          singularResource: '',
          verbs: ['get', 'list'],
        },
      ],
      freshness: 'Current',
    });
  });

  it('a server nobody can reach: the version is listed without resources, Stale', async () => {
    const t = await newTestServer({});
    expect((await t.post(apiservices, metricsAPIService)).status).toBe(201);
    const r = await eventually(
      () => t.get('/apis', { Accept: kubectlAccept }),
      (x) => names(x).includes('metrics.k8s.io'),
    );
    expect(version(r, 'metrics.k8s.io', 'v1beta1')).toEqual({ version: 'v1beta1', freshness: 'Stale' });
  });
});
