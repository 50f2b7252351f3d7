import { describe, expect, it } from 'vitest';
import { setType, type RuntimeObject } from '../../../runtime/object';
import { AppsDeployment, AppsReplicaSet, type Deployment } from '../types';
import {
  Convert_apps_Deployment_To_v1_Deployment,
  Convert_apps_DeploymentList_To_v1_DeploymentList,
  Convert_apps_ReplicaSet_To_v1_ReplicaSet,
  Convert_v1_Deployment_To_apps_Deployment,
  Convert_v1_ReplicaSet_To_apps_ReplicaSet,
  parseInt64,
} from './conversion';
import { V1Deployment, V1ReplicaSet } from './types';

const toInternal = (v1: RuntimeObject): Deployment => {
  const out = setType({}, AppsDeployment) as RuntimeObject;
  Convert_v1_Deployment_To_apps_Deployment(setType(v1, V1Deployment), out);
  return out as Deployment;
};
const toV1 = (internal: RuntimeObject): RuntimeObject => {
  const out = setType({}, V1Deployment) as RuntimeObject;
  Convert_apps_Deployment_To_v1_Deployment(internal, out);
  return out;
};

const v1Deployment = (
  extra: Record<string, unknown> = {},
  annotations?: Record<string, string>,
): RuntimeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', ...(annotations ? { annotations } : {}) },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } },
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
    ...extra,
  },
  status: { replicas: 3, readyReplicas: 2 },
});

describe('apps/v1 Deployment <-> internal', () => {
  it('drops TypeMeta and keeps spec, metadata and status', () => {
    const d = toInternal(v1Deployment());
    expect(d.apiVersion).toBeUndefined();
    expect(d.kind).toBeUndefined();
    expect(d.spec).toEqual({
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect(d.status).toEqual({ replicas: 3, readyReplicas: 2 });
  });

  it('turns nil pointers into zero values inside and always sets them back out', () => {
    const d = toInternal(
      v1Deployment({ replicas: undefined, strategy: { type: 'RollingUpdate', rollingUpdate: {} } }),
    );
    expect(d.spec?.replicas).toBe(0);
    expect(d.spec?.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: 0 },
    });
    const back = toV1(d) as { spec: Record<string, unknown> };
    expect(back.spec['replicas']).toBe(0);
    expect(back.spec['strategy']).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: 0 },
    });
  });

  it('canonicalizes zero value fields so an explicit 0 equals an omitted one', () => {
    expect(toInternal(v1Deployment({ minReadySeconds: 0, paused: false })).spec).toEqual(
      toInternal(v1Deployment()).spec,
    );
  });

  it('reads the deprecated rollback annotation into spec.rollbackTo and removes it', () => {
    const d = toInternal(v1Deployment({}, { 'deprecated.deployment.rollback.to': '4', keep: 'me' }));
    expect(d.spec?.rollbackTo).toEqual({ revision: 4 });
    expect(d.metadata?.annotations).toEqual({ keep: 'me' });
  });

  it('drops an annotations map the rollback annotation leaves empty', () => {
    const d = toInternal(v1Deployment({}, { 'deprecated.deployment.rollback.to': '0' }));
    expect(d.spec?.rollbackTo).toEqual({});
    expect(d.metadata).not.toHaveProperty('annotations');
  });

  it('ignores an empty rollback annotation', () => {
    const d = toInternal(v1Deployment({}, { 'deprecated.deployment.rollback.to': '' }));
    expect(d.spec).not.toHaveProperty('rollbackTo');
    expect(d.metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '' });
  });

  it.each([
    [
      'abc',
      'failed to parse annotation[deprecated.deployment.rollback.to]=abc as int64: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      '9223372036854775808',
      'failed to parse annotation[deprecated.deployment.rollback.to]=9223372036854775808 as int64: strconv.ParseInt: parsing "9223372036854775808": value out of range',
    ],
  ])('fails on a rollback annotation %s', (value, message) => {
    expect(() => toInternal(v1Deployment({}, { 'deprecated.deployment.rollback.to': value }))).toThrow(
      message,
    );
  });

  it('writes spec.rollbackTo back as the annotation', () => {
    const internal = toInternal(v1Deployment());
    internal.spec!.rollbackTo = { revision: 7 };
    expect(toV1(internal).metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '7' });
    internal.spec!.rollbackTo = {};
    expect(toV1(internal).metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '0' });
  });

  it('removes a stale rollback annotation when rollbackTo is nil', () => {
    const internal = toInternal(v1Deployment());
    internal.metadata!.annotations = { 'deprecated.deployment.rollback.to': '3', a: 'b' };
    expect(toV1(internal).metadata?.annotations).toEqual({ a: 'b' });
  });

  it('round-trips v1 -> internal -> v1', () => {
    const original = v1Deployment({}, { 'deprecated.deployment.rollback.to': '2' });
    const back = toV1(toInternal(structuredCopy(original)));
    expect(back.spec).toEqual(original.spec);
    expect(back.metadata).toEqual(original.metadata);
  });

  it('does not change its input', () => {
    const original = v1Deployment({}, { 'deprecated.deployment.rollback.to': '2' });
    const before = JSON.stringify(original);
    toInternal(original);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('converts the pod template with core rules (serviceAccount is v1-only)', () => {
    const d = toInternal(
      v1Deployment({
        template: { spec: { serviceAccount: 'robot', containers: [{ name: 'c', image: 'x' }] } },
      }),
    );
    expect(d.spec?.template?.spec).toEqual({
      serviceAccountName: 'robot',
      containers: [{ name: 'c', image: 'x' }],
    });
    expect(
      (toV1(d).spec as { template: { spec: Record<string, unknown> } }).template.spec['serviceAccount'],
    ).toBe('robot');
  });

  it('converts lists item by item', () => {
    const internal = toInternal(v1Deployment());
    internal.spec!.rollbackTo = { revision: 1 };
    const list = { metadata: { resourceVersion: '5' }, items: [internal] } as RuntimeObject;
    const out = {} as RuntimeObject;
    Convert_apps_DeploymentList_To_v1_DeploymentList(list, out);
    expect(out.metadata).toEqual({ resourceVersion: '5' });
    const item = (out.items as RuntimeObject[])[0]!;
    expect(item.metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '1' });
  });
});

describe('apps/v1 ReplicaSet <-> internal', () => {
  it('makes replicas a value and back a pointer', () => {
    const out = setType({}, AppsReplicaSet) as RuntimeObject;
    Convert_v1_ReplicaSet_To_apps_ReplicaSet(
      setType({ metadata: { name: 'rs' }, spec: { selector: { matchLabels: { a: 'b' } } } }, V1ReplicaSet),
      out,
    );
    expect(out.spec).toEqual({ replicas: 0, selector: { matchLabels: { a: 'b' } }, template: {} });
    expect(out.status).toEqual({});
    const back = setType({}, V1ReplicaSet) as RuntimeObject;
    Convert_apps_ReplicaSet_To_v1_ReplicaSet(out, back);
    expect(back.spec).toEqual({ replicas: 0, selector: { matchLabels: { a: 'b' } }, template: {} });
  });
});

describe('parseInt64 (strconv.ParseInt base 10)', () => {
  it.each([
    ['42', { value: 42 }],
    ['+7', { value: 7 }],
    ['-3', { value: -3 }],
    ['1.5', { error: 'strconv.ParseInt: parsing "1.5": invalid syntax' }],
    [' 1', { error: 'strconv.ParseInt: parsing " 1": invalid syntax' }],
  ])('%j', (input, want) => {
    expect(parseInt64(input)).toEqual(want);
  });
});

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
