import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../apis/apps/types';
import { deploymentTablePrinter, replicaSetTablePrinter } from './apps';

const now = new Date('2025-01-01T00:10:00Z');
const template = {
  metadata: { labels: { app: 'web' } },
  spec: {
    containers: [
      { name: 'web', image: 'nginx:1.25' },
      { name: 'sidecar', image: 'busybox' },
    ],
  },
};

describe('Deployment table', () => {
  it("declares Go's columns", () => {
    expect(deploymentTablePrinter.columns.map((c) => [c.name, c.type, c.priority])).toEqual([
      ['Name', 'string', 0],
      ['Ready', 'string', 0],
      ['Up-to-date', 'string', 0],
      ['Available', 'string', 0],
      ['Age', 'string', 0],
      ['Containers', 'string', 1],
      ['Images', 'string', 1],
      ['Selector', 'string', 1],
    ]);
    expect(deploymentTablePrinter.columns[0]!.format).toBe('name');
    expect(deploymentTablePrinter.columns[1]!.description).toBe('Number of the pod with ready state');
    expect(deploymentTablePrinter.columns[2]!.description).toBe(
      'Total number of non-terminating pods targeted by this deployment that have the desired template spec.',
    );
  });

  it('prints ready/desired, up-to-date, available, age, containers, images and the selector', () => {
    const d: Deployment = {
      metadata: { name: 'web', creationTimestamp: '2025-01-01T00:05:00Z' },
      spec: {
        replicas: 3,
        selector: {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }],
        },
        template,
      },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 1 },
    };
    expect(deploymentTablePrinter.cells(d, now)).toEqual([
      'web',
      '2/3',
      3,
      1,
      '5m',
      'web,sidecar',
      'nginx:1.25,busybox',
      'app=web,tier in (be,fe)',
    ]);
  });

  it('prints zeros, <unknown> age and an empty selector for a bare object', () => {
    const d: Deployment = { metadata: { name: 'x' }, spec: { replicas: 0 } };
    expect(deploymentTablePrinter.cells(d, now)).toEqual(['x', '0/0', 0, 0, '<unknown>', '', '', '']);
  });

  it('prints <invalid> for a selector that does not parse', () => {
    const d: Deployment = {
      metadata: { name: 'x' },
      spec: { replicas: 1, selector: { matchExpressions: [{ key: 'a', operator: 'Is' }] } },
    };
    expect(deploymentTablePrinter.cells(d, now)[7]).toBe('<invalid>');
  });
});

describe('ReplicaSet table', () => {
  it("declares Go's columns", () => {
    expect(replicaSetTablePrinter.columns.map((c) => [c.name, c.type, c.priority])).toEqual([
      ['Name', 'string', 0],
      ['Desired', 'integer', 0],
      ['Current', 'integer', 0],
      ['Ready', 'integer', 0],
      ['Age', 'string', 0],
      ['Containers', 'string', 1],
      ['Images', 'string', 1],
      ['Selector', 'string', 1],
    ]);
  });

  it('prints desired, current, ready and FormatLabelSelector', () => {
    const r: ReplicaSet = {
      metadata: { name: 'web-5d8f', creationTimestamp: '2024-12-31T22:10:00Z' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d8f' } }, template },
      status: { replicas: 3, readyReplicas: 2 },
    };
    expect(replicaSetTablePrinter.cells(r, now)).toEqual([
      'web-5d8f',
      3,
      3,
      2,
      '120m',
      'web,sidecar',
      'nginx:1.25,busybox',
      'app=web,pod-template-hash=5d8f',
    ]);
  });

  it('prints <none> for an empty selector and <error> for a bad one', () => {
    const base: ReplicaSet = { metadata: { name: 'r' }, spec: { replicas: 1, selector: {} } };
    expect(replicaSetTablePrinter.cells(base, now)[7]).toBe('<none>');
    const bad: ReplicaSet = {
      metadata: { name: 'r' },
      spec: { replicas: 1, selector: { matchExpressions: [{ key: 'a', operator: 'Is' }] } },
    };
    expect(replicaSetTablePrinter.cells(bad, now)[7]).toBe('<error>');
  });
});
