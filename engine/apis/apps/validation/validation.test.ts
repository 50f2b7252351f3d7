import { describe, expect, it } from 'vitest';
import { newInvalid } from '../../../api/errors/errors';
import { setType, type RuntimeObject } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import { validateScale } from '../../autoscaling/validation/validation';
import { AppsDeployment, AppsReplicaSet, type Deployment, type ReplicaSet } from '../types';
import {
  Convert_v1_Deployment_To_apps_Deployment,
  Convert_v1_ReplicaSet_To_apps_ReplicaSet,
} from '../v1/conversion';
import { SetObjectDefaults_Deployment, SetObjectDefaults_ReplicaSet } from '../v1/defaults';
import {
  validateDeployment,
  validateDeploymentStatusUpdate,
  validateDeploymentUpdate,
  validateReplicaSet,
  validateReplicaSetStatusUpdate,
  validateReplicaSetUpdate,
} from './validation';

const v1Workload = (): RuntimeObject => ({
  metadata: { name: 'web', namespace: 'default', resourceVersion: '7' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
  },
});

/** A defaulted, converted (internal) Deployment that passes validation; `mutate` edits the internal object. */
function deployment(mutate: (d: Deployment) => void = () => {}): Deployment {
  const v1 = v1Workload();
  SetObjectDefaults_Deployment(v1);
  const out = setType({}, AppsDeployment) as RuntimeObject;
  Convert_v1_Deployment_To_apps_Deployment(v1, out);
  const d = out as Deployment;
  mutate(d);
  return d;
}

function replicaSet(mutate: (r: ReplicaSet) => void = () => {}): ReplicaSet {
  const v1 = v1Workload();
  SetObjectDefaults_ReplicaSet(v1);
  const out = setType({}, AppsReplicaSet) as RuntimeObject;
  Convert_v1_ReplicaSet_To_apps_ReplicaSet(v1, out);
  const r = out as ReplicaSet;
  mutate(r);
  return r;
}

const messages = (errs: ErrorList) => errs.map((e) => e.error());

