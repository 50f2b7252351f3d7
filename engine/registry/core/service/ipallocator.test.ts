import { describe, expect, it } from 'vitest';
import { StatusError } from '../../../api/errors/errors';
import type { Service, ServiceSpec } from '../../../apis/core/service_types';
import {
  allocateServiceFields,
  allocateServiceUpdate,
  ClusterIPAllocator,
  defaultOnReadService,
  newServiceAllocators,
  NodePortAllocator,
  normalizeClusterIPs,
  releaseServiceFields,
} from './ipallocator';

/** A Service as it looks after decoding and defaulting. */
const svc = (spec: ServiceSpec = {}, name = 'web'): Service => ({
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'ClusterIP',
    sessionAffinity: 'None',
    internalTrafficPolicy: 'Cluster',
    selector: { app: 'web' },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
    ...spec,
  },
});

function statusMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e.status.message ?? '';
    throw e;
  }
  throw new Error('expected an error');
}

describe('ClusterIPAllocator', () => {
  it('hands out the dynamic sub-range first (offset 256 of a /12), deterministically', () => {
    const a = new ClusterIPAllocator();
    expect(a.cidr).toBe('10.96.0.0/12');
    expect(a.allocateNext()).toBe('10.96.1.1');
    expect(a.allocateNext()).toBe('10.96.1.2');
    a.allocate('10.96.0.10');
    expect(() => a.allocate('10.96.0.10')).toThrow('provided IP is already allocated');
    expect(() => a.allocate('10.112.0.1')).toThrow('the provided network does not match the current range');
    expect(() => a.allocate('10.96.0.0')).toThrow('the provided network does not match the current range');
    expect(() => a.allocate('10.111.255.255')).toThrow(
      'the provided network does not match the current range',
    );
    a.release('10.96.1.1');
    expect(a.allocateNext()).toBe('10.96.1.1');
    expect(a.used()).toBe(3);
  });

  it('dry runs take nothing', () => {
    const a = new ClusterIPAllocator();
    expect(a.allocateNext(true)).toBe('10.96.1.1');
    a.allocate('10.96.0.10', true);
    expect(a.used()).toBe(0);
  });

  it('falls back to the static sub-range, then reports a full range', () => {
    const a = new ClusterIPAllocator('192.168.0.0/28');
    const got = Array.from({ length: 14 }, () => a.allocateNext());
    expect(got[0]).toBe('192.168.0.1');
    expect(() => a.allocateNext()).toThrow('range is full');
  });

  it('uses the supplied randomness for the starting point', () => {
    const a = new ClusterIPAllocator('10.96.0.0/12', { random: () => 0.5 });
    expect(a.allocateNext()).toBe('10.104.0.128');
  });
});

