// Go twin: k8s.io/kubernetes/pkg/registry/rbac/validation/rule.go (DefaultRuleResolver: VisitRulesFor,
// RulesFor, GetRoleReferenceRules, appliesTo, appliesToUser, describeSubject and the binding describers) and
// k8s.io/apiserver/pkg/authentication/serviceaccount/util.go (MatchesUsername) @ v1.34.0
//
// Which rules apply to a user in a namespace: every ClusterRoleBinding naming the user (or one of their
// groups, or their ServiceAccount), then — only when the request has a namespace — every RoleBinding of that
// namespace naming them. Bindings grant the rules of the Role or ClusterRole they reference.
import { newNotFound } from '../../../../api/errors/errors';
import type { UserInfo } from '../../../../endpoints/request/context';
import {
  GroupKind,
  GroupName,
  ServiceAccountKind,
  UserKind,
  type ClusterRole,
  type ClusterRoleBinding,
  type PolicyRule,
  type Role,
  type RoleBinding,
  type RoleRef,
  type Subject,
} from '../../../../apis/rbac/types';
import { quote } from '../../../../util/strconv/quote';

/**
 * What the resolver reads. kube-apiserver reads informer caches (RoleGetter, RoleBindingLister, …); here the
 * lead wires these to the rbac storage. A missing object is `null`; a throw counts as a resolution error.
 */
export interface RBACListers {
  getRole(namespace: string, name: string): Promise<Role | null>;
  getClusterRole(name: string): Promise<ClusterRole | null>;
  listRoleBindings(namespace: string): Promise<RoleBinding[]>;
  listClusterRoleBindings(): Promise<ClusterRoleBinding[]>;
}

/**
 * Called with each applicable rule and its source (`ClusterRoleBinding "x" of ClusterRole "y" to User "z"`),
 * or with an error met while resolving (then rule and source are null). Returning false stops the walk.
 */
export type RuleVisitor = (source: string | null, rule: PolicyRule | null, err: Error | null) => boolean;

/** serviceaccount.ServiceAccountUsernamePrefix */
export const serviceAccountUsernamePrefix = 'system:serviceaccount:';

/** serviceaccount.MatchesUsername: is username `system:serviceaccount:<namespace>:<name>`? */
export function matchesServiceAccountUsername(namespace: string, name: string, username: string): boolean {
  return username === `${serviceAccountUsernamePrefix}${namespace}:${name}`;
}

/**
 * appliesToUser. A ServiceAccount subject without a namespace means the binding's own namespace (only a
 * RoleBinding has one), so in a ClusterRoleBinding it matches nobody.
 */
export function appliesToUser(user: UserInfo, subject: Subject, namespace: string): boolean {
  switch (subject.kind) {
    case UserKind:
      return user.name === subject.name;
    case GroupKind:
      return user.groups.includes(subject.name);
    case ServiceAccountKind: {
      const saNamespace = subject.namespace ? subject.namespace : namespace;
      if (saNamespace === '') return false;
      return matchesServiceAccountUsername(saNamespace, subject.name, user.name);
    }
    default:
      return false;
  }
}

/** appliesTo: the index of the first subject that names the user, or -1. */
export function appliesTo(
  user: UserInfo,
  subjects: readonly Subject[] | undefined,
  namespace: string,
): number {
  return (subjects ?? []).findIndex((s) => appliesToUser(user, s, namespace));
}

/** describeSubject: `User "jane"`, `Group "dev"`, `ServiceAccount "<name>/<namespace>"` (name first, as Go does). */
export function describeSubject(s: Subject, bindingNamespace: string): string {
  if (s.kind === ServiceAccountKind) {
    return `${s.kind} ${quote(`${s.name}/${s.namespace ? s.namespace : bindingNamespace}`)}`;
  }
  return `${s.kind} ${quote(s.name)}`;
}

