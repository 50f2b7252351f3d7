// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/predicates/rules/rules.go (Matcher.Matches,
// IsExemptAdmissionConfigurationResource) @ v1.34.0
import type { RuleWithOperations } from '../../../../../apis/admissionregistration/types';
import type { GroupVersionResource } from '../../../../../runtime/schema/groupversion';
import type { Attributes } from '../../../../interfaces';

const exactOrWildcard = (items: readonly string[] | undefined, requested: string) =>
  (items ?? []).some((item) => item === '*' || item === requested);

const isNamespaceResource = (r: GroupVersionResource) =>
  r.group === '' && r.version === 'v1' && r.resource === 'namespaces';

/**
 * The scope a rule asks for. A Namespace object is cluster-scoped even though its attributes name a namespace
 * (its own name); any other request with a namespace is namespaced.
 */
function scopeMatches(rule: RuleWithOperations, a: Attributes): boolean {
  const scope = rule.scope;
  if (scope === undefined || scope === null || scope === '*') return true;
  switch (scope) {
    case 'Namespaced':
      return !isNamespaceResource(a.resource) && a.namespace !== '';
    case 'Cluster':
      return isNamespaceResource(a.resource) || a.namespace === '';
    default:
      return false;
  }
}

/**
 * `pods` matches the pod itself, `*` every resource but no subresource, `pods/status` one subresource. A `*`
 * subresource also matches the empty one, so `pods/*` matches the pod itself too, as in Go.
 */
function resourceMatches(rule: RuleWithOperations, a: Attributes): boolean {
  return (rule.resources ?? []).some((resSub) => {
    const slash = resSub.indexOf('/');
    const res = slash < 0 ? resSub : resSub.slice(0, slash);
    const sub = slash < 0 ? '' : resSub.slice(slash + 1);
    return (res === '*' || res === a.resource.resource) && (sub === '*' || sub === a.subresource);
  });
}

/** Matcher.Matches: scope, operation, group, version and resource all match. */
export function ruleMatches(rule: RuleWithOperations, a: Attributes): boolean {
  return (
    scopeMatches(rule, a) &&
    (rule.operations ?? []).some((op) => op === '*' || op === a.operation) &&
    exactOrWildcard(rule.apiGroups, a.resource.group) &&
    exactOrWildcard(rule.apiVersions, a.resource.version) &&
    resourceMatches(rule, a)
  );
}

const exemptKinds = new Set([
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
]);

/**
 * IsExemptAdmissionConfigurationResource: webhooks are never called for the objects that configure admission,
 * so a broken webhook can always be removed.
 */
export function isExemptAdmissionConfigurationResource(a: Attributes): boolean {
  return a.kind.group === 'admissionregistration.k8s.io' && exemptKinds.has(a.kind.kind);
}