describe('NodePortAllocator', () => {
  it('30000-32767, dynamic ports from 30086', () => {
    const p = new NodePortAllocator();
    expect(p.rangeString()).toBe('30000-32767');
    expect(p.allocateNext()).toBe(30086);
    p.allocate(30000);
    expect(() => p.allocate(30000)).toThrow('provided port is already allocated');
    expect(() => p.allocate(80)).toThrow(
      'provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });
});

describe('allocateServiceFields', () => {
  it('ClusterIP: clusterIP(s), ipFamilies and ipFamilyPolicy', () => {
    const al = newServiceAllocators();
    const s = svc();
    allocateServiceFields(s, al);
    expect(s.spec).toMatchObject({
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
  });

  it('a requested IP is kept; clusterIP alone fills clusterIPs', () => {
    const al = newServiceAllocators();
    const s = svc({ clusterIP: '10.96.0.10' });
    allocateServiceFields(s, al);
    expect(s.spec?.clusterIPs).toEqual(['10.96.0.10']);
    expect(al.clusterIPs.has('10.96.0.10')).toBe(true);
  });

  it.each<[string, ServiceSpec, string]>([
    [
      'an IP already allocated',
      { clusterIP: '10.96.0.10' },
      'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    ],
    [
      'an IP outside the range',
      { clusterIP: '192.168.0.1' },
      'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"192.168.0.1"}: failed to allocate IP 192.168.0.1: the provided network does not match the current range',
    ],
    [
      'an invalid IP (pre-validation runs first)',
      { clusterIP: 'foo' },
      'Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "foo": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ],
    [
      'an IPv6 IP on an IPv4 cluster',
      { clusterIP: 'fd00::10' },
      'Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"fd00::10"}: IPv6 is not configured on this cluster',
    ],
    [
      'RequireDualStack on a single-stack cluster',
      { ipFamilyPolicy: 'RequireDualStack' },
      'Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    ],
    [
      'an unconfigured family',
      { ipFamilies: ['IPv6'] },
      'Service "web" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    ],
    [
      'a nodePort already taken',
      { type: 'NodePort', ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30080 }] },
      'Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    ],
    [
      'a nodePort out of range',
      { type: 'NodePort', ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 8080 }] },
      'Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ],
  ])('rejects %s', (_name, spec, message) => {
    const al = newServiceAllocators();
    al.clusterIPs.allocate('10.96.0.10');
    al.nodePorts.allocate(30080);
    const before = al.clusterIPs.used();
    expect(statusMessage(() => allocateServiceFields(svc(spec), al))).toBe(message);
    expect(al.clusterIPs.used()).toBe(before); // nothing leaked
    expect(al.nodePorts.used()).toBe(1);
  });

  it('NodePort: one nodePort per port number, requested ones honoured', () => {
    const al = newServiceAllocators();
    const s = svc({
      type: 'NodePort',
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 80 },
        { name: 'http-udp', protocol: 'UDP', port: 80, targetPort: 80 },
        { name: 'https', protocol: 'TCP', port: 443, targetPort: 443, nodePort: 30443 },
      ],
    });
    allocateServiceFields(s, al);
    expect(s.spec?.ports?.map((p) => p.nodePort)).toEqual([30086, 30086, 30443]);
  });

  it('LoadBalancer with Local traffic gets a healthCheckNodePort; allocateLoadBalancerNodePorts=false skips nodePorts', () => {
    const al = newServiceAllocators();
    const s = svc({
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      allocateLoadBalancerNodePorts: false,
    });
    allocateServiceFields(s, al);
    expect(s.spec?.ports?.[0]?.nodePort).toBeUndefined();
    expect(s.spec?.healthCheckNodePort).toBe(30086);
  });

  it('headless selectorless services default to RequireDualStack with both families', () => {
    const al = newServiceAllocators();
    const s = svc({ clusterIP: 'None', selector: {} });
    allocateServiceFields(s, al);
    expect(s.spec).toMatchObject({
      clusterIP: 'None',
      clusterIPs: ['None'],
      ipFamilyPolicy: 'RequireDualStack',
      ipFamilies: ['IPv4', 'IPv6'],
    });
    expect(al.clusterIPs.used()).toBe(0);
  });

  it('headless with a selector is single-stack', () => {
    const s = svc({ clusterIP: 'None' });
    allocateServiceFields(s, newServiceAllocators());
    expect(s.spec).toMatchObject({ ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] });
  });

  it('ExternalName gets nothing', () => {
    const al = newServiceAllocators();
    const s = svc({ type: 'ExternalName', externalName: 'db.example.com' });
    allocateServiceFields(s, al);
    expect(s.spec?.clusterIPs).toBeUndefined();
    expect(s.spec?.ipFamilyPolicy).toBeUndefined();
  });

  it('dry run leaves the allocators untouched; revert gives back what was taken', () => {
    const al = newServiceAllocators();
    const s = svc({ type: 'NodePort' });
    allocateServiceFields(s, al, { dryRun: true });
    expect(s.spec?.clusterIP).toBe('10.96.1.1');
    expect(al.clusterIPs.used() + al.nodePorts.used()).toBe(0);
    const txn = allocateServiceFields(svc({ type: 'NodePort' }), al);
    expect(al.clusterIPs.used() + al.nodePorts.used()).toBe(2);
    txn.revert();
    expect(al.clusterIPs.used() + al.nodePorts.used()).toBe(0);
  });

  it('releaseServiceFields frees IPs and ports', () => {
    const al = newServiceAllocators();
    const s = svc({
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      allocateLoadBalancerNodePorts: true,
    });
    allocateServiceFields(s, al);
    expect(al.nodePorts.used()).toBe(2);
    releaseServiceFields(s, al);
    expect(al.clusterIPs.used() + al.nodePorts.used()).toBe(0);
  });
});

describe('updates', () => {
  it('ClusterIP → NodePort keeps the IP and allocates a nodePort', () => {
    const al = newServiceAllocators();
    const old = svc();
    allocateServiceFields(old, al);
    const next = svc({ type: 'NodePort', externalTrafficPolicy: 'Cluster' });
    allocateServiceUpdate(next, old, al).commit();
    expect(next.spec).toMatchObject({
      clusterIP: '10.96.1.1',
      clusterIPs: ['10.96.1.1'],
      ipFamilyPolicy: 'SingleStack',
    });
    expect(next.spec?.ports?.[0]?.nodePort).toBe(30086);
  });

  it('NodePort → ClusterIP releases the nodePort on commit', () => {
    const al = newServiceAllocators();
    const old = svc({ type: 'NodePort' });
    allocateServiceFields(old, al);
    const next = svc();
    next.spec!.clusterIP = old.spec!.clusterIP!;
    next.spec!.clusterIPs = [...old.spec!.clusterIPs!];
    const txn = allocateServiceUpdate(next, old, al);
    expect(al.nodePorts.used()).toBe(1);
    txn.commit();
    expect(al.nodePorts.used()).toBe(0);
  });

  it('ClusterIP → ExternalName releases the IP on commit', () => {
    const al = newServiceAllocators();
    const old = svc();
    allocateServiceFields(old, al);
    allocateServiceUpdate(svc({ type: 'ExternalName', externalName: 'x.example.com' }), old, al).commit();
    expect(al.clusterIPs.used()).toBe(0);
  });
});

describe('normalizeClusterIPs / defaultOnReadService', () => {
  it('on update, an old client clearing clusterIPs keeps them', () => {
    const old = svc({ clusterIP: '10.96.1.1', clusterIPs: ['10.96.1.1'] });
    const next = svc({ clusterIP: '10.96.1.1' });
    normalizeClusterIPs(next, old);
    expect(next.spec?.clusterIPs).toEqual(['10.96.1.1']);
  });

  it('fills families for objects that predate them, and drops internalTrafficPolicy from ExternalName', () => {
    const s = svc({ clusterIP: '10.96.1.1' });
    defaultOnReadService(s);
    expect(s.spec).toMatchObject({
      clusterIPs: ['10.96.1.1'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
    const e: Service = { spec: { type: 'ExternalName', internalTrafficPolicy: 'Cluster' } };
    defaultOnReadService(e);
    expect(e.spec?.internalTrafficPolicy).toBeUndefined();
  });
});
