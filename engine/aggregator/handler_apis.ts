// Go twin: k8s.io/kube-aggregator/pkg/apiserver/handler_apis.go (apisHandler, apiGroupHandler) and
// pkg/apis/apiregistration/v1/helper/helpers.go (SortedByGroupAndVersion) @ v1.34.0
import { writeUnversionedNegotiated } from '../endpoints/handlers/responsewriters/writers';
import type { APIGroup, GroupVersionForDiscovery } from '../endpoints/discovery/types';
import type { RuntimeObject } from '../runtime/object';
import type { Handler } from '../server/http';

/** The part of an APIService the discovery handlers read. */
export interface APIServiceInfo {
  name: string;
  group: string;
  version: string;
  groupPriorityMinimum: number;
  versionPriority: number;
}

/** Groups by descending groupPriorityMinimum (ties by name); versions by descending versionPriority. */
export function sortedByGroupAndVersion(services: APIServiceInfo[]): APIServiceInfo[][] {
  const byGroup = new Map<string, APIServiceInfo[]>();
  for (const s of services) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const groups = [...byGroup.values()].map((list) =>
    [...list].sort(
      (a, b) => b.versionPriority - a.versionPriority || compareKubeAwareVersion(b.version, a.version),
    ),
  );
  const groupPriority = (list: APIServiceInfo[]) => Math.max(...list.map((s) => s.groupPriorityMinimum));
  return groups.sort((a, b) => groupPriority(b) - groupPriority(a) || (a[0]!.group < b[0]!.group ? -1 : 1));
}

/** version.CompareKubeAwareVersionStrings, enough for v1 > v1beta2 > v1beta1 > v1alpha1. */
export function compareKubeAwareVersion(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    return [Number(m[1]), m[2] === 'alpha' ? 1 : m[2] === 'beta' ? 2 : 3, Number(m[3] ?? 0)];
  };
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

function toDiscoveryGroup(list: APIServiceInfo[]): APIGroup {
  const versions: GroupVersionForDiscovery[] = list.map((s) => ({
    groupVersion: `${s.group}/${s.version}`,
    version: s.version,
  }));
  return { name: list[0]!.group, versions, preferredVersion: versions[0]! };
}

/** GET /apis: the aggregator's own group first ("it's good to be king"), then every APIService group. */
export function apisHandler(ownGroup: APIGroup | null, services: () => APIServiceInfo[]): Handler {
  return async (w, req) => {
    const groups: APIGroup[] = ownGroup ? [ownGroup] : [];
    for (const list of sortedByGroupAndVersion(services())) {
      if (list[0]!.group === '' || list[0]!.group === ownGroup?.name) continue; // the legacy group is /api
      groups.push(toDiscoveryGroup(list));
    }
    writeUnversionedNegotiated(
      { kind: 'APIGroupList', apiVersion: 'v1', groups } as RuntimeObject,
      w,
      req,
      200,
    );
  };
}

/** GET /apis/<group> */
export function apiGroupDiscoveryHandler(
  group: string,
  services: () => APIServiceInfo[],
  delegate: Handler,
): Handler {
  return async (w, req) => {
    const list = sortedByGroupAndVersion(services().filter((s) => s.group === group))[0];
    if (!list) return delegate(w, req);
    writeUnversionedNegotiated(
      { kind: 'APIGroup', apiVersion: 'v1', ...toDiscoveryGroup(list) } as RuntimeObject,
      w,
      req,
      200,
    );
  };
}
