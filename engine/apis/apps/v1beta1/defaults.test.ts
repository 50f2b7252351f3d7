import { describe, expect, it } from 'vitest';
import type { RuntimeObject } from '../../../runtime/object';
import { SetObjectDefaults_Deployment } from './defaults';

const deployment = (spec: Record<string, unknown> = {}, labels?: Record<string, string>): RuntimeObject => ({
  metadata: { name: 'web', ...(labels ? { labels } : {}) },
  spec: {
    template: {
      metadata: { labels: { app: 'web', tier: 'fe' } },
      spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] },
    },
    ...spec,
  },
});

describe('apps/v1beta1 SetObjectDefaults_Deployment', () => {
  it('defaults the selector and the labels from the template labels', () => {
    const d = deployment();
    SetObjectDefaults_Deployment(d);
    expect((d.spec as Record<string, unknown>)['selector']).toEqual({
      matchLabels: { app: 'web', tier: 'fe' },
    });
    expect(d.metadata?.labels).toEqual({ app: 'web', tier: 'fe' });
  });

  it('keeps an explicit selector and non-empty labels', () => {
    const d = deployment({ selector: { matchLabels: { app: 'web' } } }, { team: 'x' });
    SetObjectDefaults_Deployment(d);
    expect((d.spec as Record<string, unknown>)['selector']).toEqual({ matchLabels: { app: 'web' } });
    expect(d.metadata?.labels).toEqual({ team: 'x' });
  });

  it('leaves selector and labels unset when the template has no labels', () => {
    const d: RuntimeObject = { metadata: { name: 'web' }, spec: { template: { spec: { containers: [] } } } };
    SetObjectDefaults_Deployment(d);
    expect((d.spec as Record<string, unknown>)['selector']).toBeUndefined();
    expect(d.metadata?.labels).toBeUndefined();
  });

  it('defaults revisionHistoryLimit to 2 and the rest like apps/v1', () => {
    const d = deployment();
    SetObjectDefaults_Deployment(d);
    const spec = d.spec as Record<string, unknown>;
    expect(spec['revisionHistoryLimit']).toBe(2);
    expect(spec['replicas']).toBe(1);
    expect(spec['progressDeadlineSeconds']).toBe(600);
    expect(spec['strategy']).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
    });
    const container = (spec['template'] as { spec: { containers: Record<string, unknown>[] } }).spec
      .containers[0]!;
    expect(container['imagePullPolicy']).toBe('IfNotPresent');
  });
});
