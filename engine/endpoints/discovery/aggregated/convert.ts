// Go twin: k8s.io/apiserver/pkg/endpoints/installer.go (ConvertGroupVersionIntoToDiscovery) @ v1.34.0
//
// The aggregated document is derived from the same APIResource list the legacy `/api/v1` and `/apis/<g>/<v>`
// documents print, so the two never disagree: top-level resources first, in list order, each subresource
// (`pods/status`) folded into its parent.
import type { APIResource } from '../types';
import {
  ScopeCluster,
  ScopeNamespace,
  type APIResourceDiscovery,
  type APISubresourceDiscovery,
  type GroupVersionKind,
} from './types';

/** Go keeps the group and version of an APIResource: empty unless a GroupVersionKindProvider set them. */
const responseKindOf = (r: APIResource): GroupVersionKind => ({
  group: r.group ?? '',
  version: r.version ?? '',
  kind: r.kind,
});

export function convertGroupVersionIntoToDiscovery(list: readonly APIResource[]): APIResourceDiscovery[] {
  const out: APIResourceDiscovery[] = [];
  const parents = new Map<string, APIResourceDiscovery>();
  for (const r of list) {
    // Skip subresources for now so we can get the list of resources
    if (r.name.includes('/')) continue;
    const resource: APIResourceDiscovery = {
      resource: r.name,
      responseKind: responseKindOf(r),
      scope: r.namespaced ? ScopeNamespace : ScopeCluster,
      singularResource: r.singularName,
      verbs: r.verbs,
      ...(r.shortNames?.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories?.length ? { categories: r.categories } : {}),
    };
    out.push(resource);
    parents.set(r.name, resource);
  }
  for (const r of list) {
    const slash = r.name.indexOf('/');
    if (slash < 0) continue;
    const parentName = r.name.slice(0, slash);
    const scope = r.namespaced ? ScopeNamespace : ScopeCluster;
    let parent = parents.get(parentName);
    if (!parent) {
      // a subresource without a parent gets an empty parent (non-nil responseKind: client-go 0.26.0-0.26.3)
      parent = {
        resource: parentName,
        responseKind: { group: '', version: '', kind: '' },
        scope,
        singularResource: '',
        verbs: [],
      };
      out.push(parent);
      parents.set(parentName, parent);
    }
    if (parent.scope !== scope)
      throw new Error(
        `Error: Parent ${parentName} (scope: ${parent.scope}) and subresource ${r.name.slice(slash + 1)} (scope: ${scope}) scope do not match`,
      );
    const sub: APISubresourceDiscovery = {
      subresource: r.name.slice(slash + 1),
      responseKind: r.kind ? responseKindOf(r) : { group: '', version: '', kind: '' },
      verbs: r.verbs,
    };
    (parent.subresources ??= []).push(sub);
  }
  return out;
}
