// Go twin: k8s.io/apiserver/pkg/endpoints/request/context.go (WithNamespace, WithUser, …) @ v1.34.0
// Go threads request-scoped values through context.Context; here they travel in one plain object.

/** user.Info (k8s.io/apiserver/pkg/authentication/user/user.go) */
export interface UserInfo {
  name: string;
  uid?: string;
  groups: string[];
  extra?: Record<string, string[]>;
}

/**
 * Watches one request from the inside: filters entered, servers crossed, handler sub-steps, what was encoded for
 * etcd and the etcd transaction. Hooks that return a promise are awaited, so an observer can hold the request
 * there (the stepping gate); storage hooks are synchronous.
 */
export interface RequestObserver {
  onFilter?(name: string): void | Promise<void>;
  /** what a filter decided (who the user is, the authorizer's decision and reason): added to its step */
  onFilterResult?(name: string, details: Record<string, unknown>): void;
  onServer?(name: string): void | Promise<void>;
  onStep?(step: string, obj: unknown, details?: Record<string, unknown>): void | Promise<void>;
  onStorageEncode?(resource: string, obj: unknown, data: string): void;
  /** the registry read an object from storage (decoded, defaulted, internal) */
  onStorageRead?(resource: string, obj: unknown, details: { key: string; resourceVersion: string }): void;
  onEtcdTxn?(details: { type: 'PUT' | 'DELETE'; key: string; revision: number }): void;
}

export interface RequestContext {
  /** the namespace from the URL; '' for cluster-scoped or all-namespaces requests */
  namespace: string;
  /** set when this request is being traced */
  observer?: RequestObserver;
  user?: UserInfo;
  /** warnings collected for `Warning:` response headers (endpoints/filters/warning.go) */
  warnings?: string[];
}

export function addWarning(ctx: RequestContext, message: string): void {
  (ctx.warnings ??= []).push(message);
}
