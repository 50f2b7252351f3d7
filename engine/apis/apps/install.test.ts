import { describe, expect, it } from 'vitest';
import { setType, typeOf, type RuntimeObject } from '../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../runtime/scheme';
import { marshal, orderStruct } from '../../runtime/serializer/json/gojson';
import { installAutoscaling } from '../autoscaling/install';
import { V1Scale } from '../autoscaling/v1/types';
import { installApps } from './install';
import { AppsDeployment } from './types';
import { DeploymentDef, V1Deployment, V1ReplicaSet } from './v1/types';
import { V1beta1Deployment } from './v1beta1/types';

const newScheme = () => {
  const s = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  installApps(s);
  installAutoscaling(s);
  return s;
};

const template = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
};

describe('installApps', () => {
  it('prefers apps/v1 over apps/v1beta1', () => {
    expect(newScheme().prioritizedVersionsForGroup('apps')).toEqual([
      { group: 'apps', version: 'v1' },
      { group: 'apps', version: 'v1beta1' },
    ]);
  });

  it('registers the kinds in each version', () => {
    const s = newScheme();
    expect([...s.knownTypes({ group: 'apps', version: 'v1' }).keys()].sort()).toEqual([
      'Deployment',
      'DeploymentList',
      'ReplicaSet',
      'ReplicaSetList',
    ]);
    expect([...s.knownTypes({ group: 'apps', version: 'v1beta1' }).keys()].sort()).toEqual([
      'Deployment',
      'DeploymentList',
    ]);
    expect(s.typeFor({ group: 'apps', version: 'v1', kind: 'ReplicaSet' })).toBe(V1ReplicaSet);
    expect(s.typeFor({ group: 'autoscaling', version: 'v1', kind: 'Scale' })).toBe(V1Scale);
  });

  it('names the registered conversions and defaulters like the generated Go functions', () => {
    const s = newScheme();
    expect(s.conversionsOf(V1Deployment).map((c) => c.name)).toEqual([
      'Convert_v1_Deployment_To_apps_Deployment',
    ]);
    expect(
      s
        .conversionsOf(AppsDeployment)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Convert_apps_Deployment_To_v1_Deployment', 'Convert_apps_Deployment_To_v1beta1_Deployment']);
    expect(s.defaulterName(V1beta1Deployment)).toBe('SetObjectDefaults_Deployment');
  });

  it('defaults by type: apps/v1beta1 derives the selector, apps/v1 does not', () => {
    const s = newScheme();
    const beta = setType(
      { apiVersion: 'apps/v1beta1', kind: 'Deployment', spec: { template } },
      V1beta1Deployment,
    );
    const v1 = setType({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template } }, V1Deployment);
    s.default(beta);
    s.default(v1);
    expect((beta.spec as Record<string, unknown>)['selector']).toEqual({ matchLabels: { app: 'web' } });
    expect((beta.spec as Record<string, unknown>)['revisionHistoryLimit']).toBe(2);
    expect((v1.spec as Record<string, unknown>)['selector']).toBeUndefined();
    expect((v1.spec as Record<string, unknown>)['revisionHistoryLimit']).toBe(10);
  });

  it('converts apps/v1beta1 to apps/v1 through the internal hub: rollbackTo becomes the annotation', () => {
    const s = newScheme();
    const beta = setType(
      {
        apiVersion: 'apps/v1beta1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'web' } },
          template,
          rollbackTo: { revision: 3 },
        },
      },
      V1beta1Deployment,
    );
    const internal = s.convertToVersion(beta, internalGroupVersioner);
    expect(typeOf(internal)).toBe(AppsDeployment);
    expect(internal.apiVersion).toBeUndefined();
    const v1 = s.convertToVersion(internal, groupVersioner({ group: 'apps', version: 'v1' }));
    expect(typeOf(v1)).toBe(V1Deployment);
    expect(v1.apiVersion).toBe('apps/v1');
    expect(v1.kind).toBe('Deployment');
    expect(v1.metadata?.annotations).toEqual({ 'deprecated.deployment.rollback.to': '3' });
    expect(v1.spec).not.toHaveProperty('rollbackTo');
  });

  it('encodes apps/v1 in Go field order with a null selector and an empty status', () => {
    const obj: RuntimeObject = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name: 'web' },
      spec: { replicas: 1, template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
      status: {},
    };
    expect(marshal(orderStruct(DeploymentDef, obj))).toBe(
      '{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","creationTimestamp":null},"spec":{"replicas":1,"selector":null,"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"c","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}',
    );
  });
});
