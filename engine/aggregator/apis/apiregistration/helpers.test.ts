import { describe, expect, it } from 'vitest';
import { apiServiceNameToGroupVersion, setAPIServiceCondition, sortedByGroupAndVersion } from './helpers';
import { compareKubeAwareVersionStrings } from './kubeversion';
import type { APIService } from './types';

const svc = (
  version: string,
  group: string,
  groupPriorityMinimum: number,
  versionPriority: number,
): APIService => ({
  metadata: { name: `${version}.${group}` },
  spec: { group, version, groupPriorityMinimum, versionPriority },
});
const names = (groups: APIService[][]) => groups.map((g) => g.map((s) => s.metadata!.name));

describe('SortedByGroupAndVersion', () => {
  it('orders groups by their best groupPriorityMinimum, ties by APIService name', () => {
    const sorted = sortedByGroupAndVersion([
      svc('v1', 'storage.k8s.io', 16800, 15),
      svc('v1', 'apiextensions.k8s.io', 16700, 15),
      svc('v1', 'admissionregistration.k8s.io', 16700, 15),
      svc('v1', 'autoscaling', 17500, 15),
      svc('v2', 'autoscaling', 17500, 30),
      svc('v1', 'apps', 17800, 15),
      svc('v1', '', 18000, 1),
    ]);
    expect(names(sorted)).toEqual([
      ['v1.'],
      ['v1.apps'],
      ['v2.autoscaling', 'v1.autoscaling'],
      ['v1.storage.k8s.io'],
      ['v1.admissionregistration.k8s.io'],
      ['v1.apiextensions.k8s.io'],
    ]);
  });

  it('a group takes the place of its highest-priority version', () => {
    const sorted = sortedByGroupAndVersion([
      svc('v1', 'a.example', 100, 15),
      svc('v1', 'b.example', 200, 15),
      svc('v2', 'a.example', 300, 1),
    ]);
    expect(names(sorted)).toEqual([['v1.a.example', 'v2.a.example'], ['v1.b.example']]);
  });

  it('orders versions of equal priority kube-aware', () => {
    const versions = [
      'v1',
      'v11alpha2',
      'foo10',
      'v10',
      'v2',
      'v3beta1',
      'v10beta3',
      'v12alpha1',
      'foo1',
      'v11beta2',
    ];
    const sorted = sortedByGroupAndVersion(versions.map((v) => svc(v, 'g.example', 100, 10)));
    expect(sorted[0]!.map((s) => s.spec!.version)).toEqual([
      'v10',
      'v2',
      'v1',
      'v11beta2',
      'v10beta3',
      'v3beta1',
      'v12alpha1',
      'v11alpha2',
      'foo1',
      'foo10',
    ]);
  });
});

describe('CompareKubeAwareVersionStrings', () => {
  it.each([
    ['v2', 'v1', 1],
    ['v1', 'v1beta2', 1],
    ['v1beta2', 'v1beta1', 1],
    ['v1beta1', 'v1alpha1', 1],
    ['v1alpha1', 'foo', 1],
    ['foo1', 'foo10', 1],
    ['v1', 'v1', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareKubeAwareVersionStrings(a, b))).toBe(sign);
    expect(Math.sign(compareKubeAwareVersionStrings(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

it('APIServiceNameToGroupVersion splits at the first dot', () => {
  expect(apiServiceNameToGroupVersion('v1.')).toEqual({ group: '', version: 'v1' });
  expect(apiServiceNameToGroupVersion('v1beta1.metrics.k8s.io')).toEqual({
    group: 'metrics.k8s.io',
    version: 'v1beta1',
  });
});

it('SetAPIServiceCondition moves lastTransitionTime only when the status changes', () => {
  const s: APIService = {
    status: {
      conditions: [
        { type: 'Available', status: 'False', lastTransitionTime: 't0', reason: 'A', message: 'a' },
      ],
    },
  };
  setAPIServiceCondition(s, {
    type: 'Available',
    status: 'False',
    lastTransitionTime: 't1',
    reason: 'B',
    message: 'b',
  });
  expect(s.status!.conditions).toEqual([
    { type: 'Available', status: 'False', lastTransitionTime: 't0', reason: 'B', message: 'b' },
  ]);
  setAPIServiceCondition(s, {
    type: 'Available',
    status: 'True',
    lastTransitionTime: 't2',
    reason: 'Local',
    message: 'm',
  });
  expect(s.status!.conditions).toEqual([
    { type: 'Available', status: 'True', lastTransitionTime: 't2', reason: 'Local', message: 'm' },
  ]);
});
