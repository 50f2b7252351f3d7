// Checklist item 8: one global revision across all kinds; a list's RV is at least every item's.
import { describe, expect, it } from 'vitest';
import { newTestServer, pod } from '../testing/server';

describe('resourceVersion', () => {
  it('increases across kinds, and a list RV is not older than its items', async () => {
    const t = await newTestServer();
    const rv = (r: { json: Record<string, unknown> }) =>
      Number((r.json.metadata as { resourceVersion: string }).resourceVersion);
    const a = rv(await t.post('/api/v1/namespaces/default/pods', pod('a')));
    const cm = rv(
      await t.post('/api/v1/namespaces/default/configmaps', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c' },
      }),
    );
    const b = rv(await t.post('/api/v1/namespaces/default/pods', pod('b')));
    expect(cm).toBeGreaterThan(a);
    expect(b).toBeGreaterThan(cm);
    const list = await t.get('/api/v1/namespaces/default/pods');
    expect(list.json.kind).toBe('PodList');
    const items = list.json.items as { metadata: { resourceVersion: string } }[];
    for (const item of items) expect(rv(list)).toBeGreaterThanOrEqual(Number(item.metadata.resourceVersion));
  });

  it('pages a list with limit and continue', async () => {
    const t = await newTestServer();
    for (const n of ['p1', 'p2', 'p3']) await t.post('/api/v1/namespaces/default/pods', pod(n));
    const first = await t.get('/api/v1/namespaces/default/pods?limit=2');
    const meta = first.json.metadata as { continue: string; remainingItemCount: number };
    expect((first.json.items as unknown[]).length).toBe(2);
    expect(meta.remainingItemCount).toBe(1);
    const second = await t.get(
      `/api/v1/namespaces/default/pods?limit=2&continue=${encodeURIComponent(meta.continue)}`,
    );
    expect((second.json.items as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual([
      'p3',
    ]);
  });

  it('filters by label and field selectors, and rejects unsupported field labels', async () => {
    const t = await newTestServer();
    await t.post('/api/v1/namespaces/default/pods', {
      ...pod('l1'),
      metadata: { name: 'l1', labels: { app: 'web' } },
    });
    await t.post('/api/v1/namespaces/default/pods', pod('l2'));
    const byLabel = await t.get('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb');
    expect((byLabel.json.items as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual([
      'l1',
    ]);
    const byField = await t.get('/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dl2');
    expect((byField.json.items as { metadata: { name: string } }[]).map((i) => i.metadata.name)).toEqual([
      'l2',
    ]);
    const bad = await t.get('/api/v1/namespaces/default/pods?fieldSelector=spec.foo%3Dbar');
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('field label not supported: spec.foo');
  });
});
