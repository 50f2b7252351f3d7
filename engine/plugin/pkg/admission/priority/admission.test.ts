import { describe, expect, it } from 'vitest';
import type { Status } from '../../../../api/errors/errors';
import { forbiddenStatus, statusOf } from '../../../../admission/testing/status';
import type { PluginFactory } from '../../../../admission/initializer';
import type { Attributes } from '../../../../admission/interfaces';
import { handledOperations } from '../../../../admission/testing/handles';
import { newAttributes } from '../../../../admission/testing/attributes';
import { memoryInitialization } from '../../../../admission/testing/listers';
import { CoreNamespace } from '../../../../apis/core/namespace_types';
import { Pod, type PodObject, type PodSpec } from '../../../../apis/core/pod_types';
import { copyJSON, setType } from '../../../../runtime/object';
import { newPlugin, PluginName, systemPriorityClasses, type PriorityClass } from './admission';

const init = memoryInitialization({});
// the constructor is the factory a server registers
const factory: PluginFactory = newPlugin;
const plugin = factory(init);

const pod = (spec: PodSpec = {}): PodObject =>
  setType(
    {
      metadata: { name: 'web', namespace: 'default' },
      spec: { containers: [{ name: 'c', image: 'nginx' }], ...spec },
    },
    Pod,
  );

const containers = [{ name: 'c', image: 'nginx' }];

const run = (p: ReturnType<typeof newPlugin>, a: Attributes) => statusOf(() => p.admit!(a));

const forbidden = (message: string): Status => forbiddenStatus('pods', 'web', message);

const userClasses: PriorityClass[] = [
  ...systemPriorityClasses(),
  { metadata: { name: 'batch' }, value: 100, preemptionPolicy: 'Never' },
  {
    metadata: { name: 'normal' },
    value: 1000,
    globalDefault: true,
    preemptionPolicy: 'PreemptLowerPriority',
  },
  { metadata: { name: 'low-default' }, value: 10, globalDefault: true, preemptionPolicy: 'Never' },
];
const withClasses = newPlugin(init, { priorityClasses: userClasses });

describe('Priority', () => {
  it('is a mutating plugin for create, update and delete', () => {
    expect(plugin.name).toBe(PluginName);
    expect(plugin.validate).toBeUndefined();
    expect(handledOperations(plugin)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it.each<[string, ReturnType<typeof newPlugin>, PodSpec, PodSpec]>([
    [
      'no class and no default class: priority 0, PreemptLowerPriority',
      plugin,
      {},
      { containers, priority: 0, preemptionPolicy: 'PreemptLowerPriority' },
    ],
    [
      'system-cluster-critical',
      plugin,
      { priorityClassName: 'system-cluster-critical' },
      {
        containers,
        priorityClassName: 'system-cluster-critical',
        priority: 2000000000,
        preemptionPolicy: 'PreemptLowerPriority',
      },
    ],
    [
      'system-node-critical, with the matching priority already given',
      plugin,
      { priorityClassName: 'system-node-critical', priority: 2000001000 },
      {
        containers,
        priorityClassName: 'system-node-critical',
        priority: 2000001000,
        preemptionPolicy: 'PreemptLowerPriority',
      },
    ],
    [
      'priority 0 given with no class',
      plugin,
      { priority: 0, preemptionPolicy: 'PreemptLowerPriority' },
      { containers, priority: 0, preemptionPolicy: 'PreemptLowerPriority' },
    ],
    [
      'a user class with preemptionPolicy Never',
      withClasses,
      { priorityClassName: 'batch' },
      { containers, priorityClassName: 'batch', priority: 100, preemptionPolicy: 'Never' },
    ],
    [
      'no class with two default classes: the lower value wins and its name is set',
      withClasses,
      {},
      { containers, priorityClassName: 'low-default', priority: 10, preemptionPolicy: 'Never' },
    ],
  ])('create: %s', async (_name, p, spec, want) => {
    const o = pod(spec);
    expect(await run(p, newAttributes({ name: 'web', object: o }))).toBeNull();
    expect(o.spec).toEqual(want);
  });

  it.each<[string, ReturnType<typeof newPlugin>, PodSpec, string]>([
    ['an unknown class', plugin, { priorityClassName: 'high' }, 'no PriorityClass with name high was found'],
    [
      'a priority that differs from the class',
      plugin,
      { priorityClassName: 'system-cluster-critical', priority: 5 },
      'the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 2000000000 from the given PriorityClass name',
    ],
    [
      'a priority with no class',
      plugin,
      { priority: 7 },
      'the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name',
    ],
    [
      'preemptionPolicy Never with no class',
      plugin,
      { preemptionPolicy: 'Never' },
      'the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name',
    ],
    [
      'a preemptionPolicy that differs from the class',
      withClasses,
      { priorityClassName: 'batch', preemptionPolicy: 'PreemptLowerPriority' },
      'the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name',
    ],
  ])('create refuses %s', async (_name, p, spec, message) => {
    const o = pod(spec);
    const before = copyJSON(o);
    expect(await run(p, newAttributes({ name: 'web', object: o }))).toEqual(forbidden(message));
    expect(o).toEqual(before);
  });

  it('update keeps the priority and preemptionPolicy a pod was created with', async () => {
    const old = pod({ priority: 2000000000, preemptionPolicy: 'PreemptLowerPriority' });
    const o = pod();
    expect(
      await run(plugin, newAttributes({ name: 'web', operation: 'UPDATE', object: o, oldObject: old })),
    ).toBeNull();
    expect(o.spec).toEqual({ containers, priority: 2000000000, preemptionPolicy: 'PreemptLowerPriority' });
  });

  it('update does not resolve anything (validation refuses a changed priority)', async () => {
    const old = pod({ priority: 0 });
    const o = pod({ priorityClassName: 'high', priority: 9 });
    expect(
      await run(plugin, newAttributes({ name: 'web', operation: 'UPDATE', object: o, oldObject: old })),
    ).toBeNull();
    expect(o.spec).toEqual({ containers, priorityClassName: 'high', priority: 9 });
  });

  it.each<[string, Partial<Attributes>]>([
    ['a subresource', { subresource: 'status' }],
    ['another resource', { resource: { group: '', version: 'v1', resource: 'services' } }],
    ['a delete', { operation: 'DELETE' }],
  ])('ignores %s', async (_name, a) => {
    const o = pod({ priorityClassName: 'unknown' });
    const before = copyJSON(o);
    expect(await run(plugin, newAttributes({ name: 'web', object: o, ...a }))).toBeNull();
    expect(o).toEqual(before);
  });

  it.each<[string, Partial<Attributes>]>([
    [
      'a create of something that is not a Pod',
      { object: setType({ metadata: { name: 'web' } }, CoreNamespace) },
    ],
    ['an update whose old object is missing', { operation: 'UPDATE', object: pod(), oldObject: null }],
  ])('answers 400 for %s', async (_name, a) => {
    expect(await run(plugin, newAttributes({ name: 'web', ...a }))).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: 'resource was marked with kind Pod but was unable to be converted',
    });
  });
});
