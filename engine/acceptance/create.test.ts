// Checklist items 3, 4, 6 and 7: creating a Pod — what the server fills in, and how it says no.
import { beforeAll, describe, expect, it } from 'vitest';
import { newTestServer, pod, type TestServer } from '../testing/server';

let t: TestServer;
beforeAll(async () => {
  t = await newTestServer();
});

const pods = '/api/v1/namespaces/default/pods';

describe('POST a Pod', () => {
  it('creates it with system fields, generation 1, the v1 defaults and a Pending status', async () => {
    const r = await t.post(pods, pod('web'));
    expect(r.status).toBe(201);
    const meta = r.json.metadata as Record<string, unknown>;
    expect(meta.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(meta.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Number(meta.resourceVersion)).toBeGreaterThan(0);
    expect(meta.generation).toBe(1);
    expect(meta.namespace).toBe('default');
    expect(r.json.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      securityContext: {},
      schedulerName: 'default-scheduler',
      enableServiceLinks: true,
    });
    expect((r.json.spec as { containers: unknown[] }).containers[0]).toEqual({
      name: 'nginx',
      image: 'nginx:1.27',
      resources: {},
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
      imagePullPolicy: 'IfNotPresent',
    });
    expect(r.json.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    expect(Object.keys(r.json)).toEqual(['kind', 'apiVersion', 'metadata', 'spec', 'status']);
  });

  it('ignores client-set system fields and the status', async () => {
    const r = await t.post(
      pods,
      pod('sneaky', {
        metadata: { name: 'sneaky', uid: 'mine', creationTimestamp: '2000-01-01T00:00:00Z' },
        status: { phase: 'Running' },
      }),
    );
    expect(r.status).toBe(201);
    expect((r.json.metadata as Record<string, unknown>).uid).not.toBe('mine');
    expect((r.json.metadata as Record<string, unknown>).creationTimestamp).not.toBe('2000-01-01T00:00:00Z');
    expect((r.json.status as Record<string, unknown>).phase).toBe('Pending');
  });

  it('rejects the same name again with 409 AlreadyExists', async () => {
    await t.post(pods, pod('twice'));
    const r = await t.post(pods, pod('twice'));
    expect(r.status).toBe(409);
    expect(r.body).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \\"twice\\" already exists","reason":"AlreadyExists","details":{"name":"twice","kind":"pods"},"code":409}\n',
    );
  });

  it('generates a name from generateName: the prefix plus five consonants and digits', async () => {
    const r = await t.post(pods, { ...pod(''), metadata: { generateName: 'web-' } });
    expect(r.status).toBe(201);
    expect((r.json.metadata as { name: string }).name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('rejects a namespace in the body that differs from the URL with 400', async () => {
    const r = await t.post(pods, { ...pod('x'), metadata: { name: 'x', namespace: 'other' } });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the namespace of the provided object does not match the namespace sent on the request',
      reason: 'BadRequest',
      code: 400,
    });
  });

  it('rejects an invalid Pod with 422, field paths in the causes and the Kind in details', async () => {
    const r = await t.post(pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'bad' },
      spec: { containers: [{ name: 'c' }] },
    });
    expect(r.status).toBe(422);
    expect(r.json.reason).toBe('Invalid');
    expect(r.json.message).toBe('Pod "bad" is invalid: spec.containers[0].image: Required value');
    expect(r.json.details).toEqual({
      name: 'bad',
      kind: 'Pod',
      causes: [
        { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers[0].image' },
      ],
    });
  });

  it('lists several errors as [a, b]', async () => {
    const r = await t.post(pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'Bad_Name' },
      spec: { containers: [] },
    });
    expect(r.status).toBe(422);
    expect(r.json.message).toMatch(/^Pod "Bad_Name" is invalid: \[.+, .+\]$/);
  });

  it('runs dryRun=All through every step but writes nothing', async () => {
    const r = await t.post(`${pods}?dryRun=All`, pod('dry'));
    expect(r.status).toBe(201);
    expect((await t.get(`${pods}/dry`)).status).toBe(404);
    const bad = await t.post(`${pods}?dryRun=Yes`, pod('dry2'));
    expect(bad.status).toBe(422);
    expect(bad.json.message).toBe(
      'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Yes"}: supported values: "All"',
    );
  });

  it('gets a missing Pod as 404 NotFound', async () => {
    const r = await t.get(`${pods}/missing`);
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({
      message: 'pods "missing" not found',
      reason: 'NotFound',
      details: { name: 'missing', kind: 'pods' },
    });
  });
});