/** clusterRoleBindingDescriber.String */
function describeClusterRoleBinding(b: ClusterRoleBinding, subject: Subject): string {
  return `ClusterRoleBinding ${quote(b.metadata?.name ?? '')} of ${b.roleRef.kind} ${quote(b.roleRef.name)} to ${describeSubject(subject, '')}`;
}

/** roleBindingDescriber.String: the binding is named `<name>/<namespace>`. */
function describeRoleBinding(b: RoleBinding, subject: Subject): string {
  const ns = b.metadata?.namespace ?? '';
  return `RoleBinding ${quote(`${b.metadata?.name ?? ''}/${ns}`)} of ${b.roleRef.kind} ${quote(b.roleRef.name)} to ${describeSubject(subject, ns)}`;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export class DefaultRuleResolver {
  constructor(private readonly listers: RBACListers) {}

  /**
   * GetRoleReferenceRules: the rules of the referenced Role (in the binding's namespace) or ClusterRole. A
   * missing role is the informer lister's NotFound: `role.rbac.authorization.k8s.io "x" not found`.
   */
  async getRoleReferenceRules(roleRef: RoleRef, bindingNamespace: string): Promise<PolicyRule[]> {
    switch (roleRef.kind) {
      case 'Role': {
        const role = await this.listers.getRole(bindingNamespace, roleRef.name);
        if (!role) throw newNotFound({ group: GroupName, resource: 'role' }, roleRef.name);
        return role.rules ?? [];
      }
      case 'ClusterRole': {
        const clusterRole = await this.listers.getClusterRole(roleRef.name);
        if (!clusterRole) throw newNotFound({ group: GroupName, resource: 'clusterrole' }, roleRef.name);
        return clusterRole.rules ?? [];
      }
      default:
        throw new Error(`unsupported role reference kind: ${quote(roleRef.kind)}`);
    }
  }

  /** VisitRulesFor: cluster role bindings first, then the namespace's role bindings. */
  async visitRulesFor(user: UserInfo, namespace: string, visitor: RuleVisitor): Promise<void> {
    let clusterRoleBindings: ClusterRoleBinding[] | null = null;
    try {
      clusterRoleBindings = await this.listers.listClusterRoleBindings();
    } catch (e) {
      if (!visitor(null, null, asError(e))) return;
    }
    for (const binding of clusterRoleBindings ?? []) {
      const i = appliesTo(user, binding.subjects, '');
      if (i < 0) continue;
      let rules: PolicyRule[];
      try {
        rules = await this.getRoleReferenceRules(binding.roleRef, '');
      } catch (e) {
        if (!visitor(null, null, asError(e))) return;
        continue;
      }
      const source = describeClusterRoleBinding(binding, binding.subjects![i]!);
      for (const rule of rules) if (!visitor(source, rule, null)) return;
    }

    if (namespace === '') return;
    let roleBindings: RoleBinding[] | null = null;
    try {
      roleBindings = await this.listers.listRoleBindings(namespace);
    } catch (e) {
      if (!visitor(null, null, asError(e))) return;
    }
    for (const binding of roleBindings ?? []) {
      const i = appliesTo(user, binding.subjects, namespace);
      if (i < 0) continue;
      let rules: PolicyRule[];
      try {
        rules = await this.getRoleReferenceRules(binding.roleRef, namespace);
      } catch (e) {
        if (!visitor(null, null, asError(e))) return;
        continue;
      }
      const source = describeRoleBinding(binding, binding.subjects![i]!);
      for (const rule of rules) if (!visitor(source, rule, null)) return;
    }
  }

  /**
   * RulesFor: every rule that applies, and the errors met on the way. The rules are still usable with errors:
   * rules only ever add permissions.
   */
  async rulesFor(user: UserInfo, namespace: string): Promise<{ rules: PolicyRule[]; errors: Error[] }> {
    const rules: PolicyRule[] = [];
    const errors: Error[] = [];
    await this.visitRulesFor(user, namespace, (_source, rule, err) => {
      if (rule) rules.push(rule);
      if (err) errors.push(err);
      return true;
    });
    return { rules, errors };
  }
}
