// Checklist item 5: optimistic concurrency on PUT, no-op updates, PATCH and DELETE.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain } from '../index';
import { newTestServer, pod, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
});

const pods = '/api/v1/namespaces/default/pods';
type Obj = Record<string, unknown> & { metadata: Record<string, unknown> };

describe('PUT', () => {
  it('rejects a stale resourceVersion with 409 Conflict and the optimistic-lock message', async () => {
    const created = (await t.post(pods, pod('stale'))).json as Obj;
    const first = structuredClone(created);
    (first.metadata.labels as unknown) = { v: '1' };
    expect((await t.put(`${pods}/stale`, first)).status).toBe(200);
    const second = structuredClone(created);
    (second.metadata.labels as unknown) = { v: '2' };
    const r = await t.put(`${pods}/stale`, second);
    expect(r.status).toBe(409);
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on pods "stale": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'stale', kind: 'pods' },
      code: 409,
    });
  });

  it('keeps the resourceVersion when the object does not change', async () => {
    const created = (await t.post(pods, pod('same'))).json as Obj;
    const r = await t.put(`${pods}/same`, created);
    expect(r.status).toBe(200);
    expect((r.json as Obj).metadata.resourceVersion).toBe(created.metadata.resourceVersion);
  });

  it('rejects a body whose name differs from the URL', async () => {
    const created = (await t.post(pods, pod('named'))).json as Obj;
    const r = await t.put(`${pods}/other`, created);
    expect(r.status).toBe(400);
    expect(r.json.message).toBe('the name of the object (named) does not match the name on the URL (other)');
  });

  it('does not create a Pod that does not exist (pods do not allow create on update)', async () => {
    const r = await t.put(`${pods}/ghost`, pod('ghost'));
    expect(r.status).toBe(404);
    expect(r.json.message).toBe('pods "ghost" not found');
  });

  it('keeps generation and creationTimestamp whatever the client sends', async () => {
    const created = (await t.post(pods, pod('gen'))).json as Obj;
    const edited = structuredClone(created);
    edited.metadata.generation = 42;
    edited.metadata.creationTimestamp = '2001-01-01T00:00:00Z';
    (edited.metadata.labels as unknown) = { changed: 'yes' };
    const r = (await t.put(`${pods}/gen`, edited)).json as Obj;
    expect(r.metadata.generation).toBe(1);
    expect(r.metadata.creationTimestamp).toBe(created.metadata.creationTimestamp);
  });
});

describe('PATCH', () => {
  it('applies a merge patch, a JSON patch and a strategic merge patch to a Pod', async () => {
    await t.post(pods, pod('patched'));
    const merge = await t.patch(
      `${pods}/patched`,
      { metadata: { labels: { a: 'b' } } },
      'application/merge-patch+json',
    );
    expect(merge.status).toBe(200);
    expect((merge.json as Obj).metadata.labels).toEqual({ a: 'b' });
    const json = await t.patch(
      `${pods}/patched`,
      [{ op: 'add', path: '/metadata/labels/c', value: 'd' }],
      'application/json-patch+json',
    );
    expect((json.json as Obj).metadata.labels).toEqual({ a: 'b', c: 'd' });
    const smp = await t.patch(
      `${pods}/patched`,
      { spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } },
      'application/strategic-merge-patch+json',
    );
    expect(smp.status).toBe(200);
    const containers = (smp.json.spec as { containers: { image: string; terminationMessagePath: string }[] })
      .containers;
    expect(containers).toHaveLength(1);
    expect(containers[0]!.image).toBe('nginx:1.28');
    expect(containers[0]!.terminationMessagePath).toBe('/dev/termination-log');
  });

  it('answers a JSON patch that cannot apply with the generic 422, as Go does', async () => {
    await t.post(pods, pod('p422'));
    const r = await t.patch(
      `${pods}/p422`,
      [{ op: 'test', path: '/metadata/name', value: 'other' }],
      'application/json-patch+json',
    );
    expect(r.status).toBe(422);
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server rejected our request due to an error in our request',
      reason: 'Invalid',
      details: {},
      code: 422,
    });
  });

  it('answers an unknown patch type with 415', async () => {
    await t.post(pods, pod('p415'));
    const r = await t.patch(`${pods}/p415`, {}, 'text/plain');
    expect(r.status).toBe(415);
    expect(r.json.reason).toBe('UnsupportedMediaType');
  });

  it('patches a missing object into 404', async () => {
    const r = await t.patch(
      `${pods}/nope`,
      { metadata: { labels: { a: 'b' } } },
      'application/merge-patch+json',
    );
    expect(r.status).toBe(404);
    expect(r.json.message).toBe('pods "nope" not found');
  });
});

