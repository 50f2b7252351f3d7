import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { PodObject, PodSpec } from '../../../apis/core/pod_types';
import { Convert_v1_Pod_To_core_Pod } from '../../../apis/core/v1/pod_conversion';
import { SetObjectDefaults_Pod } from '../../../apis/core/v1/pod_defaults';
import type { DeleteOptions } from '../../rest/create';
import { podStatusStrategy } from './status_strategy';
import { computePodQOS, getAttrs, podStrategy } from './strategy';

const ctx: RequestContext = { namespace: 'default' };

function internalPod(spec: PodSpec, metadata: Record<string, unknown> = {}): PodObject {
  const v1: RuntimeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', ...metadata },
    spec,
  };
  SetObjectDefaults_Pod(v1);
  const out: RuntimeObject = {};
  Convert_v1_Pod_To_core_Pod(v1, out);
  return out as PodObject;
}

const container = (resources?: object) => ({
  name: 'c',
  image: 'nginx',
  ...(resources ? { resources } : {}),
});

describe('QoS class', () => {
  it.each<[string, PodSpec, string]>([
    ['no resources', { containers: [container()] }, 'BestEffort'],
    ['requests only', { containers: [container({ requests: { cpu: '100m' } })] }, 'Burstable'],
    [
      'limits on cpu and memory (requests default to them)',
      { containers: [container({ limits: { cpu: '1', memory: '1Gi' } })] },
      'Guaranteed',
    ],
    [
      'requests equal limits',
      {
        containers: [
          container({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1000m', memory: '1Gi' } }),
        ],
      },
      'Guaranteed',
    ],
    [
      'requests below limits',
      {
        containers: [
          container({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }),
        ],
      },
      'Burstable',
    ],
    ['memory limit only', { containers: [container({ limits: { memory: '1Gi' } })] }, 'Burstable'],
    [
      'one guaranteed, one best-effort container',
      { containers: [container({ limits: { cpu: '1', memory: '1Gi' } }), { name: 'd', image: 'busybox' }] },
      'Burstable',
    ],
    ['zero requests count as none', { containers: [container({ requests: { cpu: '0' } })] }, 'BestEffort'],
    [
      'pod-level resources',
      { resources: { limits: { cpu: '1', memory: '1Gi' } }, containers: [container()] },
      'Guaranteed',
    ],
  ])('%s → %s', (_name, spec, want) => {
    expect(computePodQOS(internalPod(spec))).toBe(want);
  });
});

describe('podStrategy', () => {
  it('prepares a created pod: generation 1, status Pending with its QoS class', () => {
    const p = internalPod({ containers: [container()] });
    p.status = { phase: 'Running', podIPs: [{ ip: '10.0.0.1' }] };
    p.metadata!.generation = 7;
    podStrategy.prepareForCreate(ctx, p);
    expect(p.metadata!.generation).toBe(1);
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    expect(podStrategy.validate(ctx, p)).toEqual([]);
  });

  it('keeps a client-sent qosClass, as Go reads status before replacing it', () => {
    const p = internalPod({ containers: [container()] });
    p.status = { qosClass: 'Guaranteed' };
    podStrategy.prepareForCreate(ctx, p);
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
  });

  it('adds the SchedulingGated condition to gated pods', () => {
    const p = internalPod({ containers: [container()], schedulingGates: [{ name: 'example.com/gate' }] });
    podStrategy.prepareForCreate(ctx, p);
    expect(p.status!.conditions).toEqual([
      {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: null,
        reason: 'SchedulingGated',
        message: 'Scheduling is blocked due to non-empty scheduling gates',
      },
    ]);
  });

  it('drops fields of disabled alpha features', () => {
    const p = internalPod({ containers: [container()], hostnameOverride: 'h' });
    podStrategy.prepareForCreate(ctx, p);
    expect(p.spec!.hostnameOverride).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, PodSpec, string[]]>([
    ['a DNS-label name', { name: 'web' }, { containers: [container()] }, []],
    [
      'a dotted name',
      { name: 'web.v1' },
      { containers: [container()] },
      [
        "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
      ],
    ],
    [
      'fractional memory',
      {},
      { containers: [container({ requests: { memory: '0.5' } })] },
      [
        'spec.containers[0].resources.requests[memory]: fractional byte value "500m" is invalid, must be an integer',
      ],
    ],
    [
      'a redefined env var',
      {},
      {
        containers: [
          {
            ...container(),
            env: [
              { name: 'A', value: '1' },
              { name: 'A', value: '2' },
            ],
          },
        ],
      },
      ['spec.containers[0].env[1]: hides previous definition of "A", which may be dropped when using apply'],
    ],
    [
      'a duplicate port',
      {},
      { containers: [{ ...container(), ports: [{ containerPort: 80 }, { containerPort: 80 }] }] },
      ['spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]'],
    ],
  ])('warns about %s', (_name, meta, spec, want) => {
    expect(podStrategy.warningsOnCreate(ctx, internalPod(spec, meta))).toEqual(want);
  });

  it('keeps the stored status on update and bumps the generation on spec changes', () => {
    const old = internalPod({ containers: [container()] });
    podStrategy.prepareForCreate(ctx, old);
    const same = internalPod({ containers: [container()] });
    same.metadata!.generation = 1;
    same.status = { phase: 'Succeeded' };
    podStrategy.prepareForUpdate(ctx, same, old);
    expect(same.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    expect(same.metadata!.generation).toBe(1);

    const changed = internalPod({ containers: [{ ...container(), image: 'nginx:1.27' }] });
    changed.metadata!.generation = 1;
    podStrategy.prepareForUpdate(ctx, changed, old);
    expect(changed.metadata!.generation).toBe(2);
  });

  it('is namespaced, allows unconditional updates and no create on update', () => {
    expect(podStrategy.namespaceScoped()).toBe(true);
    expect(podStrategy.allowUnconditionalUpdate()).toBe(true);
    expect(podStrategy.allowCreateOnUpdate()).toBe(false);
    expect(podStrategy.groupKind()).toEqual({ group: '', kind: 'Pod' });
  });

  it.each<[string, PodSpec, string | undefined, number | undefined, number]>([
    ['unscheduled pod', { containers: [container()] }, undefined, undefined, 0],
    [
      'scheduled pod, default grace',
      { containers: [container()], nodeName: 'node-1' },
      'Running',
      undefined,
      30,
    ],
    [
      'scheduled pod, spec grace',
      { containers: [container()], nodeName: 'node-1', terminationGracePeriodSeconds: 5 },
      'Running',
      undefined,
      5,
    ],
    ['explicit grace wins', { containers: [container()], nodeName: 'node-1' }, 'Running', 10, 10],
    ['explicit zero', { containers: [container()], nodeName: 'node-1' }, 'Running', 0, 0],
    ['succeeded pod', { containers: [container()], nodeName: 'node-1' }, 'Succeeded', 10, 0],
    ['failed pod', { containers: [container()], nodeName: 'node-1' }, 'Failed', undefined, 0],
    ['negative grace becomes 1', { containers: [container()], nodeName: 'node-1' }, 'Running', -5, 1],
  ])('checkGracefulDelete: %s → %d', (_name, spec, phase, grace, want) => {
    const p = internalPod(spec);
    p.status = phase ? { phase } : {};
    const options: DeleteOptions = grace === undefined ? {} : { gracePeriodSeconds: grace };
    expect(podStrategy.checkGracefulDelete!(ctx, p, options)).toBe(true);
    expect(options.gracePeriodSeconds).toBe(want);
  });

  it('exposes labels and the selectable fields', () => {
    const p = internalPod({ containers: [container()], nodeName: 'node-1' }, { labels: { app: 'web' } });
    p.status = { phase: 'Running', podIPs: [{ ip: '10.0.0.7' }] };
    expect(getAttrs(p)).toEqual({
      labels: { app: 'web' },
      fields: {
        'spec.nodeName': 'node-1',
        'spec.restartPolicy': 'Always',
        'spec.schedulerName': 'default-scheduler',
        'spec.serviceAccountName': '',
        'spec.hostNetwork': 'false',
        'status.phase': 'Running',
        'status.podIP': '10.0.0.7',
        'status.nominatedNodeName': '',
        'metadata.name': 'web',
        'metadata.namespace': 'default',
      },
    });
  });
});

describe('podStatusStrategy', () => {
  it('keeps the spec and owner references, backfills qosClass and observedGeneration', () => {
    const old = internalPod(
      { containers: [container()] },
      { ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'x', uid: '1' }] },
    );
    old.status = {
      phase: 'Pending',
      qosClass: 'BestEffort',
      observedGeneration: 1,
      conditions: [{ type: 'Ready', status: 'False', observedGeneration: 1 }],
    };
    const updated = internalPod({ containers: [{ ...container(), image: 'evil' }] }, { labels: { x: 'y' } });
    updated.status = { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] };
    podStatusStrategy.prepareForUpdate(ctx, updated, old);
    expect(updated.spec!.containers![0]!.image).toBe('nginx');
    expect(updated.metadata!.ownerReferences).toEqual(old.metadata!.ownerReferences);
    expect(updated.metadata!.labels).toEqual({ x: 'y' });
    expect(updated.status).toEqual({
      phase: 'Running',
      qosClass: 'BestEffort',
      observedGeneration: 1,
      conditions: [{ type: 'Ready', status: 'True', observedGeneration: 1 }],
    });
  });

  it('validates with ValidatePodStatusUpdate', () => {
    const old = internalPod({ containers: [container()] }, { resourceVersion: '1' });
    old.status = { phase: 'Pending', qosClass: 'BestEffort' };
    const updated = internalPod({ containers: [container()] }, { resourceVersion: '1' });
    updated.status = { phase: 'Running', qosClass: 'Guaranteed' };
    expect(podStatusStrategy.validateUpdate(ctx, updated, old).map((e) => e.error())).toEqual([
      'status.qosClass: Invalid value: "Guaranteed": field is immutable',
    ]);
  });
});
