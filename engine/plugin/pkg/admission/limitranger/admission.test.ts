import { describe, expect, it } from 'vitest';
import { memoryInitialization } from '../../../../admission/testing/listers';
import { newAttributes } from '../../../../admission/testing/attributes';
import type { Attributes } from '../../../../admission/interfaces';
import type { LimitRange, LimitRangeItem } from '../../../../apis/core/limitrange_types';
import type { Container, PodObject } from '../../../../apis/core/pod_types';
import type { StatusError } from '../../../../api/errors/errors';
import { SetDefaults_LimitRangeItem } from '../../../../apis/core/v1/limitrange_defaults';
import { copyJSON } from '../../../../runtime/object';
import { limitRangerAnnotation, newLimitRanger, PluginName } from './admission';

/** A stored LimitRange, defaulted as the v1 defaulter would have. */
const limitRange = (name: string, ...limits: LimitRangeItem[]): LimitRange => {
  for (const l of limits) SetDefaults_LimitRangeItem(l);
  return { metadata: { name, namespace: 'default' }, spec: { limits } };
};

const container = (name: string, resources?: Container['resources']): Container => ({
  name,
  image: 'nginx:1.27',
  ...(resources ? { resources } : {}),
});

const pod = (containers: Container[], initContainers: Container[] = []): PodObject => ({
  metadata: { name: 'web', namespace: 'default' },
  spec: { containers, ...(initContainers.length ? { initContainers } : {}) },
});

async function run(ranges: LimitRange[], p: PodObject, a: Partial<Attributes> = {}) {
  const plugin = newLimitRanger(memoryInitialization({ limitranges: ranges }));
  const attrs = newAttributes({ name: 'web', object: p, ...a });
  await plugin.admit!(attrs);
  await plugin.validate!(attrs);
  return attrs.object as PodObject;
}

async function refusal(ranges: LimitRange[], p: PodObject): Promise<StatusError> {
  try {
    await run(ranges, p);
  } catch (e) {
    return e as StatusError;
  }
  throw new Error('expected a refusal');
}