describe('DELETE', () => {
  it('deletes an unscheduled Pod at once and answers with the Pod', async () => {
    await t.post(pods, pod('gone'));
    const r = await t.delete(`${pods}/gone`, { propagationPolicy: 'Background' });
    expect(r.status).toBe(200);
    expect(r.json.kind).toBe('Pod');
    expect((await t.get(`${pods}/gone`)).status).toBe(404);
  });

  it('answers a ConfigMap delete with a Success Status naming the resource', async () => {
    await t.post('/api/v1/namespaces/default/configmaps', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm' },
      data: { a: 'b' },
    });
    const r = await t.delete('/api/v1/namespaces/default/configmaps/cm');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Success',
      details: { name: 'cm', kind: 'configmaps' },
    });
    expect(r.json.code).toBeUndefined();
  });

  it('rejects a wrong UID precondition with 409', async () => {
    await t.post(pods, pod('precond'));
    const r = await t.delete(`${pods}/precond`, { preconditions: { uid: 'not-it' } });
    expect(r.status).toBe(409);
    expect(r.json.message).toMatch(
      /^Operation cannot be fulfilled on pods "precond": the UID in the precondition \(not-it\) does not match/,
    );
  });
});

describe('DELETE a collection', () => {
  it('deletes what the label selector matches and answers with the deleted items as a list', async () => {
    const s = await newTestServer();
    const cms = '/api/v1/namespaces/default/configmaps';
    for (const [name, tier] of [
      ['one', 'web'],
      ['two', 'web'],
      ['three', 'db'],
    ]) {
      await s.post(cms, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels: { tier } } });
    }
    const r = await s.request('DELETE', `${cms}?labelSelector=tier%3Dweb`);
    expect(r.status).toBe(200);
    expect(r.json.kind).toBe('ConfigMapList');
    expect((r.json.items as { metadata: { name: string } }[]).map((i) => i.metadata.name).sort()).toEqual([
      'one',
      'two',
    ]);
    const left = (await s.get(cms)).json.items as { metadata: { name: string } }[];
    expect(left.map((i) => i.metadata.name)).toEqual(['three']);
  });
});

describe('YAML', () => {
  it("answers in YAML when asked, with Go's sorted keys", async () => {
    const s = await newTestServer();
    await s.post(pods, pod('yaml'));
    const r = await s.get(`${pods}/yaml`, { Accept: 'application/yaml' });
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe('application/yaml');
    expect(r.body.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    expect(r.body).toContain('\n  containers:\n  - image: nginx:1.27\n');
  });
});

describe('strategic merge patch found by fuzzing', () => {
  it('deleting a label from an object without labels is a 200 with no labels (IgnoreUnmatchedNulls)', async () => {
    const s = createServerChain();
    const h = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const path = '/api/v1/namespaces/default/configmaps';
    const body = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' } });
    expect((await s.handle({ method: 'POST', path, headers: h, body })).status).toBe(201);
    const r = await s.handle({
      method: 'PATCH',
      path: `${path}/b`,
      headers: { ...h, 'Content-Type': 'application/strategic-merge-patch+json' },
      body: '{"metadata":{"labels":{"app":null}}}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).metadata.labels).toBeUndefined();
  });
});
