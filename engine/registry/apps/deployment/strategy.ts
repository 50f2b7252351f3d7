// Go twin: k8s.io/kubernetes/pkg/registry/apps/deployment/strategy.go (deploymentStrategy,
// deploymentStatusStrategy) @ v1.34.0
//
// Create clears status and starts generation at 1. Update keeps the old status and bumps the generation
// when the spec or the annotations change (annotations are copied from Deployments to their ReplicaSets).
// Selector immutability is part of ValidateDeploymentUpdate since v1.34. Not modelled: pod template
// field dropping for disabled feature gates (DropDisabledTemplateFields) and the pod template warnings
// (GetWarningsForPodTemplate).
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import { isDNS1123Label } from '../../../util/validation/validation';
import { semanticDeepEqual } from '../../../apis/apps/equality';
import type { Deployment, DeploymentSpec, DeploymentStatus } from '../../../apis/apps/types';
import {
  validateDeployment,
  validateDeploymentStatusUpdate,
  validateDeploymentUpdate,
} from '../../../apis/apps/validation/validation';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const dep = (obj: RuntimeObject) => obj as Deployment;

/** The WarningsOnCreate text for a name that is a DNS subdomain but not a DNS label. */
export const dnsLabelNameWarning = (msgs: readonly string[]) =>
  `metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`;

/** WarningsOnCreate for workloads: pods get names from the workload's name, so it should be a DNS label. */
export function workloadNameWarnings(name: string | undefined): string[] {
  const msgs = isDNS1123Label(name ?? '');
  return msgs.length !== 0 ? [dnsLabelNameWarning(msgs)] : [];
}

/** storage.DefaultNamespaceScopedAttr: the labels, metadata.name and metadata.namespace. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

export const deploymentStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'apps', kind: 'Deployment' }),
  namespaceScoped: () => true,

  /** PrepareForCreate: status is cleared and generation starts at 1. */
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    const d = dep(obj);
    d.status = {};
    (d.metadata ??= {}).generation = 1;
  },

  validate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList => validateDeployment(dep(obj)),

  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject): string[] =>
    workloadNameWarnings(obj.metadata?.name),

  canonicalize: () => {},

  allowCreateOnUpdate: () => false,

  /**
   * PrepareForUpdate: status cannot change here. Spec updates bump the generation so that scaling events
   * and template changes can be told apart; annotation updates bump it because annotations are copied from
   * deployments to their replica sets.
   */
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newD = dep(obj);
    const oldD = dep(old);
    newD.status = copyJSON(oldD.status ?? {}) as DeploymentStatus;
    if (
      !semanticDeepEqual(newD.spec, oldD.spec) ||
      !semanticDeepEqual(newD.metadata?.annotations, oldD.metadata?.annotations)
    ) {
      (newD.metadata ??= {}).generation = (oldD.metadata?.generation ?? 0) + 1;
    }
  },

  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList =>
    validateDeploymentUpdate(dep(obj), dep(old)),

  warningsOnUpdate: () => [],

  allowUnconditionalUpdate: () => true,

  getAttrs,
};

/**
 * StatusStrategy (deploymentStatusStrategy): the deployments/status subresource. The spec and
 * metadata.labels cannot change through it; the status is validated (non-negative counts, no more
 * ready/available/updated than replicas, collisionCount never decremented). dropDisabledStatusFields is a
 * no-op: DeploymentReplicaSetTerminatingReplicas is on (beta) in v1.34.
 */
export const deploymentStatusStrategy: ResourceStrategy = {
  ...deploymentStrategy,

  /** PrepareForUpdate: the spec and labels come from the stored object. */
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newD = obj as Deployment;
    const oldD = old as Deployment;
    newD.spec = copyJSON(oldD.spec) as DeploymentSpec;
    const meta = (newD.metadata ??= {});
    if (oldD.metadata?.labels !== undefined)
      meta.labels = copyJSON(oldD.metadata.labels) as Record<string, string>;
    else delete meta.labels;
  },

  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList =>
    validateDeploymentStatusUpdate(obj as Deployment, old as Deployment),

  warningsOnUpdate: () => [],
};
