import { describe, expect, it } from 'vitest';
import type { RuntimeObject } from '../../../runtime/object';
import {
  Convert_core_Pod_To_v1_Pod,
  Convert_core_PodList_To_v1_PodList,
  Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec,
  Convert_v1_Pod_To_core_Pod,
  Convert_v1_PodList_To_core_PodList,
  Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec,
} from './pod_conversion';

const toInternal = (v1: RuntimeObject) => {
  const out: RuntimeObject = {};
  Convert_v1_Pod_To_core_Pod(v1, out);
  return out;
};
const toV1 = (core: RuntimeObject) => {
  const out: RuntimeObject = {};
  Convert_core_Pod_To_v1_Pod(core, out);
  return out;
};

describe('Pod conversion', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'serviceAccount fills an empty serviceAccountName',
      { serviceAccount: 'build' },
      { serviceAccountName: 'build' },
    ],
    [
      'serviceAccountName wins',
      { serviceAccount: 'old', serviceAccountName: 'new' },
      { serviceAccountName: 'new' },
    ],
    ['neither', { nodeName: 'n1' }, { nodeName: 'n1' }],
  ])('v1 → internal spec: %s', (_name, spec, want) => {
    expect(toInternal({ apiVersion: 'v1', kind: 'Pod', spec }).spec).toEqual(want);
  });

  it('drops TypeMeta on the way in and does not share memory', () => {
    const v1: RuntimeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'a', labels: { x: '1' } },
      spec: {},
    };
    const core = toInternal(v1);
    expect(core).toEqual({ metadata: { name: 'a', labels: { x: '1' } }, spec: {} });
    core.metadata!.labels!.x = '2';
    expect(v1.metadata!.labels!.x).toBe('1');
  });

  it('writes serviceAccount = serviceAccountName on the way out', () => {
    expect(toV1({ spec: { serviceAccountName: 'default' } }).spec).toEqual({
      serviceAccountName: 'default',
      serviceAccount: 'default',
    });
    expect(toV1({ spec: {} }).spec).toEqual({});
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['podIP alone becomes podIPs', { podIP: '10.0.0.1' }, { podIPs: [{ ip: '10.0.0.1' }] }],
    [
      'matching podIPs kept',
      { podIP: '10.0.0.1', podIPs: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }] },
      { podIPs: [{ ip: '10.0.0.1' }, { ip: 'fd00::1' }] },
    ],
    [
      'podIP is authoritative',
      { podIP: '10.0.0.2', podIPs: [{ ip: '10.0.0.1' }] },
      { podIPs: [{ ip: '10.0.0.2' }] },
    ],
  ])('v1 → internal status: %s', (_name, status, want) => {
    expect(toInternal({ status }).status).toEqual(want);
  });

  it('derives podIP from podIPs on the way out', () => {
    expect(toV1({ status: { phase: 'Running', podIPs: [{ ip: '10.0.0.1' }] } }).status).toEqual({
      phase: 'Running',
      podIPs: [{ ip: '10.0.0.1' }],
      podIP: '10.0.0.1',
    });
  });

  it('drops the legacy init-container annotations both ways', () => {
    const annotations = { 'pod.beta.kubernetes.io/init-containers': '[]', keep: 'me' };
    expect(toInternal({ metadata: { annotations: { ...annotations } } }).metadata).toEqual({
      annotations: { keep: 'me' },
    });
    expect(toV1({ metadata: { annotations: { ...annotations } } }).metadata).toEqual({
      annotations: { keep: 'me' },
    });
  });

  it('converts lists item by item', () => {
    const out: RuntimeObject = {};
    Convert_v1_PodList_To_core_PodList(
      {
        apiVersion: 'v1',
        kind: 'PodList',
        metadata: { resourceVersion: '5' },
        items: [{ apiVersion: 'v1', kind: 'Pod', spec: { serviceAccount: 'x' } }],
      },
      out,
    );
    expect(out).toEqual({
      metadata: { resourceVersion: '5' },
      items: [{ spec: { serviceAccountName: 'x' } }],
    });
    const back: RuntimeObject = {};
    Convert_core_PodList_To_v1_PodList(out, back);
    expect(back.items).toEqual([{ spec: { serviceAccountName: 'x', serviceAccount: 'x' } }]);
  });

  it('converts pod templates for workloads', () => {
    expect(Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec({ spec: { serviceAccount: 'a' } })).toEqual({
      spec: { serviceAccountName: 'a' },
    });
    expect(Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec({ spec: { serviceAccountName: 'a' } })).toEqual(
      {
        spec: { serviceAccountName: 'a', serviceAccount: 'a' },
      },
    );
  });
});
