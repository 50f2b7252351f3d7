// Go twin: k8s.io/kubernetes/pkg/registry/rbac/rolebinding/strategy.go (strategy) @ v1.34.0
//
// Not modelled: pkg/registry/rbac/rolebinding/policybased, which in Go lets a user bind a role only if they
// hold its permissions (or may `bind` it). roleRef immutability is part of ValidateRoleBindingUpdate.
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { RoleBinding } from '../../../apis/rbac/types';
import { ValidateRoleBinding, ValidateRoleBindingUpdate } from '../../../apis/rbac/validation/validation';
import type { ResourceStrategy } from '../../rest/create';
import { getAttrs } from '../../core/configmap/strategy';

const rb = (obj: RuntimeObject) => obj as RoleBinding;

export const roleBindingStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'rbac.authorization.k8s.io', kind: 'RoleBinding' }),
  namespaceScoped: () => true,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) => ValidateRoleBinding(rb(obj)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  // Go validates the new object twice (Validate + ValidateUpdate); Status causes keep the duplicates.
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) => [
    ...ValidateRoleBinding(rb(obj)),
    ...ValidateRoleBindingUpdate(rb(obj), rb(old)),
  ],
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
