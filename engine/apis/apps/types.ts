// Go twin: k8s.io/kubernetes/pkg/apis/apps/types.go (Deployment, ReplicaSet and their parts) @ v1.34.0
//
// Internal objects have the v1 field names and no TypeMeta. They differ from apps/v1 where Go's internal
// types do: `spec.replicas` is a plain int32 (always a number here), `strategy.rollingUpdate.maxUnavailable`
// and `maxSurge` are values (int 0 when unset), and the Deployment keeps the deprecated `spec.rollbackTo`
// that apps/v1 carries in the `deprecated.deployment.rollback.to` annotation.
//
// Canonical form (what the conversions produce, so Semantic.DeepEqual comparisons hold): value-typed
// scalars of the spec are omitted when zero (`minReadySeconds`, `paused`), `replicas` is always present.
import type { GoType, ObjectMeta, RuntimeObject } from '../../runtime/object';
import type { LabelSelector } from '../../util/labels/labelselector';
import type { PodTemplateSpec } from '../core/pod_types';

export type { PodTemplateSpec };

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/apps';

export const AppsDeployment: GoType = { pkg: internalPkg, name: 'Deployment' };
export const AppsDeploymentList: GoType = { pkg: internalPkg, name: 'DeploymentList' };
export const AppsReplicaSet: GoType = { pkg: internalPkg, name: 'ReplicaSet' };
export const AppsReplicaSetList: GoType = { pkg: internalPkg, name: 'ReplicaSetList' };

/** intstr.IntOrString as JSON: a number (Type Int) or a string (Type String). */
export type IntOrString = number | string;

export const RecreateDeploymentStrategyType = 'Recreate';
export const RollingUpdateDeploymentStrategyType = 'RollingUpdate';

/** apps.RollingUpdateDeployment: values, not pointers. */
export interface RollingUpdateDeployment {
  maxUnavailable: IntOrString;
  maxSurge: IntOrString;
}

export interface DeploymentStrategy {
  type?: string;
  rollingUpdate?: RollingUpdateDeployment;
}

/** DEPRECATED: apps.RollbackConfig. */
export interface RollbackConfig {
  /** int64; 0 (omitted) means the last revision */
  revision?: number;
}

export interface DeploymentSpec {
  replicas: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  strategy?: DeploymentStrategy;
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  paused?: boolean;
  /** DEPRECATED */
  rollbackTo?: RollbackConfig;
  progressDeadlineSeconds?: number;
}

export interface DeploymentCondition {
  type: string;
  status: string;
  lastUpdateTime?: string | null;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  terminatingReplicas?: number;
  conditions?: DeploymentCondition[];
  collisionCount?: number;
}

export interface Deployment extends RuntimeObject {
  metadata?: ObjectMeta;
  spec?: DeploymentSpec;
  status?: DeploymentStatus;
}

export interface ReplicaSetSpec {
  replicas: number;
  minReadySeconds?: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
}

export interface ReplicaSetCondition {
  type: string;
  status: string;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface ReplicaSetStatus {
  replicas?: number;
  fullyLabeledReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  terminatingReplicas?: number;
  observedGeneration?: number;
  conditions?: ReplicaSetCondition[];
}

export interface ReplicaSet extends RuntimeObject {
  metadata?: ObjectMeta;
  spec?: ReplicaSetSpec;
  status?: ReplicaSetStatus;
}

/** appsv1.DeprecatedRollbackTo: where apps/v1 keeps the internal spec.rollbackTo. */
export const DeprecatedRollbackTo = 'deprecated.deployment.rollback.to';
/** appsv1.DefaultDeploymentUniqueLabelKey */
export const DefaultDeploymentUniqueLabelKey = 'pod-template-hash';
