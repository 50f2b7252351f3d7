// Go twin: k8s.io/kubernetes/pkg/quota/v1/evaluator/core/pods.go (podEvaluator, Constraints,
// enforcePodContainerConstraints, podComputeUsageHelper, PodUsageFunc, podMatchesScopeFunc, QuotaV1Pod),
// services.go (serviceEvaluator), k8s.io/apiserver/pkg/quota/v1/generic/evaluator.go (objectCountEvaluator,
// Matches, MatchesNoScopeFunc, ObjectCountQuotaResourceNameFor) and pkg/quota/v1/install/registry.go (the ignored
// resources) @ v1.34.0
//
// An evaluator knows, for one kind of object, which quota resources it uses (`pods`, `requests.cpu`,
// `count/configmaps`, …), how much one object uses, and whether a quota's scopes apply to it.
import { newQuantity } from '../../../../api/resource/quantity';
import type { Attributes } from '../../../../admission/interfaces';
import {
  DefaultResourceRequestsPrefix,
  isExtendedResourceName,
  isHugePageResourceName,
  ResourceHugePagesPrefix,
  ResourceRequestsHugePagesPrefix,
  ResourceQuotaScopeBestEffort,
  ResourceQuotaScopeCrossNamespacePodAffinity,
  ResourceQuotaScopeNotBestEffort,
  ResourceQuotaScopeNotTerminating,
  ResourceQuotaScopePriorityClass,
  ResourceQuotaScopeTerminating,
  ScopeSelectorOpDoesNotExist,
  ScopeSelectorOpExists,
  ScopeSelectorOpIn,
  ScopeSelectorOpNotIn,
} from '../../../../apis/core/helper/helpers';
import type { PodObject, ResourceList } from '../../../../apis/core/pod_types';
import type {
  ResourceQuota,
  ScopedResourceSelectorRequirement,
} from '../../../../apis/core/resourcequota_types';
import type { Service } from '../../../../apis/core/service_types';
import type { GroupResource } from '../../../../api/errors/errors';
import type { RuntimeObject } from '../../../../runtime/object';
import { getPodQOS } from '../../../../registry/core/pod/strategy';
import { add, toUsage, type Usage } from './resources';

export interface Evaluator {
  groupResource: GroupResource;
  /** whether this request can change usage */
  handles(a: Attributes): boolean;
  /** the quota resource names (of those given) this evaluator accounts for */
  matchingResources(names: string[]): string[];
  /** whether a scope selector applies to the object */
  matchesScope(selector: ScopedResourceSelectorRequirement, obj: RuntimeObject): boolean;
  /** a refusal when the object lacks what a quota on `required` demands, else null */
  constraints(required: string[], obj: RuntimeObject): string | null;
  usage(obj: RuntimeObject, now: Date): Usage;
}

const one = () => newQuantity(1, 'DecimalSI');

/** getScopeSelectorsFromQuota: spec.scopes as Exists selectors, then the scopeSelector's expressions. */
export function scopeSelectorsOf(quota: ResourceQuota): ScopedResourceSelectorRequirement[] {
  return [
    ...(quota.spec?.scopes ?? []).map((scopeName) => ({ scopeName, operator: ScopeSelectorOpExists })),
    ...(quota.spec?.scopeSelector?.matchExpressions ?? []),
  ];
}

/** generic.Matches: the quota limits one of the evaluator's resources and every scope applies. */
export function matches(e: Evaluator, quota: ResourceQuota, hard: string[], obj: RuntimeObject): boolean {
  if (e.matchingResources(hard).length === 0) return false;
  return scopeSelectorsOf(quota).every((s) => e.matchesScope(s, obj));
}

// ---- object counts ----------------------------------------------------------------------------------------------

/** ObjectCountQuotaResourceNameFor: `count/<resource>` for the core group, `count/<resource>.<group>` otherwise. */
export const objectCountName = (gr: GroupResource) =>
  gr.group === '' ? `count/${gr.resource}` : `count/${gr.resource}.${gr.group}`;

