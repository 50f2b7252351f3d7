// Go twin: k8s.io/api/apps/v1/types.go (Deployment, ReplicaSet and their parts) @ v1.34.0
//
// Field order, omitempty and patch tags follow the Go structs. `spec.selector` and `spec.template` have no
// omitempty (`json:"selector"`), so a missing selector encodes as `"selector":null`. The alpha
// `spec.podReplacementPolicy` arrived after v1.34; `status.terminatingReplicas` is beta in v1.34.
import { LabelSelectorDef, listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';
import { PodTemplateSpecDef } from '../../core/v1/podtemplate_types';

const pkg = 'k8s.io/api/apps/v1';

const labelSelector = () => t.ptr(t.struct(() => LabelSelectorDef));
const podTemplateSpec = () => t.struct(() => PodTemplateSpecDef);

// ---- Deployment ---------------------------------------------------------------------------------------------

export const RollingUpdateDeploymentDef: StructDef = struct(pkg, 'RollingUpdateDeployment', [
  opt('maxUnavailable', t.ptr(t.intOrString), {
    doc: 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%.',
  }),
  opt('maxSurge', t.ptr(t.intOrString), {
    doc: 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%.',
  }),
]);

export const DeploymentStrategyDef: StructDef = struct(pkg, 'DeploymentStrategy', [
  opt('type', t.named('v1.DeploymentStrategyType'), {
    doc: 'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
  }),
  opt('rollingUpdate', t.ptr(t.struct(() => RollingUpdateDeploymentDef)), {
    doc: 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
  }),
]);

export const DeploymentSpecDef: StructDef = struct(pkg, 'DeploymentSpec', [
  opt('replicas', t.ptr(t.int32), {
    doc: 'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
  }),
  req('selector', labelSelector(), {
    doc: "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
  }),
  req('template', podTemplateSpec(), {
    doc: 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
  }),
  opt(
    'strategy',
    t.struct(() => DeploymentStrategyDef),
    {
      patchStrategy: 'retainKeys',
      doc: 'The deployment strategy to use to replace existing pods with new ones.',
    },
  ),
  opt('minReadySeconds', t.int32, {
    doc: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
  }),
  opt('revisionHistoryLimit', t.ptr(t.int32), {
    doc: 'The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
  }),
  opt('paused', t.bool, { doc: 'Indicates that the deployment is paused.' }),
  opt('progressDeadlineSeconds', t.ptr(t.int32), {
    doc: 'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.',
  }),
]);

export const DeploymentConditionDef: StructDef = struct(pkg, 'DeploymentCondition', [
  req('type', t.named('v1.DeploymentConditionType'), { doc: 'Type of deployment condition.' }),
  req('status', t.named('v1.ConditionStatus'), {
    doc: 'Status of the condition, one of True, False, Unknown.',
  }),
  opt('lastUpdateTime', t.time, { doc: 'The last time this condition was updated.' }),
  opt('lastTransitionTime', t.time, {
    doc: 'Last time the condition transitioned from one status to another.',
  }),
  opt('reason', t.string, { doc: "The reason for the condition's last transition." }),
  opt('message', t.string, { doc: 'A human readable message indicating details about the transition.' }),
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
    doc: 'Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.',
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

// ---- ReplicaSet ---------------------------------------------------------------------------------------------

export const ReplicaSetSpecDef: StructDef = struct(pkg, 'ReplicaSetSpec', [
  opt('replicas', t.ptr(t.int32), {
    doc: 'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset',
  }),
  opt('minReadySeconds', t.int32, {
    doc: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
  }),
  req('selector', labelSelector(), {
    doc: "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
  }),
  opt('template', podTemplateSpec(), {
    doc: 'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template',
  }),
]);

export const ReplicaSetConditionDef: StructDef = struct(pkg, 'ReplicaSetCondition', [
  req('type', t.named('v1.ReplicaSetConditionType'), { doc: 'Type of replica set condition.' }),
  req('status', t.named('v1.ConditionStatus'), {
    doc: 'Status of the condition, one of True, False, Unknown.',
  }),
  opt('lastTransitionTime', t.time, {
    doc: 'The last time the condition transitioned from one status to another.',
  }),
  opt('reason', t.string, { doc: "The reason for the condition's last transition." }),
  opt('message', t.string, { doc: 'A human readable message indicating details about the transition.' }),
]);

export const ReplicaSetStatusDef: StructDef = struct(pkg, 'ReplicaSetStatus', [
  req('replicas', t.int32, {
    doc: 'Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset',
  }),
  opt('fullyLabeledReplicas', t.int32, {
    doc: 'The number of non-terminating pods that have labels matching the labels of the pod template of the replicaset.',
  }),
  opt('readyReplicas', t.int32, {
    doc: 'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.',
  }),
  opt('availableReplicas', t.int32, {
    doc: 'The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.',
  }),
  opt('terminatingReplicas', t.ptr(t.int32), {
    doc: 'The number of terminating pods for this replica set. Terminating pods have a non-null .metadata.deletionTimestamp and have not yet reached the Failed or Succeeded .status.phase.',
  }),
  opt('observedGeneration', t.int64, {
    doc: 'ObservedGeneration reflects the generation of the most recently observed ReplicaSet.',
  }),
  opt('conditions', t.slice(t.struct(() => ReplicaSetConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'type',
    doc: "Represents the latest available observations of a replica set's current state.",
  }),
]);

export const ReplicaSetDef: StructDef = struct(pkg, 'ReplicaSet', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => ReplicaSetSpecDef),
    {
      doc: 'Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  ),
  opt(
    'status',
    t.struct(() => ReplicaSetStatusDef),
    {
      doc: 'Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  ),
]);

export const ReplicaSetListDef: StructDef = listDef(pkg, 'ReplicaSetList', () => ReplicaSetDef);

// ---- Go types -----------------------------------------------------------------------------------------------

/** apps/v1 Deployment: declarative updates for Pods and ReplicaSets. */
export const V1Deployment: GoType = { pkg, name: 'Deployment', def: DeploymentDef };
export const V1DeploymentList: GoType = { pkg, name: 'DeploymentList', def: DeploymentListDef };
/** apps/v1 ReplicaSet: keeps a number of pod replicas running. */
export const V1ReplicaSet: GoType = { pkg, name: 'ReplicaSet', def: ReplicaSetDef };
export const V1ReplicaSetList: GoType = { pkg, name: 'ReplicaSetList', def: ReplicaSetListDef };
