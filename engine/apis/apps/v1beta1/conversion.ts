// Go twin: k8s.io/kubernetes/pkg/apis/apps/v1beta1/zz_generated.conversion.go (Deployment, DeploymentSpec,
// DeploymentStrategy, RollingUpdateDeployment, RollbackConfig, DeploymentList) @ v1.34.0
//
// The generated conversions: replicas through metav1.Convert_Pointer_int32_To_int32 (nil → 0) and back
// through Convert_int32_To_Pointer_int32 (always set); maxUnavailable / maxSurge through the IntOrString
// pointer conversions (nil → int 0, always set back out). Unlike apps/v1, spec.rollbackTo is a field of
// apps/v1beta1, so it is copied as is and the `deprecated.deployment.rollback.to` annotation is left alone.
import { copyJSON, isObject, type RuntimeObject } from '../../../runtime/object';
import { convertList } from '../../core/v1/structural_copy';
import { AppsDeployment, type Deployment, type DeploymentSpec, type RollbackConfig } from '../types';
import {
  convertDeploymentSpecToExternal,
  convertDeploymentSpecToInternal,
  convertStatus,
} from '../v1/conversion';
import { V1beta1Deployment } from './types';

type JSONObject = Record<string, unknown>;

/** RollbackConfig: revision is an int64 value (omitted when 0). */
function convertRollbackConfig(input: unknown): RollbackConfig {
  const r = isObject(input) ? input : {};
  return typeof r['revision'] === 'number' && r['revision'] !== 0 ? { revision: r['revision'] } : {};
}

/** Convert_v1beta1_DeploymentSpec_To_apps_DeploymentSpec */
export function Convert_v1beta1_DeploymentSpec_To_apps_DeploymentSpec(input: unknown): DeploymentSpec {
  const out = convertDeploymentSpecToInternal(input);
  const rollbackTo = isObject(input) ? input['rollbackTo'] : undefined;
  if (isObject(rollbackTo)) out.rollbackTo = convertRollbackConfig(rollbackTo);
  return out;
}

/** Convert_apps_DeploymentSpec_To_v1beta1_DeploymentSpec */
export function Convert_apps_DeploymentSpec_To_v1beta1_DeploymentSpec(
  input: DeploymentSpec | undefined,
): JSONObject {
  const out = convertDeploymentSpecToExternal(input);
  if (input?.rollbackTo) {
    // rollbackTo sits before progressDeadlineSeconds in the struct; the encoder orders fields by the def.
    out['rollbackTo'] = convertRollbackConfig(input.rollbackTo);
  }
  return out;
}

/** Convert_v1beta1_Deployment_To_apps_Deployment */
export function Convert_v1beta1_Deployment_To_apps_Deployment(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  const d = out as Deployment;
  if (input.metadata !== undefined) d.metadata = copyJSON(input.metadata) as Deployment['metadata'];
  d.spec = Convert_v1beta1_DeploymentSpec_To_apps_DeploymentSpec(input.spec);
  d.status = convertStatus(input.status);
}

/** Convert_apps_Deployment_To_v1beta1_Deployment */
export function Convert_apps_Deployment_To_v1beta1_Deployment(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  const d = input as Deployment;
  if (d.metadata !== undefined) out.metadata = copyJSON(d.metadata) as RuntimeObject['metadata'];
  out.spec = Convert_apps_DeploymentSpec_To_v1beta1_DeploymentSpec(d.spec);
  out.status = convertStatus(d.status);
}

/** Convert_v1beta1_DeploymentList_To_apps_DeploymentList */
export function Convert_v1beta1_DeploymentList_To_apps_DeploymentList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, AppsDeployment, Convert_v1beta1_Deployment_To_apps_Deployment);
}

/** Convert_apps_DeploymentList_To_v1beta1_DeploymentList */
export function Convert_apps_DeploymentList_To_v1beta1_DeploymentList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1beta1Deployment, Convert_apps_Deployment_To_v1beta1_Deployment);
}