/** The core resources whose count may also be quota'd by their bare name. */
const legacyCountAliases = new Set([
  'configmaps',
  'secrets',
  'resourcequotas',
  'replicationcontrollers',
  'persistentvolumeclaims',
]);

/** NewObjectCountEvaluator: one per object, on create; a scoped quota never applies (MatchesNoScopeFunc). */
export function objectCountEvaluator(gr: GroupResource): Evaluator {
  const names = [objectCountName(gr)];
  if (gr.group === '' && legacyCountAliases.has(gr.resource)) names.push(gr.resource);
  return {
    groupResource: gr,
    handles: (a) => a.operation === 'CREATE',
    matchingResources: (input) => input.filter((n) => names.includes(n)),
    matchesScope: () => false,
    constraints: () => null,
    usage: () => new Map(names.map((n) => [n, one()])),
  };
}

// ---- services ---------------------------------------------------------------------------------------------------

const serviceResources = ['services', 'count/services', 'services.nodeports', 'services.loadbalancers'];

/** serviceEvaluator: the count, load balancers, and the node ports a NodePort or LoadBalancer service takes. */
export const serviceEvaluator: Evaluator = {
  groupResource: { group: '', resource: 'services' },
  // Go also re-evaluates updates (a type change); creates only here
  handles: (a) => a.operation === 'CREATE',
  matchingResources: (input) => input.filter((n) => serviceResources.includes(n)),
  matchesScope: () => false,
  constraints: () => null,
  usage(obj) {
    const spec = (obj as Service).spec ?? {};
    const usage: Usage = new Map([
      ['count/services', one()],
      ['services', one()],
    ]);
    const ports = (spec.ports ?? []).length;
    if (spec.type === 'NodePort') usage.set('services.nodeports', newQuantity(ports, 'DecimalSI'));
    if (spec.type === 'LoadBalancer') {
      usage.set('services.loadbalancers', one());
      if (spec.allocateLoadBalancerNodePorts !== false) {
        usage.set('services.nodeports', newQuantity(ports, 'DecimalSI'));
      }
    }
    return usage;
  },
};

// ---- pods -------------------------------------------------------------------------------------------------------

const podResources = [
  'count/pods',
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
];
const podResourcePrefixes = [ResourceHugePagesPrefix, ResourceRequestsHugePagesPrefix];
/** the resources a quota makes every container state (a backward-compatibility rule) */
const validationSet = new Set([
  'cpu',
  'memory',
  'requests.cpu',
  'requests.memory',
  'limits.cpu',
  'limits.memory',
]);

const isExtendedResourceNameForQuota = (name: string) =>
  name.startsWith(DefaultResourceRequestsPrefix) &&
  isExtendedResourceName(name.slice(DefaultResourceRequestsPrefix.length));

const quantities = (list: ResourceList | undefined): Usage => toUsage(list);

/** podComputeUsageHelper: the quota names one set of requests and limits uses. */
function podComputeUsageHelper(requests: Usage, limits: Usage): Usage {
  const result: Usage = new Map([['pods', one()]]);
  for (const name of ['cpu', 'memory', 'ephemeral-storage']) {
    const request = requests.get(name);
    if (request) {
      result.set(name, request);
      result.set(`requests.${name}`, request);
    }
    const limit = limits.get(name);
    if (limit) result.set(`limits.${name}`, limit);
  }
  for (const [name, request] of requests) {
    if (isHugePageResourceName(name)) {
      result.set(name, request);
      result.set(`requests.${name}`, request);
    }
    // extended resources are only quota'd as requests.<name>
    if (isExtendedResourceName(name)) result.set(`requests.${name}`, request);
  }
  return result;
}

const maxInto = (into: Usage, from: Usage) => {
  for (const [k, v] of from) {
    const cur = into.get(k);
    if (!cur || v.cmp(cur) > 0) into.set(k, v);
  }
};

