// Go twin: k8s.io/kubernetes/pkg/registry/rbac/role/strategy.go (strategy) @ v1.34.0
//
// Not modelled: pkg/registry/rbac/role/policybased, which wraps this storage in Go and refuses a create or
// update that grants permissions the requester does not hold (the escalation check). Here every write that
// passes authorization and validation is stored.
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { Role } from '../../../apis/rbac/types';
import { ValidateRole, ValidateRoleUpdate } from '../../../apis/rbac/validation/validation';
import { getAttrs } from '../../core/configmap/strategy';
import type { ResourceStrategy } from '../../rest/create';

const role = (obj: RuntimeObject) => obj as Role;

/** Roles have nothing to clear on create or update; a PUT may create one (AllowCreateOnUpdate). */
export const roleStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'rbac.authorization.k8s.io', kind: 'Role' }),
  namespaceScoped: () => true,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) => ValidateRole(role(obj)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  // Go validates the new object twice (Validate + ValidateUpdate); Status causes keep the duplicates.
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) => [
    ...ValidateRole(role(obj)),
    ...ValidateRoleUpdate(role(obj), role(old)),
  ],
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  // storage.DefaultNamespaceScopedAttr: the labels, metadata.name and metadata.namespace
  getAttrs,
};
