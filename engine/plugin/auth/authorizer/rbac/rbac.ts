// Go twin: k8s.io/kubernetes/plugin/pkg/auth/authorizer/rbac/rbac.go (RBACAuthorizer.Authorize, RulesFor, New,
// RulesAllow, RuleAllows) @ v1.34.0
//
// RBAC never denies: it allows when some rule bound to the user covers the request, and otherwise has no
// opinion, so the next authorizer (or the final 403) decides.
import type { UserInfo } from '../../../../endpoints/request/context';
import type {
  Attributes,
  AuthorizationResult,
  Authorizer,
} from '../../../../endpoints/filters/authorization';
import type { PolicyRule } from '../../../../apis/rbac/types';
import { aggregateMessage, newAggregate } from '../../../../util/errors/errors';
import { DefaultRuleResolver, type RBACListers } from './rule_resolver';
import {
  apiGroupMatches,
  nonResourceURLMatches,
  resourceMatches,
  resourceNameMatches,
  verbMatches,
} from './rule_matching';

export type { RBACListers } from './rule_resolver';

/** RuleAllows: does this one rule cover the request? */
export function ruleAllows(a: Attributes, rule: PolicyRule): boolean {
  if (a.resourceRequest) {
    const combinedResource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
    return (
      verbMatches(rule, a.verb) &&
      apiGroupMatches(rule, a.apiGroup) &&
      resourceMatches(rule, combinedResource, a.subresource) &&
      resourceNameMatches(rule, a.name)
    );
  }
  return verbMatches(rule, a.verb) && nonResourceURLMatches(rule, a.path);
}

/** RulesAllow: does any of the rules cover the request? */
export function rulesAllow(a: Attributes, ...rules: PolicyRule[]): boolean {
  return rules.some((r) => ruleAllows(a, r));
}

/** authorizer.ResourceRuleInfo / NonResourceRuleInfo, as SelfSubjectRulesReview reports them. */
export interface ResourceRuleInfo {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
}
export interface NonResourceRuleInfo {
  verbs: string[];
  nonResourceURLs: string[];
}
export interface RulesForResult {
  resourceRules: ResourceRuleInfo[];
  nonResourceRules: NonResourceRuleInfo[];
  /** RBAC always answers false: the rules it lists are complete apart from resolution errors */
  incomplete: boolean;
  error?: Error;
}

const noUser: UserInfo = { name: '', groups: [] };

export class RBACAuthorizer implements Authorizer {
  readonly resolver: DefaultRuleResolver;

  constructor(listers: RBACListers) {
    this.resolver = new DefaultRuleResolver(listers);
  }

  /**
   * Authorize: walks the applicable rules and stops at the first that allows, whose source becomes the reason
   * (`RBAC: allowed by ClusterRoleBinding "x" of ClusterRole "y" to Group "z"`). With no such rule: no opinion,
   * with `RBAC: <errors>` as the reason when some bindings could not be resolved, else an empty reason.
   */
  async authorize(a: Attributes): Promise<AuthorizationResult> {
    let reason = '';
    let allowed = false;
    const errors: Error[] = [];
    await this.resolver.visitRulesFor(a.user ?? noUser, a.namespace, (source, rule, err) => {
      if (rule && ruleAllows(a, rule)) {
        allowed = true;
        reason = `RBAC: allowed by ${source ?? ''}`;
        return false;
      }
      if (err) errors.push(err);
      return true;
    });
    if (allowed) return { decision: 'allow', reason };
    return { decision: 'noOpinion', reason: errors.length > 0 ? `RBAC: ${aggregateMessage(errors)}` : '' };
  }

  /** RulesFor: the user's rules in a namespace, split into resource and non-resource rules. */
  async rulesFor(user: UserInfo, namespace: string): Promise<RulesForResult> {
    const { rules, errors } = await this.resolver.rulesFor(user, namespace);
    const resourceRules: ResourceRuleInfo[] = [];
    const nonResourceRules: NonResourceRuleInfo[] = [];
    for (const r of rules) {
      if ((r.resources ?? []).length > 0) {
        resourceRules.push({
          verbs: r.verbs,
          apiGroups: r.apiGroups ?? [],
          resources: r.resources ?? [],
          resourceNames: r.resourceNames ?? [],
        });
      }
      if ((r.nonResourceURLs ?? []).length > 0) {
        nonResourceRules.push({ verbs: r.verbs, nonResourceURLs: r.nonResourceURLs ?? [] });
      }
    }
    const result: RulesForResult = { resourceRules, nonResourceRules, incomplete: false };
    const error = newAggregate(errors);
    if (error) result.error = error;
    return result;
  }
}

/** rbac.New */
export function newRBACAuthorizer(listers: RBACListers): RBACAuthorizer {
  return new RBACAuthorizer(listers);
}
