import { describe, expect, it } from 'vitest';
import type { Service } from '../apis/core/service_types';
import { configMapTablePrinter } from './core_configmap';
import { eventTablePrinter } from './core_event';
import { namespaceTablePrinter } from './core_namespace';
import { secretTablePrinter } from './core_secret';
import { serviceTablePrinter } from './core_service';
import { serviceAccountTablePrinter } from './core_serviceaccount';

const now = new Date('2025-01-01T01:00:00Z');
const created = { creationTimestamp: '2025-01-01T00:55:00Z' };
const names = (p: { columns: { name: string; priority: number; type: string; format: string }[] }) =>
  p.columns.map((c) => `${c.name}${c.priority ? '*' : ''}:${c.type}${c.format ? `/${c.format}` : ''}`);

describe('columns', () => {
  it.each<
    [string, { columns: { name: string; priority: number; type: string; format: string }[] }, string[]]
  >([
    ['namespaces', namespaceTablePrinter, ['Name:string/name', 'Status:string', 'Age:string']],
    ['configmaps', configMapTablePrinter, ['Name:string/name', 'Data:string', 'Age:string']],
    ['secrets', secretTablePrinter, ['Name:string/name', 'Type:string', 'Data:string', 'Age:string']],
    ['serviceaccounts', serviceAccountTablePrinter, ['Name:string/name', 'Secrets:string', 'Age:string']],
    [
      'services',
      serviceTablePrinter,
      [
        'Name:string/name',
        'Type:string',
        'Cluster-IP:string',
        'External-IP:string',
        'Port(s):string',
        'Age:string',
        'Selector*:string',
      ],
    ],
    [
      'events',
      eventTablePrinter,
      [
        'Last Seen:string',
        'Type:string',
        'Reason:string',
        'Object:string',
        'Subobject*:string',
        'Source*:string',
        'Message:string',
        'First Seen*:string',
        'Count*:string',
        'Name*:string/name',
      ],
    ],
  ])('%s', (_name, printer, want) => {
    expect(names(printer)).toEqual(want);
  });

  it('descriptions come from the swagger docs', () => {
    expect(namespaceTablePrinter.columns[1]!.description).toBe('The status of the namespace');
    expect(eventTablePrinter.columns[0]!.description).toBe(
      'The time at which the most recent occurrence of this event was recorded.',
    );
    expect(secretTablePrinter.columns[1]!.description).toBe(
      'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types',
    );
  });
});

