import { describe, expect, it } from 'vitest';
import { convertSample, createServerChain, describeScheme } from '../../engine';
import { filterScheme, isGoIdentifier } from './filter';
import { conversionPath } from './path';
import { sampleFields } from './samples';
import { findKind, groupLabel, gvLabel, locateObjectType } from './schemeData';

const { scheme } = createServerChain({});
const description = describeScheme(scheme);
const kind = (group: string, version: string, k: string) =>
  findKind(description, { group, version, kind: k })!;
const shape = (groups: ReturnType<typeof filterScheme>['groups']) =>
  groups.map((g) => [g.group, g.versions.map((v) => [v.version, v.kinds.map((k) => k.kind)])]);

describe('filterScheme', () => {
  it('keeps every kind for an empty query', () => {
    const all = filterScheme(description, '  ');
    expect(all.count).toBe(scheme.allKnownTypes().length);
    expect(all.groups).toEqual(description.groups);
  });

  it('matches kinds case-insensitively, keeping group and version order and dropping empty ones', () => {
    const r = filterScheme(description, 'deployment');
    expect(r.count).toBe(6);
    expect(shape(r.groups)).toEqual([
      [
        'apps',
        [
          ['v1', ['Deployment', 'DeploymentList']],
          ['v1beta1', ['Deployment', 'DeploymentList']],
          ['__internal', ['Deployment', 'DeploymentList']],
        ],
      ],
    ]);
  });

  it('matches a Go type as the object panel shows it', () => {
    expect(shape(filterScheme(description, 'core.Pod').groups)).toEqual([
      ['', [['__internal', ['Pod', 'PodList']]]],
    ]);
  });

  it('finds nothing for an unknown kind', () => {
    expect(filterScheme(description, 'Widget')).toEqual({ groups: [], count: 0 });
  });

  it.each([
    ['Widget', true],
    ['_x9', true],
    ['9lives', false],
    ['<img src=x>', false],
    ['a b', false],
    ['', false],
  ])('isGoIdentifier(%j) is %s', (s, ok) => {
    expect(isGoIdentifier(s)).toBe(ok);
  });
});

describe('conversionPath', () => {
  it('goes apps/v1beta1 → apps/__internal → apps/v1 for a Deployment', () => {
    const p = conversionPath(description, kind('apps', 'v1beta1', 'Deployment'), 'v1');
    expect(p.missing).toBeNull();
    expect(p.hops.map((h) => [h.func, gvLabel(h.to)])).toEqual([
      ['Convert_v1beta1_Deployment_To_apps_Deployment', 'apps/__internal'],
      ['Convert_apps_Deployment_To_v1_Deployment', 'apps/v1'],
    ]);
  });

  it('takes one hop from or to the hub', () => {
    expect(conversionPath(description, kind('', 'v1', 'Pod'), '__internal').hops.map((h) => h.func)).toEqual([
      'Convert_v1_Pod_To_core_Pod',
    ]);
    expect(conversionPath(description, kind('', '__internal', 'Pod'), 'v1').hops.map((h) => h.func)).toEqual([
      'Convert_core_Pod_To_v1_Pod',
    ]);
  });

  it('round-trips through the hub to its own version, as the apiserver does', () => {
    const p = conversionPath(description, kind('apps', 'v1', 'Deployment'), 'v1');
    expect(p.missing).toBeNull();
    expect(p.hops.map((h) => h.func)).toEqual([
      'Convert_v1_Deployment_To_apps_Deployment',
      'Convert_apps_Deployment_To_v1_Deployment',
    ]);
    expect(conversionPath(description, kind('apps', '__internal', 'Deployment'), '__internal').hops).toEqual(
      [],
    );
  });

  it('stops at the hub when the target version has no such kind', () => {
    const p = conversionPath(description, kind('apps', 'v1', 'ReplicaSet'), 'v1beta1');
    expect(p.hops.map((h) => h.func)).toEqual(['Convert_v1_ReplicaSet_To_apps_ReplicaSet']);
    expect(p.missing).toEqual({ version: 'v1beta1', reason: 'notRegistered' });
  });

  it('agrees with the functions the engine runs, for every kind and every version of its group', () => {
    for (const g of description.groups)
      for (const v of g.versions)
        for (const k of v.kinds)
          for (const target of g.versions) {
            const path = conversionPath(description, k, target.version);
            const run = convertSample(
              scheme,
              k,
              { group: g.group, version: target.version },
              sampleFields(k.kind),
            );
            if (path.missing) {
              expect(run.error?.message).toContain(`no kind "${k.kind}" is registered`);
              continue;
            }
            expect(run.error, `${gvLabel(k)} ${k.kind} → ${target.version}`).toBeNull();
            const funcs = run.stages.slice(2).flatMap((s) => (s.func ? [s.func] : []));
            expect(funcs).toEqual(path.hops.map((h) => h.func));
          }
  });
});

describe('locateObjectType', () => {
  it.each([
    ['v1.Pod', { apiVersion: 'v1', kind: 'Pod' }, '', 'v1', 'Pod'],
    ['core.Pod', {}, '', '__internal', 'Pod'],
    ['v1beta1.Deployment', null, 'apps', 'v1beta1', 'Deployment'],
    ['apps.Deployment', null, 'apps', '__internal', 'Deployment'],
    ['v1.Scale', null, 'autoscaling', 'v1', 'Scale'],
  ])('maps %s to its kind', (objectType, object, group, version, k) => {
    expect(locateObjectType(description, objectType, object)).toBe(kind(group, version, k));
  });

  it('uses the object’s apiVersion and kind when several kinds share a type string', () => {
    // v1.Deployment exists once here; a type string shared by two groups is resolved by the object
    const twin = structuredClone(description);
    const extra = { ...kind('apps', 'v1', 'Deployment'), group: 'extensions' };
    twin.groups.push({
      group: 'extensions',
      preferredVersion: 'v1',
      versions: [{ version: 'v1', internal: false, priority: 0, kinds: [extra] }],
    });
    expect(
      locateObjectType(twin, 'v1.Deployment', { apiVersion: 'extensions/v1', kind: 'Deployment' })?.group,
    ).toBe('extensions');
    expect(locateObjectType(twin, 'v1.Deployment', null)?.group).toBe('apps');
  });

  it('finds nothing for no type or an unknown one', () => {
    expect(locateObjectType(description, null, {})).toBeUndefined();
    expect(locateObjectType(description, 'v1.Widget', {})).toBeUndefined();
  });

  it('labels groups and versions as Go prints them', () => {
    expect([groupLabel(''), groupLabel('apps'), gvLabel({ group: '', version: 'v1' })]).toEqual([
      'core',
      'apps',
      'v1',
    ]);
  });
});
