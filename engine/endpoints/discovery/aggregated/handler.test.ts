// The ResourceManager's merge rules (calculateAPIGroupsLocked): lowest source wins a group-version, groups by
// their highest groupPriorityMinimum then name, versions by versionPriority then kube-aware order.
import { describe, expect, it } from 'vitest';
import { AggregatorSource, BuiltinSource, CRDSource, ResourceManager } from './handler';
import type { APIVersionDiscovery } from './types';

const v = (version: string, kind = 'Thing'): APIVersionDiscovery => ({
  version,
  resources: [
    {
      resource: 'things',
      responseKind: { group: '', version: '', kind },
      scope: 'Namespaced',
      singularResource: 'thing',
      verbs: ['get'],
    },
  ],
  freshness: 'Current',
});
const order = async (m: ResourceManager) =>
  (await m.apiGroups()).map(
    (g) => `${g.metadata.name ?? ''}:${(g.versions ?? []).map((x) => x.version).join(',')}`,
  );

describe('ResourceManager', () => {
  it('groups without priorities (1000 each) sort by name; versions kube-aware (v2, v1, v1beta2, v1beta1, v1alpha1)', async () => {
    const m = new ResourceManager('apis');
    for (const version of ['v1alpha1', 'v1beta1', 'v1', 'v2', 'v1beta2'])
      m.addGroupVersion(BuiltinSource, 'b.io', v(version));
    m.addGroupVersion(BuiltinSource, 'a.io', v('v1'));
    expect(await order(m)).toEqual(['a.io:v1', 'b.io:v2,v1,v1beta2,v1beta1,v1alpha1']);
  });

  it('the highest groupPriorityMinimum of a group orders it; versionPriority orders its versions', async () => {
    const m = new ResourceManager('apis');
    m.addGroupVersion(BuiltinSource, 'a.io', v('v1'));
    m.addGroupVersion(BuiltinSource, 'z.io', v('v1'));
    m.addGroupVersion(BuiltinSource, 'z.io', v('v1beta1'));
    m.setGroupVersionPriority(BuiltinSource, 'z.io', 'v1', { groupPriorityMinimum: 500, versionPriority: 1 });
    m.setGroupVersionPriority(BuiltinSource, 'z.io', 'v1beta1', {
      groupPriorityMinimum: 2000,
      versionPriority: 9,
    });
    expect(await order(m)).toEqual(['z.io:v1beta1,v1', 'a.io:v1']);
  });

  it('the lowest source wins a group-version, and only its priority counts', async () => {
    const m = new ResourceManager('apis');
    m.addGroupVersion(CRDSource, 'x.io', v('v1', 'FromCRD'));
    m.setGroupVersionPriority(CRDSource, 'x.io', 'v1', { groupPriorityMinimum: 1, versionPriority: 1 });
    m.addGroupVersion(BuiltinSource, 'x.io', v('v1', 'FromBuiltin'));
    m.setGroupVersionPriority(BuiltinSource, 'x.io', 'v1', {
      groupPriorityMinimum: 5000,
      versionPriority: 1,
    });
    m.addGroupVersion(CRDSource, 'x.io', v('v2', 'OnlyCRD'));
    m.addGroupVersion(BuiltinSource, 'y.io', v('v1'));
    const groups = await m.apiGroups();
    expect(groups.map((g) => g.metadata.name)).toEqual(['x.io', 'y.io']);
    const x = groups[0]!.versions!;
    expect(x.map((e) => [e.version, e.resources![0]!.responseKind!.kind])).toEqual([
      ['v2', 'OnlyCRD'],
      ['v1', 'FromBuiltin'],
    ]);
  });

  it('a provider is read on each request, and its priorities apply to its source', async () => {
    const m = new ResourceManager('apis');
    m.addGroupVersion(BuiltinSource, 'b.io', v('v1'));
    let served = false;
    m.withSource(AggregatorSource).addProvider(() => ({
      groups: served ? [{ name: 'remote.io', versions: [{ version: 'v1', freshness: 'Stale' }] }] : [],
      priorities: [
        { group: 'remote.io', version: 'v1', priority: { groupPriorityMinimum: 9000, versionPriority: 1 } },
      ],
    }));
    expect(await order(m)).toEqual(['b.io:v1']);
    served = true;
    expect(await order(m)).toEqual(['remote.io:v1', 'b.io:v1']);
  });

  it('adding a version again replaces it; removing the last version removes the group', async () => {
    const m = new ResourceManager('apis');
    m.addGroupVersion(BuiltinSource, 'a.io', v('v1', 'Old'));
    m.addGroupVersion(BuiltinSource, 'a.io', v('v1', 'New'));
    m.addGroupVersion(BuiltinSource, 'a.io', v('v2'));
    expect((await m.apiGroups())[0]!.versions!.map((e) => e.resources![0]!.responseKind!.kind)).toEqual([
      'Thing',
      'New',
    ]);
    m.removeGroupVersion(BuiltinSource, 'a.io', 'v2');
    m.removeGroupVersion(BuiltinSource, 'a.io', 'v9'); // unknown: nothing happens
    expect(await order(m)).toEqual(['a.io:v1']);
    m.removeGroupVersion(BuiltinSource, 'a.io', 'v1');
    expect(await order(m)).toEqual([]);
    m.addGroupVersion(BuiltinSource, 'a.io', v('v1'));
    m.removeGroup(BuiltinSource, 'a.io');
    expect(await order(m)).toEqual([]);
  });

  it('the core group has no name: metadata holds only the null creationTimestamp', async () => {
    const m = new ResourceManager('api');
    m.addGroupVersion(BuiltinSource, '', v('v1'));
    expect((await m.apiGroups())[0]!.metadata).toEqual({ creationTimestamp: null });
  });
});
