// Go twin: k8s.io/kubernetes/plugin/pkg/admission/limitranger/admission.go (LimitRanger, Admit, Validate,
// runLimitFunc, GetLimitRanges, defaultContainerResourceRequirements, mergeContainerResources,
// mergePodResourceRequirements, minConstraint, maxRequestConstraint, maxConstraint, limitRequestRatioConstraint,
// requestLimitEnforcedValues, DefaultLimitRangerActions, PodMutateLimitFunc, PodValidateLimitFunc,
// PersistentVolumeClaimValidateLimitFunc, podRequests, podLimits) @ v1.34.0
//
// LimitRanger is both mutating and validating. Admit fills each container's missing requests and limits from
// the namespace's LimitRanges (Container items: defaultRequest → requests, default → limits) and records what it
// set in the `kubernetes.io/limit-ranger` annotation; Validate then checks every min, max and
// maxLimitRequestRatio, for each container and for the pod as a whole. Only pod creates and PVCs are checked:
// containers cannot change on a pod update.
import { zeroQuantity, type Quantity } from '../../../../api/resource/quantity';
import { newForbidden } from '../../../../admission/errors';
import type { Lister, PluginFactory } from '../../../../admission/initializer';
import type { Attributes, Operation } from '../../../../admission/interfaces';
import type { LimitRange, LimitRangeItem, ResourceList } from '../../../../apis/core/limitrange_types';
import type { Container, PodObject } from '../../../../apis/core/pod_types';
import { quantityOf } from '../../../../apis/core/validation/resource_quantity';
import { setOwn } from '../../../../runtime/object';
import { newAggregate } from '../../../../util/errors/errors';

export const PluginName = 'LimitRanger';
export const limitRangerAnnotation = 'kubernetes.io/limit-ranger';

const limitranges = { group: '', resource: 'limitranges' };

/** resource.MaxMilliValue: past it, Go compares whole units rather than milli-units. */
const maxMilliValue = ((1n << 63n) - 1n) / 1000n;

const own = (m: object | undefined, k: string) =>
  m !== undefined && Object.prototype.hasOwnProperty.call(m, k);
const sorted = (m: ResourceList | undefined) => Object.keys(m ?? {}).sort();
const q = (v: string | undefined): Quantity => quantityOf(v) ?? zeroQuantity;

/** utilerrors.NewAggregate over the constraints' messages: null when every check passed. */
const aggregate = (errs: string[]): Error | null => newAggregate(errs.map((m) => new Error(m)));

// ---- defaulting (Admit) -----------------------------------------------------------------------------------------

/** defaultContainerResourceRequirements: the Container items' defaultRequest and default, merged. */
function defaultContainerResourceRequirements(lr: LimitRange): {
  requests: ResourceList;
  limits: ResourceList;
} {
  const requests: ResourceList = {};
  const limits: ResourceList = {};
  for (const limit of lr.spec?.limits ?? []) {
    if (limit.type !== 'Container') continue;
    for (const k of sorted(limit.defaultRequest)) setOwn(requests, k, limit.defaultRequest![k]!);
    for (const k of sorted(limit.default)) setOwn(limits, k, limit.default![k]!);
  }
  return { requests, limits };
}

/** mergeContainerResources: fills what the container left out; returns the annotation's phrases for it. */
function mergeContainerResources(
  c: Container,
  defaults: { requests: ResourceList; limits: ResourceList },
  prefix: string,
): string[] {
  const resources = (c.resources ??= {});
  const limits = (resources.limits ??= {});
  const requests = (resources.requests ??= {});
  const setLimits: string[] = [];
  const setRequests: string[] = [];
  for (const k of sorted(defaults.limits)) {
    if (own(limits, k)) continue;
    setOwn(limits, k, defaults.limits[k]!);
    setLimits.push(k);
  }
  for (const k of sorted(defaults.requests)) {
    if (own(requests, k)) continue;
    setOwn(requests, k, defaults.requests[k]!);
    setRequests.push(k);
  }
  const out: string[] = [];
  if (setRequests.length > 0) out.push(`${setRequests.join(', ')} request for ${prefix} ${c.name ?? ''}`);
  if (setLimits.length > 0) out.push(`${setLimits.join(', ')} limit for ${prefix} ${c.name ?? ''}`);
  return out;
}