describe('cells', () => {
  it('namespace', () => {
    expect(
      namespaceTablePrinter.cells(
        { metadata: { name: 'dev', ...created }, status: { phase: 'Active' } },
        now,
      ),
    ).toEqual(['dev', 'Active', '5m']);
  });
  it('configmap counts data and binaryData keys', () => {
    expect(
      configMapTablePrinter.cells(
        { metadata: { name: 'kube-root-ca.crt', ...created }, data: { a: '' }, binaryData: { b: '' } },
        now,
      ),
    ).toEqual(['kube-root-ca.crt', 2, '5m']);
  });
  it('secret', () => {
    expect(
      secretTablePrinter.cells(
        { metadata: { name: 's', ...created }, type: 'Opaque', data: { a: '', b: '' } },
        now,
      ),
    ).toEqual(['s', 'Opaque', 2, '5m']);
  });
  it('serviceaccount', () => {
    expect(serviceAccountTablePrinter.cells({ metadata: { name: 'default' } }, now)).toEqual([
      'default',
      0,
      '<unknown>',
    ]);
  });

  const svc = (s: Service['spec'], status?: Service['status']): Service => ({
    metadata: { name: 'web', ...created },
    spec: s,
    ...(status ? { status } : {}),
  });
  it.each<[string, Service, unknown[]]>([
    [
      'ClusterIP',
      svc({
        type: 'ClusterIP',
        clusterIPs: ['10.96.1.1'],
        ports: [{ port: 80, protocol: 'TCP' }],
        selector: { app: 'web', tier: 'fe' },
      }),
      ['web', 'ClusterIP', '10.96.1.1', '<none>', '80/TCP', '5m', 'app=web,tier=fe'],
    ],
    [
      'NodePort with external IPs',
      svc({
        type: 'NodePort',
        clusterIPs: ['10.96.1.1'],
        externalIPs: ['1.2.3.4', '5.6.7.8'],
        ports: [
          { port: 80, nodePort: 30080, protocol: 'TCP' },
          { port: 53, protocol: 'UDP' },
        ],
      }),
      ['web', 'NodePort', '10.96.1.1', '1.2.3.4,5.6.7.8', '80:30080/TCP,53/UDP', '5m', '<none>'],
    ],
    [
      'pending LoadBalancer',
      svc({ type: 'LoadBalancer', clusterIPs: ['10.96.1.1'] }),
      ['web', 'LoadBalancer', '10.96.1.1', '<pending>', '<none>', '5m', '<none>'],
    ],
    [
      'LoadBalancer with ingress (sorted, unique, not clipped: the server prints wide)',
      svc(
        { type: 'LoadBalancer', clusterIPs: ['10.96.1.1'], externalIPs: ['9.9.9.9'] },
        {
          loadBalancer: {
            ingress: [{ ip: '203.0.113.20' }, { hostname: 'lb.example.com' }, { ip: '203.0.113.10' }],
          },
        },
      ),
      [
        'web',
        'LoadBalancer',
        '10.96.1.1',
        '203.0.113.10,203.0.113.20,lb.example.com,9.9.9.9',
        '<none>',
        '5m',
        '<none>',
      ],
    ],
    [
      'headless',
      svc({ type: 'ClusterIP', clusterIPs: ['None'] }),
      ['web', 'ClusterIP', 'None', '<none>', '<none>', '5m', '<none>'],
    ],
    [
      'ExternalName',
      svc({ type: 'ExternalName', externalName: 'db.example.com' }),
      ['web', 'ExternalName', '<none>', 'db.example.com', '<none>', '5m', '<none>'],
    ],
  ])('service: %s', (_name, s, want) => {
    expect(serviceTablePrinter.cells(s, now)).toEqual(want);
  });

  it('event (legacy)', () => {
    const e = {
      metadata: { name: 'web.17f' },
      involvedObject: { kind: 'Pod', name: 'web', fieldPath: 'spec.containers{nginx}' },
      reason: 'Pulled',
      message: '  Successfully pulled image  \n',
      type: 'Normal',
      source: { component: 'kubelet', host: 'node-1' },
      firstTimestamp: '2025-01-01T00:50:00Z',
      lastTimestamp: '2025-01-01T00:59:00Z',
      count: 3,
    };
    expect(eventTablePrinter.cells(e, now)).toEqual([
      '60s',
      'Normal',
      'Pulled',
      'pod/web',
      'spec.containers{nginx}',
      'kubelet, node-1',
      'Successfully pulled image',
      '10m',
      3,
      'web.17f',
    ]);
  });

  it('event (events.k8s.io style: eventTime, series, reporting fields)', () => {
    const e = {
      metadata: { name: 'n1.x' },
      involvedObject: { kind: 'Node' },
      reason: 'Starting',
      type: 'Normal',
      eventTime: '2025-01-01T00:30:00.000000Z',
      reportingComponent: 'kube-proxy',
      reportingInstance: 'kube-proxy-n1',
    };
    expect(eventTablePrinter.cells(e, now)).toEqual([
      '30m',
      'Normal',
      'Starting',
      'node',
      '',
      'kube-proxy, kube-proxy-n1',
      '',
      '30m',
      1,
      'n1.x',
    ]);
    const series = { ...e, series: { count: 4, lastObservedTime: '2025-01-01T00:58:00.000000Z' } };
    expect(eventTablePrinter.cells(series, now).slice(0, 1)).toEqual(['2m']);
    expect(eventTablePrinter.cells(series, now)[8]).toBe(4);
  });
});
