// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/conversion.go (Convert_v1_Pod_To_core_Pod, …, PodSpec and
// PodStatus conversions) and zz_generated.conversion.go @ v1.34.0
//
// The generated conversions copy field by field; the hand-written ones add Go's real differences:
//   - spec.serviceAccount (DeprecatedServiceAccount) has no internal field: v1 → internal uses it as
//     serviceAccountName when that is empty; internal → v1 writes serviceAccount = serviceAccountName.
//   - status.podIP has no internal field: podIPs is authoritative. v1 → internal makes podIPs = [podIP]
//     when podIPs is empty or disagrees with podIP; internal → v1 sets podIP = podIPs[0].ip.
//   - the legacy init-container annotations are dropped both ways.
import { copyJSON, isObject, setOwn, type RuntimeObject } from '../../../runtime/object';
import type { Scheme } from '../../../runtime/scheme';

const initContainerAnnotations = new Set([
  'pod.beta.kubernetes.io/init-containers',
  'pod.alpha.kubernetes.io/init-containers',
  'pod.beta.kubernetes.io/init-container-statuses',
  'pod.alpha.kubernetes.io/init-container-statuses',
]);

type JSONObject = Record<string, unknown>;

/** Copies every field but TypeMeta (internal objects carry none; the scheme sets it on external ones). */
function copyWithoutTypeMeta(input: RuntimeObject, out: RuntimeObject): void {
  for (const key of Object.keys(input)) {
    if (key === 'apiVersion' || key === 'kind') continue;
    setOwn(out, key, copyJSON(input[key]));
  }
}

/** dropInitContainerAnnotations */
function dropInitContainerAnnotations(obj: RuntimeObject): void {
  const annotations = obj.metadata?.annotations;
  if (!annotations) return;
  for (const key of Object.keys(annotations)) {
    if (initContainerAnnotations.has(key)) delete annotations[key];
  }
}

/** Convert_v1_PodSpec_To_core_PodSpec (the v1-only field). */
export function Convert_v1_PodSpec_To_core_PodSpec(spec: JSONObject): void {
  const deprecated = spec.serviceAccount;
  delete spec.serviceAccount;
  if (!spec.serviceAccountName && typeof deprecated === 'string' && deprecated !== '') {
    spec.serviceAccountName = deprecated;
  }
}

/** Convert_core_PodSpec_To_v1_PodSpec: serviceAccount mirrors serviceAccountName. */
export function Convert_core_PodSpec_To_v1_PodSpec(spec: JSONObject): void {
  const name = spec.serviceAccountName;
  delete spec.serviceAccount;
  if (typeof name === 'string' && name !== '') spec.serviceAccount = name;
}

/** Convert_v1_PodStatus_To_core_PodStatus: podIP folds into podIPs. */
export function Convert_v1_PodStatus_To_core_PodStatus(status: JSONObject): void {
  const podIP = typeof status.podIP === 'string' ? status.podIP : '';
  delete status.podIP;
  const podIPs = Array.isArray(status.podIPs) ? (status.podIPs as { ip?: string }[]) : [];
  if (podIP.length > 0 && (podIPs.length === 0 || podIPs[0]?.ip !== podIP)) status.podIPs = [{ ip: podIP }];
}

/** Convert_core_PodStatus_To_v1_PodStatus: podIP is podIPs[0]. */
export function Convert_core_PodStatus_To_v1_PodStatus(status: JSONObject): void {
  delete status.podIP;
  const podIPs = Array.isArray(status.podIPs) ? (status.podIPs as { ip?: string }[]) : [];
  const first = podIPs[0]?.ip;
  if (podIPs.length > 0 && first) status.podIP = first;
}

export function Convert_v1_Pod_To_core_Pod(input: RuntimeObject, out: RuntimeObject, _scheme?: Scheme): void {
  copyWithoutTypeMeta(input, out);
  if (isObject(out.spec)) Convert_v1_PodSpec_To_core_PodSpec(out.spec);
  if (isObject(out.status)) Convert_v1_PodStatus_To_core_PodStatus(out.status);
  dropInitContainerAnnotations(out);
}

export function Convert_core_Pod_To_v1_Pod(input: RuntimeObject, out: RuntimeObject, _scheme?: Scheme): void {
  copyWithoutTypeMeta(input, out);
  if (isObject(out.spec)) Convert_core_PodSpec_To_v1_PodSpec(out.spec);
  if (isObject(out.status)) Convert_core_PodStatus_To_v1_PodStatus(out.status);
  dropInitContainerAnnotations(out);
}

function convertList(
  input: RuntimeObject,
  out: RuntimeObject,
  item: (i: RuntimeObject, o: RuntimeObject) => void,
): void {
  copyWithoutTypeMeta(input, out);
  if (Array.isArray(input.items)) {
    out.items = input.items.map((it) => {
      const o: RuntimeObject = {};
      if (isObject(it)) item(it as RuntimeObject, o);
      return o;
    });
  }
}

export function Convert_v1_PodList_To_core_PodList(
  input: RuntimeObject,
  out: RuntimeObject,
  _scheme?: Scheme,
): void {
  convertList(input, out, Convert_v1_Pod_To_core_Pod);
}

export function Convert_core_PodList_To_v1_PodList(
  input: RuntimeObject,
  out: RuntimeObject,
  _scheme?: Scheme,
): void {
  convertList(input, out, Convert_core_Pod_To_v1_Pod);
}

/**
 * Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec: for workload templates (apps, batch). The template's
 * spec gets the PodSpec conversion and its annotations lose the init-container keys.
 */
export function Convert_v1_PodTemplateSpec_To_core_PodTemplateSpec(template: unknown): unknown {
  const out = copyJSON(template);
  if (isObject(out)) {
    if (isObject(out.spec)) Convert_v1_PodSpec_To_core_PodSpec(out.spec);
    dropInitContainerAnnotations(out as RuntimeObject);
  }
  return out;
}

/** Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec */
export function Convert_core_PodTemplateSpec_To_v1_PodTemplateSpec(template: unknown): unknown {
  const out = copyJSON(template);
  if (isObject(out)) {
    if (isObject(out.spec)) Convert_core_PodSpec_To_v1_PodSpec(out.spec);
    dropInitContainerAnnotations(out as RuntimeObject);
  }
  return out;
}
