import { describe, expect, it } from 'vitest';
import type { ResourceQuota, ResourceQuotaSpec } from '../resourcequota_types';
import {
  validateResourceQuota,
  validateResourceQuotaStatusUpdate,
  validateResourceQuotaUpdate,
} from './resourcequota';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const rq = (spec: ResourceQuotaSpec, status: ResourceQuota['status'] = {}): ResourceQuota => ({
  metadata: { name: 'quota', namespace: 'default', resourceVersion: '5' },
  spec,
  status,
});

describe('validateResourceQuota', () => {
  it.each<[string, ResourceQuota, string[]]>([
    [
      'compute and object counts',
      rq({
        hard: { 'requests.cpu': '1', 'limits.memory': '2Gi', pods: '10', 'count/deployments.apps': '3' },
      }),
      [],
    ],
    ['BestEffort with pods', rq({ hard: { pods: '5' }, scopes: ['BestEffort'] }), []],
    [
      'a PriorityClass selector',
      rq({
        hard: { pods: '5' },
        scopeSelector: {
          matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }],
        },
      }),
      [],
    ],
    [
      'a negative value',
      rq({ hard: { secrets: '-1' } }),
      ['spec.hard[secrets]: Invalid value: "-1": must be greater than or equal to 0'],
    ],
    [
      'a fractional count',
      rq({ hard: { pods: '500m' } }),
      [
        'spec.hard[pods]: Invalid value: resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}: must be an integer',
      ],
    ],
    [
      'a resource quota does not track',
      rq({ hard: { storage: '1Gi' } }),
      ['spec.hard[storage]: Invalid value: storage: must be a standard resource for quota'],
    ],
    [
      'an unqualified unknown resource',
      rq({ hard: { gpus: '1' } }),
      [
        'spec.hard[gpus]: Invalid value: gpus: must be a standard resource type or fully qualified',
        'spec.hard[gpus]: Invalid value: gpus: must be a standard resource for quota',
      ],
    ],
    [
      'an unknown scope',
      rq({ hard: { pods: '1' }, scopes: ['Sometimes'] }),
      ['spec.scopes: Invalid value: []core.ResourceQuotaScope{"Sometimes"}: unsupported scope'],
    ],
    [
      'BestEffort applied to cpu',
      rq({ hard: { cpu: '1', pods: '1' }, scopes: ['BestEffort'] }),
      [
        'spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort"}: unsupported scope applied to resource',
      ],
    ],
    [
      'conflicting scopes',
      rq({ hard: { pods: '1' }, scopes: ['Terminating', 'NotTerminating'] }),
      [
        'spec.scopes: Invalid value: []core.ResourceQuotaScope{"Terminating", "NotTerminating"}: conflicting scopes',
      ],
    ],
    [
      'a selector with a wrong operator and values',
      rq({
        hard: { pods: '1' },
        scopeSelector: { matchExpressions: [{ scopeName: 'BestEffort', operator: 'In', values: [] }] },
      }),
      [
        'spec.scopeSelector.matchExpressions.operator: Invalid value: "In": must be \'Exists\' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity',
        "spec.scopeSelector.matchExpressions.values: Required value: must be at least one value when `operator` is 'In' or 'NotIn' for scope selector",
      ],
    ],
    [
      'a selector with Exists and values, and an unknown operator',
      rq({
        hard: { pods: '1' },
        scopeSelector: {
          matchExpressions: [
            { scopeName: 'PriorityClass', operator: 'Exists', values: ['a'] },
            { scopeName: 'PriorityClass', operator: 'Near' },
          ],
        },
      }),
      [
        "spec.scopeSelector.matchExpressions.values: Invalid value: []string{\"a\"}: must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector",
        'spec.scopeSelector.matchExpressions.operator: Invalid value: "Near": not a valid selector operator',
      ],
    ],
    [
      'a bad status entry',
      rq({ hard: { pods: '1' } }, { used: { pods: '-1' } }),
      ['status.used[pods]: Invalid value: "-1": must be greater than or equal to 0'],
    ],
  ])('%s', (_name, obj, want) => {
    expect(msgs(validateResourceQuota(obj))).toEqual(want);
  });
});

describe('validateResourceQuotaUpdate', () => {
  it('scopes may not change', () => {
    const old = rq({ hard: { pods: '1' }, scopes: ['BestEffort'] });
    expect(
      msgs(validateResourceQuotaUpdate(rq({ hard: { pods: '2' }, scopes: ['BestEffort'] }), old)),
    ).toEqual([]);
    expect(msgs(validateResourceQuotaUpdate(rq({ hard: { pods: '2' } }), old))).toEqual([
      'spec.scopes: Invalid value: []core.ResourceQuotaScope(nil): field is immutable',
    ]);
  });

  it('a status update needs a resourceVersion and valid lists', () => {
    const old = rq({ hard: { pods: '1' } });
    const next: ResourceQuota = {
      metadata: { name: 'quota', namespace: 'default' },
      spec: { hard: { pods: '1' } },
      status: { hard: { pods: '1' }, used: { pods: '500m' } },
    };
    expect(msgs(validateResourceQuotaStatusUpdate(next, old))).toEqual([
      'metadata.resourceVersion: Invalid value: "": must be specified for an update',
      'resourceVersion: Required value',
      'status.used[pods]: Invalid value: resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}: must be an integer',
    ]);
  });
});
