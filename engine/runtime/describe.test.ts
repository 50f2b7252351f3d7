import { describe, expect, it } from 'vitest';
import { newLegacyScheme } from '../api/legacyscheme/scheme';
import { convertSample, convertSampleOfType, describeScheme, type SchemeKind } from './describe';
import { Scheme } from './scheme';

const { scheme } = newLegacyScheme();
const description = describeScheme(scheme);
const kindAt = (group: string, version: string, kind: string): SchemeKind | undefined =>
  description.groups
    .find((g) => g.group === group)
    ?.versions.find((v) => v.version === version)
    ?.kinds.find((k) => k.kind === kind);

const deploymentSpec = {
  metadata: { name: 'web' },
  spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
};

describe('describeScheme', () => {
  it('lists groups as PrioritizedVersionsAllGroups does, each with its versions in priority order', () => {
    expect(description.schemeName).toBe('pkg/api/legacyscheme/scheme.go:30');
    expect(
      description.groups.map((g) => [g.group, g.preferredVersion, g.versions.map((v) => v.version)]),
    ).toEqual([
      ['', 'v1', ['v1', '__internal']],
      ['admissionregistration.k8s.io', 'v1', ['v1', '__internal']],
      ['apps', 'v1', ['v1', 'v1beta1', '__internal']],
      ['authentication.k8s.io', 'v1', ['v1', '__internal']],
      ['authorization.k8s.io', 'v1', ['v1', '__internal']],
      ['autoscaling', 'v1', ['v1', '__internal']],
      ['rbac.authorization.k8s.io', 'v1', ['v1', '__internal']],
    ]);
    const apps = description.groups.find((g) => g.group === 'apps')!;
    expect(apps.versions.map((v) => [v.priority, v.internal])).toEqual([
      [0, false],
      [1, false],
      [null, true],
    ]);
  });

  it('describes every registered GVK once, kinds sorted by name', () => {
    const listed = description.groups.flatMap((g) => g.versions.flatMap((v) => v.kinds));
    expect(listed).toHaveLength(scheme.allKnownTypes().length);
    for (const g of description.groups)
      for (const v of g.versions)
        expect(v.kinds.map((k) => k.kind)).toEqual([...v.kinds.map((k) => k.kind)].sort());
  });

  it('gives a versioned kind its Go type, defaulter and conversions into and out of the hub', () => {
    expect(kindAt('apps', 'v1beta1', 'Deployment')).toEqual({
      group: 'apps',
      version: 'v1beta1',
      kind: 'Deployment',
      goType: { pkg: 'k8s.io/api/apps/v1beta1', name: 'Deployment' },
      goTypeString: 'v1beta1.Deployment',
      internal: false,
      unversioned: false,
      conversions: [
        {
          name: 'Convert_v1beta1_Deployment_To_apps_Deployment',
          other: { group: 'apps', version: '__internal', kind: 'Deployment' },
          otherType: { pkg: 'k8s.io/kubernetes/pkg/apis/apps', name: 'Deployment' },
        },
      ],
      conversionsInto: [
        {
          name: 'Convert_apps_Deployment_To_v1beta1_Deployment',
          other: { group: 'apps', version: '__internal', kind: 'Deployment' },
          otherType: { pkg: 'k8s.io/kubernetes/pkg/apis/apps', name: 'Deployment' },
        },
      ],
      defaulter: 'SetObjectDefaults_Deployment',
      fieldLabelConversion: false,
    });
  });

  it('gives an internal kind no defaulter and a conversion to each external version', () => {
    const internal = kindAt('apps', '__internal', 'Deployment')!;
    expect(internal.goType).toEqual({ pkg: 'k8s.io/kubernetes/pkg/apis/apps', name: 'Deployment' });
    expect(internal.internal).toBe(true);
    expect(internal.defaulter).toBeNull();
    expect(internal.conversions.map((c) => [c.name, c.other?.version])).toEqual([
      ['Convert_apps_Deployment_To_v1beta1_Deployment', 'v1beta1'],
      ['Convert_apps_Deployment_To_v1_Deployment', 'v1'],
    ]);
    expect(internal.conversionsInto.map((c) => c.name).sort()).toEqual([
      'Convert_v1_Deployment_To_apps_Deployment',
      'Convert_v1beta1_Deployment_To_apps_Deployment',
    ]);
  });

  it.each([
    ['', 'v1', 'Pod', 'SetObjectDefaults_Pod', true],
    ['', 'v1', 'ServiceAccount', null, false],
    ['', 'v1', 'Event', null, true],
    ['', '__internal', 'Pod', null, false],
    ['autoscaling', 'v1', 'Scale', null, false],
  ])('%s/%s %s: defaulter %s, field label conversion %s', (group, version, kind, defaulter, labels) => {
    const k = kindAt(group, version, kind)!;
    expect(k.defaulter).toBe(defaulter);
    expect(k.fieldLabelConversion).toBe(labels);
  });

  it('marks unversioned types', () => {
    const s = new Scheme('test');
    s.addUnversionedTypes(
      { group: '', version: 'v1' },
      { pkg: 'k8s.io/apimachinery/pkg/apis/meta/v1', name: 'Status' },
    );
    s.addKnownTypes({ group: '', version: 'v1' }, { pkg: 'example.com/v1', name: 'Thing' });
    const kinds = describeScheme(s).groups[0]!.versions[0]!.kinds;
    expect(kinds.map((k) => [k.kind, k.unversioned])).toEqual([
      ['Status', true],
      ['Thing', false],
    ]);
  });

  it('is plain data: JSON round-trips it unchanged', () => {
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });
});

