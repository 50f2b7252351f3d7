import { describe, expect, it } from 'vitest';
import { setType, type RuntimeObject } from '../../../runtime/object';
import { AppsDeployment, type Deployment } from '../types';
import {
  Convert_apps_Deployment_To_v1beta1_Deployment,
  Convert_v1beta1_Deployment_To_apps_Deployment,
} from './conversion';
import { V1beta1Deployment } from './types';

const v1beta1 = (spec: Record<string, unknown>, annotations?: Record<string, string>): RuntimeObject =>
  setType(
    {
      apiVersion: 'apps/v1beta1',
      kind: 'Deployment',
      metadata: { name: 'web', ...(annotations ? { annotations } : {}) },
      spec: {
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        },
        ...spec,
      },
    },
    V1beta1Deployment,
  );

const toInternal = (obj: RuntimeObject): Deployment => {
  const out = setType({}, AppsDeployment) as RuntimeObject;
  Convert_v1beta1_Deployment_To_apps_Deployment(obj, out);
  return out as Deployment;
};

describe('apps/v1beta1 Deployment <-> internal', () => {
  it('carries rollbackTo as a field, not an annotation', () => {
    const d = toInternal(v1beta1({ replicas: 2, rollbackTo: { revision: 3 } }));
    expect(d.spec?.rollbackTo).toEqual({ revision: 3 });
    expect(d.metadata).not.toHaveProperty('annotations');
    const back = setType({}, V1beta1Deployment) as RuntimeObject;
    Convert_apps_Deployment_To_v1beta1_Deployment(d, back);
    expect((back.spec as Record<string, unknown>)['rollbackTo']).toEqual({ revision: 3 });
    expect(back.metadata).toEqual({ name: 'web' });
  });

  it('leaves the apps/v1 rollback annotation alone', () => {
    const d = toInternal(v1beta1({}, { 'deprecated.deployment.rollback.to': '5' }));
    expect(d.spec).not.toHaveProperty('rollbackTo');
    expect(d.metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '5' });
  });

  it('accepts a missing selector and a nil replicas pointer', () => {
    const d = toInternal(v1beta1({}));
    expect(d.spec?.replicas).toBe(0);
    expect(d.spec).not.toHaveProperty('selector');
  });

  it('writes a zero revision as an empty rollbackTo', () => {
    const d = toInternal(v1beta1({ rollbackTo: {} }));
    expect(d.spec?.rollbackTo).toEqual({});
    const back = setType({}, V1beta1Deployment) as RuntimeObject;
    Convert_apps_Deployment_To_v1beta1_Deployment(d, back);
    expect((back.spec as Record<string, unknown>)['rollbackTo']).toEqual({});
  });
});