/** PodMutateLimitFunc / mergePodResourceRequirements. */
export function podMutateLimitFunc(lr: LimitRange, pod: PodObject): void {
  const defaults = defaultContainerResourceRequirements(lr);
  const annotations: string[] = [];
  for (const c of pod.spec?.containers ?? [])
    annotations.push(...mergeContainerResources(c, defaults, 'container'));
  for (const c of pod.spec?.initContainers ?? [])
    annotations.push(...mergeContainerResources(c, defaults, 'init container'));
  if (annotations.length === 0) return;
  const meta = (pod.metadata ??= {});
  meta.annotations ??= {};
  setOwn(meta.annotations, limitRangerAnnotation, `LimitRanger plugin set: ${annotations.join('; ')}`);
}

// ---- constraints (Validate) -------------------------------------------------------------------------------------

/** requestLimitEnforcedValues: whole units, or milli-units when all three are small enough to be exact. */
function enforcedValues(req: Quantity, lim: Quantity, enforced: Quantity): [bigint, bigint, bigint] {
  const whole: [bigint, bigint, bigint] = [
    req.scaledValueBig(0),
    lim.scaledValueBig(0),
    enforced.scaledValueBig(0),
  ];
  if (whole.every((v) => v <= maxMilliValue)) {
    return [req.scaledValueBig(-3), lim.scaledValueBig(-3), enforced.scaledValueBig(-3)];
  }
  return whole;
}

/** What every constraint reads for one resource: the request and the limit, whether each is set, and their values. */
function observe(
  name: string,
  enforced: Quantity,
  request: ResourceList | undefined,
  limit: ResourceList | undefined,
) {
  const req = q(request?.[name]);
  const lim = q(limit?.[name]);
  const [reqValue, limValue, enforcedValue] = enforcedValues(req, lim, enforced);
  return {
    req,
    lim,
    reqExists: own(request, name),
    limExists: own(limit, name),
    reqValue,
    limValue,
    enforcedValue,
  };
}

/** Go's constraint functions share this signature: the item's type, the resource, the bound, the pair checked. */
type Constraint = (
  limitType: string,
  name: string,
  enforced: Quantity,
  request: ResourceList | undefined,
  limit: ResourceList | undefined,
) => string | null;

const minConstraint: Constraint = (limitType, name, enforced, request, limit) => {
  const o = observe(name, enforced, request, limit);
  if (!o.reqExists) return `minimum ${name} usage per ${limitType} is ${enforced}.  No request is specified`;
  if (o.reqValue < o.enforcedValue)
    return `minimum ${name} usage per ${limitType} is ${enforced}, but request is ${o.req}`;
  if (o.limExists && o.limValue < o.enforcedValue) {
    return `minimum ${name} usage per ${limitType} is ${enforced}, but limit is ${o.lim}`;
  }
  return null;
};

/** maxRequestConstraint: for types whose limits are not user input (PVCs): only the request is checked. */
const maxRequestConstraint: Constraint = (limitType, name, enforced, request) => {
  const o = observe(name, enforced, request, undefined);
  if (!o.reqExists) return `maximum ${name} usage per ${limitType} is ${enforced}.  No request is specified`;
  if (o.reqValue > o.enforcedValue)
    return `maximum ${name} usage per ${limitType} is ${enforced}, but request is ${o.req}`;
  return null;
};

const maxConstraint: Constraint = (limitType, name, enforced, request, limit) => {
  const o = observe(name, enforced, request, limit);
  if (!o.limExists) return `maximum ${name} usage per ${limitType} is ${enforced}.  No limit is specified`;
  if (o.limValue > o.enforcedValue)
    return `maximum ${name} usage per ${limitType} is ${enforced}, but limit is ${o.lim}`;
  if (o.reqExists && o.reqValue > o.enforcedValue) {
    return `maximum ${name} usage per ${limitType} is ${enforced}, but request is ${o.req}`;
  }
  return null;
};