describe('ValidateDeployment', () => {
  it('accepts a defaulted deployment', () => {
    expect(messages(validateDeployment(deployment()))).toEqual([]);
  });

  it.each<[string, (d: Deployment) => void, string[]]>([
    [
      'missing selector',
      (d) => delete d.spec!.selector,
      [
        'spec.selector: Required value',
        'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      ],
    ],
    [
      'selector not matching the template labels',
      (d) => (d.spec!.selector = { matchLabels: { app: 'x', tier: 'fe' } }),
      [
        'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      ],
    ],
    [
      'template without labels',
      (d) => delete d.spec!.template!.metadata,
      [
        'spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`',
      ],
    ],
    [
      'several template labels, printed sorted',
      (d) => {
        d.spec!.template!.metadata!.labels = { z: '1', app: 'other', b: '2' };
      },
      [
        'spec.template.metadata.labels: Invalid value: map[string]string{"app":"other", "b":"2", "z":"1"}: `selector` does not match template `labels`',
      ],
    ],
    [
      'empty selector',
      (d) => (d.spec!.selector = {}),
      [
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
      ],
    ],
    [
      'bad selector operator',
      (d) => (d.spec!.selector = { matchExpressions: [{ key: 'app', operator: 'Is', values: ['web'] }] }),
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator',
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Is", Values:[]string{"web"}}}}: invalid label selector',
      ],
    ],
    [
      'In without values',
      (d) => (d.spec!.selector = { matchExpressions: [{ key: 'app', operator: 'In' }] }),
      [
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"In", Values:[]string(nil)}}}: invalid label selector',
      ],
    ],
    [
      'negative replicas',
      (d) => (d.spec!.replicas = -1),
      ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'negative minReadySeconds',
      (d) => (d.spec!.minReadySeconds = -5),
      ['spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0'],
    ],
    [
      'negative revisionHistoryLimit',
      (d) => (d.spec!.revisionHistoryLimit = -1),
      ['spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'progressDeadlineSeconds not above minReadySeconds',
      (d) => {
        d.spec!.minReadySeconds = 600;
      },
      ['spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds'],
    ],
    [
      'negative progressDeadlineSeconds',
      (d) => (d.spec!.progressDeadlineSeconds = -1),
      [
        'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than or equal to 0',
        'spec.progressDeadlineSeconds: Invalid value: -1: must be greater than minReadySeconds',
      ],
    ],
    [
      'maxUnavailable that is not a percent',
      (d) => (d.spec!.strategy!.rollingUpdate!.maxUnavailable = 'abc'),
      [
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"abc\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      ],
    ],
    [
      'negative maxSurge',
      (d) => (d.spec!.strategy!.rollingUpdate!.maxSurge = -2),
      ['spec.strategy.rollingUpdate.maxSurge: Invalid value: -2: must be greater than or equal to 0'],
    ],
    [
      'maxUnavailable and maxSurge both zero',
      (d) => (d.spec!.strategy!.rollingUpdate = { maxUnavailable: 0, maxSurge: '0%' }),
      [
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
      ],
    ],
    [
      'maxUnavailable above 100%',
      (d) => (d.spec!.strategy!.rollingUpdate!.maxUnavailable = '110%'),
      [
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}: must not be greater than 100%',
      ],
    ],
    [
      'Recreate with rollingUpdate',
      (d) => (d.spec!.strategy!.type = 'Recreate'),
      ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ],
    [
      'RollingUpdate without rollingUpdate',
      (d) => delete d.spec!.strategy!.rollingUpdate,
      ['spec.strategy.rollingUpdate: Required value: this should be defaulted and never be nil'],
    ],
    [
      'unknown strategy type',
      (d) => (d.spec!.strategy = { type: 'BlueGreen' }),
      [
        'spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
      ],
    ],
    [
      'negative rollback revision',
      (d) => (d.spec!.rollbackTo = { revision: -1 }),
      ['spec.rollback.version: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'restartPolicy other than Always',
      (d) => (d.spec!.template!.spec!.restartPolicy = 'Never'),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'activeDeadlineSeconds',
      (d) => (d.spec!.template!.spec!.activeDeadlineSeconds = 30),
      [
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
      ],
    ],
    [
      'invalid name',
      (d) => (d.metadata!.name = 'Web_1'),
      [
        "metadata.name: Invalid value: \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
  ])('%s', (_name, mutate, want) => {
    expect(messages(validateDeployment(deployment(mutate)))).toEqual(want);
  });

  it('produces the Status message kubectl shows for a missing selector', () => {
    const errs = validateDeployment(deployment((d) => delete d.spec!.selector));
    const status = newInvalid({ group: 'apps', kind: 'Deployment' }, 'web', errs).status;
    expect(status.message).toBe(
      'Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`]',
    );
    expect(status.details?.causes).toEqual([
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' },
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
        field: 'spec.template.metadata.labels',
      },
    ]);
  });
});

describe('ValidateDeploymentUpdate', () => {
  it('accepts a spec change that keeps the selector', () => {
    const old = deployment();
    const update = deployment((d) => (d.spec!.replicas = 5));
    expect(messages(validateDeploymentUpdate(update, old))).toEqual([]);
  });

  it('rejects a selector change: field is immutable', () => {
    const old = deployment();
    const update = deployment((d) => {
      d.spec!.selector = { matchLabels: { app: 'web', tier: 'fe' } };
      d.spec!.template!.metadata!.labels = { app: 'web', tier: 'fe' };
    });
    expect(messages(validateDeploymentUpdate(update, old))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"fe"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });

  it('treats an empty matchExpressions list as unchanged (Semantic.DeepEqual)', () => {
    const old = deployment();
    const update = deployment((d) => (d.spec!.selector!.matchExpressions = []));
    expect(messages(validateDeploymentUpdate(update, old))).toEqual([]);
  });

  it('requires a resourceVersion', () => {
    const old = deployment();
    const update = deployment((d) => delete d.metadata!.resourceVersion);
    expect(messages(validateDeploymentUpdate(update, old))).toEqual([
      'metadata.resourceVersion: Invalid value: "": must be specified for an update',
    ]);
  });
});

describe('ValidateDeploymentStatusUpdate', () => {
  it.each<[string, NonNullable<Deployment['status']>, string[]]>([
    [
      'a consistent status',
      { replicas: 3, readyReplicas: 2, availableReplicas: 2, updatedReplicas: 3, collisionCount: 2 },
      [],
    ],
    [
      'more ready than replicas',
      { replicas: 1, readyReplicas: 2, availableReplicas: 1, collisionCount: 2 },
      ['status.readyReplicas: Invalid value: 2: cannot be greater than status.replicas'],
    ],
    [
      'more available than ready',
      { replicas: 3, readyReplicas: 1, availableReplicas: 2, collisionCount: 2 },
      ['status.availableReplicas: Invalid value: 2: cannot be greater than readyReplicas'],
    ],
    [
      'negative counts',
      { observedGeneration: -1, unavailableReplicas: -1, collisionCount: 2 },
      [
        'status.observedGeneration: Invalid value: -1: must be greater than or equal to 0',
        'status.unavailableReplicas: Invalid value: -1: must be greater than or equal to 0',
      ],
    ],
    [
      'collisionCount decremented',
      { collisionCount: 1 },
      ['status.collisionCount: Invalid value: 1: cannot be decremented'],
    ],
    ['collisionCount cleared', {}, ['status.collisionCount: Invalid value: 0: cannot be decremented']],
  ])('%s', (_name, status, want) => {
    const old = deployment((d) => (d.status = { collisionCount: 2 }));
    const update = deployment((d) => (d.status = status));
    expect(messages(validateDeploymentStatusUpdate(update, old))).toEqual(want);
  });
});

describe('ValidateReplicaSet', () => {
  it('accepts a defaulted replica set', () => {
    expect(messages(validateReplicaSet(replicaSet()))).toEqual([]);
  });

  it.each<[string, (r: ReplicaSet) => void, string[]]>([
    [
      'missing selector',
      (r) => delete r.spec!.selector,
      [
        'spec.selector: Required value',
        'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      ],
    ],
    [
      'empty selector (the message says deployment, as in Go)',
      (r) => (r.spec!.selector = { matchLabels: {} }),
      [
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
      ],
    ],
    [
      'negative replicas',
      (r) => (r.spec!.replicas = -3),
      ['spec.replicas: Invalid value: -3: must be greater than or equal to 0'],
    ],
    [
      'negative minReadySeconds',
      (r) => (r.spec!.minReadySeconds = -1),
      ['spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'invalid selector label value',
      (r) =>
        (r.spec!.selector = {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['a b'] }],
        }),
      [
        "spec.selector.matchExpressions[0].values[0]: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"a b"}}}}: invalid label selector',
      ],
    ],
  ])('%s', (_name, mutate, want) => {
    expect(messages(validateReplicaSet(replicaSet(mutate)))).toEqual(want);
  });

  it('rejects a selector change on update', () => {
    const old = replicaSet();
    const update = replicaSet((r) => {
      r.spec!.selector = { matchExpressions: [{ key: 'app', operator: 'Exists' }] };
    });
    expect(messages(validateReplicaSetUpdate(update, old))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Exists", Values:[]string(nil)}}}: field is immutable',
    ]);
  });

  it.each<[string, ReplicaSet['status'], string[]]>([
    [
      'a consistent status',
      { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 1 },
      [],
    ],
    [
      'more fully labeled than replicas',
      { replicas: 1, fullyLabeledReplicas: 2 },
      ['status.fullyLabeledReplicas: Invalid value: 2: cannot be greater than status.replicas'],
    ],
    [
      'more available than replicas and ready',
      { replicas: 1, readyReplicas: 1, availableReplicas: 2 },
      [
        'status.availableReplicas: Invalid value: 2: cannot be greater than status.replicas',
        'status.availableReplicas: Invalid value: 2: cannot be greater than readyReplicas',
      ],
    ],
    [
      'negative replicas (the zero counts then exceed it)',
      { replicas: -1 },
      [
        'status.replicas: Invalid value: -1: must be greater than or equal to 0',
        'status.fullyLabeledReplicas: Invalid value: 0: cannot be greater than status.replicas',
        'status.readyReplicas: Invalid value: 0: cannot be greater than status.replicas',
        'status.availableReplicas: Invalid value: 0: cannot be greater than status.replicas',
      ],
    ],
  ])('status: %s', (_name, status, want) => {
    const old = replicaSet();
    const update = replicaSet((r) => (r.status = status));
    expect(messages(validateReplicaSetStatusUpdate(update, old))).toEqual(want);
  });
});

describe('ValidateScale', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a valid scale', { metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 3 } }, []],
    [
      'negative replicas',
      { metadata: { name: 'web', namespace: 'default' }, spec: { replicas: -1 } },
      ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'no namespace',
      { metadata: { name: 'web' }, spec: { replicas: 1 } },
      ['metadata.namespace: Required value'],
    ],
  ])('%s', (_name, scale, want) => {
    expect(messages(validateScale(scale))).toEqual(want);
  });
});
