// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/helpers.go and v1/helper/helpers.go
// (SortedByGroupAndVersion, ByGroupPriorityMinimum, ByVersionPriority, APIServiceNameToGroupVersion,
// NewLocalAvailableAPIServiceCondition, GetAPIServiceConditionByType, SetAPIServiceCondition,
// IsAPIServiceConditionTrue) @ v1.34.0
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { compareGoStrings } from '../../../util/sort/strings';
import { compareKubeAwareVersionStrings } from './kubeversion';
import { Available, ConditionTrue, type APIService, type APIServiceCondition } from './types';

const spec = (s: APIService) => s.spec ?? {};

/** ByGroupPriorityMinimum: the highest group priority first, then by name (alphabetically, not reversed). */
export function byGroupPriorityMinimum(a: APIService, b: APIService): number {
  const pa = spec(a).groupPriorityMinimum ?? 0;
  const pb = spec(b).groupPriorityMinimum ?? 0;
  if (pa !== pb) return pb - pa;
  return compareGoStrings(a.metadata?.name ?? '', b.metadata?.name ?? '');
}

/** ByVersionPriority: the highest version priority first, then the kube-aware highest version. */
export function byVersionPriority(a: APIService, b: APIService): number {
  const pa = spec(a).versionPriority ?? 0;
  const pb = spec(b).versionPriority ?? 0;
  if (pa !== pb) return pb - pa;
  return -compareKubeAwareVersionStrings(spec(a).version ?? '', spec(b).version ?? '');
}

/**
 * SortedByGroupAndVersion: the APIServices in groups. The groups come in the order of their best
 * APIService (by groupPriorityMinimum, ties by APIService name); inside a group, the preferred version first.
 */
export function sortedByGroupAndVersion(servers: readonly APIService[]): APIService[][] {
  const sorted = [...servers].sort(byGroupPriorityMinimum);
  const ret: APIService[][] = [];
  for (const curr of sorted) {
    const existing = ret.find((g) => (spec(g[0]!).group ?? '') === (spec(curr).group ?? ''));
    if (existing) {
      existing.push(curr);
      existing.sort(byVersionPriority);
      continue;
    }
    ret.push([curr]);
  }
  return ret;
}

/** APIServiceNameToGroupVersion: `v1.apps` → apps/v1, `v1.` → the core group's v1. */
export function apiServiceNameToGroupVersion(apiServiceName: string): GroupVersion {
  const dot = apiServiceName.indexOf('.');
  return { group: apiServiceName.slice(dot + 1), version: apiServiceName.slice(0, dot) };
}

/** NewLocalAvailableAPIServiceCondition: `Available=True`, reason `Local`, as of `now`. */
export function newLocalAvailableAPIServiceCondition(now: string): APIServiceCondition {
  return {
    type: Available,
    status: ConditionTrue,
    lastTransitionTime: now,
    reason: 'Local',
    message: 'Local APIServices are always available',
  };
}

export function getAPIServiceConditionByType(
  apiService: APIService,
  conditionType: string,
): APIServiceCondition | undefined {
  return (apiService.status?.conditions ?? []).find((c) => c.type === conditionType);
}

/**
 * SetAPIServiceCondition: appends the condition, or updates the one of the same type — its
 * lastTransitionTime only when the status changes; reason and message always.
 */
export function setAPIServiceCondition(apiService: APIService, newCondition: APIServiceCondition): void {
  const existing = getAPIServiceConditionByType(apiService, newCondition.type ?? '');
  if (!existing) {
    const status = (apiService.status ??= {});
    status.conditions = [...(status.conditions ?? []), { ...newCondition }];
    return;
  }
  if (existing.status !== newCondition.status) {
    existing.status = newCondition.status;
    existing.lastTransitionTime = newCondition.lastTransitionTime;
  }
  existing.reason = newCondition.reason;
  existing.message = newCondition.message;
}

/** IsAPIServiceConditionTrue: the condition is present and strictly True. */
export function isAPIServiceConditionTrue(apiService: APIService, conditionType: string): boolean {
  return getAPIServiceConditionByType(apiService, conditionType)?.status === ConditionTrue;
}