const limitRequestRatioConstraint: Constraint = (limitType, name, enforced, request, limit) => {
  const o = observe(name, enforced, request, limit);
  if (!o.reqExists || o.reqValue === 0n) {
    return `${name} max limit to request ratio per ${limitType} is ${enforced}, but no request is specified or request is 0`;
  }
  if (!o.limExists || o.limValue === 0n) {
    return `${name} max limit to request ratio per ${limitType} is ${enforced}, but no limit is specified or limit is 0`;
  }
  let observedRatio = Number(o.limValue) / Number(o.reqValue);
  const displayObservedRatio = observedRatio;
  let maxRatio = Number(enforced.scaledValueBig(0));
  if (enforced.scaledValueBig(0) <= maxMilliValue) {
    observedRatio *= 1000;
    maxRatio = Number(enforced.scaledValueBig(-3));
  }
  if (observedRatio > maxRatio) {
    // Go's %f: six decimals
    return `${name} max limit to request ratio per ${limitType} is ${enforced}, but provided ratio is ${displayObservedRatio.toFixed(6)}`;
  }
  return null;
};

/** Go's `for k, v := range limit.Min { if err := minConstraint(…) … }`: one constraint per listed resource. */
function checkEach(
  bounds: ResourceList | undefined,
  constraint: Constraint,
  limitType: string,
  requests: ResourceList | undefined,
  limits: ResourceList | undefined,
): string[] {
  return sorted(bounds).flatMap((k) => constraint(limitType, k, q(bounds![k]), requests, limits) ?? []);
}

/** The min, max and ratio checks of one LimitRangeItem against one request/limit pair. */
function checkItem(
  limit: LimitRangeItem,
  requests: ResourceList | undefined,
  limits: ResourceList | undefined,
): string[] {
  const type = limit.type ?? '';
  return [
    ...checkEach(limit.min, minConstraint, type, requests, limits),
    ...checkEach(limit.max, maxConstraint, type, requests, limits),
    ...checkEach(limit.maxLimitRequestRatio, limitRequestRatioConstraint, type, requests, limits),
  ];
}

type Quantities = Map<string, Quantity>;

const addInto = (into: Quantities, list: ResourceList | undefined) => {
  for (const k of sorted(list)) {
    const v = q(list![k]);
    const cur = into.get(k);
    into.set(k, cur ? cur.add(v) : v);
  }
};
const maxInto = (into: Quantities, from: Quantities) => {
  for (const [k, v] of from) {
    const cur = into.get(k);
    if (!cur || v.cmp(cur) > 0) into.set(k, v);
  }
};

/**
 * podRequests / podLimits: the containers' sum, raised to what any init container needs (sidecars — init
 * containers with restartPolicy Always — keep running and add up), then overridden by pod-level resources.
 */
function podResources(pod: PodObject, which: 'requests' | 'limits'): ResourceList {
  const total: Quantities = new Map();
  for (const c of pod.spec?.containers ?? []) addInto(total, c.resources?.[which]);
  const sidecars: Quantities = new Map();
  const initMax: Quantities = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    let need: Quantities;
    if (c.restartPolicy === 'Always') {
      addInto(total, c.resources?.[which]);
      addInto(sidecars, c.resources?.[which]);
      need = sidecars;
    } else {
      need = new Map();
      addInto(need, c.resources?.[which]);
      for (const [k, v] of sidecars) need.set(k, need.get(k)?.add(v) ?? v);
    }
    maxInto(initMax, need);
  }
  maxInto(total, initMax);
  const podLevel = pod.spec?.resources?.[which];
  for (const k of ['cpu', 'memory']) if (own(podLevel, k)) total.set(k, q(podLevel![k]));
  const out: ResourceList = {};
  for (const [k, v] of total) setOwn(out, k, v.toString());
  return out;
}

