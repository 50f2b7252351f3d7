import { describe, expect, it } from 'vitest';
import { setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../../runtime/scheme';
import { registerConfigMap } from './register_configmap';
import { registerEvent } from './register_event';
import { registerNamespace } from './register_namespace';
import { registerSecret } from './register_secret';
import { registerService } from './register_service';
import { registerServiceAccount } from './register_serviceaccount';
import { V1Secret, V1SecretList } from './secret_types';
import { V1Namespace } from './namespace_types';
import { V1Service } from './service_types';
import { V1ConfigMap } from './configmap_types';
import { utf8ToBase64, base64DecodedLength } from './structural_copy';

function newScheme(): Scheme {
  const s = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  registerNamespace(s);
  registerConfigMap(s);
  registerSecret(s);
  registerService(s);
  registerServiceAccount(s);
  registerEvent(s);
  return s;
}

const v1 = { group: '', version: 'v1' };

describe('registration', () => {
  const s = newScheme();
  it.each(['Namespace', 'ConfigMap', 'Secret', 'Service', 'ServiceAccount', 'Event'])(
    '%s and its list in v1 and __internal',
    (kind) => {
      for (const k of [kind, `${kind}List`]) {
        expect(s.recognizes({ ...v1, kind: k })).toBe(true);
        expect(s.recognizes({ group: '', version: '__internal', kind: k })).toBe(true);
      }
    },
  );

  it('names the generated functions', () => {
    expect(s.conversionsOf(V1Secret).map((c) => c.name)).toEqual(['Convert_v1_Secret_To_core_Secret']);
    expect(s.defaulterName(V1Secret)).toBe('SetObjectDefaults_Secret');
    expect(s.defaulterName(V1SecretList)).toBe('SetObjectDefaults_SecretList');
  });

  it.each<[string, string, string]>([
    ['Namespace', 'status.phase', ''],
    ['Namespace', 'metadata.name', ''],
    ['Namespace', 'metadata.namespace', 'field label not supported: metadata.namespace'],
    ['Secret', 'type', ''],
    ['Secret', 'data', 'field label not supported: data'],
    ['Service', 'spec.clusterIP', ''],
    ['Service', 'spec.type', ''],
    ['Service', 'spec.ports', 'field label not supported: spec.ports'],
    ['Event', 'involvedObject.name', ''],
    ['Event', 'reportingComponent', ''],
    ['Event', 'source', ''],
    ['Event', 'message', 'field label not supported: message'],
    ['ConfigMap', 'metadata.namespace', ''],
    ['ConfigMap', 'data', 'field label not supported: data'],
    ['ServiceAccount', 'metadata.name', ''],
  ])('field label %s %s', (kind, label, err) => {
    const run = () => s.convertFieldLabel({ ...v1, kind }, label, 'x');
    if (err) expect(run).toThrow(err);
    else expect(run()).toEqual([label, 'x']);
  });
});

const typed = (type: typeof V1Secret, obj: RuntimeObject) => setType(obj, type);

describe('conversions', () => {
  const s = newScheme();

  it('Secret: stringData is merged into data (base64 of UTF-8), overwriting, and dropped', () => {
    const in1 = typed(V1Secret, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      data: { a: 'eA==', b: 'eA==' },
      stringData: { b: 'héllo', c: '' },
      type: 'Opaque',
    });
    const internal = s.convertToVersion(in1, internalGroupVersioner);
    expect(typeOf(internal)?.pkg).toBe('k8s.io/kubernetes/pkg/apis/core');
    expect(JSON.parse(JSON.stringify(internal))).toEqual({
      metadata: { name: 's' },
      data: { a: 'eA==', b: 'aMOpbGxv', c: '' },
      type: 'Opaque',
    });
    const back = s.convertToVersion(internal, groupVersioner(v1));
    expect(JSON.parse(JSON.stringify(back))).toEqual({
      kind: 'Secret',
      apiVersion: 'v1',
      metadata: { name: 's' },
      data: { a: 'eA==', b: 'aMOpbGxv', c: '' },
      type: 'Opaque',
    });
  });

  it('Secret: stringData without data creates data', () => {
    const internal = s.convertToVersion(
      typed(V1Secret, { metadata: { name: 's' }, stringData: { k: 'v' } }),
      internalGroupVersioner,
    );
    expect(internal.data).toEqual({ k: 'dg==' });
  });

  it('SecretList items are converted one by one', () => {
    const list = typed(V1SecretList, {
      metadata: { resourceVersion: '7' },
      items: [{ metadata: { name: 'a' }, stringData: { k: 'v' } }],
    });
    const internal = s.convertToVersion(list, internalGroupVersioner);
    expect(JSON.parse(JSON.stringify(internal))).toEqual({
      metadata: { resourceVersion: '7' },
      items: [{ metadata: { name: 'a' }, data: { k: 'dg==' } }],
    });
    expect(typeOf((internal.items as RuntimeObject[])[0]!)?.name).toBe('Secret');
  });

  it('Service is a structural copy', () => {
    const svc = typed(V1Service, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { ports: [{ port: 80, targetPort: 'http' }] },
    });
    const internal = s.convertToVersion(svc, internalGroupVersioner);
    expect(JSON.parse(JSON.stringify(internal))).toEqual({
      metadata: { name: 'web' },
      spec: { ports: [{ port: 80, targetPort: 'http' }] },
    });
  });

  it('keys like __proto__ survive', () => {
    const cm = typed(
      V1ConfigMap,
      JSON.parse('{"metadata":{"name":"c"},"data":{"__proto__":"x"}}') as RuntimeObject,
    );
    const internal = s.convertToVersion(cm, internalGroupVersioner);
    expect(Object.keys(internal.data as object)).toEqual(['__proto__']);
  });
});

