// Checklist item 9: watch from 0 starts with synthetic ADDED events; a compacted revision gets 410 Expired.
import { describe, expect, it } from 'vitest';
import { newTestServer, pod } from '../testing/server';

const pods = '/api/v1/namespaces/default/pods';

describe('watch', () => {
  it('from resourceVersion 0 sends the current state as ADDED events, then live changes', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('w1'));
    const stream = t.server.watch({ method: 'GET', path: `${pods}?watch=true&resourceVersion=0` });
    const first = await stream.next();
    expect(first.value).toMatchObject({
      type: 'ADDED',
      object: { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'w1' } },
    });
    await t.post(pods, pod('w2'));
    const second = await stream.next();
    expect(second.value).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'w2' } } });
    await t.delete(`${pods}/w1`);
    const third = await stream.next();
    expect(third.value).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'w1' } } });
    await stream.return(undefined);
  });

  it('as one HTTP response: 200, newline-delimited JSON frames', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('h1'));
    const r = await t.get(`${pods}?watch=true`);
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe('application/json');
    const lines = r.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(['ADDED']);
  });

  it('from a compacted revision answers 200 with one ERROR event carrying 410 Expired', async () => {
    const t = await newTestServer();
    const a = await t.post(pods, pod('c1'));
    const oldRV = (a.json.metadata as { resourceVersion: string }).resourceVersion;
    await t.post(pods, pod('c2'));
    const b = await t.post(pods, pod('c3'));
    t.server.etcd.compact(Number((b.json.metadata as { resourceVersion: string }).resourceVersion));
    const r = await t.get(`${pods}?watch=true&resourceVersion=${oldRV}`);
    expect(r.status).toBe(200);
    const event = JSON.parse(r.body.trim()) as { type: string; object: Record<string, unknown> };
    expect(event.type).toBe('ERROR');
    expect(event.object).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'Expired',
      code: 410,
    });
  });

  it('streams one-row Tables with column definitions only in the first event', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('t1'));
    await t.post(pods, pod('t2'));
    const r = await t.get(`${pods}?watch=true`, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
    });
    const frames = r.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { object: { columnDefinitions: unknown; rows: unknown[] } });
    expect(frames).toHaveLength(2);
    expect(Array.isArray(frames[0]!.object.columnDefinitions)).toBe(true);
    expect(frames[1]!.object.columnDefinitions).toBeNull();
    expect(frames[1]!.object.rows).toHaveLength(1);
  });
});