/**
 * resourcehelper.PodRequests / PodLimits: containers summed, raised to any init container's need (sidecars add
 * up), pod-level resources for cpu and memory override, and requests also carry the pod overhead.
 */
function podTotals(pod: PodObject, which: 'requests' | 'limits'): Usage {
  let total: Usage = new Map();
  for (const c of pod.spec?.containers ?? []) total = add(total, quantities(c.resources?.[which]));
  let sidecars: Usage = new Map();
  const initMax: Usage = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    const own = quantities(c.resources?.[which]);
    if (c.restartPolicy === 'Always') {
      total = add(total, own);
      sidecars = add(sidecars, own);
      maxInto(initMax, sidecars);
    } else {
      maxInto(initMax, add(own, sidecars));
    }
  }
  maxInto(total, initMax);
  const podLevel = quantities(pod.spec?.resources?.[which]);
  for (const name of ['cpu', 'memory']) if (podLevel.has(name)) total.set(name, podLevel.get(name)!);
  if (which === 'requests' && pod.spec?.overhead) total = add(total, quantities(pod.spec.overhead));
  return total;
}

/** QuotaV1Pod: terminal pods, and pods past their deletion grace period, no longer use compute quota. */
function quotaV1Pod(pod: PodObject, now: Date): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Failed' || phase === 'Succeeded') return false;
  const meta = pod.metadata ?? {};
  if (meta.deletionTimestamp && typeof meta.deletionGracePeriodSeconds === 'number') {
    const end = Date.parse(meta.deletionTimestamp) + meta.deletionGracePeriodSeconds * 1000;
    if (now.getTime() > end) return false;
  }
  return true;
}

type AffinityTerm = { namespaces?: string[]; namespaceSelector?: unknown };
const crossNamespace = (t: AffinityTerm | undefined) =>
  !!t &&
  ((t.namespaces ?? []).length !== 0 || (t.namespaceSelector !== undefined && t.namespaceSelector !== null));

function usesCrossNamespacePodAffinity(pod: PodObject): boolean {
  const affinity = pod.spec?.affinity as
    | Record<
        string,
        | {
            requiredDuringSchedulingIgnoredDuringExecution?: AffinityTerm[];
            preferredDuringSchedulingIgnoredDuringExecution?: { podAffinityTerm?: AffinityTerm }[];
          }
        | undefined
      >
    | undefined;
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const a = affinity?.[kind];
    if (!a) continue;
    if ((a.requiredDuringSchedulingIgnoredDuringExecution ?? []).some(crossNamespace)) return true;
    if (
      (a.preferredDuringSchedulingIgnoredDuringExecution ?? []).some((w) => crossNamespace(w.podAffinityTerm))
    )
      return true;
  }
  return false;
}

/** podMatchesSelector for the PriorityClass scope: a label selector over {PriorityClass: <name>}. */
function priorityClassMatches(pod: PodObject, s: ScopedResourceSelectorRequirement): boolean {
  const name = pod.spec?.priorityClassName ?? '';
  const has = name !== '';
  switch (s.operator) {
    case ScopeSelectorOpExists:
      return has;
    case ScopeSelectorOpDoesNotExist:
      return !has;
    case ScopeSelectorOpIn:
      return has && (s.values ?? []).includes(name);
    case ScopeSelectorOpNotIn:
      return !has || !(s.values ?? []).includes(name);
    default:
      return false;
  }
}

const isTerminating = (pod: PodObject) =>
  typeof pod.spec?.activeDeadlineSeconds === 'number' && pod.spec.activeDeadlineSeconds >= 0;