describe('LimitRanger', () => {
  it('is named LimitRanger and handles creates and updates', () => {
    const plugin = newLimitRanger(memoryInitialization({}));
    expect(plugin.name).toBe(PluginName);
    expect(plugin.name).toBe('LimitRanger');
    expect(['CREATE', 'UPDATE', 'DELETE', 'CONNECT'].map((op) => plugin.handles(op as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('fills missing requests and limits from the Container defaults and says so in an annotation', async () => {
    const ranges = [
      limitRange('defaults', {
        type: 'Container',
        default: { cpu: '500m', memory: '256Mi' },
        defaultRequest: { cpu: '100m', memory: '128Mi' },
      }),
    ];
    const out = await run(
      ranges,
      pod([container('nginx')], [container('setup', { limits: { cpu: '200m' } })]),
    );
    expect(out.spec!.containers![0]!.resources).toEqual({
      limits: { cpu: '500m', memory: '256Mi' },
      requests: { cpu: '100m', memory: '128Mi' },
    });
    expect(out.spec!.initContainers![0]!.resources).toEqual({
      limits: { cpu: '200m', memory: '256Mi' },
      requests: { cpu: '100m', memory: '128Mi' },
    });
    expect(out.metadata!.annotations![limitRangerAnnotation]).toBe(
      'LimitRanger plugin set: cpu, memory request for container nginx; cpu, memory limit for container nginx; ' +
        'cpu, memory request for init container setup; memory limit for init container setup',
    );
  });

  it('defaults the request to the default limit when the LimitRange only gives max (v1 defaulting)', async () => {
    const out = await run(
      [limitRange('max', { type: 'Container', max: { cpu: '1' } })],
      pod([container('nginx')]),
    );
    expect(out.spec!.containers![0]!.resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '1' } });
  });

  it('changes nothing and adds no annotation when every value is given', async () => {
    const given = { limits: { cpu: '1' }, requests: { cpu: '1' } };
    const out = await run(
      [limitRange('d', { type: 'Container', default: { cpu: '2' }, defaultRequest: { cpu: '2' } })],
      pod([container('nginx', copyJSON(given) as Container['resources'])]),
    );
    expect(out.spec!.containers![0]!.resources).toEqual(given);
    expect(out.metadata!.annotations).toBeUndefined();
  });

  it.each<[string, LimitRangeItem, Container['resources'], string]>([
    [
      'a limit above the Container max',
      { type: 'Container', max: { cpu: '1' } },
      { limits: { cpu: '2' }, requests: { cpu: '500m' } },
      'pods "web" is forbidden: maximum cpu usage per Container is 1, but limit is 2',
    ],
    [
      'a request above the Pod max',
      { type: 'Pod', max: { memory: '1Gi' } },
      { limits: { memory: '1Gi' }, requests: { memory: '2Gi' } },
      'pods "web" is forbidden: maximum memory usage per Pod is 1Gi, but request is 2Gi',
    ],
    [
      'a request below the Container min',
      { type: 'Container', min: { cpu: '200m' } },
      { requests: { cpu: '100m' } },
      'pods "web" is forbidden: minimum cpu usage per Container is 200m, but request is 100m',
    ],
    [
      'a limit below the Pod min',
      { type: 'Pod', min: { cpu: '200m' } },
      { requests: { cpu: '300m' }, limits: { cpu: '100m' } },
      'pods "web" is forbidden: minimum cpu usage per Pod is 200m, but limit is 100m',
    ],
    [
      'no request under a Pod min',
      { type: 'Pod', min: { memory: '64Mi' } },
      {},
      'pods "web" is forbidden: minimum memory usage per Pod is 64Mi.  No request is specified',
    ],
    [
      'no limit under a Pod max',
      { type: 'Pod', max: { memory: '1Gi' } },
      { requests: { memory: '64Mi' } },
      'pods "web" is forbidden: maximum memory usage per Pod is 1Gi.  No limit is specified',
    ],
    [
      'a limit/request ratio above the max',
      { type: 'Container', maxLimitRequestRatio: { cpu: '2' } },
      { requests: { cpu: '250m' }, limits: { cpu: '1' } },
      'pods "web" is forbidden: cpu max limit to request ratio per Container is 2, but provided ratio is 4.000000',
    ],
    [
      'a ratio without a limit',
      { type: 'Pod', maxLimitRequestRatio: { cpu: '2' } },
      { requests: { cpu: '250m' } },
      'pods "web" is forbidden: cpu max limit to request ratio per Pod is 2, but no limit is specified or limit is 0',
    ],
  ])('refuses %s with Go’s message', async (_name, item, resources, want) => {
    const err = await refusal([limitRange('lr', item)], pod([container('nginx', resources)]));
    expect(err.status.code).toBe(403);
    expect(err.status.reason).toBe('Forbidden');
    expect(err.message).toBe(want);
  });

  it('sums the containers for a Pod item and reports every violation at once', async () => {
    const err = await refusal(
      [limitRange('lr', { type: 'Pod', max: { cpu: '1', memory: '1Gi' } })],
      pod([
        container('a', {
          limits: { cpu: '600m', memory: '600Mi' },
          requests: { cpu: '600m', memory: '600Mi' },
        }),
        container('b', {
          limits: { cpu: '600m', memory: '600Mi' },
          requests: { cpu: '600m', memory: '600Mi' },
        }),
      ]),
    );
    expect(err.message).toBe(
      'pods "web" is forbidden: [maximum cpu usage per Pod is 1, but limit is 1200m, maximum memory usage per Pod is 1Gi, but limit is 1200Mi]',
    );
  });

  it('leaves other kinds, subresources, pod updates and namespaces without LimitRanges alone', async () => {
    const ranges = [limitRange('lr', { type: 'Container', max: { cpu: '1' } })];
    const untouched = () => pod([container('nginx')]);
    for (const a of [
      { subresource: 'status' },
      { operation: 'UPDATE' as const, oldObject: untouched() },
      {
        kind: { group: '', version: 'v1', kind: 'ConfigMap' },
        resource: { group: '', version: 'v1', resource: 'configmaps' },
      },
      { namespace: 'other' },
    ]) {
      const out = await run(ranges, untouched(), a);
      expect(out.spec!.containers![0]!.resources).toBeUndefined();
    }
  });

  it('checks PVC storage requests against the PersistentVolumeClaim item', async () => {
    const plugin = newLimitRanger(
      memoryInitialization({
        limitranges: [
          limitRange('lr', {
            type: 'PersistentVolumeClaim',
            min: { storage: '1Gi' },
            max: { storage: '10Gi' },
          }),
        ],
      }),
    );
    const claim = (storage: string) =>
      newAttributes({
        name: 'data',
        kind: { group: '', version: 'v1', kind: 'PersistentVolumeClaim' },
        resource: { group: '', version: 'v1', resource: 'persistentvolumeclaims' },
        object: {
          metadata: { name: 'data', namespace: 'default' },
          spec: { resources: { requests: { storage } } },
        },
      });
    await expect(plugin.validate!(claim('5Gi'))).resolves.toBeUndefined();
    await expect(plugin.validate!(claim('20Gi'))).rejects.toThrow(
      'persistentvolumeclaims "data" is forbidden: maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi',
    );
  });
});
