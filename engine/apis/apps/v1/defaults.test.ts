import { describe, expect, it } from 'vitest';
import type { RuntimeObject } from '../../../runtime/object';
import {
  SetObjectDefaults_Deployment,
  SetObjectDefaults_DeploymentList,
  SetObjectDefaults_ReplicaSet,
} from './defaults';

const deployment = (spec: Record<string, unknown> = {}): RuntimeObject => ({
  metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    ...spec,
  },
});

describe('apps/v1 SetObjectDefaults_Deployment', () => {
  it('fills replicas, strategy, revisionHistoryLimit and progressDeadlineSeconds', () => {
    const d = deployment();
    SetObjectDefaults_Deployment(d);
    const spec = d.spec as Record<string, unknown>;
    expect(spec['replicas']).toBe(1);
    expect(spec['strategy']).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
    });
    expect(spec['revisionHistoryLimit']).toBe(10);
    expect(spec['progressDeadlineSeconds']).toBe(600);
  });

  it('keeps explicit values, including zero', () => {
    const d = deployment({
      replicas: 0,
      revisionHistoryLimit: 0,
      progressDeadlineSeconds: 30,
      strategy: { rollingUpdate: { maxUnavailable: 0 } },
    });
    SetObjectDefaults_Deployment(d);
    const spec = d.spec as Record<string, unknown>;
    expect(spec['replicas']).toBe(0);
    expect(spec['revisionHistoryLimit']).toBe(0);
    expect(spec['progressDeadlineSeconds']).toBe(30);
    expect(spec['strategy']).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' },
    });
  });

  it('adds no rollingUpdate for Recreate', () => {
    const d = deployment({ strategy: { type: 'Recreate' } });
    SetObjectDefaults_Deployment(d);
    expect((d.spec as Record<string, unknown>)['strategy']).toEqual({ type: 'Recreate' });
  });

  it('does not default a selector from the template labels', () => {
    const d = deployment({ selector: undefined });
    SetObjectDefaults_Deployment(d);
    expect((d.spec as Record<string, unknown>)['selector']).toBeUndefined();
    expect(d.metadata?.labels).toBeUndefined();
  });

  it('defaults the pod template like a PodSpec (no SetDefaults_Pod)', () => {
    const d = deployment();
    SetObjectDefaults_Deployment(d);
    const podSpec = ((d.spec as Record<string, unknown>)['template'] as { spec: Record<string, unknown> })
      .spec;
    expect(podSpec['restartPolicy']).toBe('Always');
    expect(podSpec['dnsPolicy']).toBe('ClusterFirst');
    expect(podSpec['terminationGracePeriodSeconds']).toBe(30);
    expect(podSpec['schedulerName']).toBe('default-scheduler');
    expect(podSpec['securityContext']).toEqual({});
    expect(podSpec).not.toHaveProperty('enableServiceLinks');
    expect((podSpec['containers'] as Record<string, unknown>[])[0]).toMatchObject({
      imagePullPolicy: 'Always',
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
  });

  it('defaults an empty object too (spec and template are value structs in Go)', () => {
    const d: RuntimeObject = {};
    SetObjectDefaults_Deployment(d);
    const spec = d.spec as Record<string, unknown>;
    expect(spec['replicas']).toBe(1);
    expect((spec['template'] as { spec: Record<string, unknown> }).spec['restartPolicy']).toBe('Always');
  });

  it('defaults every item of a list', () => {
    const list: RuntimeObject = { items: [deployment(), deployment({ replicas: 5 })] };
    SetObjectDefaults_DeploymentList(list);
    expect(
      (list.items as RuntimeObject[]).map((i) => (i.spec as Record<string, unknown>)['replicas']),
    ).toEqual([1, 5]);
  });
});

describe('apps/v1 SetObjectDefaults_ReplicaSet', () => {
  it('defaults replicas to 1 and nothing else of the spec', () => {
    const rs: RuntimeObject = { spec: { selector: { matchLabels: { a: 'b' } } } };
    SetObjectDefaults_ReplicaSet(rs);
    const spec = rs.spec as Record<string, unknown>;
    expect(spec['replicas']).toBe(1);
    expect(Object.keys(spec).sort()).toEqual(['replicas', 'selector', 'template']);
  });
});
