import { describe, expect, it } from 'vitest';
import type { PodObject } from '../apis/core/pod_types';
import { podColumnDefinitions, podTablePrinter } from './core_pod';

const now = new Date('2024-05-01T12:00:00Z');
const created = '2024-05-01T11:55:00Z';

const pod = (
  p: Partial<PodObject> & { spec?: PodObject['spec']; status?: PodObject['status'] },
): PodObject => ({
  metadata: { name: 'web', namespace: 'default', creationTimestamp: created, ...(p.metadata ?? {}) },
  spec: { containers: [{ name: 'c' }], ...(p.spec ?? {}) },
  status: p.status ?? { phase: 'Pending' },
});

describe('pod columns', () => {
  it('are the nine printPod columns', () => {
    expect(podColumnDefinitions.map((c) => [c.name, c.type, c.format, c.priority])).toEqual([
      ['Name', 'string', 'name', 0],
      ['Ready', 'string', '', 0],
      ['Status', 'string', '', 0],
      ['Restarts', 'string', '', 0],
      ['Age', 'string', '', 0],
      ['IP', 'string', '', 1],
      ['Node', 'string', '', 1],
      ['Nominated Node', 'string', '', 1],
      ['Readiness Gates', 'string', '', 1],
    ]);
  });
});

describe('printPod', () => {
  it.each<[string, PodObject, unknown[]]>([
    ['a new pod', pod({}), ['web', '0/1', 'Pending', '0', '5m', '<none>', '<none>', '<none>', '<none>']],
    [
      'a running pod',
      pod({
        spec: { containers: [{ name: 'c' }], nodeName: 'node-1' },
        status: {
          phase: 'Running',
          podIPs: [{ ip: '10.244.0.5' }],
          containerStatuses: [
            { name: 'c', ready: true, restartCount: 0, state: { running: { startedAt: created } } },
          ],
        },
      }),
      ['web', '1/1', 'Running', '0', '5m', '10.244.0.5', 'node-1', '<none>', '<none>'],
    ],
    [
      'a crash-looping pod',
      pod({
        status: {
          phase: 'Running',
          containerStatuses: [
            {
              name: 'c',
              ready: false,
              restartCount: 3,
              state: { waiting: { reason: 'CrashLoopBackOff' } },
              lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2024-05-01T11:58:00Z' } },
            },
          ],
        },
      }),
      ['web', '0/1', 'CrashLoopBackOff', '3 (2m ago)', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'an image pull error',
      pod({
        status: {
          phase: 'Pending',
          containerStatuses: [{ name: 'c', state: { waiting: { reason: 'ErrImagePull' } } }],
        },
      }),
      ['web', '0/1', 'ErrImagePull', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a completed pod',
      pod({
        status: {
          phase: 'Succeeded',
          containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 0, reason: 'Completed' } } }],
        },
      }),
      ['web', '0/1', 'Completed', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a container killed by a signal without reason',
      pod({
        status: {
          phase: 'Failed',
          containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 137, signal: 9 } } }],
        },
      }),
      ['web', '0/1', 'Signal:9', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'waiting for init containers',
      pod({
        spec: { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'c' }] },
        status: {
          phase: 'Pending',
          initContainerStatuses: [
            { name: 'i1', state: { terminated: { exitCode: 0 } } },
            { name: 'i2', state: { running: {} } },
          ],
        },
      }),
      ['web', '0/1', 'Init:1/2', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a failing init container',
      pod({
        spec: { initContainers: [{ name: 'i1' }], containers: [{ name: 'c' }] },
        status: {
          phase: 'Pending',
          initContainerStatuses: [
            { name: 'i1', restartCount: 2, state: { terminated: { exitCode: 1, reason: 'Error' } } },
          ],
        },
      }),
      ['web', '0/1', 'Init:Error', '2', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a sidecar counts as a container',
      pod({
        spec: { initContainers: [{ name: 'proxy', restartPolicy: 'Always' }], containers: [{ name: 'c' }] },
        status: {
          phase: 'Running',
          conditions: [{ type: 'Initialized', status: 'True' }],
          initContainerStatuses: [{ name: 'proxy', started: true, ready: true, state: { running: {} } }],
          containerStatuses: [{ name: 'c', ready: true, state: { running: {} } }],
        },
      }),
      ['web', '2/2', 'Running', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a terminating pod',
      pod({
        metadata: { name: 'web', deletionTimestamp: '2024-05-01T12:00:00Z', creationTimestamp: created },
        status: { phase: 'Running' },
      }),
      ['web', '0/1', 'Terminating', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'a gated pod',
      pod({
        status: {
          phase: 'Pending',
          conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
        },
      }),
      ['web', '0/1', 'SchedulingGated', '0', '5m', '<none>', '<none>', '<none>', '<none>'],
    ],
    [
      'readiness gates',
      pod({
        spec: {
          containers: [{ name: 'c' }],
          readinessGates: [{ conditionType: 'a' }, { conditionType: 'b' }],
        },
        status: {
          phase: 'Running',
          conditions: [{ type: 'a', status: 'True' }],
          nominatedNodeName: 'node-2',
        },
      }),
      ['web', '0/1', 'Running', '0', '5m', '<none>', '<none>', 'node-2', '1/2'],
    ],
  ])('%s', (_name, p, want) => {
    expect(podTablePrinter.cells(p, now)).toEqual(want);
  });
});
