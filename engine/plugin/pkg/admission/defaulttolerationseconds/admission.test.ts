import { describe, expect, it } from 'vitest';
import { errorToAPIStatus } from '../../../../api/errors/errors';
import type { Attributes } from '../../../../admission/interfaces';
import { handledOperations } from '../../../../admission/testing/handles';
import { newAttributes } from '../../../../admission/testing/attributes';
import { memoryInitialization } from '../../../../admission/testing/listers';
import { CoreNamespace } from '../../../../apis/core/namespace_types';
import { Pod, type PodObject, type Toleration } from '../../../../apis/core/pod_types';
import { copyJSON, setType } from '../../../../runtime/object';
import { newDefaultTolerationSeconds, PluginName } from './admission';

const plugin = newDefaultTolerationSeconds(memoryInitialization({}));

const notReady300: Toleration = {
  key: 'node.kubernetes.io/not-ready',
  operator: 'Exists',
  effect: 'NoExecute',
  tolerationSeconds: 300,
};
const unreachable300: Toleration = {
  key: 'node.kubernetes.io/unreachable',
  operator: 'Exists',
  effect: 'NoExecute',
  tolerationSeconds: 300,
};

const pod = (tolerations?: Toleration[]): PodObject =>
  setType(
    {
      metadata: { name: 'web', namespace: 'default' },
      spec: { containers: [{ name: 'c', image: 'nginx' }], ...(tolerations ? { tolerations } : {}) },
    },
    Pod,
  );

describe('DefaultTolerationSeconds', () => {
  it('mutates on create and update only', () => {
    expect(plugin.name).toBe(PluginName);
    expect(plugin.validate).toBeUndefined();
    expect(handledOperations(plugin)).toEqual(['CREATE', 'UPDATE']);
  });

  it.each<[string, Toleration[] | undefined, Toleration[]]>([
    ['no tolerations: both added', undefined, [notReady300, unreachable300]],
    [
      'an unrelated toleration: both appended after it',
      [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
      [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }, notReady300, unreachable300],
    ],
    [
      'its own not-ready toleration: kept, only unreachable added',
      [
        {
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 30,
        },
      ],
      [
        {
          key: 'node.kubernetes.io/not-ready',
          operator: 'Exists',
          effect: 'NoExecute',
          tolerationSeconds: 30,
        },
        unreachable300,
      ],
    ],
    [
      'its own unreachable toleration with no effect (any effect): only not-ready added',
      [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }],
      [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }, notReady300],
    ],
    [
      'a not-ready toleration for NoSchedule only: does not count',
      [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }],
      [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' },
        notReady300,
        unreachable300,
      ],
    ],
    [
      'a toleration of every NoExecute taint (empty key): nothing added',
      [{ operator: 'Exists', effect: 'NoExecute' }],
      [{ operator: 'Exists', effect: 'NoExecute' }],
    ],
    ['a toleration of everything: nothing added', [{ operator: 'Exists' }], [{ operator: 'Exists' }]],
    [
      'both defaults already there (an update): unchanged',
      [notReady300, unreachable300],
      [notReady300, unreachable300],
    ],
  ])('%s', async (_name, given, want) => {
    const p = pod(given);
    await plugin.admit!(newAttributes({ object: p }));
    expect(p.spec?.tolerations).toEqual(want);
  });

  it.each<[string, Partial<Attributes>]>([
    ['another resource', { resource: { group: '', version: 'v1', resource: 'services' } }],
    ['a pods subresource', { subresource: 'binding' }],
    ['pods of another group', { resource: { group: 'example.com', version: 'v1', resource: 'pods' } }],
  ])('leaves %s alone', async (_name, a) => {
    const p = pod();
    await plugin.admit!(newAttributes({ object: p, ...a }));
    expect(p.spec?.tolerations).toBeUndefined();
  });

  it.each<[string, Attributes['object'], string]>([
    ['no object', null, 'expected *api.Pod but got <nil>'],
    [
      'a Namespace sent as a pod',
      setType({ metadata: { name: 'x' } }, CoreNamespace),
      'expected *api.Pod but got *core.Namespace',
    ],
  ])('refuses %s with a 400', async (_name, object, message) => {
    const before = copyJSON(object);
    const err = await (async () => plugin.admit!(newAttributes({ object })))().catch((e: unknown) => e);
    expect(errorToAPIStatus(err)).toMatchObject({ code: 400, reason: 'BadRequest', message });
    expect(object).toEqual(before);
  });
});
