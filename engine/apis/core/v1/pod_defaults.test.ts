import { describe, expect, it } from 'vitest';
import type { RuntimeObject } from '../../../runtime/object';
import { marshal, orderStruct } from '../../../runtime/serializer/json/gojson';
import type { PodSpec } from '../pod_types';
import {
  defaultPullPolicy,
  parseImageName,
  SetObjectDefaults_Pod,
  SetObjectDefaults_PodList,
  setDefaults_PodTemplateSpec,
} from './pod_defaults';
import { PodDef } from './pod_types';

const v1Pod = (spec: PodSpec): RuntimeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec,
});
const defaulted = (spec: PodSpec) => {
  const p = v1Pod(spec);
  SetObjectDefaults_Pod(p);
  return p.spec as PodSpec;
};

describe('image pull policy', () => {
  const digest = 'sha256:' + 'a'.repeat(64);
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    [`nginx@${digest}`, 'IfNotPresent'],
    [`nginx:1.27@${digest}`, 'IfNotPresent'],
    ['localhost:5000/app', 'Always'],
    ['registry.example.com:5000/team/app:v1', 'IfNotPresent'],
    ['MyRegistry.io/app', 'Always'],
    ['NGINX', 'IfNotPresent'],
    ['', 'IfNotPresent'],
  ])('%j → %s', (image, want) => {
    expect(defaultPullPolicy(image)).toBe(want);
  });

  it('parses the parts of a reference', () => {
    expect(parseImageName('quay.io/org/app:v2')).toEqual({ repo: 'quay.io/org/app', tag: 'v2', digest: '' });
    expect(parseImageName('a'.repeat(64))).toBeNull();
  });
});

describe('SetObjectDefaults_Pod', () => {
  it('gives a minimal pod the fields the apiserver adds (before admission)', () => {
    const p: RuntimeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nginx' },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
    };
    SetObjectDefaults_Pod(p);
    expect(marshal(orderStruct(PodDef, p))).toBe(
      JSON.stringify({
        kind: 'Pod',
        apiVersion: 'v1',
        metadata: { name: 'nginx', creationTimestamp: null },
        spec: {
          containers: [
            {
              name: 'nginx',
              image: 'nginx',
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
              imagePullPolicy: 'Always',
            },
          ],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
          dnsPolicy: 'ClusterFirst',
          securityContext: {},
          schedulerName: 'default-scheduler',
          enableServiceLinks: true,
        },
        status: {},
      }),
    );
  });

  it('keeps what the user set', () => {
    const spec = defaulted({
      restartPolicy: 'Never',
      dnsPolicy: 'Default',
      terminationGracePeriodSeconds: 0,
      enableServiceLinks: false,
      containers: [
        {
          name: 'c',
          image: 'busybox',
          imagePullPolicy: 'Never',
          terminationMessagePolicy: 'FallbackToLogsOnError',
        },
      ],
    });
    expect(spec).toMatchObject({
      restartPolicy: 'Never',
      dnsPolicy: 'Default',
      terminationGracePeriodSeconds: 0,
      enableServiceLinks: false,
    });
    expect(spec.containers![0]).toMatchObject({
      imagePullPolicy: 'Never',
      terminationMessagePolicy: 'FallbackToLogsOnError',
    });
  });

  it('defaults ports, env field refs, probes and lifecycle handlers', () => {
    const spec = defaulted({
      containers: [
        {
          name: 'c',
          image: 'app:1',
          ports: [{ containerPort: 80 }],
          env: [{ name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
          livenessProbe: { httpGet: { port: 80 } },
          readinessProbe: { grpc: { port: 9000 } },
          lifecycle: { preStop: { httpGet: { port: 'http' } } },
        },
      ],
    });
    const c = spec.containers![0]!;
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(c.env![0]!.valueFrom!.fieldRef).toEqual({ fieldPath: 'spec.nodeName', apiVersion: 'v1' });
    expect(c.livenessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(c.readinessProbe!.grpc).toEqual({ port: 9000, service: '' });
    expect(c.lifecycle!.preStop!.httpGet).toEqual({ port: 'http', path: '/', scheme: 'HTTP' });
  });

  it('defaults volumes', () => {
    const spec = defaulted({
      containers: [{ name: 'c', image: 'app:1' }],
      volumes: [
        { name: 'a' },
        { name: 'b', configMap: { name: 'cm' } },
        { name: 'c', secret: { secretName: 's', defaultMode: 256 } },
        { name: 'd', hostPath: { path: '/var/log' } },
        {
          name: 'e',
          downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
        },
        {
          name: 'f',
          projected: {
            sources: [
              { serviceAccountToken: { path: 'token' } },
              { downwardAPI: { items: [{ path: 'ns', fieldRef: { fieldPath: 'metadata.namespace' } }] } },
            ],
          },
        },
      ],
    });
    expect(spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', configMap: { name: 'cm', defaultMode: 420 } },
      { name: 'c', secret: { secretName: 's', defaultMode: 256 } },
      { name: 'd', hostPath: { path: '/var/log', type: '' } },
      {
        name: 'e',
        downwardAPI: {
          items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels', apiVersion: 'v1' } }],
          defaultMode: 420,
        },
      },
      {
        name: 'f',
        projected: {
          sources: [
            { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
            {
              downwardAPI: {
                items: [{ path: 'ns', fieldRef: { fieldPath: 'metadata.namespace', apiVersion: 'v1' } }],
              },
            },
          ],
          defaultMode: 420,
        },
      },
    ]);
  });

  it('copies limits into missing requests and rounds quantities up to milli units', () => {
    const spec = defaulted({
      containers: [
        {
          name: 'c',
          image: 'app:1',
          resources: { limits: { cpu: '0.0001', memory: '128Mi' }, requests: { memory: '64Mi' } },
        },
      ],
    });
    expect(spec.containers![0]!.resources).toEqual({
      limits: { cpu: '1m', memory: '128Mi' },
      requests: { memory: '64Mi', cpu: '1m' },
    });
  });

  it('sets hostPort to containerPort on the host network', () => {
    const spec = defaulted({
      hostNetwork: true,
      containers: [{ name: 'c', image: 'app:1', ports: [{ containerPort: 8080 }] }],
    });
    expect(spec.containers![0]!.ports).toEqual([{ containerPort: 8080, hostPort: 8080, protocol: 'TCP' }]);
  });

  it('defaults pod-level requests from pod-level limits', () => {
    const spec = defaulted({
      resources: { limits: { cpu: '2', memory: '1Gi' } },
      containers: [{ name: 'c', image: 'app:1', resources: { requests: { cpu: '500m' } } }],
    });
    expect(spec.resources).toEqual({
      limits: { cpu: '2', memory: '1Gi' },
      requests: { cpu: '500m', memory: '1Gi' },
    });
  });

  it('defaults every item of a PodList', () => {
    const list: RuntimeObject = { items: [v1Pod({ containers: [{ name: 'c', image: 'x' }] })] };
    SetObjectDefaults_PodList(list);
    expect((list.items as RuntimeObject[])[0]!.spec).toMatchObject({
      restartPolicy: 'Always',
      enableServiceLinks: true,
    });
  });
});

describe('setDefaults_PodTemplateSpec', () => {
  it('applies the PodSpec defaults but not SetDefaults_Pod', () => {
    const template = {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '1' } } }] },
    };
    setDefaults_PodTemplateSpec(template);
    expect(template.spec).toEqual({
      containers: [
        {
          name: 'c',
          image: 'nginx',
          resources: { limits: { cpu: '1' } },
          imagePullPolicy: 'Always',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
    });
  });
});
