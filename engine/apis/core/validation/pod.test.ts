import { describe, expect, it } from 'vitest';
import type { RuntimeObject } from '../../../runtime/object';
import type { PodObject, PodSpec } from '../pod_types';
import { Convert_v1_Pod_To_core_Pod } from '../v1/pod_conversion';
import { SetObjectDefaults_Pod } from '../v1/pod_defaults';
import {
  validatePodCreate,
  validatePodStatusUpdate,
  validatePodTemplateSpec,
  validatePodUpdate,
} from './pod';
import { newPath } from '../../../util/validation/field/path';

/** A v1 pod as a user writes it, defaulted and converted to internal as the apiserver does on create. */
function internalPod(v1: RuntimeObject): PodObject {
  SetObjectDefaults_Pod(v1);
  const out: RuntimeObject = {};
  Convert_v1_Pod_To_core_Pod(v1, out);
  return out as PodObject;
}

const basePod = () =>
  internalPod({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'nginx', namespace: 'default', resourceVersion: '1' },
    spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
  });

/** The base pod with a change applied after defaulting (so defaults cannot hide the mistake). */
function podWith(change: (spec: PodSpec, pod: PodObject) => void): PodObject {
  const p = basePod();
  change(p.spec!, p);
  return p;
}

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

const dnsLabelMsg =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('validatePodCreate', () => {
  it.each<[string, (spec: PodSpec, pod: PodObject) => void, string[]]>([
    ['a defaulted nginx pod', () => {}, []],
    ['no containers', (s) => (s.containers = []), ['spec.containers: Required value']],
    ['no image', (s) => delete s.containers![0]!.image, ['spec.containers[0].image: Required value']],
    [
      'image with whitespace',
      (s) => (s.containers![0]!.image = ' nginx'),
      ['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace'],
    ],
    [
      'uppercase container name',
      (s) => (s.containers![0]!.name = 'Nginx'),
      [`spec.containers[0].name: Invalid value: "Nginx": ${dnsLabelMsg}`],
    ],
    [
      'empty container name',
      (s) => (s.containers![0]!.name = ''),
      ['spec.containers[0].name: Required value'],
    ],
    [
      'duplicate container names',
      (s) => s.containers!.push({ ...s.containers![0]! }),
      ['spec.containers[1].name: Duplicate value: "nginx"'],
    ],
    [
      'bad restartPolicy',
      (s) => (s.restartPolicy = 'Sometimes'),
      [
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      ],
    ],
    [
      'bad dnsPolicy',
      (s) => (s.dnsPolicy = 'Foo'),
      [
        'spec.dnsPolicy: Unsupported value: "Foo": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      ],
    ],
    [
      'bad imagePullPolicy',
      (s) => (s.containers![0]!.imagePullPolicy = 'Sometimes'),
      [
        'spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
      ],
    ],
    [
      'no terminationGracePeriodSeconds',
      (s) => delete s.terminationGracePeriodSeconds,
      ['spec.terminationGracePeriodSeconds: Required value'],
    ],
    [
      'negative activeDeadlineSeconds',
      (s) => (s.activeDeadlineSeconds = 0),
      ['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
    ],
    [
      'port 0',
      (s) => (s.containers![0]!.ports = [{ containerPort: 0, protocol: 'TCP' }]),
      ['spec.containers[0].ports[0].containerPort: Required value'],
    ],
    [
      'port out of range',
      (s) => (s.containers![0]!.ports = [{ containerPort: 70000, protocol: 'TCP' }]),
      [
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      'bad protocol',
      (s) => (s.containers![0]!.ports = [{ containerPort: 80, protocol: 'HTTP' }]),
      [
        'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      ],
    ],
    [
      'duplicate port names',
      (s) =>
        (s.containers![0]!.ports = [
          { name: 'http', containerPort: 80, protocol: 'TCP' },
          { name: 'http', containerPort: 81, protocol: 'TCP' },
        ]),
      ['spec.containers[0].ports[1].name: Duplicate value: "http"'],
    ],
    [
      'hostPort conflict',
      (s) =>
        (s.containers![0]!.ports = [
          { containerPort: 80, hostPort: 8080, protocol: 'TCP' },
          { containerPort: 81, hostPort: 8080, protocol: 'TCP' },
        ]),
      ['spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//8080"'],
    ],
    [
      'hostNetwork with a different hostPort',
      (s) => {
        s.hostNetwork = true;
        s.containers![0]!.ports = [{ containerPort: 80, hostPort: 8080, protocol: 'TCP' }];
      },
      [
        'spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true',
      ],
    ],
    [
      'env without name',
      (s) => (s.containers![0]!.env = [{ value: 'x' }]),
      ['spec.containers[0].env[0].name: Required value'],
    ],
    [
      'env name starting with a digit (relaxed in v1.34)',
      (s) => (s.containers![0]!.env = [{ name: '1FOO', value: 'x' }]),
      [],
    ],
    [
      'env name with =',
      (s) => (s.containers![0]!.env = [{ name: 'A=B', value: 'x' }]),
      [
        'spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than \'=\'',
      ],
    ],
    [
      'env value and valueFrom',
      (s) =>
        (s.containers![0]!.env = [
          { name: 'A', value: 'x', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k' } } },
        ]),
      [
        'spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
      ],
    ],
    [
      'empty valueFrom',
      (s) => (s.containers![0]!.env = [{ name: 'A', valueFrom: {} }]),
      [
        'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ],
    ],
    [
      'configMapKeyRef without key',
      (s) => (s.containers![0]!.env = [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm' } } }]),
      ['spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value'],
    ],
    [
      'secretKeyRef without name',
      (s) => (s.containers![0]!.env = [{ name: 'A', valueFrom: { secretKeyRef: { key: 'k' } } }]),
      [
        "spec.containers[0].env[0].valueFrom.secretKeyRef.name: Invalid value: \"\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'fieldRef to an unsupported field',
      (s) =>
        (s.containers![0]!.env = [
          { name: 'A', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.labels' } } },
        ]),
      [
        'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
      ],
    ],
    [
      'fieldRef to an unknown field',
      (s) =>
        (s.containers![0]!.env = [
          { name: 'A', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.foo' } } },
        ]),
      [
        'spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo',
      ],
    ],
    [
      'fieldRef to a label',
      (s) =>
        (s.containers![0]!.env = [
          { name: 'A', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['app']" } } },
        ]),
      [],
    ],
    [
      'envFrom without a source',
      (s) => (s.containers![0]!.envFrom = [{ prefix: 'X_' }]),
      ['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'],
    ],
    [
      'requests above limits',
      (s) => (s.containers![0]!.resources = { limits: { cpu: '1' }, requests: { cpu: '2' } }),
      [
        'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
      ],
    ],
    [
      'negative limit',
      (s) => (s.containers![0]!.resources = { limits: { memory: '-1' } }),
      [
        'spec.containers[0].resources.limits[memory]: Invalid value: "-1": must be greater than or equal to 0',
      ],
    ],
    [
      'unknown resource',
      (s) => (s.containers![0]!.resources = { limits: { cpus: '1' } }),
      [
        'spec.containers[0].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
        'spec.containers[0].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource for containers',
      ],
    ],
    [
      'extended resource requests must equal limits',
      (s) =>
        (s.containers![0]!.resources = {
          limits: { 'example.com/gpu': '2' },
          requests: { 'example.com/gpu': '1' },
        }),
      [
        'spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2',
      ],
    ],
    [
      'mount of a missing volume',
      (s) => (s.containers![0]!.volumeMounts = [{ name: 'data', mountPath: '/data' }]),
      ['spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    ],
    [
      'two mounts at one path',
      (s) => {
        s.volumes = [{ name: 'data', emptyDir: {} }];
        s.containers![0]!.volumeMounts = [
          { name: 'data', mountPath: '/data' },
          { name: 'data', mountPath: '/data' },
        ];
      },
      ['spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique'],
    ],
    [
      'volume without a source',
      (s) => (s.volumes = [{ name: 'data' }]),
      ['spec.volumes[0]: Required value: must specify a volume type'],
    ],
    [
      'volume with two sources',
      (s) => (s.volumes = [{ name: 'data', emptyDir: {}, configMap: { name: 'cm', defaultMode: 420 } }]),
      ['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'],
    ],
    [
      'downwardAPI after another source (Go spells the path downwarAPI)',
      (s) => (s.volumes = [{ name: 'data', emptyDir: {}, downwardAPI: { defaultMode: 420 } }]),
      ['spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type'],
    ],
    [
      'duplicate volume names',
      (s) =>
        (s.volumes = [
          { name: 'data', emptyDir: {} },
          { name: 'data', emptyDir: {} },
        ]),
      ['spec.volumes[1].name: Duplicate value: "data"'],
    ],
    [
      'uppercase volume name',
      (s) => (s.volumes = [{ name: 'Data', emptyDir: {} }]),
      [`spec.volumes[0].name: Invalid value: "Data": ${dnsLabelMsg}`],
    ],
    [
      'secret volume without secretName',
      (s) => (s.volumes = [{ name: 's', secret: { defaultMode: 420 } }]),
      ['spec.volumes[0].secret.secretName: Required value'],
    ],
    [
      'configMap item with an absolute path',
      (s) =>
        (s.volumes = [
          { name: 'c', configMap: { name: 'cm', defaultMode: 420, items: [{ key: 'k', path: '/etc/x' }] } },
        ]),
      ['spec.volumes[0].configMap.items[0].path: Invalid value: "/etc/x": must be a relative path'],
    ],
    [
      'bad defaultMode',
      (s) => (s.volumes = [{ name: 'c', configMap: { name: 'cm', defaultMode: 1000 } }]),
      [
        'spec.volumes[0].configMap.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive',
      ],
    ],
    [
      'hostPath with ..',
      (s) => (s.volumes = [{ name: 'h', hostPath: { path: '/var/../etc', type: '' } }]),
      ['spec.volumes[0].hostPath.path: Invalid value: "/var/../etc": must not contain \'..\''],
    ],
    [
      'pvc without claimName',
      (s) => (s.volumes = [{ name: 'p', persistentVolumeClaim: {} }]),
      ['spec.volumes[0].persistentVolumeClaim.claimName: Required value'],
    ],
    [
      'service account token without a service account',
      (s) =>
        (s.volumes = [
          {
            name: 'tok',
            projected: {
              defaultMode: 420,
              sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }],
            },
          },
        ]),
      [
        'spec.volumes[0].projected.sources[0].serviceAccountToken: Forbidden: must not be specified when serviceAccountName is not set',
      ],
    ],
    [
      'probe without a handler',
      (s) =>
        (s.containers![0]!.livenessProbe = {
          timeoutSeconds: 1,
          periodSeconds: 10,
          successThreshold: 1,
          failureThreshold: 3,
        }),
      ['spec.containers[0].livenessProbe: Required value: must specify a handler type'],
    ],
    [
      'liveness successThreshold 2',
      (s) =>
        (s.containers![0]!.livenessProbe = {
          exec: { command: ['true'] },
          timeoutSeconds: 1,
          periodSeconds: 10,
          successThreshold: 2,
          failureThreshold: 3,
        }),
      ['spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
    ],
    [
      'httpGet port 0',
      (s) =>
        (s.containers![0]!.readinessProbe = {
          httpGet: { path: '/', port: 0, scheme: 'HTTP' },
          timeoutSeconds: 1,
          periodSeconds: 10,
          successThreshold: 1,
          failureThreshold: 3,
        }),
      [
        'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      'two probe handlers',
      (s) =>
        (s.containers![0]!.startupProbe = {
          exec: { command: ['true'] },
          tcpSocket: { port: 80 },
          timeoutSeconds: 1,
          periodSeconds: 10,
          successThreshold: 1,
          failureThreshold: 3,
        }),
      ['spec.containers[0].startupProbe.tcpSocket: Forbidden: may not specify more than 1 handler type'],
    ],
    [
      'init container with a liveness probe',
      (s) =>
        (s.initContainers = [
          {
            name: 'init',
            image: 'busybox',
            imagePullPolicy: 'Always',
            terminationMessagePolicy: 'File',
            livenessProbe: { exec: { command: ['true'] }, successThreshold: 1 },
          },
        ]),
      [
        'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
      ],
    ],
    [
      'init container named like a container',
      (s) =>
        (s.initContainers = [
          { name: 'nginx', image: 'busybox', imagePullPolicy: 'Always', terminationMessagePolicy: 'File' },
        ]),
      ['spec.initContainers[0].name: Duplicate value: "nginx"'],
    ],
    [
      'restartPolicy on a regular container',
      (s) => (s.containers![0]!.restartPolicy = 'Always'),
      ['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers'],
    ],
    [
      'ephemeral containers on create',
      (s) =>
        (s.ephemeralContainers = [
          { name: 'debug', image: 'busybox', imagePullPolicy: 'Always', terminationMessagePolicy: 'File' },
        ]),
      ['spec.ephemeralContainers: Forbidden: cannot be set on create'],
    ],
    [
      'toleration without key needs Exists',
      (s) => (s.tolerations = [{ operator: 'Equal', value: 'x' }]),
      [
        'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      ],
    ],
    [
      'tolerationSeconds without NoExecute',
      (s) => (s.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }]),
      [
        'spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set',
      ],
    ],
    [
      'bad nodeName',
      (s) => (s.nodeName = 'Node_1'),
      [
        "spec.nodeName: Invalid value: \"Node_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'runAsUser out of range',
      (s) => (s.securityContext = { runAsUser: -1 }),
      ['spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive'],
    ],
    [
      'allowPrivilegeEscalation false with privileged',
      (s) => (s.containers![0]!.securityContext = { privileged: true, allowPrivilegeEscalation: false }),
      [
        'spec.containers[0].securityContext: Invalid value: {"privileged":true,"allowPrivilegeEscalation":false}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
      ],
    ],
    [
      'missing metadata.name',
      (_s, p) => delete p.metadata!.name,
      ['metadata.name: Required value: name or generateName is required'],
    ],
    [
      'non-standard unqualified finalizer',
      (_s, p) => (p.metadata!.finalizers = ['foo']),
      [
        'metadata.finalizers[0]: Invalid value: "foo": name is neither a standard finalizer name nor is it fully qualified',
      ],
    ],
    [
      'mirror annotation without nodeName',
      (_s, p) => (p.metadata!.annotations = { 'kubernetes.io/config.mirror': 'x' }),
      [
        'metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set',
      ],
    ],
  ])('%s', (_name, change, want) => {
    expect(msgs(validatePodCreate(podWith(change)))).toEqual(want);
  });

  it('accepts an ordinary busybox pod with command, env, ports, probes, resources and volumes', () => {
    const p = internalPod({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'busybox', namespace: 'default', labels: { app: 'demo' } },
      spec: {
        restartPolicy: 'Never',
        volumes: [
          {
            name: 'config',
            configMap: { name: 'app-config', items: [{ key: 'app.properties', path: 'app.properties' }] },
          },
          { name: 'creds', secret: { secretName: 'db' } },
          { name: 'scratch' },
        ],
        containers: [
          {
            name: 'main',
            image: 'busybox:1.36',
            command: ['sh', '-c', 'sleep 3600'],
            env: [
              { name: 'MODE', value: 'demo' },
              { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
              { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
              {
                name: 'CPU_LIMIT',
                valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } },
              },
            ],
            envFrom: [{ configMapRef: { name: 'app-config' } }],
            ports: [{ name: 'http', containerPort: 8080 }],
            resources: {
              requests: { cpu: '100m', memory: '64Mi' },
              limits: { cpu: '500m', memory: '128Mi' },
            },
            readinessProbe: { httpGet: { port: 'http' } },
            livenessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 5 },
            volumeMounts: [
              { name: 'config', mountPath: '/etc/app' },
              { name: 'creds', mountPath: '/etc/creds', readOnly: true },
              { name: 'scratch', mountPath: '/tmp/scratch' },
            ],
          },
        ],
      },
    });
    expect(msgs(validatePodCreate(p))).toEqual([]);
  });
});

describe('validatePodUpdate', () => {
  const updatable =
    'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

  it('allows a new image', () => {
    const old = basePod();
    const updated = podWith((s) => (s.containers![0]!.image = 'nginx:1.27'));
    expect(msgs(validatePodUpdate(updated, old))).toEqual([]);
  });

  it('forbids other spec changes, with a diff', () => {
    const old = basePod();
    const updated = podWith((s) => (s.restartPolicy = 'Never'));
    const errs = validatePodUpdate(updated, old);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.error().startsWith(`spec: Forbidden: ${updatable}\n  core.PodSpec{\n`)).toBe(true);
    expect(errs[0]!.error()).toContain('- \tRestartPolicy: "Always",\n+ \tRestartPolicy: "Never",');
  });

  it.each<[string, (spec: PodSpec, pod: PodObject) => void, string[]]>([
    [
      'adding a container',
      (s) => s.containers!.push({ ...s.containers![0]!, name: 'sidecar' }),
      ['spec.containers: Forbidden: pod updates may not add or remove containers'],
    ],
    // reported by the spec validation and again by ValidateContainerUpdates, as in Go
    [
      'removing the image',
      (s) => (s.containers![0]!.image = ''),
      ['spec.containers[0].image: Required value', 'spec.containers[0].image: Required value'],
    ],
    ['raising activeDeadlineSeconds', (s) => (s.activeDeadlineSeconds = 100), []],
    [
      'changing the name',
      (_s, p) => (p.metadata!.name = 'other'),
      ['metadata.name: Invalid value: "other": field is immutable'],
    ],
    ['adding a toleration', (s) => (s.tolerations = [{ key: 'k', operator: 'Exists' }]), []],
  ])('%s', (_name, change, want) => {
    expect(msgs(validatePodUpdate(podWith(change), basePod()))).toEqual(want);
  });

  it('limits activeDeadlineSeconds to decreases', () => {
    const old = podWith((s) => (s.activeDeadlineSeconds = 100));
    const updated = podWith((s) => (s.activeDeadlineSeconds = 200));
    expect(msgs(validatePodUpdate(updated, old))).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 200: must be less than or equal to previous value',
    ]);
  });

  it('forbids changing an existing toleration', () => {
    const old = podWith((s) => (s.tolerations = [{ key: 'k', operator: 'Exists' }]));
    const updated = podWith((s) => (s.tolerations = [{ key: 'k2', operator: 'Exists' }]));
    expect(msgs(validatePodUpdate(updated, old))).toEqual([
      'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
    ]);
  });
});

describe('validatePodStatusUpdate', () => {
  it('keeps qosClass and nodeName', () => {
    const old = podWith((_s, p) => (p.status = { phase: 'Pending', qosClass: 'BestEffort' }));
    const updated = podWith((s, p) => {
      p.status = { phase: 'Running', qosClass: 'Burstable' };
      s.nodeName = 'node-1';
    });
    expect(msgs(validatePodStatusUpdate(updated, old))).toEqual([
      'status.nodeName: Forbidden: may not be changed directly',
      'status.qosClass: Invalid value: "Burstable": field is immutable',
    ]);
  });
});

describe('validatePodTemplateSpec', () => {
  it('validates a template without a name and refuses ephemeral containers', () => {
    const p = basePod();
    const template = { metadata: { labels: { app: 'web' } }, spec: { ...p.spec!, ephemeralContainers: [] } };
    expect(msgs(validatePodTemplateSpec(template, newPath('spec', 'template')))).toEqual([]);
    template.spec.ephemeralContainers = [{ name: 'd', image: 'busybox' }] as never;
    expect(msgs(validatePodTemplateSpec(template, newPath('spec', 'template')))).toContain(
      'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    );
  });
});
