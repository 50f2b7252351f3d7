// Go twin: k8s.io/apiserver/pkg/endpoints/request/context.go (WithNamespace, WithUser, …) @ v1.34.0
// Go threads request-scoped values through context.Context; here they travel in one plain object.

/** user.Info (k8s.io/apiserver/pkg/authentication/user/user.go) */
export interface UserInfo {
  name: string;
  uid?: string;
  groups: string[];
  extra?: Record<string, string[]>;
}

export interface RequestContext {
  /** the namespace from the URL; '' for cluster-scoped or all-namespaces requests */
  namespace: string;
  user?: UserInfo;
  /** warnings collected for `Warning:` response headers (endpoints/filters/warning.go) */
  warnings?: string[];
}

export function addWarning(ctx: RequestContext, message: string): void {
  (ctx.warnings ??= []).push(message);
}
