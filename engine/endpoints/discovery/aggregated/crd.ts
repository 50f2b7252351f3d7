// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_discovery_controller.go
// (DiscoveryController.sync: the aggregated part) @ v1.34.0
//
// The CRD groups of the aggregated document, from the same established CRDs and the same computation as the
// legacy `/apis/<group>/<version>` documents (customresource_discovery.ts). Unlike the built-ins, a CRD's
// responseKind carries its group and version. Resources are sorted by name; every version gets priority
// 1000/100, the CRDs' default.
import { discoveryFor } from '../../../apiextensions/apiserver/customresource_discovery';
import type { CustomResourceDefinition } from '../../../apiextensions/apis/apiextensions/types';
import type { APIResource } from '../types';
import type { Contribution } from './handler';
import { ScopeCluster, ScopeNamespace, type APIResourceDiscovery, type APIVersionDiscovery } from './types';

export function crdContribution(crds: readonly CustomResourceDefinition[]): Contribution {
  const out: Contribution = { groups: [], priorities: [] };
  const groups = [...new Set(crds.map((c) => c.spec.group))].sort();
  for (const group of groups) {
    const { group: apiGroup } = discoveryFor(crds, { group, version: '' });
    if (!apiGroup) continue;
    const versions: APIVersionDiscovery[] = [];
    for (const { version } of apiGroup.versions) {
      const { resources } = discoveryFor(crds, { group, version });
      if (!resources) continue;
      versions.push({ version, resources: toAggregated(resources, group, version), freshness: 'Current' });
      out.priorities!.push({
        group,
        version,
        priority: { groupPriorityMinimum: 1000, versionPriority: 100 },
      });
    }
    if (versions.length > 0) out.groups.push({ name: group, versions });
  }
  return out;
}

/** The legacy list's parents and their status/scale subresources, with the full GVK the controller writes. */
function toAggregated(list: APIResource[], group: string, version: string): APIResourceDiscovery[] {
  const out: APIResourceDiscovery[] = [];
  for (const r of list) {
    const slash = r.name.indexOf('/');
    if (slash >= 0) {
      const parent = out.find((p) => p.resource === r.name.slice(0, slash));
      if (!parent) continue;
      (parent.subresources ??= []).push({
        subresource: r.name.slice(slash + 1),
        responseKind: { group: r.group ?? group, version: r.version ?? version, kind: r.kind },
        verbs: r.verbs,
      });
      continue;
    }
    out.push({
      resource: r.name,
      responseKind: { group, version, kind: r.kind },
      scope: r.namespaced ? ScopeNamespace : ScopeCluster,
      singularResource: r.singularName,
      verbs: r.verbs,
      ...(r.shortNames?.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories?.length ? { categories: r.categories } : {}),
    });
  }
  return out.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}
