// Go twin: k8s.io/kube-aggregator/pkg/apiserver/handler_apis.go (discoveryGroup, apisHandler,
// convertToDiscoveryAPIGroup, apiGroupHandler) @ v1.34.0
//
// `/apis` and `/apis/<group>` are computed from the APIService objects (through the informer's lister) on
// every request: apiregistration.k8s.io first, then the groups in SortedByGroupAndVersion order.
import { sortedByGroupAndVersion } from './apis/apiregistration/helpers';
import type { APIService } from './apis/apiregistration/types';
import { GroupName } from './apis/apiregistration/register';
import type { APIServiceLister } from './client/informer';
import { writeUnversionedNegotiated } from '../endpoints/handlers/responsewriters/writers';
import type { APIGroup } from '../endpoints/discovery/types';
import type { RuntimeObject } from '../runtime/object';
import { httpError, type Handler } from '../server/http';

/** discoveryGroup: the aggregator's own group, with the versions it serves (v1; v1beta1 before 1.22). */
export function discoveryGroup(enabledVersions: readonly string[]): APIGroup {
  const v1 = { groupVersion: `${GroupName}/v1`, version: 'v1' };
  const group: APIGroup = { name: GroupName, versions: [v1], preferredVersion: v1 };
  if (enabledVersions.includes('v1beta1'))
    group.versions.push({ groupVersion: `${GroupName}/v1beta1`, version: 'v1beta1' });
  return group;
}

/**
 * convertToDiscoveryAPIGroup: the APIServices of one group as an APIGroup; the first (best) version is the
 * preferred one. Null when there are none.
 */
export function convertToDiscoveryAPIGroup(apiServices: readonly APIService[]): APIGroup | null {
  const sorted = sortedByGroupAndVersion(apiServices)[0] ?? [];
  let group: APIGroup | null = null;
  for (const apiService of sorted) {
    const g = apiService.spec?.group ?? '';
    const v = apiService.spec?.version ?? '';
    const gv = { groupVersion: `${g}/${v}`, version: v };
    // the first APIService which is valid becomes the default
    group ??= { name: g, versions: [], preferredVersion: gv };
    group.versions.push(gv);
  }
  return group;
}

/**
 * apisHandler (GET /apis): "always add OUR api group to the list first. Since we'll never have a registered
 * APIService for it and since this is the crux of the API, having this first will give our names priority.
 * It's good to be king." The legacy group (v1., group "") is skipped: it is /api.
 */
export function apisHandler(ownGroup: APIGroup, lister: APIServiceLister): Handler {
  return async (w, req) => {
    const groups: APIGroup[] = [ownGroup];
    for (const apiGroupServers of sortedByGroupAndVersion(lister.list())) {
      // skip the legacy group
      if ((apiGroupServers[0]!.spec?.group ?? '') === '') continue;
      const group = convertToDiscoveryAPIGroup(apiGroupServers);
      if (group) groups.push(group);
    }
    writeUnversionedNegotiated(
      { kind: 'APIGroupList', apiVersion: 'v1', groups } as RuntimeObject,
      w,
      req,
      200,
    );
  };
}

/** apiGroupHandler (GET /apis/<group>): the group's APIServices, or the delegate when it has none left. */
export function apiGroupHandler(groupName: string, lister: APIServiceLister, delegate: Handler): Handler {
  return async (w, req) => {
    const forGroup = lister.list().filter((s) => (s.spec?.group ?? '') === groupName);
    if (forGroup.length === 0) return delegate(w, req);
    const group = convertToDiscoveryAPIGroup(forGroup);
    if (!group) return httpError(w, '', 404);
    writeUnversionedNegotiated(
      { kind: 'APIGroup', apiVersion: 'v1', ...group } as RuntimeObject,
      w,
      req,
      200,
    );
  };
}
