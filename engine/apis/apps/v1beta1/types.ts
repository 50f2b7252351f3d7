// Go twin: k8s.io/api/apps/v1beta1/types.go (Deployment, DeploymentList and their parts) @ v1.34.0
//
// apps/v1beta1 is still in the scheme in v1.34 but not served (removed from serving in v1.16). Its
// Deployment differs from apps/v1: `spec.selector` is optional (defaulted from the template labels),
// `spec.rollbackTo` is a real field (DEPRECATED), and revisionHistoryLimit defaults to 2.
import { LabelSelectorDef, listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type FieldDef, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';
import { PodTemplateSpecDef } from '../../core/v1/podtemplate_types';
import {
  DeploymentConditionDef as V1DeploymentConditionDef,
  RollingUpdateDeploymentDef as V1RollingUpdateDef,
} from '../v1/types';

const pkg = 'k8s.io/api/apps/v1beta1';

/** The leaf fields are the same as apps/v1's; only the package (and so the type names) differs. */
const sameFields = (fields: readonly FieldDef[]): FieldDef[] => fields.map((f) => ({ ...f }));

export const RollingUpdateDeploymentDef: StructDef = struct(
  pkg,
  'RollingUpdateDeployment',
  sameFields(V1RollingUpdateDef.fields),
);

export const DeploymentStrategyDef: StructDef = struct(pkg, 'DeploymentStrategy', [
  opt('type', t.named('v1beta1.DeploymentStrategyType'), {
    doc: 'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
  }),
  opt('rollingUpdate', t.ptr(t.struct(() => RollingUpdateDeploymentDef)), {
    doc: 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
  }),
]);

/** DEPRECATED. */
export const RollbackConfigDef: StructDef = struct(pkg, 'RollbackConfig', [
  opt('revision', t.int64, {
    doc: 'The revision to rollback to. If set to 0, rollback to the last revision.',
  }),
]);

export const DeploymentSpecDef: StructDef = struct(pkg, 'DeploymentSpec', [
  opt('replicas', t.ptr(t.int32), {
    doc: 'replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
  }),
  opt('selector', t.ptr(t.struct(() => LabelSelectorDef)), {
    doc: 'selector is the label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.',
  }),
  req(
    'template',
    t.struct(() => PodTemplateSpecDef),
    {
      doc: 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
    },
  ),
  opt(
    'strategy',
    t.struct(() => DeploymentStrategyDef),
    {
      patchStrategy: 'retainKeys',
      doc: 'The deployment strategy to use to replace existing pods with new ones.',
    },
  ),
  opt('minReadySeconds', t.int32, {
    doc: 'minReadySeconds is the minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
  }),
  opt('revisionHistoryLimit', t.ptr(t.int32), {
    doc: 'revisionHistoryLimit is the number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 2.',
  }),
  opt('paused', t.bool, { doc: 'paused indicates that the deployment is paused.' }),
  opt('rollbackTo', t.ptr(t.struct(() => RollbackConfigDef)), {
    doc: 'DEPRECATED. rollbackTo is the config this deployment is rolling back to. Will be cleared after rollback is done.',
  }),
  opt('progressDeadlineSeconds', t.ptr(t.int32), {
    doc: 'progressDeadlineSeconds is the maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.',
  }),
]);

export const DeploymentConditionDef: StructDef = struct(pkg, 'DeploymentCondition', [
  req('type', t.named('v1beta1.DeploymentConditionType'), { doc: 'Type of deployment condition.' }),
  ...sameFields(V1DeploymentConditionDef.fields.slice(1)),
]);

export const DeploymentStatusDef: StructDef = struct(pkg, 'DeploymentStatus', [
  opt('observedGeneration', t.int64, { doc: 'The generation observed by the deployment controller.' }),
  opt('replicas', t.int32, {
    doc: 'Total number of non-terminating pods targeted by this deployment (their labels match the selector).',
  }),
  opt('updatedReplicas', t.int32, {
    doc: 'Total number of non-terminating pods targeted by this deployment that have the desired template spec.',
  }),
  opt('readyReplicas', t.int32, {
    doc: 'Total number of non-terminating pods targeted by this Deployment with a Ready Condition.',
  }),
  opt('availableReplicas', t.int32, {
    doc: 'Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.',
  }),
  opt('unavailableReplicas', t.int32, {
    doc: 'Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.',
  }),
  opt('terminatingReplicas', t.ptr(t.int32), {
    doc: 'Total number of terminating pods targeted by this deployment. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.',
  }),
  opt('conditions', t.slice(t.struct(() => DeploymentConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'type',
    doc: "Represents the latest available observations of a deployment's current state.",
  }),
  opt('collisionCount', t.ptr(t.int32), {
    doc: 'collisionCount is the count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.',
  }),
]);

export const DeploymentDef: StructDef = struct(pkg, 'Deployment', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => DeploymentSpecDef),
    { doc: 'Specification of the desired behavior of the Deployment.' },
  ),
  opt(
    'status',
    t.struct(() => DeploymentStatusDef),
    { doc: 'Most recently observed status of the Deployment.' },
  ),
]);

export const DeploymentListDef: StructDef = listDef(pkg, 'DeploymentList', () => DeploymentDef);

/** apps/v1beta1 Deployment (DEPRECATED; in the scheme, not served). */
export const V1beta1Deployment: GoType = { pkg, name: 'Deployment', def: DeploymentDef };
export const V1beta1DeploymentList: GoType = { pkg, name: 'DeploymentList', def: DeploymentListDef };
