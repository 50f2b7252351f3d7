// Serving custom resources (fact sheet §10): a CRD's objects through the generic handlers, with pruning,
// defaults, validation, the Table, /status and /scale, a second version, discovery, the etcd value, and the
// finalizer that deletes them all. The CRDs come from an in-test source: the CRD API and its naming and
// establishing controllers are tested where they live.
import { describe, expect, it } from 'vitest';
import type { CustomResourceDefinition } from '../apiextensions/apis/apiextensions/types';
import { CustomResourceCleanupFinalizer } from '../apiextensions/apis/apiextensions/types';
import type { CRDLister } from '../apiextensions/apiserver/crd_lister';
import { CRDFinalizer } from '../apiextensions/controller/finalizer/crd_finalizer';
import { newTestServer, type TestServer } from '../testing/server';

const schema = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        cronSpec: { type: 'string' },
        image: { type: 'string' },
        replicas: { type: 'integer', default: 1 },
      },
    },
    status: {
      type: 'object',
      properties: { replicas: { type: 'integer' }, labelSelector: { type: 'string' } },
    },
  },
};

function cronTabCRD(): CustomResourceDefinition {
  const version = (name: string, storage: boolean, served = true) => ({
    name,
    served,
    storage,
    schema: { openAPIV3Schema: schema },
    subresources: {
      status: {},
      scale: {
        specReplicasPath: '.spec.replicas',
        statusReplicasPath: '.status.replicas',
        labelSelectorPath: '.status.labelSelector',
      },
    },
    additionalPrinterColumns: [
      { name: 'Spec', type: 'string', jsonPath: '.spec.cronSpec' },
      { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
      { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
    ],
  });
  const names = {
    plural: 'crontabs',
    singular: 'crontab',
    kind: 'CronTab',
    listKind: 'CronTabList',
    shortNames: ['ct'],
    categories: ['all'],
  };
  return {
    metadata: { name: 'crontabs.stable.example.com', uid: 'crd-uid-1', resourceVersion: '1' },
    spec: {
      group: 'stable.example.com',
      names,
      scope: 'Namespaced',
      versions: [version('v1', true), version('v1beta1', false), version('v2', false, false)],
    },
    status: {
      conditions: [
        { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found' },
        {
          type: 'Established',
          status: 'True',
          reason: 'InitialNamesAccepted',
          message: 'the initial names have been accepted',
        },
      ],
      acceptedNames: names,
      storedVersions: ['v1'],
    },
  } as CustomResourceDefinition;
}

/** A CRD source the test controls, in place of the CRD registry. */
class FakeCRDs implements CRDLister {
  readonly crds = new Map<string, CustomResourceDefinition>();
  async get(name: string) {
    return this.crds.get(name);
  }
  async list() {
    return [...this.crds.values()];
  }
}

async function setup(): Promise<{
  t: TestServer;
  crds: FakeCRDs;
  handler: ReturnType<TestServer['server']['apiExtensions']['serveCustomResources']>;
}> {
  const t = await newTestServer();
  const crds = new FakeCRDs();
  crds.crds.set('crontabs.stable.example.com', cronTabCRD());
  let uid = 0;
  const handler = t.server.apiExtensions.serveCustomResources({
    crdLister: crds,
    client: t.server.etcd,
    prefix: '/registry',
    env: {
      now: () => new Date('2025-08-27T10:00:00Z'),
      uid: () => `cr-uid-${++uid}`,
      random: () => 0.5,
    },
  });
  return { t, crds, handler };
}

const base = '/apis/stable.example.com/v1/namespaces/default/crontabs';
const cronTab = (
  name: string,
  spec: Record<string, unknown> = { cronSpec: '* * * * */5', image: 'my-cron' },
) => ({
  apiVersion: 'stable.example.com/v1',
  kind: 'CronTab',
  metadata: { name },
  spec,
});

describe('custom resources', () => {
  it('are created with schema defaults, stored as JSON under /registry/<group>/<plural>, and read back', async () => {
    const { t } = await setup();
    const r = await t.post(base, cronTab('my-new-cron-object'));
    expect(r.status).toBe(201);
    expect(r.json).toEqual({
      apiVersion: 'stable.example.com/v1',
      kind: 'CronTab',
      metadata: {
        name: 'my-new-cron-object',
        namespace: 'default',
        uid: 'cr-uid-1',
        resourceVersion: r.json.metadata && (r.json.metadata as { resourceVersion: string }).resourceVersion,
        generation: 1,
        creationTimestamp: '2025-08-27T10:00:00Z',
      },
      spec: { cronSpec: '* * * * */5', image: 'my-cron', replicas: 1 },
    });
    const stored = t.server
      .etcdDump()
      .find((kv) => kv.key === '/registry/stable.example.com/crontabs/default/my-new-cron-object');
    expect(stored?.value).toBe(
      '{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"creationTimestamp":"2025-08-27T10:00:00Z","generation":1,"name":"my-new-cron-object","namespace":"default","uid":"cr-uid-1"},"spec":{"cronSpec":"* * * * */5","image":"my-cron","replicas":1}}\n',
    );
    const got = await t.get(`${base}/my-new-cron-object`);
    expect(got.status).toBe(200);
    expect(got.json).toEqual(r.json);
    const list = await t.get(base);
    expect(list.json.kind).toBe('CronTabList');
    expect(list.json.apiVersion).toBe('stable.example.com/v1');
    expect((list.json.items as unknown[]).length).toBe(1);
    // across all namespaces
    const all = await t.get('/apis/stable.example.com/v1/crontabs');
    expect((all.json.items as unknown[]).length).toBe(1);
  });

  it('prune unknown fields: a warning by default, a 400 under fieldValidation=Strict, silence under Ignore', async () => {
    const { t } = await setup();
    const body = cronTab('extra', { cronSpec: '*', foo: 'bar' }) as Record<string, unknown>;
    body.bogus = true;
    const warn = await t.post(base, body);
    expect(warn.status).toBe(201);
    expect(warn.headers['Warning']).toBe(
      '299 - "unknown field \\"bogus\\"", 299 - "unknown field \\"spec.foo\\""',
    );
    expect((warn.json.spec as Record<string, unknown>).foo).toBeUndefined();
    expect(warn.json.bogus).toBeUndefined();

    const strict = await t.post(`${base}?fieldValidation=Strict`, { ...body, metadata: { name: 'strict' } });
    expect(strict.status).toBe(400);
    expect(strict.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'CronTab in version "v1" cannot be handled as a CronTab: strict decoding error: unknown field "bogus", unknown field "spec.foo"',
      reason: 'BadRequest',
      code: 400,
    });
    expect((await t.get(`${base}/strict`)).status).toBe(404);

    const ignore = await t.post(`${base}?fieldValidation=Ignore`, { ...body, metadata: { name: 'ignored' } });
    expect(ignore.status).toBe(201);
    expect(ignore.headers['Warning']).toBeUndefined();
    expect(ignore.json.spec).toEqual({ cronSpec: '*', replicas: 1 });
  });

  it('refuses an object the schema rejects with 422 and the field errors, and stores nothing', async () => {
    const { t } = await setup();
    const r = await t.post(base, cronTab('bad', { cronSpec: 5 }));
    expect(r.status).toBe(422);
    expect(r.json.reason).toBe('Invalid');
    expect((r.json.details as Record<string, unknown>).kind).toBe('CronTab');
    expect((r.json.details as Record<string, unknown>).group).toBe('stable.example.com');
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'CronTab.stable.example.com "bad" is invalid: spec.cronSpec: Invalid value: "integer": spec.cronSpec in body must be of type string: "integer"',
      reason: 'Invalid',
      details: {
        name: 'bad',
        group: 'stable.example.com',
        kind: 'CronTab',
        causes: [
          {
            reason: 'FieldValueTypeInvalid',
            message: 'Invalid value: "integer": spec.cronSpec in body must be of type string: "integer"',
            field: 'spec.cronSpec',
          },
        ],
      },
      code: 422,
    });
    expect((await t.get(`${base}/bad`)).status).toBe(404);
  });

  it('update needs a resourceVersion, keeps status, and bumps generation on a spec change', async () => {
    const { t } = await setup();
    const created = (await t.post(base, cronTab('u'))).json;
    const noRV = await t.put(`${base}/u`, cronTab('u', { cronSpec: 'x' }));
    expect(noRV.status).toBe(422);
    expect(noRV.json.message).toBe(
      'CronTab.stable.example.com "u" is invalid: metadata.resourceVersion: Invalid value: 0: must be specified for an update',
    );
    const body = { ...created, spec: { cronSpec: 'x', image: 'i', replicas: 2 }, status: { replicas: 9 } };
    const r = await t.put(`${base}/u`, body);
    expect(r.status).toBe(200);
    expect((r.json.metadata as Record<string, unknown>).generation).toBe(2);
    expect(r.json.status).toBeUndefined(); // the status subresource owns status
  });

  it('patch with JSON patch and merge patch; strategic merge patch is 415', async () => {
    const { t } = await setup();
    await t.post(base, cronTab('p'));
    const merge = await t.patch(`${base}/p`, { spec: { image: 'new' } }, 'application/merge-patch+json');
    expect(merge.status).toBe(200);
    expect((merge.json.spec as Record<string, unknown>).image).toBe('new');
    const json = await t.patch(
      `${base}/p`,
      [{ op: 'replace', path: '/spec/cronSpec', value: '1 * * * *' }],
      'application/json-patch+json',
    );
    expect(json.status).toBe(200);
    expect((json.json.spec as Record<string, unknown>).cronSpec).toBe('1 * * * *');
    const smp = await t.patch(
      `${base}/p`,
      { spec: { image: 'x' } },
      'application/strategic-merge-patch+json',
    );
    expect(smp.status).toBe(415);
    expect(smp.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json',
      reason: 'UnsupportedMediaType',
      code: 415,
    });
  });

  it('delete answers a Success Status; deletecollection the deleted list', async () => {
    const { t } = await setup();
    await t.post(base, cronTab('a'));
    await t.post(base, cronTab('b'));
    const del = await t.delete(`${base}/a`);
    expect(del.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: 'a', group: 'stable.example.com', kind: 'crontabs', uid: 'cr-uid-1' },
    });
    const missing = await t.get(`${base}/a`);
    expect(missing.json.message).toBe('crontabs.stable.example.com "a" not found');
    const coll = await t.delete(base);
    expect(coll.status).toBe(200);
    expect(coll.json.kind).toBe('CronTabList');
    expect((coll.json.items as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual(['b']);
    expect(t.server.etcdDump().filter((kv) => kv.key.startsWith('/registry/stable.example.com/'))).toEqual(
      [],
    );
  });

  it('print a Table with Name and the printer columns', async () => {
    const { t } = await setup();
    await t.post(base, cronTab('tbl'));
    const r = await t.get(base, { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' });
    expect(r.status).toBe(200);
    const cols = (r.json.columnDefinitions as { name: string; type: string }[]).map(
      (c) => `${c.name}:${c.type}`,
    );
    expect(cols).toEqual(['Name:string', 'Spec:string', 'Replicas:integer', 'Age:date']);
    expect((r.json.rows as { cells: unknown[] }[])[0]!.cells).toEqual(['tbl', '* * * * */5', 1, '0s']);
  });

  it('serve /status and /scale for the versions that define them', async () => {
    const { t } = await setup();
    await t.post(base, cronTab('s'));
    const cur = (await t.get(`${base}/s`)).json;
    const st = await t.put(`${base}/s/status`, {
      ...cur,
      spec: { cronSpec: 'ignored' },
      status: { replicas: 3, labelSelector: 'app=cron' },
    });
    expect(st.status).toBe(200);
    expect(st.json.status).toEqual({ replicas: 3, labelSelector: 'app=cron' });
    expect((st.json.spec as Record<string, unknown>).cronSpec).toBe('* * * * */5');
    const scale = await t.get(`${base}/s/scale`);
    expect(scale.json).toEqual({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: 's',
        namespace: 'default',
        uid: 'cr-uid-1',
        resourceVersion: (st.json.metadata as Record<string, unknown>).resourceVersion,
        creationTimestamp: '2025-08-27T10:00:00Z',
      },
      spec: { replicas: 1 },
      status: { replicas: 3, selector: 'app=cron' },
    });
    const scaled = await t.patch(
      `${base}/s/scale`,
      { spec: { replicas: 5 } },
      'application/merge-patch+json',
    );
    expect(scaled.status).toBe(200);
    expect((scaled.json.spec as Record<string, unknown>).replicas).toBe(5);
    expect(((await t.get(`${base}/s`)).json.spec as Record<string, unknown>).replicas).toBe(5);
    const other = await t.get(`${base}/s/log`);
    expect(other.status).toBe(404);
    expect(other.json.message).toBe('crontabs.stable.example.com "s" not found');
  });

  it('serve a second version as the same object with its own apiVersion; an unserved one falls through', async () => {
    const { t } = await setup();
    await t.post(base, cronTab('v'));
    const beta = await t.get('/apis/stable.example.com/v1beta1/namespaces/default/crontabs/v');
    expect(beta.status).toBe(200);
    expect(beta.json.apiVersion).toBe('stable.example.com/v1beta1');
    expect(beta.json.spec).toEqual({ cronSpec: '* * * * */5', image: 'my-cron', replicas: 1 });
    const v2 = await t.get('/apis/stable.example.com/v2/namespaces/default/crontabs/v');
    expect(v2.status).toBe(404);
    expect(v2.body).toBe('404 page not found\n');
    // cluster-scoped path for a namespaced CRD: not a list, so not ours
    const wrongScope = await t.get('/apis/stable.example.com/v1/crontabs/v');
    expect(wrongScope.body).toBe('404 page not found\n');
    const unknown = await t.get('/apis/stable.example.com/v1/namespaces/default/nosuch');
    expect(unknown.body).toBe('404 page not found\n');
  });

  it('answer group and version discovery for the CRD group', async () => {
    const { t } = await setup();
    const group = await t.get('/apis/stable.example.com');
    expect(group.json).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'stable.example.com',
      versions: [
        { groupVersion: 'stable.example.com/v1', version: 'v1' },
        { groupVersion: 'stable.example.com/v1beta1', version: 'v1beta1' },
      ],
      preferredVersion: { groupVersion: 'stable.example.com/v1', version: 'v1' },
    });
    const version = await t.get('/apis/stable.example.com/v1');
    expect(version.json.kind).toBe('APIResourceList');
    expect(version.json.groupVersion).toBe('stable.example.com/v1');
    expect(version.json.resources).toEqual([
      {
        name: 'crontabs',
        singularName: 'crontab',
        namespaced: true,
        kind: 'CronTab',
        verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
        shortNames: ['ct'],
        categories: ['all'],
        storageVersionHash: expect.any(String) as unknown as string,
      },
      {
        name: 'crontabs/status',
        singularName: '',
        namespaced: true,
        kind: 'CronTab',
        verbs: ['get', 'patch', 'update'],
      },
      {
        name: 'crontabs/scale',
        singularName: '',
        namespaced: true,
        group: 'autoscaling',
        version: 'v1',
        kind: 'Scale',
        verbs: ['get', 'patch', 'update'],
      },
    ]);
    expect((await t.get('/apis/stable.example.com/v2')).body).toBe('404 page not found\n');
  });

  it('when the CRD is deleted, the finalizer deletes its custom resources and serving stops', async () => {
    const { t, crds, handler } = await setup();
    await t.post(base, cronTab('f1'));
    await t.post('/apis/stable.example.com/v1/namespaces/kube-system/crontabs', cronTab('f2'));
    const crd = crds.crds.get('crontabs.stable.example.com')!;
    crd.metadata!.deletionTimestamp = '2025-08-27T10:00:00Z';
    crd.metadata!.finalizers = [CustomResourceCleanupFinalizer];
    const written: CustomResourceDefinition[] = [];
    const finalizer = new CRDFinalizer(
      crds,
      {
        updateStatus: async (c) => {
          written.push(JSON.parse(JSON.stringify(c)) as CustomResourceDefinition);
          if ((c.metadata?.finalizers ?? []).length === 0) crds.crds.delete(c.metadata!.name!);
          else crds.crds.set(c.metadata!.name!, c);
          return c;
        },
      },
      (c) => handler.customResourceStore(c),
      () => new Date('2025-08-27T10:00:00Z'),
    );
    // a terminating CRD takes no creates
    crd.status!.conditions!.push({ type: 'Terminating', status: 'True' });
    const refused = await t.post(base, cronTab('late'));
    expect(refused.status).toBe(405);
    expect(refused.json.message).toBe('create not allowed while custom resource definition is terminating');

    await finalizer.sync();
    expect(written.map((c) => c.status!.conditions!.find((x) => x.type === 'Terminating')!.reason)).toEqual([
      'InstanceDeletionInProgress',
      'InstanceDeletionCompleted',
    ]);
    expect(written[1]!.metadata!.finalizers).toEqual([]);
    expect(t.server.etcdDump().filter((kv) => kv.key.startsWith('/registry/stable.example.com/'))).toEqual(
      [],
    );
    expect((await t.get(`${base}/f1`)).body).toBe('404 page not found\n');
  });
});
