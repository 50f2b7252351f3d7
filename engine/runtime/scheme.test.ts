import { describe, expect, it } from 'vitest';
import { newLegacyScheme } from '../api/legacyscheme/scheme';
import { setType, typeOf } from './object';
import { groupVersioner, internalGroupVersioner, Scheme } from './scheme';

const { scheme } = newLegacyScheme();
const apps = (version: string) => ({ group: 'apps', version });

describe('Scheme', () => {
  it('answers ObjectKinds for a registered type and the exact error for an unregistered one', () => {
    const pod = scheme.new({ group: '', version: 'v1', kind: 'Pod' });
    expect(scheme.objectKinds(pod).gvks).toEqual([{ group: '', version: 'v1', kind: 'Pod' }]);
    const stranger = setType({}, { pkg: 'example.com/foo/v1', name: 'Foo' });
    expect(() => scheme.objectKinds(stranger)).toThrow(
      'no kind is registered for the type v1.Foo in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
  });

  it.each([
    [
      { group: '', version: 'v1', kind: 'Foo' },
      'no kind "Foo" is registered for version "v1" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    ],
    [
      { group: 'apps', version: 'v2', kind: 'Deployment' },
      'no kind "Deployment" is registered for version "apps/v2" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    ],
    [
      { group: 'apps', version: '__internal', kind: 'Foo' },
      'no kind "Foo" is registered for the internal version of group "apps" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    ],
  ])("New(%j) fails with Go's message", (gvk, message) => {
    expect(() => scheme.new(gvk)).toThrow(message);
  });

  it('prefers apps/v1 (the storage version) over apps/v1beta1', () => {
    expect(scheme.prioritizedVersionsForGroup('apps').map((gv) => gv.version)).toEqual(['v1', 'v1beta1']);
    expect(scheme.isVersionRegistered(apps('v1beta1'))).toBe(true);
  });

  it('converts only through the internal version', () => {
    const v1beta1 = scheme.new({ group: 'apps', version: 'v1beta1', kind: 'Deployment' });
    Object.assign(v1beta1, { metadata: { name: 'web' }, spec: { replicas: 2, revisionHistoryLimit: 2 } });
    expect(() => scheme.convertToVersion(v1beta1, groupVersioner(apps('v1')))).toThrow(
      'converting (*v1beta1.Deployment) to (*v1.Deployment): unknown conversion',
    );
    const internal = scheme.convertToVersion(v1beta1, internalGroupVersioner);
    expect(typeOf(internal)?.pkg).toBe('k8s.io/kubernetes/pkg/apis/apps');
    expect(internal.apiVersion).toBeUndefined();
    const v1 = scheme.convertToVersion(internal, groupVersioner(apps('v1')));
    expect(v1).toMatchObject({
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name: 'web' },
      spec: { replicas: 2 },
    });
    expect(Object.keys(v1).slice(0, 2)).toEqual(['kind', 'apiVersion']);
  });

  it("defaults with the registered SetObjectDefaults function of the object's type", () => {
    const d = scheme.new({ group: 'apps', version: 'v1', kind: 'Deployment' });
    Object.assign(d, { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    scheme.default(d);
    expect(d.spec).toMatchObject({ replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 });
  });

  it('refuses two types registered under one kind', () => {
    const s = new Scheme('test');
    s.addKnownTypes({ group: 'x', version: 'v1' }, { pkg: 'a/v1', name: 'Thing' });
    expect(() =>
      s.addKnownTypeWithName({ group: 'x', version: 'v1', kind: 'Thing' }, { pkg: 'b/v1', name: 'Thing' }),
    ).toThrow(
      /^Double registration of different types for x\/v1, Kind=Thing: old=a\/v1.Thing, new=b\/v1.Thing/,
    );
  });
});
