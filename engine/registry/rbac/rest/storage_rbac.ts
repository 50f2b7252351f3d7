// Go twin: k8s.io/kubernetes/pkg/registry/rbac/rest/storage_rbac.go (PostStartHook "rbac/bootstrap-roles",
// PolicyData.EnsureRBACPolicy) @ v1.34.0
//
// At start-up the apiserver writes the bootstrap ClusterRoles, then the ClusterRoleBindings, through its own
// API. Go reconciles them (objects annotated `rbac.authorization.kubernetes.io/autoupdate: "true"` get
// missing rules and subjects added back); here an object that already exists is left as it is. Go also
// writes the controller roles and a few namespaced Roles in kube-system and kube-public; those are not
// modelled.
import { isAlreadyExists } from '../../../api/errors/errors';
import type { ClusterRole, ClusterRoleBinding } from '../../../apis/rbac/types';
import {
  ClusterRoleBindings,
  ClusterRoles,
} from '../../../plugin/auth/authorizer/rbac/bootstrappolicy/policy';

/** The name of the PostStartHook that runs ensureRBACPolicy. */
export const PostStartHookName = 'rbac/bootstrap-roles';

/** What ensureRBACPolicy needs of a client: the LoopbackClient's `do`. */
export interface RBACClient {
  do<T>(method: string, path: string, body?: object): Promise<T>;
}

const base = '/apis/rbac.authorization.k8s.io/v1';

async function createIfMissing(client: RBACClient, path: string, body: object): Promise<void> {
  try {
    await client.do('POST', path, body);
  } catch (e) {
    if (!isAlreadyExists(e)) throw e;
  }
}

const asClusterRole = (r: ClusterRole) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRole',
  ...r,
});
const asClusterRoleBinding = (b: ClusterRoleBinding) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRoleBinding',
  ...b,
});

/** EnsureRBACPolicy: every bootstrap ClusterRole, then every ClusterRoleBinding; existing ones are kept. */
export async function ensureRBACPolicy(client: RBACClient): Promise<void> {
  for (const role of ClusterRoles()) {
    await createIfMissing(client, `${base}/clusterroles`, asClusterRole(role));
  }
  for (const binding of ClusterRoleBindings()) {
    await createIfMissing(client, `${base}/clusterrolebindings`, asClusterRoleBinding(binding));
  }
}
