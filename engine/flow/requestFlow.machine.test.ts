import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { newTestServer, pod, deployment } from '../testing/server';
import { requestFlowMachine } from './requestFlow.machine';

const json = { 'Content-Type': 'application/json' };
const pods = '/api/v1/namespaces/default/pods';

describe('the request statechart', () => {
  it('refuses a step out of order: a handler step before the filters, or going back to a filter', () => {
    const actor = createActor(requestFlowMachine).start();
    expect(actor.getSnapshot().can({ type: 'step.scheme.decode' })).toBe(false);
    actor.send({ type: 'step.filter.auditInit' });
    actor.send({ type: 'step.filter.authentication' });
    expect(actor.getSnapshot().can({ type: 'step.filter.auditInit' })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'step.filter.authorization' })).toBe(true);
    expect(actor.getSnapshot().can({ type: 'step.exit.401' })).toBe(true);
  });

  it('ends in a final exit state', () => {
    const actor = createActor(requestFlowMachine).start();
    actor.send({ type: 'step.filter.auditInit' });
    actor.send({ type: 'step.exit.500' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  // Every kind of request the engine serves must walk a legal path through the chart.
  it.each<[string, string, string, unknown, Record<string, string>, number]>([
    ['create', 'POST', pods, pod('a'), json, 201],
    ['get', 'GET', `${pods}/seed`, undefined, {}, 200],
    [
      'list as a Table',
      'GET',
      pods,
      undefined,
      { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
      200,
    ],
    ['update', 'PUT', `${pods}/seed`, 'SEED', json, 200],
    [
      'merge patch',
      'PATCH',
      `${pods}/seed`,
      { metadata: { labels: { a: 'b' } } },
      { 'Content-Type': 'application/merge-patch+json' },
      200,
    ],
    [
      'strategic merge patch',
      'PATCH',
      `${pods}/seed`,
      { spec: { containers: [{ name: 'nginx', image: 'nginx:2' }] } },
      { 'Content-Type': 'application/strategic-merge-patch+json' },
      200,
    ],
    ['delete', 'DELETE', `${pods}/seed`, undefined, {}, 200],
    ['watch', 'GET', `${pods}?watch=true`, undefined, {}, 200],
    ['a Deployment', 'POST', '/apis/apps/v1/namespaces/default/deployments', deployment('web'), json, 201],
    ['discovery', 'GET', '/apis', undefined, {}, 200],
    ['/version', 'GET', '/version', undefined, {}, 200],
    ['an unknown group', 'GET', '/apis/nosuch.example.com/v1/foos', undefined, {}, 404],
    ['an unknown resource', 'GET', '/api/v1/foos', undefined, {}, 404],
    ['a conflict', 'POST', pods, pod('seed'), json, 409],
    [
      'an invalid object',
      'POST',
      pods,
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { containers: [{ name: 'c' }] } },
      json,
      422,
    ],
    ['a malformed body', 'POST', pods, '{', json, 400],
    ['an unknown patch type', 'PATCH', `${pods}/seed`, {}, { 'Content-Type': 'text/plain' }, 415],
  ])('%s follows a legal path', async (_name, method, path, body, headers, status) => {
    const t = await newTestServer();
    const seed = await t.post(pods, pod('seed'));
    const payload =
      body === 'SEED'
        ? seed.body
        : body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : JSON.stringify(body);
    const run = await t.server.record({
      method,
      path,
      headers,
      ...(payload !== undefined ? { body: payload } : {}),
    });
    expect(run.response.status).toBe(status);
    expect(run.violations).toEqual([]);
    expect(run.steps[0]!.id).toBe('filter.auditInit');
    expect(run.steps.at(-1)!.id).toBe(`exit.${status}`);
  });
});

describe('a recorded create', () => {
  it('shows the object as it changes: decoded v1, defaulted, internal, stored, returned', async () => {
    const t = await newTestServer();
    const run = await t.server.record({
      method: 'POST',
      path: pods,
      headers: json,
      body: JSON.stringify(pod('traced')),
    });
    const at = (id: string) => run.steps.find((s) => s.id === id)!;
    expect(at('scheme.decode').objectType).toBe('v1.Pod');
    expect((at('scheme.decode').object as { spec: { dnsPolicy?: string } }).spec.dnsPolicy).toBeUndefined();
    expect((at('scheme.default').object as { spec: { dnsPolicy?: string } }).spec.dnsPolicy).toBe(
      'ClusterFirst',
    );
    expect(at('scheme.convertToInternal').objectType).toBe('core.Pod');
    expect(at('scheme.convertToInternal').object).not.toHaveProperty('apiVersion');
    expect((at('registry.prepareForCreate').object as { status: unknown }).status).toEqual({
      phase: 'Pending',
      qosClass: 'BestEffort',
    });
    const txn = at('etcd.txn');
    expect(txn.details).toMatchObject({ type: 'PUT', key: '/registry/pods/default/traced' });
    expect(txn.revision).toBe((txn.details as { revision: number }).revision);
    expect(at('storage.encode').details).toMatchObject({ resource: 'pods' });
    expect(JSON.parse((at('storage.encode').details as { stored: string }).stored).apiVersion).toBe('v1');
    expect(run.etcdAfter.length).toBe(run.etcdBefore.length + 1);
    const servers = [...new Set(run.steps.map((s) => s.server))];
    expect(servers).toEqual(['kube-aggregator', 'kube-apiserver']);
  });

  it('a dry run goes through every step but never reaches etcd', async () => {
    const t = await newTestServer();
    const run = await t.server.record({
      method: 'POST',
      path: `${pods}?dryRun=All`,
      headers: json,
      body: JSON.stringify(pod('dry')),
    });
    expect(run.response.status).toBe(201);
    expect(run.steps.map((s) => s.id)).not.toContain('etcd.txn');
    expect(run.steps.map((s) => s.id)).toContain('registry.validate');
    expect(run.etcdAfter).toEqual(run.etcdBefore);
  });

  it('a gate holds the request at a step until it is released', async () => {
    const t = await newTestServer();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const seen: string[] = [];
    const recording = t.server.record(
      { method: 'POST', path: pods, headers: json, body: JSON.stringify(pod('gated')) },
      {
        gate: async (step) => {
          seen.push(step.id);
          if (step.id === 'filter.authentication') await held;
        },
      },
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.at(-1)).toBe('filter.authentication');
    expect((await t.get(`${pods}/gated`)).status).toBe(404);
    release();
    const run = await recording;
    expect(run.response.status).toBe(201);
  });
});
