// Go twin: k8s.io/kubernetes/pkg/registry/rbac/clusterrole/strategy.go (strategy,
// hasInvalidLabelValueInLabelSelector) @ v1.34.0
//
// Not modelled: pkg/registry/rbac/clusterrole/policybased (the escalation check on create and update), and
// the clusterrole-aggregation controller that fills the rules of a ClusterRole with an aggregationRule.
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { ClusterRole } from '../../../apis/rbac/types';
import {
  ValidateClusterRole,
  ValidateClusterRoleUpdate,
  type ClusterRoleValidationOptions,
} from '../../../apis/rbac/validation/validation';
import { isValidLabelValue } from '../../../util/validation/validation';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const cr = (obj: RuntimeObject) => obj as ClusterRole;

/** storage.DefaultClusterScopedAttr: the labels and metadata.name. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: { 'metadata.name': obj.metadata?.name ?? '' },
  };
}

/** An already stored selector with an invalid label value may stay: only new ones are held to the rule. */
export function hasInvalidLabelValueInLabelSelector(role: ClusterRole): boolean {
  for (const selector of role.aggregationRule?.clusterRoleSelectors ?? []) {
    for (const expr of selector.matchExpressions ?? []) {
      for (const value of expr.values ?? []) if (isValidLabelValue(value).length > 0) return true;
    }
  }
  return false;
}

export const clusterRoleStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' }),
  namespaceScoped: () => false,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) =>
    ValidateClusterRole(cr(obj), { allowInvalidLabelValueInSelector: false }),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  // Go validates the new object twice (Validate + ValidateUpdate); Status causes keep the duplicates.
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) => {
    const opts: ClusterRoleValidationOptions = {
      allowInvalidLabelValueInSelector: hasInvalidLabelValueInLabelSelector(cr(old)),
    };
    return [...ValidateClusterRole(cr(obj), opts), ...ValidateClusterRoleUpdate(cr(obj), cr(old), opts)];
  },
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
