// Go twin: k8s.io/kubernetes/pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, APIGroupMatches,
// ResourceMatches, ResourceNameMatches, NonResourceURLMatches) @ v1.34.0
//
// Each matcher answers one question about one PolicyRule; a rule allows a request only when all of its
// matchers say yes (see ruleAllows in rbac.ts).
import {
  APIGroupAll,
  NonResourceAll,
  ResourceAll,
  VerbAll,
  type PolicyRule,
} from '../../../../apis/rbac/types';

/** VerbMatches: `*` or the exact verb. */
export function verbMatches(rule: PolicyRule, requestedVerb: string): boolean {
  return rule.verbs.some((v) => v === VerbAll || v === requestedVerb);
}

/** APIGroupMatches: `*` or the exact group ("" is the core group). */
export function apiGroupMatches(rule: PolicyRule, requestedGroup: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === APIGroupAll || g === requestedGroup);
}

/**
 * ResourceMatches: `*`, the exact `resource` or `resource/subresource`, or `*\/subresource` for that
 * subresource of every resource. `pods` does not cover `pods/log`, and `pods/*` is not a wildcard.
 */
export function resourceMatches(
  rule: PolicyRule,
  combinedRequestedResource: string,
  requestedSubresource: string,
): boolean {
  for (const r of rule.resources ?? []) {
    if (r === ResourceAll || r === combinedRequestedResource) return true;
    if (requestedSubresource === '') continue;
    if (
      r.length === requestedSubresource.length + 2 &&
      r.startsWith('*/') &&
      r.endsWith(requestedSubresource)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * ResourceNameMatches: a rule without resourceNames covers every name; one with them covers only those
 * names — so never a request without a name, such as create or list.
 */
export function resourceNameMatches(rule: PolicyRule, requestedName: string): boolean {
  const names = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  return names.includes(requestedName);
}

/** NonResourceURLMatches: `*`, the exact path, or a prefix when the rule's URL ends in `*`. */
export function nonResourceURLMatches(rule: PolicyRule, requestedURL: string): boolean {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === NonResourceAll || u === requestedURL) return true;
    // strings.TrimRight(ruleURL, "*") drops every trailing star
    if (u.endsWith('*') && requestedURL.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}