describe('convertSample', () => {
  it('runs apps/v1beta1 Deployment → apps/__internal → apps/v1, naming the function of each stage', () => {
    const r = convertSample(
      scheme,
      { group: 'apps', version: 'v1beta1', kind: 'Deployment' },
      { group: 'apps', version: 'v1' },
      deploymentSpec,
    );
    expect(r.error).toBeNull();
    expect(r.stages.map((s) => [s.stage, s.gvk && `${s.gvk.group}/${s.gvk.version}`, s.func])).toEqual([
      ['new', 'apps/v1beta1', null],
      ['default', 'apps/v1beta1', 'SetObjectDefaults_Deployment'],
      ['toInternal', 'apps/__internal', 'Convert_v1beta1_Deployment_To_apps_Deployment'],
      ['toVersion', 'apps/v1', 'Convert_apps_Deployment_To_v1_Deployment'],
    ]);
    // New returns an empty TypeMeta; the internal object has none; the external one gets kind and apiVersion
    expect(r.stages[0]!.object).toEqual(deploymentSpec);
    expect(r.stages[2]!.object.apiVersion).toBeUndefined();
    expect(r.stages[3]!.object).toMatchObject({
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name: 'web' },
      // v1beta1's defaults (revisionHistoryLimit 2) survive the trip through the hub
      spec: { replicas: 1, revisionHistoryLimit: 2, progressDeadlineSeconds: 600 },
    });
  });

  it('does not change the sample it was given', () => {
    const fields = structuredClone(deploymentSpec);
    convertSample(
      scheme,
      { group: 'apps', version: 'v1', kind: 'Deployment' },
      { group: 'apps', version: 'v1' },
      fields,
    );
    expect(fields).toEqual(deploymentSpec);
  });

  it('converts an internal object with copies where no function is needed', () => {
    const r = convertSample(
      scheme,
      { group: '', version: '__internal', kind: 'Pod' },
      { group: '', version: 'v1' },
      { metadata: { name: 'p' } },
    );
    expect(r.error).toBeNull();
    expect(r.stages.map((s) => s.func)).toEqual([null, null, null, 'Convert_core_Pod_To_v1_Pod']);
    expect(r.stages[3]!.object).toMatchObject({ kind: 'Pod', apiVersion: 'v1', metadata: { name: 'p' } });
  });

  it.each([
    [
      { group: 'apps', version: 'v2', kind: 'Deployment' },
      { group: 'apps', version: 'v1' },
      'new',
      'no kind "Deployment" is registered for version "apps/v2" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    ],
    [
      { group: 'apps', version: 'v1', kind: 'ReplicaSet' },
      { group: 'apps', version: 'v1beta1' },
      'toVersion',
      'no kind "ReplicaSet" is registered for version "apps/v1beta1" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    ],
  ])('stops at the stage that fails, with the scheme error: %j → %j', (from, to, stage, message) => {
    const r = convertSample(scheme, from, to, { metadata: { name: 'x' } });
    expect(r.error).toEqual({ stage, message });
  });
});

describe('convertSampleOfType', () => {
  it("reports an unregistered Go type with the scheme's exact error", () => {
    const r = convertSampleOfType(
      scheme,
      { pkg: 'example.com/unregistered/v1', name: 'Widget' },
      { group: '', version: 'v1' },
    );
    expect(r.stages.map((s) => [s.stage, s.gvk, s.func])).toEqual([
      ['new', null, null],
      ['default', null, null],
    ]);
    expect(r.error).toEqual({
      stage: 'toInternal',
      message: 'no kind is registered for the type v1.Widget in scheme "pkg/api/legacyscheme/scheme.go:30"',
    });
  });

  it('treats a registered package and name as that registered type', () => {
    const r = convertSampleOfType(
      scheme,
      { pkg: 'k8s.io/api/core/v1', name: 'Pod' },
      { group: '', version: 'v1' },
      { metadata: { name: 'p' } },
    );
    expect(r.error).toBeNull();
    expect(r.stages.map((s) => s.func)).toEqual([
      null,
      'SetObjectDefaults_Pod',
      'Convert_v1_Pod_To_core_Pod',
      'Convert_core_Pod_To_v1_Pod',
    ]);
  });
});