export const podEvaluator: Evaluator = {
  groupResource: { group: '', resource: 'pods' },
  handles(a) {
    if (a.subresource !== '' && a.subresource !== 'resize') return false;
    return a.operation === 'CREATE' || (a.subresource === 'resize' && a.operation === 'UPDATE');
  },
  matchingResources(input) {
    return input.filter(
      (n) =>
        podResources.includes(n) ||
        podResourcePrefixes.some((p) => n.startsWith(p)) ||
        isExtendedResourceNameForQuota(n),
    );
  },
  matchesScope(s, obj) {
    const pod = obj as PodObject;
    switch (s.scopeName) {
      case ResourceQuotaScopeTerminating:
        return isTerminating(pod);
      case ResourceQuotaScopeNotTerminating:
        return !isTerminating(pod);
      case ResourceQuotaScopeBestEffort:
        return getPodQOS(pod) === 'BestEffort';
      case ResourceQuotaScopeNotBestEffort:
        return getPodQOS(pod) !== 'BestEffort';
      case ResourceQuotaScopePriorityClass:
        return priorityClassMatches(pod, s);
      case ResourceQuotaScopeCrossNamespacePodAffinity:
        return usesCrossNamespacePodAffinity(pod);
      default:
        return false;
    }
  },
  /**
   * Constraints: a quota on cpu or memory makes every container state that request or limit (a rule older than
   * QoS classes). The message lists, per missing resource, the containers that lack it.
   */
  constraints(required, obj) {
    const pod = obj as PodObject;
    const requiredSet = required.filter((r) => validationSet.has(r));
    const missing = new Map<string, Set<string>>();
    for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
      const usage = podComputeUsageHelper(quantities(c.resources?.requests), quantities(c.resources?.limits));
      for (const r of requiredSet) {
        if (usage.has(r)) continue;
        if (!missing.has(r)) missing.set(r, new Set());
        missing.get(r)!.add(c.name ?? '');
      }
    }
    if (missing.size === 0) return null;
    const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...missing.get(r)!].sort().join(',')}`);
    return `must specify ${parts.join('; ')}`;
  },
  /** PodUsageFunc: count/pods always; the compute resources while the pod is not terminal. */
  usage(obj, now) {
    const pod = obj as PodObject;
    const result: Usage = new Map([['count/pods', one()]]);
    if (!quotaV1Pod(pod, now)) return result;
    return add(result, podComputeUsageHelper(podTotals(pod, 'requests'), podTotals(pod, 'limits')));
  },
};

/** The resources Go's quota registry ignores: events and the review APIs, which are never stored. */
const ignoredResources = new Set([
  '/events',
  'events.k8s.io/events',
  'authentication.k8s.io/tokenreviews',
  'authentication.k8s.io/selfsubjectreviews',
  'authorization.k8s.io/subjectaccessreviews',
  'authorization.k8s.io/selfsubjectaccessreviews',
  'authorization.k8s.io/localsubjectaccessreviews',
  'authorization.k8s.io/selfsubjectrulesreviews',
]);

/** registry.Get, adding an object-count evaluator for any other resource as Evaluate does; null when ignored. */
export function evaluatorFor(gr: GroupResource): Evaluator | null {
  if (ignoredResources.has(`${gr.group}/${gr.resource}`)) return null;
  if (gr.group === '' && gr.resource === 'pods') return podEvaluator;
  if (gr.group === '' && gr.resource === 'services') return serviceEvaluator;
  return objectCountEvaluator(gr);
}

/** The evaluator that accounts for a quota resource name, for computing usage from stored objects. */
export function evaluatorForResourceName(name: string): Evaluator | null {
  if (podEvaluator.matchingResources([name]).length > 0) return podEvaluator;
  if (serviceEvaluator.matchingResources([name]).length > 0) return serviceEvaluator;
  if (legacyCountAliases.has(name)) return objectCountEvaluator({ group: '', resource: name });
  if (name.startsWith('count/')) {
    const rest = name.slice('count/'.length);
    const dot = rest.indexOf('.');
    const gr =
      dot < 0 ? { group: '', resource: rest } : { group: rest.slice(dot + 1), resource: rest.slice(0, dot) };
    return evaluatorFor(gr);
  }
  return null;
}
