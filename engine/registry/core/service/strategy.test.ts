import { describe, expect, it } from 'vitest';
import type { Service, ServiceSpec } from '../../../apis/core/service_types';
import {
  dropTypeDependentFields,
  getAttrs,
  getWarningsForService,
  serviceStatusStrategy,
  serviceStrategy,
} from './strategy';

const ctx = { namespace: 'default' };
const svc = (spec: ServiceSpec): Service => ({
  metadata: { name: 'web', namespace: 'default', resourceVersion: '1' },
  spec,
});

describe('serviceStrategy', () => {
  it('prepareForCreate wipes the status', () => {
    const s: Service = { spec: {}, status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } } };
    serviceStrategy.prepareForCreate(ctx, s);
    expect(s.status).toEqual({});
  });

  it('prepareForUpdate keeps the stored status and drops fields of the old type', () => {
    const old: Service = {
      ...svc({
        type: 'NodePort',
        clusterIP: '10.96.1.1',
        clusterIPs: ['10.96.1.1'],
        externalTrafficPolicy: 'Cluster',
        ports: [{ port: 80, nodePort: 30086 }],
      }),
      status: { loadBalancer: {} },
    };
    const next = svc({
      type: 'ClusterIP',
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      externalTrafficPolicy: 'Cluster',
      ports: [{ port: 80, nodePort: 30086 }],
    });
    serviceStrategy.prepareForUpdate(ctx, next, old);
    expect(next.spec).toEqual({
      type: 'ClusterIP',
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      externalTrafficPolicy: '',
      ports: [{ port: 80, nodePort: 0 }],
    });
    expect(next.status).toEqual({ loadBalancer: {} });
  });

  it('dropTypeDependentFields: to ExternalName clears unchanged IP fields', () => {
    const old = svc({
      type: 'ClusterIP',
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
    const next = svc({
      type: 'ExternalName',
      externalName: 'x.example.com',
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
    dropTypeDependentFields(next, old);
    expect(next.spec).toEqual({ type: 'ExternalName', externalName: 'x.example.com', clusterIP: '' });
  });

  it.each<[string, Service, string[]]>([
    [
      'plain',
      svc({ type: 'ClusterIP', clusterIP: '10.96.1.1', clusterIPs: ['10.96.1.1'], sessionAffinity: 'None' }),
      [],
    ],
    [
      'headless (v1.34.0 always warns about sessionAffinity)',
      svc({
        type: 'ClusterIP',
        clusterIP: 'None',
        clusterIPs: ['None'],
        sessionAffinity: 'None',
        externalIPs: ['1.2.3.4'],
      }),
      [
        'spec.externalIPs is ignored for headless services',
        'spec.SessionAffinity is ignored for headless services',
      ],
    ],
    [
      'leading zeros',
      svc({
        type: 'ClusterIP',
        clusterIP: '10.96.01.1',
        clusterIPs: ['10.96.01.1'],
        externalIPs: ['1.2.3.04'],
      }),
      [
        'spec.clusterIPs[0]: non-standard IP address "10.96.01.1" will be considered invalid in a future Kubernetes release: use "10.96.1.1"',
        'spec.externalIPs[0]: non-standard IP address "1.2.3.04" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
      ],
    ],
    [
      'externalName ignored',
      svc({ type: 'ClusterIP', externalName: 'x' }),
      ['spec.externalName is ignored when spec.type is not "ExternalName"'],
    ],
    [
      'externalIPs ignored',
      svc({ type: 'ExternalName', externalIPs: ['1.2.3.4'] }),
      ['spec.externalIPs is ignored when spec.type is "ExternalName"'],
    ],
    [
      'ambiguous source range',
      svc({ type: 'LoadBalancer', loadBalancerSourceRanges: ['10.0.0.1/8'] }),
      [
        'spec.loadBalancerSourceRanges[0]: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
      ],
    ],
  ])('warnings: %s', (_name, s, want) => {
    expect(getWarningsForService(s)).toEqual(want);
    expect(serviceStrategy.warningsOnCreate(ctx, s)).toEqual(want);
  });

  it('the deprecated topology annotation', () => {
    const s = svc({});
    s.metadata!.annotations = { 'service.kubernetes.io/topology-aware-hints': 'Auto' };
    expect(getWarningsForService(s)).toEqual([
      'annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead',
    ]);
  });

  it('status updates keep the spec', () => {
    const old = svc({ type: 'LoadBalancer', allocateLoadBalancerNodePorts: true });
    const next: Service = {
      ...svc({ type: 'ClusterIP' }),
      status: { loadBalancer: { ingress: [{ ip: '1.2.3.4', ipMode: 'VIP' }] } },
    };
    serviceStatusStrategy.prepareForUpdate(ctx, next, old);
    expect(next.spec).toEqual(old.spec);
    expect(serviceStatusStrategy.validateUpdate(ctx, next, old)).toEqual([]);
  });

  it('getAttrs: spec.clusterIP and spec.type', () => {
    expect(getAttrs(svc({ type: 'NodePort', clusterIP: '10.96.1.1' })).fields).toEqual({
      'metadata.name': 'web',
      'metadata.namespace': 'default',
      'spec.clusterIP': '10.96.1.1',
      'spec.type': 'NodePort',
    });
  });
});
