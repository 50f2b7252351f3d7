// Go twin: k8s.io/apiserver/pkg/endpoints/discovery/aggregated/handler.go (ResourceManager, resourceManager,
// resourceDiscoveryManager.AddGroupVersion, SetGroupVersionPriority, RemoveGroup, RemoveGroupVersion,
// calculateAPIGroupsLocked, serveHTTP) @ v1.34.0
//
// One manager holds the group-versions of every server that shares it, each tagged with where it came from
// (the aggregator, a built-in server, the CRDs). When two sources serve the same group-version the lowest
// source wins. Groups are ordered by their highest groupPriorityMinimum (ties by name), versions by
// versionPriority (ties by kube-aware version order).
//
// Go rebuilds a cached document whenever a source changes; here sources may also be providers computed on
// each request (the CRDs, the APIServices) — the same data the legacy handlers read, so the two agree.
import { compareKubeAwareVersionStrings } from '../../../aggregator/apis/apiregistration/kubeversion';
import type { Handler } from '../../../server/http';
import { serveHTTPWithETag } from './etag';
import type { APIGroupDiscovery, APIVersionDiscovery } from './types';

export type Source = number;
/** The GroupVersion from the lowest Source takes precedence */
export const AggregatorSource: Source = 0;
export const BuiltinSource: Source = 100;
export const CRDSource: Source = 200;

export interface PriorityInfo {
  groupPriorityMinimum: number;
  versionPriority: number;
}

/** What a provider contributes at request time: group-versions and the priorities it sets. */
export interface Contribution {
  groups: { name: string; versions: APIVersionDiscovery[] }[];
  priorities?: { group: string; version: string; priority: PriorityInfo }[];
}

export type Provider = () => Contribution | Promise<Contribution>;

/** Priority AddGroupVersion gives a group-version nobody set one for. */
const defaultPriority: PriorityInfo = { groupPriorityMinimum: 1000, versionPriority: 15 };

const gvKey = (source: Source, group: string, version: string) => `${source}\u0000${group}\u0000${version}`;

interface GroupEntry {
  source: Source;
  name: string;
  versions: APIVersionDiscovery[];
}

/** resourceDiscoveryManager: the group-versions of every source, and the handler serving them. */
export class ResourceManager {
  private readonly groups = new Map<string, GroupEntry>();
  private readonly priorities = new Map<string, PriorityInfo>();
  private readonly providers: { source: Source; provider: Provider }[] = [];

  /** `path` is `apis` or `api`, as Go names the manager for its metrics */
  constructor(readonly path: string) {}

  /** WithSource: the same manager, adding under another source. */
  withSource(source: Source): SourcedResourceManager {
    return new SourcedResourceManager(this, source);
  }

  addGroupVersion(source: Source, groupName: string, value: APIVersionDiscovery): void {
    const key = `${source}\u0000${groupName}`;
    const existing = this.groups.get(key);
    if (existing) {
      // If this version already exists, replace it
      const i = existing.versions.findIndex((v) => v.version === value.version);
      if (i >= 0) existing.versions[i] = value;
      else existing.versions.push(value);
    } else {
      this.groups.set(key, { source, name: groupName, versions: [value] });
    }
    const pk = gvKey(source, groupName, value.version);
    if (!this.priorities.has(pk)) this.priorities.set(pk, { ...defaultPriority });
  }

  /** SetGroupVersionPriority: kept even for a group-version not (yet) known; forgotten with it. */
  setGroupVersionPriority(source: Source, group: string, version: string, priority: PriorityInfo): void {
    this.priorities.set(gvKey(source, group, version), { ...priority });
  }

  removeGroupVersion(source: Source, group: string, version: string): void {
    const key = `${source}\u0000${group}`;
    const entry = this.groups.get(key);
    if (!entry) return;
    const i = entry.versions.findIndex((v) => v.version === version);
    if (i < 0) return;
    entry.versions.splice(i, 1);
    this.priorities.delete(gvKey(source, group, version));
    if (entry.versions.length === 0) this.groups.delete(key);
  }

  removeGroup(source: Source, groupName: string): void {
    this.groups.delete(`${source}\u0000${groupName}`);
    const prefix = `${source}\u0000${groupName}\u0000`;
    for (const k of [...this.priorities.keys()]) if (k.startsWith(prefix)) this.priorities.delete(k);
  }

  /** A source computed on every request (Go keeps it up to date with a controller instead). */
  addProvider(source: Source, provider: Provider): void {
    this.providers.push({ source, provider });
  }

