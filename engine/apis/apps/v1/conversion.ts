// Go twin: k8s.io/kubernetes/pkg/apis/apps/v1/conversion.go (Convert_v1_DeploymentSpec_To_apps_DeploymentSpec,
// Convert_v1_Deployment_To_apps_Deployment and back) and zz_generated.conversion.go (ReplicaSet, the Lists,
// strategy, status) @ v1.34.0
//
// What the conversions really do:
//   - spec.replicas: *int32 in apps/v1, int32 inside (nil → 0); back out it is always set.
//   - rollingUpdate.maxUnavailable / maxSurge: pointers in apps/v1, values inside (nil → int 0); back out
//     both are always set.
//   - the internal, deprecated spec.rollbackTo travels in apps/v1 as the annotation
//     `deprecated.deployment.rollback.to: "<revision>"`: read (and removed) on the way in, written on the
//     way out, and removed on the way out when rollbackTo is nil.
//   - the pod template goes through core's PodTemplateSpec conversion.
import { copyJSON, isObject, type RuntimeObject } from '../../../runtime/object';
import { hasOwn } from '../../../util/json/value';
import { quote } from '../../../util/strconv/quote';
import {
  Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec,
  Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec,
} from '../../core/v1/pod_conversion';
import { convertList } from '../../core/v1/structural_copy';
import {
  AppsDeployment,
  AppsReplicaSet,
  DeprecatedRollbackTo,
  type Deployment,
  type DeploymentSpec,
  type DeploymentStrategy,
  type PodTemplateSpec,
  type ReplicaSetSpec,
} from '../types';
import { V1Deployment, V1ReplicaSet } from './types';

type JSONObject = Record<string, unknown>;

const obj = (v: unknown): JSONObject => (isObject(v) ? v : {});
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

// ---- shared pieces (apps/v1beta1 uses them too) -------------------------------------------------------------

/** Convert_v1_DeploymentStrategy_To_apps_DeploymentStrategy: nil pointers become int 0. */
export function convertStrategyToInternal(input: unknown): DeploymentStrategy {
  const s = obj(input);
  const out: DeploymentStrategy = {};
  if (typeof s['type'] === 'string' && s['type'] !== '') out.type = s['type'];
  if (isObject(s['rollingUpdate'])) {
    const ru = s['rollingUpdate'];
    out.rollingUpdate = {
      maxUnavailable: (ru['maxUnavailable'] as number | string | undefined) ?? 0,
      maxSurge: (ru['maxSurge'] as number | string | undefined) ?? 0,
    };
  }
  return out;
}

/** Convert_apps_DeploymentStrategy_To_v1_DeploymentStrategy: both pointers always set. */
export function convertStrategyToExternal(input: DeploymentStrategy | undefined): JSONObject {
  const out: JSONObject = {};
  if (input?.type) out['type'] = input.type;
  if (input?.rollingUpdate) {
    out['rollingUpdate'] = {
      maxUnavailable: input.rollingUpdate.maxUnavailable ?? 0,
      maxSurge: input.rollingUpdate.maxSurge ?? 0,
    };
  }
  return out;
}

export const templateToInternal = (t: unknown): PodTemplateSpec =>
  Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec(obj(t)) as PodTemplateSpec;
export const templateToExternal = (t: PodTemplateSpec | undefined): JSONObject =>
  obj(Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec(t ?? {}));

/**
 * The DeploymentSpec fields apps/v1 and apps/v1beta1 share, into the canonical internal form (replicas always
 * set; minReadySeconds and paused only when not zero).
 */
export function convertDeploymentSpecToInternal(input: unknown): DeploymentSpec {
  const s = obj(input);
  const out: DeploymentSpec = { replicas: num(s['replicas']) };
  if (isObject(s['selector'])) out.selector = copyJSON(s['selector']) as DeploymentSpec['selector'];
  out.template = templateToInternal(s['template']);
  out.strategy = convertStrategyToInternal(s['strategy']);
  if (num(s['minReadySeconds']) !== 0) out.minReadySeconds = num(s['minReadySeconds']);
  if (typeof s['revisionHistoryLimit'] === 'number') out.revisionHistoryLimit = s['revisionHistoryLimit'];
  if (s['paused'] === true) out.paused = true;
  if (typeof s['progressDeadlineSeconds'] === 'number')
    out.progressDeadlineSeconds = s['progressDeadlineSeconds'];
  return out;
}

