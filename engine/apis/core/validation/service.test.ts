import { describe, expect, it } from 'vitest';
import type { Service, ServiceSpec } from '../service_types';
import {
  validateService,
  validateServiceClusterIPsRelatedFields,
  validateServiceStatusUpdate,
  validateServiceUpdate,
} from './service';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

/** A defaulted, allocated ClusterIP service. */
const svc = (spec: ServiceSpec = {}, name = 'web'): Service => ({
  metadata: { name, namespace: 'default', resourceVersion: '1' },
  spec: {
    type: 'ClusterIP',
    sessionAffinity: 'None',
    internalTrafficPolicy: 'Cluster',
    clusterIP: '10.96.1.1',
    clusterIPs: ['10.96.1.1'],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    selector: { app: 'web' },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
    ...spec,
  },
});

const nodePort = (spec: ServiceSpec = {}) =>
  svc({
    type: 'NodePort',
    externalTrafficPolicy: 'Cluster',
    ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30086 }],
    ...spec,
  });
const lb = (spec: ServiceSpec = {}) =>
  nodePort({ type: 'LoadBalancer', allocateLoadBalancerNodePorts: true, ...spec });
const externalName = (spec: ServiceSpec = {}): Service => ({
  metadata: { name: 'db', namespace: 'default' },
  spec: { type: 'ExternalName', externalName: 'db.example.com', sessionAffinity: 'None', ...spec },
});

