import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../endpoints/request/context';
import { setType, type RuntimeObject } from '../../../runtime/object';
import { AppsReplicaSet, type ReplicaSet } from '../../../apis/apps/types';
import { Convert_v1_ReplicaSet_To_apps_ReplicaSet } from '../../../apis/apps/v1/conversion';
import { SetObjectDefaults_ReplicaSet } from '../../../apis/apps/v1/defaults';
import { getAttrs, replicaSetStatusStrategy, replicaSetStrategy } from './strategy';

const ctx: RequestContext = { namespace: 'default' };

function replicaSet(mutate: (r: ReplicaSet) => void = () => {}): ReplicaSet {
  const v1: RuntimeObject = {
    metadata: {
      name: 'web-5d8f',
      namespace: 'default',
      resourceVersion: '3',
      generation: 2,
      labels: { app: 'web' },
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
    status: { replicas: 2, readyReplicas: 1 },
  };
  SetObjectDefaults_ReplicaSet(v1);
  const out = setType({}, AppsReplicaSet) as RuntimeObject;
  Convert_v1_ReplicaSet_To_apps_ReplicaSet(v1, out);
  mutate(out as ReplicaSet);
  return out as ReplicaSet;
}

describe('replicaSetStrategy', () => {
  it('PrepareForCreate clears status and sets generation 1', () => {
    const r = replicaSet();
    replicaSetStrategy.prepareForCreate(ctx, r);
    expect(r.status).toEqual({});
    expect(r.metadata?.generation).toBe(1);
    expect(replicaSetStrategy.validate(ctx, r)).toEqual([]);
  });

  it.each<[string, (r: ReplicaSet) => void, number]>([
    ['nothing changed', () => {}, 2],
    ['a scale', (r) => (r.spec!.replicas = 5), 3],
    [
      'an annotation change (does not count for ReplicaSets)',
      (r) => (r.metadata!.annotations = { a: 'b' }),
      2,
    ],
  ])('PrepareForUpdate with %s -> generation %i', (_name, mutate, generation) => {
    const old = replicaSet();
    const update = replicaSet(mutate);
    update.status = { replicas: 7 };
    replicaSetStrategy.prepareForUpdate(ctx, update, old);
    expect(update.metadata?.generation).toBe(generation);
    expect(update.status).toEqual({ replicas: 2, readyReplicas: 1 });
  });

  it('ValidateUpdate runs create and update validation, so spec errors are listed twice', () => {
    const old = replicaSet();
    const update = replicaSet((r) => (r.spec!.replicas = -1));
    expect(replicaSetStrategy.validateUpdate(ctx, update, old).map((e) => e.error())).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('GetAttrs adds status.replicas', () => {
    expect(getAttrs(replicaSet())).toEqual({
      labels: { app: 'web' },
      fields: { 'metadata.name': 'web-5d8f', 'metadata.namespace': 'default', 'status.replicas': '2' },
    });
    expect(getAttrs(replicaSet((r) => (r.status = {}))).fields['status.replicas']).toBe('0');
  });
});

describe('replicaSetStatusStrategy', () => {
  it('keeps the stored spec but lets labels change', () => {
    const old = replicaSet();
    const update = replicaSet((r) => {
      r.spec!.replicas = 9;
      r.metadata!.labels = { app: 'web', extra: 'x' };
      r.status = { replicas: 2, readyReplicas: 2, availableReplicas: 2 };
    });
    replicaSetStatusStrategy.prepareForUpdate(ctx, update, old);
    expect(update.spec).toEqual(old.spec);
    expect(update.metadata?.labels).toEqual({ app: 'web', extra: 'x' });
    expect(replicaSetStatusStrategy.validateUpdate(ctx, update, old)).toEqual([]);
  });
});
