// Go twin: k8s.io/apiserver/pkg/admission/plugin/resourcequota/admission.go (QuotaAdmission.Validate) and
// controller.go (quotaEvaluator.Evaluate, checkQuotas, CheckRequest, prettyPrint, prettyPrintResourceNames,
// hasUsageStats), resource_access.go (GetQuotas, UpdateQuotaStatus), and the usage sums of
// pkg/controller/resourcequota (syncResourceQuota) @ v1.34.0
//
// ResourceQuota is a validating plugin that runs last. For a create it finds the namespace's quotas that limit
// what the object uses, refuses the request if any would go over its hard limit, and otherwise charges the
// usage to each quota's status.used with a PUT to the status subresource (not for a dry run).
//
// Simplification: in a cluster the resource-quota controller copies spec.hard into status.hard and counts the
// namespace's objects into status.used; admission only ever reads status. This simulator runs no controllers,
// so whenever a quota's status.hard differs from its spec.hard (a new quota, or an edited one) the plugin does
// the controller's sync itself first: status.hard = spec.hard, and status.used counted from the listers.
import type { GroupResource } from '../../../../api/errors/errors';
import { newForbidden } from '../../../../admission/errors';
import type { AdmissionClient, PluginFactory, PluginInitialization } from '../../../../admission/initializer';
import type { Attributes } from '../../../../admission/interfaces';
import type { ResourceQuota } from '../../../../apis/core/resourcequota_types';
import { copyJSON, type RuntimeObject } from '../../../../runtime/object';
import {
  evaluatorFor,
  evaluatorForResourceName,
  matches,
  scopeSelectorsOf,
  type Evaluator,
} from './evaluators';
import {
  add,
  equals,
  isNegative,
  lessThanOrEqual,
  mask,
  removeZeros,
  resourceNames,
  toResourceList,
  toUsage,
  type Usage,
} from './resources';

export const PluginName = 'ResourceQuota';

const resourcequotas = { group: '', resource: 'resourcequotas' };
/** Go's numRetries for conflicting status updates */
const numRetries = 3;

/** prettyPrint: `name=value` pairs in name order, comma-separated. */
export function prettyPrint(u: Usage): string {
  return [...u.keys()]
    .sort()
    .map((k) => `${k}=${u.get(k)!.toString()}`)
    .join(',');
}

const prettyPrintResourceNames = (names: string[]) => [...names].sort().join(',');

