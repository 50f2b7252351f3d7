// LimitRange and ResourceQuota as API objects: served at their paths with their short names, defaulted,
// validated with Go's messages, printed as Go's tables, and ResourceQuota's status kept apart from its spec.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestServer, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
});

const limitranges = '/api/v1/namespaces/default/limitranges';
const quotas = '/api/v1/namespaces/default/resourcequotas';
const asTable = { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' };

const limitRange = (name: string, limits: unknown[]) => ({
  apiVersion: 'v1',
  kind: 'LimitRange',
  metadata: { name },
  spec: { limits },
});
const quota = (name: string, hard: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'ResourceQuota',
  metadata: { name },
  spec: { hard },
  ...extra,
});

describe('LimitRange', () => {
  it('is created with the Container defaults filled in from max and default', async () => {
    const r = await t.post(
      limitranges,
      limitRange('cpu-limits', [{ type: 'Container', max: { cpu: '2' }, default: { memory: '512Mi' } }]),
    );
    expect(r.status).toBe(201);
    expect(r.json.spec).toEqual({
      limits: [
        {
          type: 'Container',
          max: { cpu: '2' },
          default: { cpu: '2', memory: '512Mi' },
          defaultRequest: { cpu: '2', memory: '512Mi' },
        },
      ],
    });
  });

  it('is listed as a Table with Name and Created At', async () => {
    const r = await t.get(limitranges, asTable);
    expect(r.status).toBe(200);
    expect(
      (r.json.columnDefinitions as { name: string; type: string }[]).map((c) => [c.name, c.type]),
    ).toEqual([
      ['Name', 'string'],
      ['Created At', 'date'],
    ]);
    const rows = r.json.rows as { cells: unknown[] }[];
    expect(rows.map((row) => row.cells)).toEqual([
      ['cpu-limits', expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)],
    ]);
  });

  it('is found by its short name in discovery', async () => {
    const r = await t.get('/api/v1');
    const res = (r.json.resources as { name: string; shortNames?: string[] }[]).find(
      (x) => x.name === 'limitranges',
    );
    expect(res?.shortNames).toEqual(['limits']);
  });

  it('is named by a UUID when created without a name', async () => {
    const r = await t.post(limitranges, {
      ...limitRange('', [{ type: 'Pod', max: { cpu: '4' } }]),
      metadata: {},
    });
    expect(r.status).toBe(201);
    const meta = r.json.metadata as { name: string; uid: string };
    expect(meta.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await t.get(`${limitranges}/${meta.name}`)).status).toBe(200);
    expect((await t.delete(`${limitranges}/${meta.name}`)).status).toBe(200);
  });

  it('answers 422 with Go’s message when min exceeds max, and stores nothing', async () => {
    const r = await t.post(
      limitranges,
      limitRange('bad', [{ type: 'Pod', min: { cpu: '2' }, max: { cpu: '1' } }]),
    );
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'LimitRange "bad" is invalid: spec.limits[0].min[cpu]: Invalid value: resource.Quantity{i:resource.int64Amount{value:2, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"2", Format:"DecimalSI"}: min value 2 is greater than max value 1',
    );
    expect(r.json.details).toMatchObject({ name: 'bad', kind: 'LimitRange' });
    expect((await t.get(`${limitranges}/bad`)).status).toBe(404);
  });

  it('answers 422 for an unknown limit type', async () => {
    const r = await t.post(limitranges, limitRange('bad', [{ type: 'Node', max: { cpu: '1' } }]));
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'LimitRange "bad" is invalid: spec.limits[0].type: Invalid value: "Node": must be a standard limit type or fully qualified',
    );
  });
});

describe('ResourceQuota', () => {
  it('is created with an empty status whatever the client sends, and warns about requests above limits', async () => {
    const r = await t.post(
      quotas,
      quota(
        'compute',
        { 'requests.cpu': '2', 'limits.cpu': '1', pods: '10' },
        { status: { hard: { pods: '1' }, used: { pods: '1' } } },
      ),
    );
    expect(r.status).toBe(201);
    expect(r.json.status).toEqual({});
    expect(r.headers.Warning).toBe(
      '299 - "ResourceQuota requests.cpu (2) should be less than limits.cpu (1)"',
    );
  });

  it('keeps its status on a spec update and its spec on a status update', async () => {
    const got = (await t.get(`${quotas}/compute`)).json;
    const withStatus = { ...got, status: { hard: { pods: '10' }, used: { pods: '3' } } };
    const s = await t.put(`${quotas}/compute/status`, withStatus);
    expect(s.status).toBe(200);
    expect(s.json.status).toEqual({ hard: { pods: '10' }, used: { pods: '3' } });

    const spec = { ...s.json, spec: { hard: { pods: '20' } }, status: {} };
    const u = await t.put(`${quotas}/compute`, spec);
    expect(u.status).toBe(200);
    expect(u.json.spec).toEqual({ hard: { pods: '20' } });
    expect(u.json.status).toEqual({ hard: { pods: '10' }, used: { pods: '3' } });
  });

  it('is listed as a Table: used/hard per resource, limits.* in the Limit column', async () => {
    await t.post(quotas, quota('objects', { configmaps: '5' }));
    const got = (await t.get(`${quotas}/objects`)).json;
    await t.put(`${quotas}/objects/status`, {
      ...got,
      status: {
        hard: { configmaps: '5', 'limits.memory': '1Gi', 'requests.memory': '512Mi' },
        used: { configmaps: '1' },
      },
    });
    const r = await t.get(`${quotas}/objects`, asTable);
    expect(r.status).toBe(200);
    expect((r.json.columnDefinitions as { name: string }[]).map((c) => c.name)).toEqual([
      'Name',
      'Age',
      'Request',
      'Limit',
    ]);
    expect((r.json.rows as { cells: unknown[] }[])[0]!.cells).toEqual([
      'objects',
      expect.any(String),
      'configmaps: 1/5, requests.memory: 0/512Mi',
      'limits.memory: 0/1Gi',
    ]);
  });

  it('answers 422 for a fractional count, conflicting scopes, a negative count and a non-quota resource', async () => {
    const r = await t.post(
      quotas,
      quota('bad', {}, { spec: { hard: { pods: '500m' }, scopes: ['BestEffort', 'NotBestEffort'] } }),
    );
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'ResourceQuota "bad" is invalid: [spec.hard[pods]: Invalid value: resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}: must be an integer, spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort", "NotBestEffort"}: conflicting scopes]',
    );
    const r2 = await t.post(quotas, quota('bad', { secrets: '-1', storage: '1Gi' }));
    expect(r2.status).toBe(422);
    expect(r2.json.message).toBe(
      'ResourceQuota "bad" is invalid: [spec.hard[secrets]: Invalid value: "-1": must be greater than or equal to 0, spec.hard[storage]: Invalid value: storage: must be a standard resource for quota]',
    );
    expect((await t.get(`${quotas}/bad`)).status).toBe(404);
  });

  it('is found by its short name, with a status subresource', async () => {
    const r = await t.get('/api/v1');
    const names = r.json.resources as { name: string; shortNames?: string[] }[];
    expect(names.find((x) => x.name === 'resourcequotas')?.shortNames).toEqual(['quota']);
    expect(names.some((x) => x.name === 'resourcequotas/status')).toBe(true);
  });
});