  /** calculateAPIGroupsLocked: every group, merged over sources, in priority order. */
  async apiGroups(): Promise<APIGroupDiscovery[]> {
    const entries: GroupEntry[] = [...this.groups.values()];
    const priorities = new Map(this.priorities);
    for (const { source, provider } of this.providers) {
      const c = await provider();
      for (const g of c.groups) {
        entries.push({ source, name: g.name, versions: g.versions });
        for (const v of g.versions) {
          const pk = gvKey(source, g.name, v.version);
          if (!priorities.has(pk)) priorities.set(pk, { ...defaultPriority });
        }
      }
      for (const p of c.priorities ?? []) priorities.set(gvKey(source, p.group, p.version), p.priority);
    }
    return calculateAPIGroups(entries, priorities);
  }

  /** serveHTTP: the document in the negotiated format, with its ETag (304 when the client has it). */
  readonly serveHTTP: Handler = async (w, req) => {
    serveHTTPWithETag(await this.apiGroups(), w, req);
  };
}

/** resourceManager: a ResourceManager bound to one source. */
export class SourcedResourceManager {
  constructor(
    readonly manager: ResourceManager,
    readonly source: Source,
  ) {}
  addGroupVersion(groupName: string, value: APIVersionDiscovery): void {
    this.manager.addGroupVersion(this.source, groupName, value);
  }
  setGroupVersionPriority(group: string, version: string, priority: PriorityInfo): void {
    this.manager.setGroupVersionPriority(this.source, group, version, priority);
  }
  removeGroupVersion(group: string, version: string): void {
    this.manager.removeGroupVersion(this.source, group, version);
  }
  removeGroup(groupName: string): void {
    this.manager.removeGroup(this.source, groupName);
  }
  addProvider(provider: Provider): void {
    this.manager.addProvider(this.source, provider);
  }
}

function calculateAPIGroups(
  entries: GroupEntry[],
  priorities: Map<string, PriorityInfo>,
): APIGroupDiscovery[] {
  const groupsToUse = new Map<string, APIVersionDiscovery[]>();
  const sourcesUsed = new Map<string, Source>();
  const gv = (group: string, version: string) => `${group}\u0000${version}`;
  for (const { source, name, versions } of entries) {
    const existing = groupsToUse.get(name);
    if (!existing) {
      groupsToUse.set(name, [...versions]);
      for (const v of versions) sourcesUsed.set(gv(name, v.version), source);
      continue;
    }
    for (const v of versions) {
      const key = gv(name, v.version);
      const used = sourcesUsed.get(key);
      // only a lower source replaces a version already seen
      if (used !== undefined && source >= used) continue;
      if (used !== undefined) existing[existing.findIndex((x) => x.version === v.version)] = v;
      else existing.push(v);
      sourcesUsed.set(key, source);
    }
  }

  const versionPriority = (group: string, version: string) =>
    priorities.get(gvKey(sourcesUsed.get(gv(group, version)) ?? 0, group, version))?.versionPriority ?? 0;
  const groups: APIGroupDiscovery[] = [];
  for (const [name, versions] of groupsToUse) {
    versions.sort((a, b) => {
      const pa = versionPriority(name, a.version);
      const pb = versionPriority(name, b.version);
      if (pa === pb) return -compareKubeAwareVersionStrings(a.version, b.version);
      return pb - pa;
    });
    groups.push({ metadata: { ...(name ? { name } : {}), creationTimestamp: null }, versions });
  }

  // For each group, the highest minimum group priority of the versions whose source is in use
  const groupPriority = new Map<string, number>();
  for (const [key, info] of priorities) {
    const [source, group, version] = key.split('\u0000') as [string, string, string];
    // Go reads a missing entry as the zero Source, the aggregator's
    if ((sourcesUsed.get(gv(group, version)) ?? 0) !== Number(source)) continue;
    const prev = groupPriority.get(group);
    if (prev === undefined || prev < info.groupPriorityMinimum)
      groupPriority.set(group, info.groupPriorityMinimum);
  }
  groups.sort((a, b) => {
    const an = a.metadata.name ?? '';
    const bn = b.metadata.name ?? '';
    const pa = groupPriority.get(an) ?? 0;
    const pb = groupPriority.get(bn) ?? 0;
    if (pa === pb) return an < bn ? -1 : an > bn ? 1 : 0;
    return pb - pa;
  });
  return groups;
}
