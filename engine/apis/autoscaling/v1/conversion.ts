// Go twin: k8s.io/kubernetes/pkg/apis/autoscaling/v1/zz_generated.conversion.go (Scale, ScaleSpec, ScaleStatus)
// @ v1.34.0 — the generated field-by-field copies; autoscaling/v1 and the internal Scale have the same fields.
import { copyJSON, isObject, type RuntimeObject } from '../../../runtime/object';
import type { ScaleSpec, ScaleStatus } from '../types';

function convertSpec(input: unknown): ScaleSpec {
  const s = isObject(input) ? input : {};
  return { replicas: typeof s['replicas'] === 'number' ? s['replicas'] : 0 };
}

function convertStatus(input: unknown): ScaleStatus {
  const s = isObject(input) ? input : {};
  const out: ScaleStatus = { replicas: typeof s['replicas'] === 'number' ? s['replicas'] : 0 };
  if (typeof s['selector'] === 'string' && s['selector'] !== '') out.selector = s['selector'];
  return out;
}

function convertScale(input: RuntimeObject, out: RuntimeObject): void {
  if (input.metadata !== undefined) out.metadata = copyJSON(input.metadata) as RuntimeObject['metadata'];
  out.spec = convertSpec(input.spec);
  out.status = convertStatus(input.status);
}

/** Convert_v1_Scale_To_autoscaling_Scale */
export function Convert_v1_Scale_To_autoscaling_Scale(input: RuntimeObject, out: RuntimeObject): void {
  convertScale(input, out);
}

/** Convert_autoscaling_Scale_To_v1_Scale */
export function Convert_autoscaling_Scale_To_v1_Scale(input: RuntimeObject, out: RuntimeObject): void {
  convertScale(input, out);
}