describe('defaults', () => {
  const s = newScheme();
  const def = (type: typeof V1Secret, obj: RuntimeObject) => {
    const o = typed(type, obj);
    s.default(o);
    return JSON.parse(JSON.stringify(o)) as RuntimeObject;
  };

  it('Namespace: the name label and phase Active', () => {
    expect(def(V1Namespace, { metadata: { name: 'dev', labels: { team: 'a' } } })).toEqual({
      metadata: { name: 'dev', labels: { team: 'a', 'kubernetes.io/metadata.name': 'dev' } },
      status: { phase: 'Active' },
    });
    expect(def(V1Namespace, { metadata: { generateName: 'dev-' } })).toEqual({
      metadata: { generateName: 'dev-' },
      status: { phase: 'Active' },
    });
    expect(def(V1Namespace, { metadata: { name: 'x' }, status: { phase: 'Terminating' } }).status).toEqual({
      phase: 'Terminating',
    });
  });

  it('Secret: type Opaque', () => {
    expect(def(V1Secret, { metadata: { name: 's' } }).type).toBe('Opaque');
    expect(def(V1Secret, { metadata: { name: 's' }, type: 'kubernetes.io/tls' }).type).toBe(
      'kubernetes.io/tls',
    );
  });

  it('ConfigMap: nil data becomes an empty map', () => {
    expect(def(V1ConfigMap, { metadata: { name: 'c' } }).data).toEqual({});
  });

  it.each<[string, RuntimeObject, RuntimeObject]>([
    [
      'ClusterIP',
      {
        spec: {
          ports: [
            { port: 80 },
            { port: 443, targetPort: 8443, protocol: 'UDP' },
            { port: 53, targetPort: '' },
          ],
        },
      },
      {
        spec: {
          ports: [
            { port: 80, protocol: 'TCP', targetPort: 80 },
            { port: 443, targetPort: 8443, protocol: 'UDP' },
            { port: 53, targetPort: 53, protocol: 'TCP' },
          ],
          sessionAffinity: 'None',
          type: 'ClusterIP',
          internalTrafficPolicy: 'Cluster',
        },
      },
    ],
    [
      'ClusterIP with externalIPs is externally accessible',
      { spec: { externalIPs: ['1.2.3.4'] } },
      {
        spec: {
          externalIPs: ['1.2.3.4'],
          sessionAffinity: 'None',
          type: 'ClusterIP',
          externalTrafficPolicy: 'Cluster',
          internalTrafficPolicy: 'Cluster',
        },
      },
    ],
    [
      'NodePort',
      { spec: { type: 'NodePort' } },
      {
        spec: {
          type: 'NodePort',
          sessionAffinity: 'None',
          externalTrafficPolicy: 'Cluster',
          internalTrafficPolicy: 'Cluster',
        },
      },
    ],
    [
      'LoadBalancer with status',
      {
        spec: { type: 'LoadBalancer' },
        status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }, { hostname: 'lb.example.com' }] } },
      },
      {
        spec: {
          type: 'LoadBalancer',
          sessionAffinity: 'None',
          externalTrafficPolicy: 'Cluster',
          internalTrafficPolicy: 'Cluster',
          allocateLoadBalancerNodePorts: true,
        },
        status: {
          loadBalancer: { ingress: [{ ip: '1.2.3.4', ipMode: 'VIP' }, { hostname: 'lb.example.com' }] },
        },
      },
    ],
    [
      'ExternalName',
      { spec: { type: 'ExternalName', externalName: 'x.example.com' } },
      { spec: { type: 'ExternalName', externalName: 'x.example.com', sessionAffinity: 'None' } },
    ],
    [
      'ClientIP affinity gets a timeout',
      { spec: { sessionAffinity: 'ClientIP' } },
      {
        spec: {
          sessionAffinity: 'ClientIP',
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
          type: 'ClusterIP',
          internalTrafficPolicy: 'Cluster',
        },
      },
    ],
    [
      'affinity None drops the config',
      { spec: { sessionAffinityConfig: { clientIP: { timeoutSeconds: 5 } } } },
      { spec: { sessionAffinity: 'None', type: 'ClusterIP', internalTrafficPolicy: 'Cluster' } },
    ],
  ])('Service: %s', (_name, input, want) => {
    expect(def(V1Service, input)).toEqual(want);
  });
});

describe('base64 helpers', () => {
  it.each<[string, number]>([
    ['', 0],
    ['YQ==', 1],
    ['YWI=', 2],
    ['YWJj', 3],
  ])('%j decodes to %d bytes', (s, n) => {
    expect(base64DecodedLength(s)).toBe(n);
  });
  it('utf8ToBase64', () => {
    expect(utf8ToBase64('héllo')).toBe('aMOpbGxv');
  });
});
