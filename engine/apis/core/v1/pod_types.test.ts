import { describe, expect, it } from 'vitest';
import { decodeStruct, marshal, orderStruct } from '../../../runtime/serializer/json/gojson';
import { ContainerDef, PodDef, PodSpecDef } from './pod_types';

describe('Pod StructDefs', () => {
  it('declare every PodSpec and Container field in Go order', () => {
    expect(PodSpecDef.fields.map((f) => f.json)).toEqual([
      'volumes',
      'initContainers',
      'containers',
      'ephemeralContainers',
      'restartPolicy',
      'terminationGracePeriodSeconds',
      'activeDeadlineSeconds',
      'dnsPolicy',
      'nodeSelector',
      'serviceAccountName',
      'serviceAccount',
      'automountServiceAccountToken',
      'nodeName',
      'hostNetwork',
      'hostPID',
      'hostIPC',
      'shareProcessNamespace',
      'securityContext',
      'imagePullSecrets',
      'hostname',
      'subdomain',
      'affinity',
      'schedulerName',
      'tolerations',
      'hostAliases',
      'priorityClassName',
      'priority',
      'dnsConfig',
      'readinessGates',
      'runtimeClassName',
      'enableServiceLinks',
      'preemptionPolicy',
      'overhead',
      'topologySpreadConstraints',
      'setHostnameAsFQDN',
      'os',
      'hostUsers',
      'schedulingGates',
      'resourceClaims',
      'resources',
      'hostnameOverride',
    ]);
    expect(ContainerDef.fields.map((f) => f.json)).toEqual([
      'name',
      'image',
      'command',
      'args',
      'workingDir',
      'ports',
      'envFrom',
      'env',
      'resources',
      'resizePolicy',
      'restartPolicy',
      'restartPolicyRules',
      'volumeMounts',
      'volumeDevices',
      'livenessProbe',
      'readinessProbe',
      'startupProbe',
      'lifecycle',
      'terminationMessagePath',
      'terminationMessagePolicy',
      'imagePullPolicy',
      'securityContext',
      'stdin',
      'stdinOnce',
      'tty',
    ]);
  });

  it('carry the strategic merge keys', () => {
    const keyOf = (def: typeof PodSpecDef, json: string) => {
      const f = def.fields.find((x) => x.json === json)!;
      return [f.patchStrategy, f.patchMergeKey];
    };
    expect(keyOf(PodSpecDef, 'containers')).toEqual(['merge', 'name']);
    expect(keyOf(PodSpecDef, 'volumes')).toEqual(['merge,retainKeys', 'name']);
    expect(keyOf(ContainerDef, 'ports')).toEqual(['merge', 'containerPort']);
    expect(keyOf(ContainerDef, 'env')).toEqual(['merge', 'name']);
    expect(keyOf(ContainerDef, 'volumeMounts')).toEqual(['merge', 'mountPath']);
  });

  it('decode strictly: unknown fields are reported with their path', () => {
    const r = decodeStruct(PodDef, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'a' },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'nginx',
            imagePullPolicyy: 'Always',
            ports: [{ containerPort: 80, prot: 'TCP' }],
          },
        ],
      },
    });
    expect(r.strictErrors).toEqual([
      'unknown field "spec.containers[0].imagePullPolicyy"',
      'unknown field "spec.containers[0].ports[0].prot"',
    ]);
  });

  it('decode quantities into their canonical form', () => {
    const r = decodeStruct(PodDef, {
      spec: { containers: [{ name: 'c', resources: { limits: { cpu: 0.5, memory: '1024Mi' } } }] },
    });
    expect((r.obj.spec as { containers: { resources: unknown }[] }).containers[0]!.resources).toEqual({
      limits: { cpu: '500m', memory: '1Gi' },
    });
  });

  it('encode conditions with Go zero times as null', () => {
    const out = marshal(
      orderStruct(PodDef, {
        status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False' }] },
      }),
    );
    expect(out).toContain(
      '"conditions":[{"type":"PodScheduled","status":"False","lastProbeTime":null,"lastTransitionTime":null}]',
    );
  });
});
