// Checklist items 2 and 10: how the chain falls through, and the discovery documents' exact shapes.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestServer, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
});

describe('fall-through', () => {
  it('answers an unknown API group with the plain-text 404 of the end of the chain', async () => {
    const r = await t.get('/apis/nosuch.example.com/v1/foos');
    expect(r.status).toBe(404);
    expect(r.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(r.body).toBe('404 page not found\n');
  });

  it("answers an unknown resource inside /api/v1 with go-restful's Status 404", async () => {
    const r = await t.get('/api/v1/foos');
    expect(r.status).toBe(404);
    expect(r.body).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}\n',
    );
  });

  it('answers a method a route does not have with 405', async () => {
    const r = await t.request('PUT', '/api/v1/namespaces/default/pods', {});
    expect(r.status).toBe(405);
    expect(r.json).toMatchObject({
      reason: 'MethodNotAllowed',
      message: 'the server does not allow this method on the requested resource',
    });
  });
});

describe('discovery documents', () => {
  it('/api has no apiVersion and always lists serverAddressByClientCIDRs', async () => {
    const r = await t.get('/api');
    expect(r.json).toEqual({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '10.0.0.1:6443' }],
    });
    expect(Object.keys(r.json)[0]).toBe('kind');
  });

  it('/api/v1 has no apiVersion; pods come with sorted verbs, short names and categories', async () => {
    const r = await t.get('/api/v1');
    expect(r.json.apiVersion).toBeUndefined();
    expect(r.json.groupVersion).toBe('v1');
    const resources = r.json.resources as { name: string; verbs: string[]; [k: string]: unknown }[];
    const pods = resources.find((x) => x.name === 'pods')!;
    expect(pods).toEqual({
      name: 'pods',
      singularName: 'pod',
      namespaced: true,
      kind: 'Pod',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['po'],
      categories: ['all'],
      storageVersionHash: expect.any(String),
    });
    expect(resources.find((x) => x.name === 'pods/status')).toEqual({
      name: 'pods/status',
      singularName: '',
      namespaced: true,
      kind: 'Pod',
      verbs: ['get', 'patch', 'update'],
    });
    const names = resources.map((x) => x.name);
    expect(names).toEqual([...names].sort());
    for (const res of resources) expect(res.verbs).toEqual([...res.verbs].sort());
  });

  it('/apis/apps/v1 carries apiVersion and deployments/scale speaks autoscaling/v1 Scale', async () => {
    const r = await t.get('/apis/apps/v1');
    expect(r.json.kind).toBe('APIResourceList');
    expect(r.json.apiVersion).toBe('v1');
    expect(r.json.groupVersion).toBe('apps/v1');
    const scale = (r.json.resources as Record<string, unknown>[]).find((x) => x.name === 'deployments/scale');
    expect(scale).toEqual({
      name: 'deployments/scale',
      singularName: '',
      namespaced: true,
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
      verbs: ['get', 'patch', 'update'],
    });
  });

  it('/apis carries apiVersion, lists groups in priority order and never the core group', async () => {
    const r = await t.get('/apis');
    expect(r.json.kind).toBe('APIGroupList');
    expect(r.json.apiVersion).toBe('v1');
    const names = (r.json.groups as { name: string }[]).map((g) => g.name);
    expect(names).not.toContain('');
    expect(names).toContain('apps');
  });

  it('does not serve apps/v1beta1 unless the server option asks for it', async () => {
    expect((await t.get('/apis/apps/v1beta1')).status).toBe(404);
    const legacy = await newTestServer({ serveAppsV1beta1: true });
    const r = await legacy.get('/apis/apps/v1beta1');
    expect(r.status).toBe(200);
    expect((r.json.resources as { name: string }[]).map((x) => x.name)).toContain('deployments');
  });

  it('/version reports v1.34.0', async () => {
    const r = await t.get('/version');
    expect(r.json).toMatchObject({ major: '1', minor: '34', gitVersion: 'v1.34.0' });
  });
});

describe('storageVersionHash', () => {
  const hashes = async (path: string) => {
    const r = await t.get(path);
    const resources = (r.json as { resources: { name: string; storageVersionHash?: string }[] }).resources;
    return Object.fromEntries(resources.map((x) => [x.name, x.storageVersionHash ?? null]));
  };

  it('is given for stored resources only: not for bindings, reviews or subresources', async () => {
    const core = await hashes('/api/v1');
    expect(core.pods).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(core.services).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(core.bindings).toBeNull();
    expect(core['pods/status']).toBeNull();
    const authz = await hashes('/apis/authorization.k8s.io/v1');
    expect(authz.selfsubjectaccessreviews).toBeNull();
    expect(authz.subjectaccessreviews).toBeNull();
  });
});
