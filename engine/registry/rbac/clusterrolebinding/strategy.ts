// Go twin: k8s.io/kubernetes/pkg/registry/rbac/clusterrolebinding/strategy.go (strategy) @ v1.34.0
//
// Not modelled: pkg/registry/rbac/clusterrolebinding/policybased (the escalation/`bind` check). roleRef
// immutability is part of ValidateClusterRoleBindingUpdate.
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { ClusterRoleBinding } from '../../../apis/rbac/types';
import {
  ValidateClusterRoleBinding,
  ValidateClusterRoleBindingUpdate,
} from '../../../apis/rbac/validation/validation';
import type { ResourceStrategy } from '../../rest/create';
import { getAttrs } from '../clusterrole/strategy';

const crb = (obj: RuntimeObject) => obj as ClusterRoleBinding;

export const clusterRoleBindingStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' }),
  namespaceScoped: () => false,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) => ValidateClusterRoleBinding(crb(obj)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  // Go validates the new object twice (Validate + ValidateUpdate); Status causes keep the duplicates.
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) => [
    ...ValidateClusterRoleBinding(crb(obj)),
    ...ValidateClusterRoleBindingUpdate(crb(obj), crb(old)),
  ],
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
