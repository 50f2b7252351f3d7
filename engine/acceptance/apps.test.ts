// Checklist item 11: Deployment defaults in apps/v1, and v1beta1 as a scheme version that is not served.
import { describe, expect, it } from 'vitest';
import { deployment, newTestServer } from '../testing/server';

describe('Deployments', () => {
  it('get the apps/v1 defaults and are stored as apps/v1 under /registry/deployments', async () => {
    const t = await newTestServer();
    const r = await t.post('/apis/apps/v1/namespaces/default/deployments', deployment('web'));
    expect(r.status).toBe(201);
    expect(r.json.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect((r.json.metadata as { generation: number }).generation).toBe(1);
    const stored = t.server.etcdDump().find((kv) => kv.key === '/registry/deployments/default/web');
    expect(stored).toBeDefined();
    const value = JSON.parse(stored!.value) as Record<string, unknown>;
    expect(value.apiVersion).toBe('apps/v1');
    expect((value.metadata as Record<string, unknown>).resourceVersion).toBeUndefined();
  });

  it('in apps/v1beta1 (when served) default revisionHistoryLimit 2 and a selector from the template labels', async () => {
    const t = await newTestServer({ serveAppsV1beta1: true });
    const body = deployment('legacy') as Record<string, unknown> & { spec: Record<string, unknown> };
    body.apiVersion = 'apps/v1beta1';
    delete body.spec.selector;
    const r = await t.post('/apis/apps/v1beta1/namespaces/default/deployments', body);
    expect(r.status).toBe(201);
    expect(r.json.apiVersion).toBe('apps/v1beta1');
    expect(r.json.spec).toMatchObject({
      revisionHistoryLimit: 2,
      selector: { matchLabels: { app: 'legacy' } },
    });
    const stored = JSON.parse(
      t.server.etcdDump().find((kv) => kv.key === '/registry/deployments/default/legacy')!.value,
    ) as Record<string, unknown>;
    expect(stored.apiVersion).toBe('apps/v1');
    const asV1 = await t.get('/apis/apps/v1/namespaces/default/deployments/legacy');
    expect(asV1.json.apiVersion).toBe('apps/v1');
    expect((asV1.json.spec as { revisionHistoryLimit: number }).revisionHistoryLimit).toBe(2);
  });

  it('serve the scale subresource as autoscaling/v1 Scale, and scaling writes the Deployment', async () => {
    const t = await newTestServer();
    await t.post('/apis/apps/v1/namespaces/default/deployments', deployment('scaled'));
    const scale = await t.get('/apis/apps/v1/namespaces/default/deployments/scaled/scale');
    expect(scale.json).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 1 },
      status: { replicas: 0, selector: 'app=scaled' },
    });
    const patched = await t.patch(
      '/apis/apps/v1/namespaces/default/deployments/scaled/scale',
      { spec: { replicas: 3 } },
      'application/merge-patch+json',
    );
    expect(patched.status).toBe(200);
    const d = await t.get('/apis/apps/v1/namespaces/default/deployments/scaled');
    expect((d.json.spec as { replicas: number }).replicas).toBe(3);
    expect((d.json.metadata as { generation: number }).generation).toBe(2);
  });

  it('posting a v1beta1 body to the apps/v1 endpoint is a 400', async () => {
    const t = await newTestServer();
    const body = { ...deployment('mixed'), apiVersion: 'apps/v1beta1' };
    const r = await t.post('/apis/apps/v1/namespaces/default/deployments', body);
    expect(r.status).toBe(400);
    expect(r.json.message).toBe(
      'the API version in the data (apps/v1beta1) does not match the expected API version (apps/v1)',
    );
  });
});
