// What lesson 3 tells the learner is what the engine does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun, type TraceStep } from '../../engine';
import { applySetupStep, beforeRequest } from '../_shared/scenario';
import { versionsAndConversion as lesson } from './index';
import { RV_CREATED } from './scenario';

type Deployment = {
  apiVersion?: string;
  kind?: string;
  metadata: { labels?: Record<string, string>; resourceVersion?: string; uid?: string };
  spec: {
    selector?: unknown;
    replicas?: number;
    revisionHistoryLimit?: number;
    progressDeadlineSeconds?: number;
  };
};

const key = '/registry/deployments/default/web';

describe('lesson 03-versions-and-conversion', () => {
  const runs: RecordedRun[] = [];
  beforeAll(async () => {
    const server = createServerChain(lesson.scenario.config);
    for (const step of lesson.scenario.setup)
      expect((await applySetupStep(server, step))?.status).toBeLessThan(300);
    for (const req of lesson.scenario.requests) {
      await beforeRequest(server, req);
      runs.push(await server.record(req.request));
    }
  });
  const step = (i: number, id: string): TraceStep => {
    const s = runs[i]!.steps.find((x) => x.id === id);
    if (!s) throw new Error(`request ${i} has no step ${id}`);
    return s;
  };
  const objectAt = (i: number, id: string) => step(i, id).object as Deployment;
  const body = (i: number) => JSON.parse(runs[i]!.response.body) as Deployment;

  it('decodes the POST body into a v1beta1.Deployment, exactly as sent', () => {
    expect(step(0, 'scheme.decode').objectType).toBe('v1beta1.Deployment');
    const decoded = objectAt(0, 'scheme.decode');
    expect(decoded.apiVersion).toBe('apps/v1beta1');
    expect(decoded.spec.selector).toBeUndefined();
    expect(decoded.spec.revisionHistoryLimit).toBeUndefined();
    expect(decoded.metadata.labels).toBeUndefined();
  });

  it('defaults with apps/v1beta1 rules: selector and labels from the template, revisionHistoryLimit 2', () => {
    expect(step(0, 'scheme.default').objectType).toBe('v1beta1.Deployment');
    const d = objectAt(0, 'scheme.default');
    expect(d.spec.selector).toEqual({ matchLabels: { app: 'web' } });
    expect(d.metadata.labels).toEqual({ app: 'web' });
    expect(d.spec).toMatchObject({ replicas: 1, revisionHistoryLimit: 2, progressDeadlineSeconds: 600 });
  });

  it('converts to the internal apps.Deployment, which has no apiVersion or kind', () => {
    expect(step(0, 'scheme.convertToInternal').objectType).toBe('apps.Deployment');
    const d = objectAt(0, 'scheme.convertToInternal');
    expect(d.apiVersion).toBeUndefined();
    expect(d.kind).toBeUndefined();
    expect(d.spec.revisionHistoryLimit).toBe(2);
  });

  it(`stores apps/v1 bytes at revision ${RV_CREATED} and answers 201 as apps/v1beta1`, () => {
    expect(runs[0]!.response.status).toBe(201);
    const stored = step(0, 'storage.encode').details['stored'] as string;
    expect(stored.startsWith('{"kind":"Deployment","apiVersion":"apps/v1"')).toBe(true);
    expect(step(0, 'etcd.txn').details).toMatchObject({ type: 'PUT', key, revision: Number(RV_CREATED) });
    const entry = runs[0]!.etcdAfter.find((e) => e.key === key)!;
    expect(JSON.parse(entry.value)).toMatchObject({
      apiVersion: 'apps/v1',
      spec: { revisionHistoryLimit: 2, selector: { matchLabels: { app: 'web' } } },
    });
    expect(step(0, 'scheme.convertToExternal').objectType).toBe('v1beta1.Deployment');
    expect(body(0)).toMatchObject({
      apiVersion: 'apps/v1beta1',
      metadata: { resourceVersion: RV_CREATED, labels: { app: 'web' } },
      spec: { revisionHistoryLimit: 2 },
    });
    expect(runs[0]!.response.body).toContain(
      '"manager":"kubectl","operation":"Update","apiVersion":"apps/v1beta1"',
    );
  });

  it('reads it as apps/v1 with revisionHistoryLimit still 2, writing nothing', () => {
    expect(runs[1]!.response.status).toBe(200);
    expect(step(1, 'registry.storage').objectType).toBe('apps.Deployment');
    expect(step(1, 'scheme.convertToExternal').objectType).toBe('v1.Deployment');
    expect(body(1)).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { resourceVersion: RV_CREATED },
      spec: { revisionHistoryLimit: 2, selector: { matchLabels: { app: 'web' } } },
    });
    expect(runs[1]!.steps.map((s) => s.id)).not.toContain('etcd.txn');
    expect(runs[1]!.etcdAfter).toEqual(runs[1]!.etcdBefore);
  });

  it('reads the same stored object as apps/v1beta1', () => {
    expect(runs[2]!.response.status).toBe(200);
    expect(step(2, 'scheme.convertToExternal').objectType).toBe('v1beta1.Deployment');
    const [v1, v1beta1] = [body(1), body(2)];
    expect(v1beta1.apiVersion).toBe('apps/v1beta1');
    expect(v1beta1.metadata.uid).toBe(v1.metadata.uid);
    expect(v1beta1.spec).toEqual(v1.spec);
    expect(runs[2]!.etcdAfter.filter((e) => e.key.startsWith('/registry/deployments/'))).toHaveLength(1);
  });

  it('prefers apps/v1: discovery names it the preferred version', async () => {
    const server = createServerChain(lesson.scenario.config);
    const res = await server.handle({
      method: 'GET',
      path: '/apis/apps',
      headers: { Accept: 'application/json' },
    });
    expect(JSON.parse(res.body)).toMatchObject({ preferredVersion: { groupVersion: 'apps/v1' } });
  });
});