const byName = (a: RuntimeObject, b: RuntimeObject) =>
  (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');

/** Whether status.hard says what spec.hard does — else the (absent) controller has not synced the quota. */
function isSynced(quota: ResourceQuota): boolean {
  return quota.status?.hard !== undefined && equals(toUsage(quota.status.hard), toUsage(quota.spec?.hard));
}

/**
 * The controller's sync (syncResourceQuota), done here for want of a controller: status.hard from spec.hard and,
 * for each hard resource, the usage of the matching objects in the namespace.
 */
export async function syncQuota(
  init: PluginInitialization,
  quota: ResourceQuota,
  now: Date,
): Promise<ResourceQuota> {
  const out = copyJSON(quota) as ResourceQuota;
  const hard = toUsage(quota.spec?.hard);
  const hardNames = resourceNames(hard);
  let used: Usage = new Map(hardNames.map((n) => [n, hard.get(n)!.sub(hard.get(n)!)]));
  const evaluators = new Map<string, Evaluator>();
  for (const name of hardNames) {
    const e = evaluatorForResourceName(name);
    if (e) evaluators.set(`${e.groupResource.group}/${e.groupResource.resource}`, e);
  }
  for (const e of evaluators.values()) {
    const names = e.matchingResources(hardNames);
    let objects: RuntimeObject[] = [];
    try {
      objects = await init.listerFor(e.groupResource).list(quota.metadata?.namespace ?? '');
    } catch {
      // a resource this server does not serve has no objects to count
    }
    for (const obj of objects) {
      if (!scopeSelectorsOf(quota).every((s) => e.matchesScope(s, obj))) continue;
      used = add(used, mask(e.usage(obj, now), names));
    }
  }
  // the zero quantities start as "0" whatever the hard value's format
  for (const [k, v] of used) if (v.isZero()) used.set(k, v.sub(v).withFormat('DecimalSI'));
  out.status = { hard: toResourceList(hard), used: toResourceList(used) };
  return out;
}

/**
 * CheckRequest: the quotas after charging this object, or a 403. Only quotas whose hard resources the object
 * uses, and whose scopes it matches, take part.
 */
export function checkRequest(
  quotas: ResourceQuota[],
  a: Attributes,
  evaluator: Evaluator,
  now: Date,
): ResourceQuota[] {
  const obj = a.object;
  if (!obj || !evaluator.handles(a)) return quotas;
  const interesting: number[] = [];
  quotas.forEach((quota, i) => {
    const hardNames = resourceNames(toUsage(quota.status?.hard));
    if (!matches(evaluator, quota, hardNames, obj)) return;
    const restricted = evaluator.matchingResources(hardNames);
    const err = evaluator.constraints(restricted, obj);
    if (err) throw newForbidden(a, new Error(`failed quota: ${quota.metadata?.name ?? ''}: ${err}`));
    const used = quota.status?.used ?? {};
    const unknown = restricted.filter((r) => !Object.prototype.hasOwnProperty.call(used, r));
    if (unknown.length > 0) {
      throw newForbidden(
        a,
        new Error(
          `status unknown for quota: ${quota.metadata?.name ?? ''}, resources: ${prettyPrintResourceNames(restricted)}`,
        ),
      );
    }
    interesting.push(i);
  });

  const inputUsage = evaluator.usage(obj, now);
  const negative = isNegative(inputUsage);
  if (negative.length > 0) {
    throw newForbidden(
      a,
      new Error(`quota usage is negative for resource(s): ${prettyPrintResourceNames(negative)}`),
    );
  }
  const delta = removeZeros(inputUsage);
  if (interesting.length === 0 || delta.size === 0) return quotas;

  const out = quotas.map((quota) => copyJSON(quota) as ResourceQuota);
  for (const i of interesting) {
    const quota = out[i]!;
    const hard = toUsage(quota.status?.hard);
    const used = toUsage(quota.status?.used);
    const requested = mask(delta, resourceNames(hard));
    const newUsage = add(used, requested);
    const [allowed, exceeded] = lessThanOrEqual(mask(newUsage, resourceNames(requested)), hard);
    if (!allowed) {
      throw newForbidden(
        a,
        new Error(
          `exceeded quota: ${quota.metadata?.name ?? ''}, requested: ${prettyPrint(mask(requested, exceeded))}, used: ${prettyPrint(mask(used, exceeded))}, limited: ${prettyPrint(mask(hard, exceeded))}`,
        ),
      );
    }
    quota.status = { ...quota.status, used: toResourceList(newUsage) };
  }
  return out;
}

/** UpdateQuotaStatus: a PUT of the whole quota to its status subresource. */
export function updateQuotaStatus(client: AdmissionClient, quota: ResourceQuota): Promise<unknown> {
  const ns = quota.metadata?.namespace ?? '';
  const name = quota.metadata?.name ?? '';
  const body = { apiVersion: 'v1', kind: 'ResourceQuota', ...(copyJSON(quota) as object) };
  return client.do(
    'PUT',
    `/api/v1/namespaces/${encodeURIComponent(ns)}/resourcequotas/${encodeURIComponent(name)}/status`,
    body,
  );
}

export const newResourceQuota: PluginFactory = (init) => {
  const lister = init.listerFor(resourcequotas);

  async function quotasIn(namespace: string): Promise<{ quotas: ResourceQuota[]; synced: boolean[] }> {
    const stored = ((await lister.list(namespace)) as ResourceQuota[]).slice().sort(byName);
    const quotas: ResourceQuota[] = [];
    const synced: boolean[] = [];
    for (const q of stored) {
      const ok = isSynced(q);
      quotas.push(ok ? q : await syncQuota(init, q, init.now()));
      synced.push(ok);
    }
    return { quotas, synced };
  }

  /** Evaluate + checkQuotas: check, then write every changed status, re-reading the quotas on a conflict. */
  async function validate(a: Attributes): Promise<void> {
    // cluster-scoped objects are never quota'd
    if (a.namespace === '') return;
    const gr: GroupResource = { group: a.resource.group, resource: a.resource.resource };
    const evaluator = evaluatorFor(gr);
    if (!evaluator || !evaluator.handles(a)) return;
    for (let attempt = 0; ; attempt++) {
      const { quotas, synced } = await quotasIn(a.namespace);
      if (quotas.length === 0) return;
      const next = checkRequest(quotas, a, evaluator, init.now());
      if (a.dryRun) return;
      try {
        for (let i = 0; i < quotas.length; i++) {
          const changed = !equals(toUsage(quotas[i]!.status?.used), toUsage(next[i]!.status?.used));
          if (changed || !synced[i]) await updateQuotaStatus(init.client, next[i]!);
        }
        return;
      } catch (err) {
        if (attempt + 1 >= numRetries) throw err;
      }
    }
  }

  // Go also charges updates by their delta (a pod resize, a service changing type); creates only here
  return { name: PluginName, handles: (op) => op === 'CREATE', validate };
};
