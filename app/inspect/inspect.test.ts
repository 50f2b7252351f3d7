import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun, type TraceStep } from '../../engine';
import { fixtureLesson } from '../testing/fixtureLesson';
import { recordScenario } from '../timeline/recordScenario';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import { etcdAtStep } from './etcdAtStep';
import { objectAtStep } from './objectAtStep';
import { statusMessage } from './statusMessage';
import { watchEvents } from './watchEvents';

const podKey = '/registry/pods/demo/nginx';
let create: RecordedRun;
let del: RecordedRun;
let tl: Timeline;
const indexOf = (run: RecordedRun, id: string) => run.steps.findIndex((s) => s.id === id);

beforeAll(async () => {
  const { runs } = await recordScenario(createServerChain, fixtureLesson.scenario);
  tl = buildTimeline(runs);
  [create, , del] = runs.map((r) => r.run) as [RecordedRun, RecordedRun, RecordedRun];
});

describe('etcdAtStep', () => {
  it('is etcdBefore until the transaction, then has the new key with its revisions and value', () => {
    const txn = indexOf(create, 'etcd.txn');
    const before = etcdAtStep(create, txn - 1);
    expect(before.entries.map(({ changed: _, ...e }) => e)).toEqual(create.etcdBefore);
    expect(before.entries.some((e) => e.key === podKey)).toBe(false);

    const at = etcdAtStep(create, txn);
    const pod = at.entries.find((e) => e.key === podKey)!;
    const stored = create.etcdAfter.find((e) => e.key === podKey)!;
    expect(pod).toEqual({ ...stored, changed: true });
    expect(at.revision).toBe(stored.modRevision);
    expect(at.entries.filter((e) => e.changed)).toHaveLength(1);
    expect(JSON.parse(pod.value)).toMatchObject({
      kind: 'Pod',
      metadata: { name: 'nginx', namespace: 'demo' },
    });
  });

  it('ends equal to etcdAfter', () => {
    const last = etcdAtStep(create, create.steps.length - 1);
    expect(last.entries.map(({ changed: _, ...e }) => e)).toEqual(create.etcdAfter);
  });

  it('drops a deleted key at the delete transaction', () => {
    const txn = indexOf(del, 'etcd.txn');
    expect(etcdAtStep(del, txn - 1).entries.some((e) => e.key === podKey)).toBe(true);
    const after = etcdAtStep(del, txn);
    expect(after.entries.some((e) => e.key === podKey)).toBe(false);
    expect(after.deleted).toEqual([podKey]);
    expect(after.entries.map(({ changed: _, ...e }) => e)).toEqual(del.etcdAfter);
  });
});

describe('etcdAtStep on a hand-made run', () => {
  const step = (
    index: number,
    id: string,
    revision: number,
    details: Record<string, unknown> = {},
  ): TraceStep => ({
    index,
    id,
    label: id,
    group: id === 'etcd.txn' ? 'etcd' : 'storage',
    go: { pkg: 'p', file: 'f.go', func: 'F' },
    state: '',
    server: 'kube-apiserver',
    object: null,
    objectType: null,
    revision,
    details,
  });
  const key = '/registry/configmaps/default/c';
  const run: RecordedRun = {
    request: { method: 'PUT', path: '/x' },
    response: { status: 200, headers: {}, body: '' },
    etcdBefore: [{ key, createRevision: 3, modRevision: 3, version: 1, value: 'v1' }],
    etcdAfter: [{ key, createRevision: 3, modRevision: 6, version: 3, value: 'v3' }],
    violations: [],
    steps: [
      step(0, 'storage.encode', 4, { stored: 'v2' }),
      step(1, 'etcd.txn', 5, { type: 'PUT', key, revision: 5 }),
      step(2, 'storage.encode', 5, { stored: 'v3-encoded' }),
      step(3, 'etcd.txn', 6, { type: 'PUT', key, revision: 6 }),
    ],
  };

  it('derives version and createRevision for a write etcdAfter no longer shows, with the encoded value', () => {
    expect(etcdAtStep(run, 0).entries).toEqual([{ ...run.etcdBefore[0], changed: false }]);
    expect(etcdAtStep(run, 1).entries).toEqual([
      { key, createRevision: 3, modRevision: 5, version: 2, value: 'v2', changed: true },
    ]);
    expect(etcdAtStep(run, 3).entries).toEqual([{ ...run.etcdAfter[0], changed: true }]);
    expect(etcdAtStep(run, 3).revision).toBe(6);
  });
});

describe('watchEvents', () => {
  it('lists the transactions reached so far, with their revisions', () => {
    expect(watchEvents(tl, 0)).toEqual([]);
    const all = watchEvents(tl, tl.entries.length - 1);
    expect(all.map((e) => [e.type, e.key, e.request])).toEqual([
      ['PUT', podKey, 0],
      ['DELETE', podKey, 2],
    ]);
    expect(all[1]!.revision).toBeGreaterThan(all[0]!.revision);
    expect(tl.entries[all[0]!.global]!.step.id).toBe('etcd.txn');
  });
});

describe('objectAtStep', () => {
  it('has no object before decode, then the decoded one compared with nothing', () => {
    const decode = indexOf(create, 'scheme.decode');
    expect(objectAtStep(create, decode - 1)).toBeNull();
    const v = objectAtStep(create, decode)!;
    expect(v).toMatchObject({
      atThisStep: true,
      previous: null,
      current: { from: decode, objectType: 'v1.Pod' },
    });
  });

  it('compares a step with the previous object and carries it over object-less steps', () => {
    const conv = indexOf(create, 'scheme.convertToInternal');
    const v = objectAtStep(create, conv)!;
    expect(v.current.objectType).toBe('core.Pod');
    expect(v.previous?.objectType).toBe('v1.Pod');
    const encode = indexOf(create, 'response.encode');
    const carried = objectAtStep(create, encode)!;
    expect(carried.atThisStep).toBe(false);
    expect(carried.previous).toBeNull();
    expect(carried.current.from).toBeLessThan(encode);
  });
});

describe('statusMessage', () => {
  it('reads a Status message, or returns the text', () => {
    expect(statusMessage('{"kind":"Status","message":"pods \\"x\\" not found"}')).toBe('pods "x" not found');
    expect(statusMessage('404 page not found\n')).toBe('404 page not found');
  });
});
