// Go twin: k8s.io/kubernetes/pkg/kubeapiserver/authorizer/reload.go (reloadableAuthorizerResolver.newForConfig)
// and pkg/kubeapiserver/authorizer/modes/modes.go @ v1.34.0
//
// --authorization-mode=RBAC (or a list such as Node,RBAC) becomes one union authorizer: the system:masters
// authorizer first, so cluster admins never depend on RBAC objects, then each mode in the order given.
import { systemPrivilegedGroup, type Authorizer } from '../../endpoints/filters/authorization';
import {
  newAlwaysAllowAuthorizer,
  newAlwaysDenyAuthorizer,
  newPrivilegedGroups,
} from '../../authorization/authorizerfactory/builtin';
import { newUnionAuthorizer } from '../../authorization/union';
import { newRBACAuthorizer, type RBACListers } from '../../plugin/auth/authorizer/rbac/rbac';

/** The modes the simulator models (Go also has Node, ABAC and Webhook). */
export type AuthorizationMode = 'AlwaysAllow' | 'AlwaysDeny' | 'RBAC';

export function newAuthorizer(modes: readonly AuthorizationMode[], listers: RBACListers): Authorizer {
  if (modes.length === 0) throw new Error('at least one authorization mode must be passed');
  const authorizers: Authorizer[] = [newPrivilegedGroups(systemPrivilegedGroup)];
  for (const mode of modes) {
    switch (mode) {
      case 'AlwaysAllow':
        authorizers.push(newAlwaysAllowAuthorizer());
        break;
      case 'AlwaysDeny':
        authorizers.push(newAlwaysDenyAuthorizer());
        break;
      case 'RBAC':
        authorizers.push(newRBACAuthorizer(listers));
        break;
      default:
        throw new Error(`unknown authorization mode ${String(mode satisfies never)} specified`);
    }
  }
  return newUnionAuthorizer(...authorizers);
}
