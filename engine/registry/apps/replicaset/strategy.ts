// Go twin: k8s.io/kubernetes/pkg/registry/apps/replicaset/strategy.go (rsStrategy, rsStatusStrategy,
// ToSelectableFields, GetAttrs) @ v1.34.0
//
// Create clears status and starts generation at 1; update keeps the old status and bumps the generation
// when the spec changes (annotations do not count here, unlike Deployments). ValidateUpdate runs the full
// create validation and then the update validation, as Go does (so spec errors appear twice among the
// causes; the message lists each once). Not modelled: DropDisabledTemplateFields and the pod template
// warnings.
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import { semanticDeepEqual } from '../../../apis/apps/equality';
import type { ReplicaSet, ReplicaSetSpec, ReplicaSetStatus } from '../../../apis/apps/types';
import {
  validateReplicaSet,
  validateReplicaSetStatusUpdate,
  validateReplicaSetUpdate,
} from '../../../apis/apps/validation/validation';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';
import { workloadNameWarnings } from '../deployment/strategy';

const rs = (obj: RuntimeObject) => obj as ReplicaSet;

/** ToSelectableFields: metadata.name, metadata.namespace and status.replicas (strconv.Itoa). */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
      'status.replicas': String(rs(obj).status?.replicas ?? 0),
    },
  };
}

export const replicaSetStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'apps', kind: 'ReplicaSet' }),
  namespaceScoped: () => true,

  /** PrepareForCreate: status is cleared and generation starts at 1. */
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    const r = rs(obj);
    r.status = {};
    (r.metadata ??= {}).generation = 1;
  },

  validate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList => validateReplicaSet(rs(obj)),

  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject): string[] =>
    workloadNameWarnings(obj.metadata?.name),

  canonicalize: () => {},

  allowCreateOnUpdate: () => false,

  /** PrepareForUpdate: status cannot change here; any spec change increments the generation. */
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newRS = rs(obj);
    const oldRS = rs(old);
    newRS.status = copyJSON(oldRS.status ?? {}) as ReplicaSetStatus;
    if (!semanticDeepEqual(oldRS.spec, newRS.spec)) {
      (newRS.metadata ??= {}).generation = (oldRS.metadata?.generation ?? 0) + 1;
    }
  },

  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList => [
    ...validateReplicaSet(rs(obj)),
    ...validateReplicaSetUpdate(rs(obj), rs(old)),
  ],

  warningsOnUpdate: () => [],

  allowUnconditionalUpdate: () => true,

  getAttrs,
};

/**
 * StatusStrategy (rsStatusStrategy): the replicasets/status subresource. The spec comes from the stored
 * object (labels may change, unlike Deployments); the status counts are validated. dropDisabledStatusFields
 * is a no-op: DeploymentReplicaSetTerminatingReplicas is on (beta) in v1.34.
 */
export const replicaSetStatusStrategy: ResourceStrategy = {
  ...replicaSetStrategy,

  /** PrepareForUpdate: update is not allowed to set spec. */
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    (obj as ReplicaSet).spec = copyJSON((old as ReplicaSet).spec) as ReplicaSetSpec;
  },

  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList =>
    validateReplicaSetStatusUpdate(obj as ReplicaSet, old as ReplicaSet),

  warningsOnUpdate: () => [],
};