const dns1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('validateService', () => {
  it.each<[string, Service, string[]]>([
    ['valid ClusterIP', svc(), []],
    ['valid NodePort', nodePort(), []],
    ['valid LoadBalancer', lb(), []],
    ['valid ExternalName', externalName(), []],
    ['ExternalName with a trailing dot', externalName({ externalName: 'db.example.com.' }), []],
    ['headless', svc({ clusterIP: 'None', clusterIPs: ['None'], ports: [] }), []],
    ['name must be a DNS-1035 label', svc({}, '1web'), [`metadata.name: Invalid value: "1web": ${dns1035}`]],
    ['ports required', svc({ ports: [] }), ['spec.ports: Required value']],
    [
      'names required with several ports',
      svc({
        ports: [
          { protocol: 'TCP', port: 80, targetPort: 80 },
          { protocol: 'TCP', port: 443, targetPort: 443 },
        ],
      }),
      ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
    ],
    [
      'duplicate port names',
      svc({
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 80 },
          { name: 'http', protocol: 'TCP', port: 81, targetPort: 81 },
        ],
      }),
      ['spec.ports[1].name: Duplicate value: "http"'],
    ],
    [
      'duplicate (protocol, port)',
      svc({
        ports: [
          { name: 'a', protocol: 'TCP', port: 80, targetPort: 80 },
          { name: 'b', protocol: 'TCP', port: 80, targetPort: 8080 },
        ],
      }),
      [
        'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
      ],
    ],
    [
      'same port on two protocols',
      svc({
        ports: [
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
          { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
        ],
      }),
      [],
    ],
    [
      'port out of range',
      svc({ ports: [{ protocol: 'TCP', port: 70000, targetPort: 80 }] }),
      ['spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
    ],
    [
      'unknown protocol',
      svc({ ports: [{ protocol: 'HTTP', port: 80, targetPort: 80 }] }),
      ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    ],
    [
      'bad named targetPort',
      svc({ ports: [{ protocol: 'TCP', port: 80, targetPort: 'HTTP_1' }] }),
      [
        'spec.ports[0].targetPort: Invalid value: "HTTP_1": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'spec.ports[0].targetPort: Invalid value: "HTTP_1": must contain at least one letter (a-z)',
      ],
    ],
    [
      'targetPort 0',
      svc({ ports: [{ protocol: 'TCP', port: 80, targetPort: 0 }] }),
      ['spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'],
    ],
    [
      'bad appProtocol',
      svc({ ports: [{ protocol: 'TCP', port: 80, targetPort: 80, appProtocol: 'a/b/c' }] }),
      [
        `spec.ports[0].appProtocol: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      ],
    ],
    [
      'unknown type',
      svc({ type: 'Foo' }),
      [
        'spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      ],
    ],
    ['missing type', svc({ type: '' }), ['spec.type: Required value']],
    [
      'nodePort on ClusterIP',
      svc({ ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30001 }] }),
      ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ],
    [
      'duplicate nodePort',
      nodePort({
        ports: [
          { name: 'a', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30001 },
          { name: 'b', protocol: 'TCP', port: 81, targetPort: 81, nodePort: 30001 },
        ],
      }),
      ['spec.ports[1].nodePort: Duplicate value: 30001'],
    ],
    [
      'bad selector',
      svc({ selector: { app: 'a b' } }),
      [
        `spec.selector: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      ],
    ],
    [
      'unknown sessionAffinity',
      svc({ sessionAffinity: 'Cookie' }),
      ['spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"'],
    ],
    [
      'ClientIP without config',
      svc({ sessionAffinity: 'ClientIP' }),
      ['spec.sessionAffinityConfig: Required value: when session affinity type is ClientIP'],
    ],
    [
      'ClientIP timeout too large',
      svc({ sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 86401 } } }),
      [
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400',
      ],
    ],
    [
      'config with affinity None',
      svc({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 10 } } }),
      ['spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None'],
    ],
    [
      'invalid clusterIP',
      svc({ clusterIP: 'foo', clusterIPs: ['foo'] }),
      [
        'spec.clusterIPs[0]: Invalid value: "foo": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ],
    ],
    [
      'clusterIPs out of sync',
      svc({ clusterIPs: ['10.96.1.2'] }),
      ['spec.clusterIPs: Invalid value: []string{"10.96.1.2"}: first value must match `clusterIP`'],
    ],
    [
      'loopback externalIP',
      svc({ externalIPs: ['127.0.0.1'] }),
      [
        'spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
        'spec.externalTrafficPolicy: Required value',
      ],
    ],
    [
      'invalid externalIP',
      svc({ externalIPs: ['1.2.3'], externalTrafficPolicy: 'Cluster' }),
      [
        'spec.externalIPs[0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ],
    ],
    [
      'headless NodePort',
      nodePort({ clusterIP: 'None', clusterIPs: ['None'] }),
      ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'],
    ],
    ['ExternalName needs a name', externalName({ externalName: '' }), ['spec.externalName: Required value']],
    [
      'ExternalName with a cluster IP',
      externalName({ clusterIP: '10.96.1.1', clusterIPs: ['10.96.1.1'] }),
      ['spec.clusterIPs: Forbidden: may not be set for ExternalName services'],
    ],
    [
      'ExternalName not a DNS name',
      externalName({ externalName: 'DB_HOST' }),
      [
        `spec.externalName: Invalid value: "DB_HOST": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      ],
    ],
    [
      'source ranges on a ClusterIP service (Go path spelling)',
      svc({ loadBalancerSourceRanges: ['10.0.0.0/8'] }),
      ["spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"],
    ],
    [
      'bad source range',
      lb({ loadBalancerSourceRanges: ['10.0.0.0/33'] }),
      [
        'spec.LoadBalancerSourceRanges[0]: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ],
    ],
    [
      'LoadBalancer without allocateLoadBalancerNodePorts (Go path lacks spec.)',
      lb({ allocateLoadBalancerNodePorts: null }),
      ['allocateLoadBalancerNodePorts: Required value'],
    ],
    [
      'allocateLoadBalancerNodePorts on NodePort',
      nodePort({ allocateLoadBalancerNodePorts: true }),
      ["spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"],
    ],
    [
      'loadBalancerClass on ClusterIP',
      svc({ loadBalancerClass: 'example.com/lb' }),
      ["spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"],
    ],
    [
      'externalTrafficPolicy on ClusterIP',
      svc({ externalTrafficPolicy: 'Local' }),
      [
        'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
      ],
    ],
    [
      'unknown externalTrafficPolicy',
      nodePort({ externalTrafficPolicy: 'Global' }),
      ['spec.externalTrafficPolicy: Unsupported value: "Global": supported values: "Cluster", "Local"'],
    ],
    [
      'Local LoadBalancer needs a health check port',
      lb({ externalTrafficPolicy: 'Local' }),
      ['spec.healthCheckNodePort: Required value'],
    ],
    [
      'health check port on NodePort',
      nodePort({ healthCheckNodePort: 30100 }),
      [
        "spec.healthCheckNodePort: Invalid value: 30100: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ],
    ],
    [
      'missing internalTrafficPolicy',
      svc({ internalTrafficPolicy: null }),
      ['spec.internalTrafficPolicy: Required value'],
    ],
    [
      'unknown internalTrafficPolicy',
      svc({ internalTrafficPolicy: 'Node' }),
      ['spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"'],
    ],
    ['PreferSameNode (beta in 1.34)', svc({ trafficDistribution: 'PreferSameNode' }), []],
    [
      'unknown trafficDistribution',
      svc({ trafficDistribution: 'Nearby' }),
      [
        'spec.trafficDistribution: Unsupported value: "Nearby": supported values: "PreferClose", "PreferSameZone", "PreferSameNode"',
      ],
    ],
    [
      'single-family ipFamilies duplicated',
      svc({ ipFamilies: ['IPv4', 'IPv4'] }),
      ['spec.ipFamilies[1]: Duplicate value: "IPv4"'],
    ],
    [
      'two IPv4 clusterIPs',
      svc({ clusterIPs: ['10.96.1.1', '10.96.1.2'] }),
      [
        'spec.clusterIPs: Invalid value: []string{"10.96.1.1", "10.96.1.2"}: may specify no more than one IP for each IP family',
      ],
    ],
    [
      'IPv6 clusterIP for IPv4 family',
      svc({ clusterIP: 'fd00::1', clusterIPs: ['fd00::1'] }),
      [
        'spec.clusterIPs[0]: Invalid value: "fd00::1": expected an IPv4 value as indicated by `ipFamilies[0]`',
      ],
    ],
    [
      'unknown ipFamilyPolicy',
      svc({ ipFamilyPolicy: 'Dual' }),
      [
        'spec.ipFamilyPolicy: Unsupported value: "Dual": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"',
      ],
    ],
  ])('%s', (_name, s, want) => {
    expect(msgs(validateService(s))).toEqual(want);
  });

  it('topology annotations must agree', () => {
    const s = svc();
    s.metadata!.annotations = {
      'service.kubernetes.io/topology-mode': 'Auto',
      'service.kubernetes.io/topology-aware-hints': 'Disabled',
    };
    expect(msgs(validateService(s))).toEqual([
      'metadata.annotations[service.kubernetes.io/topology-mode]: Invalid value: "Auto": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified',
    ]);
  });

  it('ValidateServiceClusterIPsRelatedFields skips ExternalName', () => {
    expect(validateServiceClusterIPsRelatedFields(externalName({ clusterIPs: ['x'] }))).toEqual([]);
  });
});

describe('validateServiceUpdate', () => {
  it.each<[string, Service, Service, string[]]>([
    ['no change', svc(), svc(), []],
    [
      'clusterIP changed',
      svc({ clusterIP: '10.96.1.2', clusterIPs: ['10.96.1.2'] }),
      svc(),
      ['spec.clusterIPs[0]: Invalid value: []string{"10.96.1.2"}: may not change once set'],
    ],
    [
      'to ExternalName (the strategy already dropped the IPs)',
      { ...externalName(), metadata: { name: 'web', namespace: 'default', resourceVersion: '1' } },
      svc(),
      [],
    ],
    [
      'ipFamilies changed',
      svc({ ipFamilies: ['IPv6'], clusterIP: 'fd00::1', clusterIPs: ['fd00::1'] }),
      svc(),
      [
        'spec.clusterIPs[0]: Invalid value: []string{"fd00::1"}: may not change once set',
        'spec.ipFamilies[0]: Invalid value: []core.IPFamily{"IPv6"}: may not change once set',
      ],
    ],
    [
      'loadBalancerClass changed',
      lb({ loadBalancerClass: 'b' }),
      lb({ loadBalancerClass: 'a' }),
      ['spec.loadBalancerClass: Invalid value: "b": may not change once set'],
    ],
    [
      'healthCheckNodePort changed',
      lb({ externalTrafficPolicy: 'Local', healthCheckNodePort: 30200 }),
      lb({ externalTrafficPolicy: 'Local', healthCheckNodePort: 30100 }),
      ['spec.healthCheckNodePort: Forbidden: field is immutable'],
    ],
  ])('%s', (_name, n, o, want) => {
    expect(msgs(validateServiceUpdate(n, o))).toEqual(want);
  });
});

describe('validateServiceStatusUpdate', () => {
  it('load balancer ingress only on LoadBalancer services, with ipMode when ip is set', () => {
    const c = svc();
    c.status = { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } };
    expect(msgs(validateServiceStatusUpdate(c, svc()))).toEqual([
      "status.loadBalancer.ingress: Forbidden: may only be used when `spec.type` is 'LoadBalancer'",
    ]);
    const l = lb();
    l.status = { loadBalancer: { ingress: [{ ip: '1.2.3.4' }, { hostname: '1.2.3.5', ipMode: 'VIP' }] } };
    expect(msgs(validateServiceStatusUpdate(l, lb()))).toEqual([
      'status.loadBalancer.ingress[0].ipMode: Required value: must be specified when `ip` is set',
      'status.loadBalancer.ingress[1].ipMode: Forbidden: may not be specified when `ip` is not set',
      'status.loadBalancer.ingress[1].hostname: Invalid value: "1.2.3.5": must be a DNS name, not an IP address',
    ]);
  });
});
