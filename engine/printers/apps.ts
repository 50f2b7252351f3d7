// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (deploymentColumnDefinitions,
// replicaSetColumnDefinitions, printDeployment, printReplicaSet, layoutContainerCells) @ v1.34.0
//
// The server always generates the wide form (printers.GenerateOptions{Wide: true}); kubectl hides the
// priority-1 columns unless `-o wide` is given.
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../apis/apps/types';
import type { RuntimeObject } from '../runtime/object';
import { formatLabelSelector, labelSelectorAsSelector } from '../util/labels/labelselector';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TableColumnDefinition, TablePrinter } from './printers';

/** The columns Go declares for Deployments (descriptions from extensions/v1beta1 swagger docs). */
export const deploymentColumnDefinitions: TableColumnDefinition[] = [
  nameColumn(),
  col('Ready', 'string', 'Number of the pod with ready state'),
  col(
    'Up-to-date',
    'string',
    'Total number of non-terminating pods targeted by this deployment that have the desired template spec.',
  ),
  col(
    'Available',
    'string',
    'Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.',
  ),
  ageColumn(),
  col('Containers', 'string', 'Names of each container in the template.', 1),
  col('Images', 'string', 'Images referenced by each container in the template.', 1),
  col(
    'Selector',
    'string',
    'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.',
    1,
  ),
];

/** The columns Go declares for ReplicaSets (descriptions from extensions/v1beta1 swagger docs). */
export const replicaSetColumnDefinitions: TableColumnDefinition[] = [
  nameColumn(),
  col(
    'Desired',
    'integer',
    'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
  ),
  col(
    'Current',
    'integer',
    'Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller',
  ),
  col(
    'Ready',
    'integer',
    'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.',
  ),
  ageColumn(),
  col('Containers', 'string', 'Names of each container in the template.', 1),
  col('Images', 'string', 'Images referenced by each container in the template.', 1),
  col(
    'Selector',
    'string',
    'Selector is a label query over pods that should match the replica count. If the selector is empty, it is defaulted to the labels present on the pod template. Label keys and values that must match in order to be controlled by this replica set. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
    1,
  ),
];

/** layoutContainerCells: container names and images, each joined with commas. */
export function layoutContainerCells(template: PodTemplateSpec | undefined): [string, string] {
  const containers = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name ?? '').join(','), containers.map((c) => c.image ?? '').join(',')];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** printDeployment: Name, Ready (`ready/desired`), Up-to-date, Available, Age, Containers, Images, Selector. */
export function printDeployment(obj: Deployment, now: Date): unknown[] {
  const desired = num(obj.spec?.replicas);
  const ready = num(obj.status?.readyReplicas);
  let selector: string;
  try {
    selector = labelSelectorAsSelector(obj.spec?.selector).string();
  } catch {
    selector = '<invalid>';
  }
  const [names, images] = layoutContainerCells(obj.spec?.template);
  return [
    obj.metadata?.name ?? '',
    `${ready}/${desired}`,
    num(obj.status?.updatedReplicas),
    num(obj.status?.availableReplicas),
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
    names,
    images,
    selector,
  ];
}

/** printReplicaSet: Name, Desired, Current, Ready, Age, Containers, Images, Selector. */
export function printReplicaSet(obj: ReplicaSet, now: Date): unknown[] {
  const [names, images] = layoutContainerCells(obj.spec?.template);
  return [
    obj.metadata?.name ?? '',
    num(obj.spec?.replicas),
    num(obj.status?.replicas),
    num(obj.status?.readyReplicas),
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
    names,
    images,
    formatLabelSelector(obj.spec?.selector),
  ];
}

export const deploymentTablePrinter: TablePrinter = {
  columns: deploymentColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printDeployment(obj as Deployment, now),
};

export const replicaSetTablePrinter: TablePrinter = {
  columns: replicaSetColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printReplicaSet(obj as ReplicaSet, now),
};
