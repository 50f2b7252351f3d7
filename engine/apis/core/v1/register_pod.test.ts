import { describe, expect, it } from 'vitest';
import { setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../../runtime/scheme';
import { Pod as CorePod } from '../pod_types';
import { Pod, PodList } from './pod_types';
import { registerPod } from './register_pod';

function scheme(): Scheme {
  const s = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  registerPod(s);
  return s;
}

describe('registerPod', () => {
  it('knows Pod and PodList in v1 and __internal', () => {
    const s = scheme();
    expect(s.recognizes({ group: '', version: 'v1', kind: 'Pod' })).toBe(true);
    expect(s.recognizes({ group: '', version: 'v1', kind: 'PodList' })).toBe(true);
    expect(s.recognizes({ group: '', version: '__internal', kind: 'Pod' })).toBe(true);
    expect(s.defaulterName(Pod)).toBe('SetObjectDefaults_Pod');
    expect(s.defaulterName(PodList)).toBe('SetObjectDefaults_PodList');
    expect(s.conversionsOf(Pod).map((c) => c.name)).toEqual(['Convert_v1_Pod_To_core_Pod']);
  });

  it('defaults and converts a pod to internal and back', () => {
    const s = scheme();
    const v1 = setType<RuntimeObject>(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'a' },
        spec: { serviceAccount: 'sa', containers: [{ name: 'c', image: 'nginx' }] },
      },
      Pod,
    );
    s.default(v1);
    const core = s.convertToVersion(v1, internalGroupVersioner);
    expect(typeOf(core)).toBe(CorePod);
    expect(core.apiVersion).toBeUndefined();
    expect((core.spec as Record<string, unknown>).serviceAccountName).toBe('sa');
    expect((core.spec as Record<string, unknown>).serviceAccount).toBeUndefined();
    const back = s.convertToVersion(core, groupVersioner({ group: '', version: 'v1' }));
    expect(back.apiVersion).toBe('v1');
    expect(back.kind).toBe('Pod');
    expect((back.spec as Record<string, unknown>).serviceAccount).toBe('sa');
  });

  it.each<[string, string, [string, string] | string]>([
    ['spec.nodeName', 'n1', ['spec.nodeName', 'n1']],
    ['status.phase', 'Running', ['status.phase', 'Running']],
    ['status.podIPs', '10.0.0.1', ['status.podIPs', '10.0.0.1']],
    ['spec.host', 'n1', ['spec.nodeName', 'n1']],
    ['metadata.name', 'a', ['metadata.name', 'a']],
    ['spec.containers', 'x', 'field label not supported: spec.containers'],
  ])('field label %s', (label, value, want) => {
    const s = scheme();
    const gvk = { group: '', version: 'v1', kind: 'Pod' };
    if (typeof want === 'string') expect(() => s.convertFieldLabel(gvk, label, value)).toThrow(want);
    else expect(s.convertFieldLabel(gvk, label, value)).toEqual(want);
  });
});
