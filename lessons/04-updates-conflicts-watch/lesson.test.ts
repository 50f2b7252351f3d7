// What lesson 4 tells the learner is what the engine does: the resourceVersions written into the scenario, the
// 409 and its message, the no-op, the watch frames and the 410 after compaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun, type TraceStep } from '../../engine';
import { applySetupStep, beforeRequest } from '../_shared/scenario';
import { updatesConflictsWatch as lesson } from './index';
import { RV_AFTER_A, RV_AFTER_B, RV_CREATED, RV_DELETED } from './scenario';

type Deployment = {
  metadata: { resourceVersion?: string; generation?: number };
  spec: { replicas?: number; template: { spec: { containers: { image: string }[] } } };
};
type Frame = { type: string; object: Record<string, unknown> & Partial<Deployment> };

const key = '/registry/deployments/default/web';

describe('lesson 04-updates-conflicts-watch', () => {
  const runs: RecordedRun[] = [];
  let createdRV = '';
  beforeAll(async () => {
    const server = createServerChain(lesson.scenario.config);
    for (const step of lesson.scenario.setup) {
      const res = await applySetupStep(server, step);
      expect(res?.status).toBe(201);
      createdRV = (JSON.parse(res!.body) as Deployment).metadata.resourceVersion ?? '';
    }
    for (const req of lesson.scenario.requests) {
      await beforeRequest(server, req);
      runs.push(await server.record(req.request));
    }
  });
  const ids = (i: number) => runs[i]!.steps.map((s) => s.id);
  const step = (i: number, id: string): TraceStep => runs[i]!.steps.find((s) => s.id === id)!;
  const body = (i: number) => JSON.parse(runs[i]!.response.body) as Deployment & Record<string, unknown>;
  const frames = (i: number): Frame[] =>
    runs[i]!.response.body.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Frame);
  const image = (d: Partial<Deployment>) => d.spec?.template.spec.containers[0]?.image;

  it('starts from the resourceVersion the scenario hard-codes', () => {
    expect(createdRV).toBe(RV_CREATED);
    expect(runs[0]!.steps[0]!.revision).toBe(Number(RV_CREATED));
  });

  it(`A's update: 200, a compare-and-swap on revision ${RV_CREATED} committed as ${RV_AFTER_A}, generation 2`, () => {
    expect(runs[0]!.response.status).toBe(200);
    expect(step(0, 'etcd.txn').details).toMatchObject({ type: 'PUT', key, revision: Number(RV_AFTER_A) });
    expect(body(0).metadata).toMatchObject({ resourceVersion: RV_AFTER_A, generation: 2 });
    expect(body(0).spec.replicas).toBe(2);
    // the resourceVersion check and BeforeUpdate ran before validating admission
    expect((step(0, 'admission.validating').object as Deployment).metadata.generation).toBe(2);
  });

  it("B's stale update: 409 Conflict with the optimistic-lock message, after mutating admission, nothing written", () => {
    expect(runs[1]!.response.status).toBe(409);
    expect(body(1)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
      code: 409,
    });
    expect(ids(1).slice(-2)).toEqual(['admission.mutating', 'exit.409']);
    expect(runs[1]!.etcdAfter).toEqual(runs[1]!.etcdBefore);
  });

  it(`B's fresh read sees A's version, and its retry commits as ${RV_AFTER_B} with both changes`, () => {
    expect(body(2).metadata.resourceVersion).toBe(RV_AFTER_A);
    expect(runs[3]!.response.status).toBe(200);
    expect(step(3, 'etcd.txn').details).toMatchObject({ revision: Number(RV_AFTER_B) });
    expect(body(3).metadata).toMatchObject({ resourceVersion: RV_AFTER_B, generation: 3 });
    expect(body(3).spec.replicas).toBe(2);
    expect(image(body(3))).toBe('nginx:1.28');
  });

  it(`the same object again is a no-op: 200, resourceVersion ${RV_AFTER_B}, no transaction, etcd unchanged`, () => {
    expect(runs[4]!.response.status).toBe(200);
    expect(ids(4)).toContain('storage.encode');
    expect(ids(4)).not.toContain('etcd.txn');
    expect(body(4).metadata).toMatchObject({ resourceVersion: RV_AFTER_B, generation: 3 });
    expect(runs[4]!.etcdAfter).toEqual(runs[4]!.etcdBefore);
  });

  it(`the delete commits as revision ${RV_DELETED} and removes the key`, () => {
    expect(runs[5]!.response.status).toBe(200);
    expect(step(5, 'etcd.txn').details).toMatchObject({ type: 'DELETE', key, revision: Number(RV_DELETED) });
    expect(runs[5]!.etcdAfter.map((e) => e.key)).not.toContain(key);
  });

  it(`a watch from ${RV_CREATED} replays MODIFIED ${RV_AFTER_A}, MODIFIED ${RV_AFTER_B}, DELETED ${RV_DELETED} in order`, () => {
    expect(runs[6]!.response.status).toBe(200);
    expect(runs[6]!.request.path).toContain(`watch=true&resourceVersion=${RV_CREATED}`);
    const f = frames(6);
    expect(f.map((x) => [x.type, x.object.metadata?.resourceVersion])).toEqual([
      ['MODIFIED', RV_AFTER_A],
      ['MODIFIED', RV_AFTER_B],
      ['DELETED', RV_DELETED],
    ]);
    expect(f.map((x) => [x.object.spec?.replicas, image(x.object)])).toEqual([
      [2, 'nginx:1.27'],
      [2, 'nginx:1.28'],
      [2, 'nginx:1.28'],
    ]);
    expect(f[0]!.object).toMatchObject({ kind: 'Deployment', apiVersion: 'apps/v1' });
  });

  it('after compaction, the same watch gets 200 and one ERROR event: 410 Expired', () => {
    expect(runs[7]!.response.status).toBe(200);
    expect(frames(7)).toEqual([
      {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'The resourceVersion for the provided watch is too old.',
          reason: 'Expired',
          code: 410,
        },
      },
    ]);
  });

  it('compacts only before the last request, at the then current revision', () => {
    expect(lesson.scenario.requests.map((r) => r.before)).toEqual([
      ...Array<undefined>(7).fill(undefined),
      { compactAt: 'current' },
    ]);
  });
});