/** The shared DeploymentSpec fields, internal → external (without rollbackTo). */
export function convertDeploymentSpecToExternal(input: DeploymentSpec | undefined): JSONObject {
  const out: JSONObject = { replicas: num(input?.replicas) };
  if (input?.selector) out['selector'] = copyJSON(input.selector);
  out['template'] = templateToExternal(input?.template);
  out['strategy'] = convertStrategyToExternal(input?.strategy);
  if (num(input?.minReadySeconds) !== 0) out['minReadySeconds'] = input?.minReadySeconds;
  if (typeof input?.revisionHistoryLimit === 'number')
    out['revisionHistoryLimit'] = input.revisionHistoryLimit;
  if (input?.paused) out['paused'] = true;
  if (typeof input?.progressDeadlineSeconds === 'number')
    out['progressDeadlineSeconds'] = input.progressDeadlineSeconds;
  return out;
}

/** The generated status conversions are field-by-field copies. */
export const convertStatus = (status: unknown): JSONObject => obj(copyJSON(status ?? {}));

// ---- strconv.ParseInt(s, 10, 64) ----------------------------------------------------------------------------

/** strconv.ParseInt(s, 10, 64): the value, or Go's *NumError message. */
export function parseInt64(s: string): { value: number } | { error: string } {
  const fail = (why: string) => ({ error: `strconv.ParseInt: parsing ${quote(s)}: ${why}` });
  if (!/^[+-]?[0-9]+$/.test(s)) return fail('invalid syntax');
  const n = BigInt(s);
  if (n < -(2n ** 63n) || n >= 2n ** 63n) return fail('value out of range');
  return { value: Number(n) };
}

// ---- Deployment ---------------------------------------------------------------------------------------------

/** Convert_v1_DeploymentSpec_To_apps_DeploymentSpec */
export function Convert_v1_DeploymentSpec_To_apps_DeploymentSpec(input: unknown): DeploymentSpec {
  return convertDeploymentSpecToInternal(input);
}

/** Convert_apps_DeploymentSpec_To_v1_DeploymentSpec */
export function Convert_apps_DeploymentSpec_To_v1_DeploymentSpec(
  input: DeploymentSpec | undefined,
): JSONObject {
  return convertDeploymentSpecToExternal(input);
}

/** Convert_v1_Deployment_To_apps_Deployment: the rollback annotation becomes spec.rollbackTo. */
export function Convert_v1_Deployment_To_apps_Deployment(input: RuntimeObject, out: RuntimeObject): void {
  const d = out as Deployment;
  if (input.metadata !== undefined) d.metadata = copyJSON(input.metadata) as Deployment['metadata'];
  const spec = Convert_v1_DeploymentSpec_To_apps_DeploymentSpec(input.spec);
  d.spec = spec;

  const meta = d.metadata;
  const annotations = meta?.annotations;
  const revision =
    annotations && hasOwn(annotations, DeprecatedRollbackTo) ? annotations[DeprecatedRollbackTo] : '';
  if (meta && annotations && revision) {
    const parsed = parseInt64(revision);
    if ('error' in parsed) {
      throw new Error(
        `failed to parse annotation[${DeprecatedRollbackTo}]=${revision} as int64: ${parsed.error}`,
      );
    }
    spec.rollbackTo = parsed.value !== 0 ? { revision: parsed.value } : {};
    delete annotations[DeprecatedRollbackTo];
    if (Object.keys(annotations).length === 0) delete meta.annotations;
  } else {
    delete spec.rollbackTo;
  }
  d.status = convertStatus(input.status);
}