/** PodValidateLimitFunc: Container items per container (and init container), Pod items on the pod's totals. */
export function podValidateLimitFunc(lr: LimitRange, pod: PodObject): Error | null {
  const errs: string[] = [];
  for (const limit of lr.spec?.limits ?? []) {
    if (limit.type === 'Container') {
      for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
        errs.push(...checkItem(limit, c.resources?.requests, c.resources?.limits));
      }
    }
    if (limit.type === 'Pod') {
      errs.push(...checkItem(limit, podResources(pod, 'requests'), podResources(pod, 'limits')));
    }
  }
  return aggregate(errs);
}

/** The part of a PersistentVolumeClaim LimitRanger reads. */
interface ClaimLike {
  spec?: { resources?: { requests?: ResourceList } };
}

/** PersistentVolumeClaimValidateLimitFunc: min and max storage requests; a claim's limits are not user input. */
export function persistentVolumeClaimValidateLimitFunc(lr: LimitRange, pvc: ClaimLike): Error | null {
  const requests = pvc.spec?.resources?.requests;
  const errs: string[] = [];
  for (const limit of lr.spec?.limits ?? []) {
    if (limit.type !== 'PersistentVolumeClaim') continue;
    errs.push(
      ...checkEach(limit.min, minConstraint, limit.type, requests, {}),
      ...checkEach(limit.max, maxRequestConstraint, limit.type, requests, {}),
    );
  }
  return aggregate(errs);
}

/** DefaultLimitRangerActions.SupportsAttributes: pod creates (and resizes) and PVC writes, no other subresource. */
function supportsAttributes(a: Attributes): boolean {
  const isPod = a.kind.group === '' && a.kind.kind === 'Pod';
  if (a.subresource === 'resize' && isPod && a.operation === 'UPDATE') return true;
  if (a.subresource !== '') return false;
  // containers cannot change on a pod update, so there is nothing to default or check
  if (isPod && a.operation === 'UPDATE') return false;
  return isPod || (a.kind.group === '' && a.kind.kind === 'PersistentVolumeClaim');
}

/** GetLimitRanges: Go falls back to a live list when its informer is empty; our lister reads storage itself. */
async function getLimitRanges(lister: Lister, a: Attributes): Promise<LimitRange[]> {
  try {
    const items = (await lister.list(a.namespace)) as LimitRange[];
    return [...items].sort((x, y) => (x.metadata?.name ?? '').localeCompare(y.metadata?.name ?? ''));
  } catch {
    const gvr = `${a.resource.group}/${a.resource.version}, Resource=${a.resource.resource}`;
    throw newForbidden(
      a,
      new Error(
        `unable to ${a.operation} ${gvr} at this time because there was an error enforcing limit ranges`,
      ),
    );
  }
}

/** NewLimitRanger with DefaultLimitRangerActions: handles CREATE and UPDATE. */
export const newLimitRanger: PluginFactory = (init) => {
  const lister = init.listerFor(limitranges);

  async function run(a: Attributes, fn: (lr: LimitRange) => Error | null): Promise<void> {
    if (!supportsAttributes(a)) return;
    // objects already being deleted are left alone
    if (a.oldObject?.metadata?.deletionTimestamp) return;
    for (const lr of await getLimitRanges(lister, a)) {
      const err = fn(lr);
      if (err) throw newForbidden(a, err);
    }
  }

  const ops: readonly Operation[] = ['CREATE', 'UPDATE'];
  return {
    name: PluginName,
    handles: (op) => ops.includes(op),
    admit: (a) =>
      run(a, (lr) => {
        if (a.resource.resource === 'pods' && a.object) podMutateLimitFunc(lr, a.object as PodObject);
        return null;
      }),
    validate: (a) =>
      run(a, (lr) => {
        if (!a.object) return null;
        if (a.resource.resource === 'pods') return podValidateLimitFunc(lr, a.object as PodObject);
        if (a.resource.resource === 'persistentvolumeclaims') {
          return persistentVolumeClaimValidateLimitFunc(lr, a.object as ClaimLike);
        }
        return null;
      }),
  };
};
