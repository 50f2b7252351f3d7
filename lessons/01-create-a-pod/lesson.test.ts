// What lesson 1 tells the learner is what the engine does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun } from '../../engine';
import { createAPod as lesson } from './index';
import { RV_CREATED, RV_STARTUP } from './scenario';

type Obj = { metadata?: Record<string, unknown>; spec?: { containers?: Record<string, unknown>[] } };

describe('lesson 01-create-a-pod', () => {
  const runs: RecordedRun[] = [];
  beforeAll(async () => {
    const server = createServerChain(lesson.scenario.config);
    for (const { request } of lesson.scenario.requests) runs.push(await server.record(request));
  });
  const body = (i: number) => JSON.parse(runs[i]!.response.body) as Obj & Record<string, unknown>;
  const ids = (i: number) => runs[i]!.steps.map((s) => s.id);

  it(`creates the Pod: 201, written to etcd at revision ${RV_CREATED}, which becomes its resourceVersion`, () => {
    expect(runs[0]!.response.status).toBe(201);
    const txn = runs[0]!.steps.find((s) => s.id === 'etcd.txn')!;
    // start-up's last write: the aggregator's seventh local APIService
    expect(runs[0]!.steps[0]!.revision).toBe(Number(RV_STARTUP));
    expect(runs[0]!.steps[ids(0).indexOf('etcd.txn') - 1]!.revision).toBe(Number(RV_STARTUP));
    expect(txn.details).toMatchObject({
      type: 'PUT',
      key: '/registry/pods/default/nginx',
      revision: Number(RV_CREATED),
    });
    expect(runs[0]!.etcdAfter.find((e) => e.key === '/registry/pods/default/nginx')).toMatchObject({
      createRevision: Number(RV_CREATED),
      modRevision: Number(RV_CREATED),
      version: 1,
    });
    expect(body(0).metadata!['resourceVersion']).toBe(RV_CREATED);
    expect(runs[0]!.etcdAfter.map((e) => e.key)).toContain('/registry/pods/default/nginx');
  });

  it('sets imagePullPolicy: IfNotPresent while defaulting', () => {
    const policy = (i: number) =>
      (runs[0]!.steps[i]!.object as Obj | null)?.spec?.containers?.[0]?.['imagePullPolicy'];
    const first = runs[0]!.steps.findIndex((_, i) => policy(i) !== undefined);
    expect(runs[0]!.steps[first]!.id).toBe('scheme.default');
    expect(policy(first)).toBe('IfNotPresent');
  });

  it('dry run: 201, every step but the etcd transaction, etcd unchanged, no resourceVersion', () => {
    expect(runs[1]!.response.status).toBe(201);
    expect(ids(1)).not.toContain('etcd.txn');
    expect(ids(1)).toEqual(
      expect.arrayContaining(['registry.validate', 'admission.validating', 'storage.encode']),
    );
    expect(runs[1]!.etcdAfter).toEqual(runs[1]!.etcdBefore);
    expect(body(1).metadata!['resourceVersion']).toBeUndefined();
    expect(body(1).metadata!['uid']).toBeTypeOf('string');
  });

  it('no image: 422 Invalid with a cause on spec.containers[0].image, nothing stored', () => {
    expect(runs[2]!.response.status).toBe(422);
    expect(body(2)).toMatchObject({
      kind: 'Status',
      reason: 'Invalid',
      details: { causes: [{ reason: 'FieldValueRequired', field: 'spec.containers[0].image' }] },
    });
    expect(ids(2)).not.toContain('storage.encode');
    expect(runs[2]!.etcdAfter).toEqual(runs[2]!.etcdBefore);
  });
});