/** Convert_apps_Deployment_To_v1_Deployment: spec.rollbackTo becomes the rollback annotation. */
export function Convert_apps_Deployment_To_v1_Deployment(input: RuntimeObject, out: RuntimeObject): void {
  const d = input as Deployment;
  if (d.metadata !== undefined) out.metadata = copyJSON(d.metadata) as RuntimeObject['metadata'];
  out.spec = Convert_apps_DeploymentSpec_To_v1_DeploymentSpec(d.spec);
  const rollbackTo = d.spec?.rollbackTo;
  if (rollbackTo) {
    const meta = (out.metadata ??= {});
    const annotations = (meta.annotations ??= {});
    annotations[DeprecatedRollbackTo] = String(num(rollbackTo.revision));
  } else if (out.metadata?.annotations) {
    delete out.metadata.annotations[DeprecatedRollbackTo];
    if (Object.keys(out.metadata.annotations).length === 0) delete out.metadata.annotations;
  }
  out.status = convertStatus(d.status);
}

/** Convert_v1_DeploymentList_To_apps_DeploymentList */
export function Convert_v1_DeploymentList_To_apps_DeploymentList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, AppsDeployment, Convert_v1_Deployment_To_apps_Deployment);
}

/** Convert_apps_DeploymentList_To_v1_DeploymentList */
export function Convert_apps_DeploymentList_To_v1_DeploymentList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1Deployment, Convert_apps_Deployment_To_v1_Deployment);
}

// ---- ReplicaSet ---------------------------------------------------------------------------------------------

/** Convert_v1_ReplicaSetSpec_To_apps_ReplicaSetSpec: metav1.Convert_Pointer_int32_To_int32 for replicas. */
export function Convert_v1_ReplicaSetSpec_To_apps_ReplicaSetSpec(input: unknown): ReplicaSetSpec {
  const s = obj(input);
  const out: ReplicaSetSpec = { replicas: num(s['replicas']) };
  if (num(s['minReadySeconds']) !== 0) out.minReadySeconds = num(s['minReadySeconds']);
  if (isObject(s['selector'])) out.selector = copyJSON(s['selector']) as ReplicaSetSpec['selector'];
  out.template = templateToInternal(s['template']);
  return out;
}

/** Convert_apps_ReplicaSetSpec_To_v1_ReplicaSetSpec: metav1.Convert_int32_To_Pointer_int32 for replicas. */
export function Convert_apps_ReplicaSetSpec_To_v1_ReplicaSetSpec(
  input: ReplicaSetSpec | undefined,
): JSONObject {
  const out: JSONObject = { replicas: num(input?.replicas) };
  if (num(input?.minReadySeconds) !== 0) out['minReadySeconds'] = input?.minReadySeconds;
  if (input?.selector) out['selector'] = copyJSON(input.selector);
  out['template'] = templateToExternal(input?.template);
  return out;
}

/** Convert_v1_ReplicaSet_To_apps_ReplicaSet */
export function Convert_v1_ReplicaSet_To_apps_ReplicaSet(input: RuntimeObject, out: RuntimeObject): void {
  if (input.metadata !== undefined) out.metadata = copyJSON(input.metadata) as RuntimeObject['metadata'];
  out.spec = Convert_v1_ReplicaSetSpec_To_apps_ReplicaSetSpec(input.spec);
  out.status = convertStatus(input.status);
}

/** Convert_apps_ReplicaSet_To_v1_ReplicaSet */
export function Convert_apps_ReplicaSet_To_v1_ReplicaSet(input: RuntimeObject, out: RuntimeObject): void {
  if (input.metadata !== undefined) out.metadata = copyJSON(input.metadata) as RuntimeObject['metadata'];
  out.spec = Convert_apps_ReplicaSetSpec_To_v1_ReplicaSetSpec(input.spec as ReplicaSetSpec | undefined);
  out.status = convertStatus(input.status);
}

/** Convert_v1_ReplicaSetList_To_apps_ReplicaSetList */
export function Convert_v1_ReplicaSetList_To_apps_ReplicaSetList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, AppsReplicaSet, Convert_v1_ReplicaSet_To_apps_ReplicaSet);
}

/** Convert_apps_ReplicaSetList_To_v1_ReplicaSetList */
export function Convert_apps_ReplicaSetList_To_v1_ReplicaSetList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1ReplicaSet, Convert_apps_ReplicaSet_To_v1_ReplicaSet);
}
