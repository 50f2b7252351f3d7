import { describe, expect, it } from 'vitest';
import { newInvalid } from '../../../api/errors/errors';
import type { RequestContext } from '../../../endpoints/request/context';
import type { RoleBinding } from '../../../apis/rbac/types';
import { roleBindingStrategy } from './strategy';

const ctx = {} as RequestContext;
const G = 'rbac.authorization.k8s.io';
const binding = (kind: string): RoleBinding => ({
  metadata: { name: 'rb', namespace: 'default', resourceVersion: '2' },
  roleRef: { apiGroup: G, kind, name: 'x' },
});

describe('roleBindingStrategy', () => {
  it('is namespaced and may be created by PUT', () => {
    expect(roleBindingStrategy.namespaceScoped()).toBe(true);
    expect(roleBindingStrategy.allowCreateOnUpdate()).toBe(true);
  });

  it('an update validates the new object twice, as Go does: causes repeat, the message does not', () => {
    const errs = roleBindingStrategy.validateUpdate(ctx, binding('Pod'), binding('Pod'));
    expect(errs.map((e) => e.error())).toEqual([
      'roleRef.kind: Unsupported value: "Pod": supported values: "Role", "ClusterRole"',
      'roleRef.kind: Unsupported value: "Pod": supported values: "Role", "ClusterRole"',
    ]);
    const status = newInvalid({ group: G, kind: 'RoleBinding' }, 'rb', errs).status;
    expect(status.message).toBe(
      'RoleBinding.rbac.authorization.k8s.io "rb" is invalid: roleRef.kind: Unsupported value: "Pod": supported values: "Role", "ClusterRole"',
    );
    expect(status.details?.causes).toHaveLength(2);
  });
});
