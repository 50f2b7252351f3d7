// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/validation/validation.go
// (ValidateMutatingWebhookConfiguration, ValidateValidatingWebhookConfiguration, their *Update forms,
// validateRuleWithOperations, validateRule, validateResources, validateAdmissionReviewVersions,
// validateMatchConditions) and k8s.io/apimachinery/pkg/util/validation (IsFullyQualifiedName) @ v1.34.0
//
// Match condition expressions are CEL in Go and are compiled here; Kubewalk checks only that they are present.
import { validateObjectMeta, nameIsDNSSubdomain } from '../../meta/validation/objectmeta';
import { validateLabelSelector } from '../../apps/validation/labelselector';
import {
  duplicate,
  invalid,
  notSupported,
  required,
  tooMany,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { isDNS1035Label, isDNS1123Subdomain, isQualifiedName } from '../../../util/validation/validation';
import { validateWebhookService, validateWebhookURL } from '../../../util/webhook/validation';
import { deepEqual } from '../../../util/equality';
import type {
  MatchCondition,
  MutatingWebhook,
  MutatingWebhookConfiguration,
  RuleWithOperations,
  ValidatingWebhook,
  ValidatingWebhookConfiguration,
} from '../types';

/**
 * IsFullyQualifiedName: a DNS subdomain of at least three dot-separated segments. (Go keeps it in
 * k8s.io/apimachinery/pkg/util/validation; only this package calls it here.)
 */
export function isFullyQualifiedName(fldPath: Path, name: string): ErrorList {
  if (name.length === 0) return [required(fldPath, '')];
  const errs = isDNS1123Subdomain(name);
  if (errs.length > 0) return [invalid(fldPath, name, errs.join(','))];
  if (name.split('.').length < 3) {
    return [invalid(fldPath, name, 'should be a domain with at least three segments separated by dots')];
  }
  return [];
}

const hasWildcard = (items: readonly string[]) => items.includes('*');

function validateResources(resources: readonly string[], fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (resources.length === 0) errs.push(required(fldPath, ''));
  const resourcesWithWildcardSubresources = new Set<string>(); // x/*
  const subResourcesWithWildcardResource = new Set<string>(); // */x
  let hasDoubleWildcard = false;
  let hasSingleWildcard = false;
  let hasResourceWithoutSubresource = false;
  resources.forEach((resSub, i) => {
    if (resSub === '') {
      errs.push(required(fldPath.index_(i), ''));
      return;
    }
    if (resSub === '*/*') hasDoubleWildcard = true;
    if (resSub === '*') hasSingleWildcard = true;
    const slash = resSub.indexOf('/');
    if (slash < 0) {
      hasResourceWithoutSubresource = resSub !== '*';
      return;
    }
    const res = resSub.slice(0, slash);
    const sub = resSub.slice(slash + 1);
    if (resourcesWithWildcardSubresources.has(res)) {
      errs.push(invalid(fldPath.index_(i), resSub, `if '${res}/*' is present, must not specify ${resSub}`));
    }
    if (subResourcesWithWildcardResource.has(sub)) {
      errs.push(invalid(fldPath.index_(i), resSub, `if '*/${sub}' is present, must not specify ${resSub}`));
    }
    if (sub === '*') resourcesWithWildcardSubresources.add(res);
    if (res === '*') subResourcesWithWildcardResource.add(sub);
  });
  if (resources.length > 1 && hasDoubleWildcard) {
    errs.push(invalid(fldPath, resources, "if '*/*' is present, must not specify other resources"));
  }
  if (hasSingleWildcard && hasResourceWithoutSubresource) {
    errs.push(
      invalid(fldPath, resources, "if '*' is present, must not specify other resources without subresources"),
    );
  }
  return errs;
}

const validScopes = ['*', 'Cluster', 'Namespaced'];

function validateRule(rule: RuleWithOperations, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const groups = rule.apiGroups ?? [];
  const versions = rule.apiVersions ?? [];
  if (groups.length === 0) errs.push(required(fldPath.child('apiGroups'), ''));
  if (groups.length > 1 && hasWildcard(groups)) {
    errs.push(
      invalid(fldPath.child('apiGroups'), groups, "if '*' is present, must not specify other API groups"),
    );
  }
  // the group may be empty: the legacy core group
  if (versions.length === 0) errs.push(required(fldPath.child('apiVersions'), ''));
  if (versions.length > 1 && hasWildcard(versions)) {
    errs.push(
      invalid(
        fldPath.child('apiVersions'),
        versions,
        "if '*' is present, must not specify other API versions",
      ),
    );
  }
  versions.forEach((v, i) => {
    if (v === '') errs.push(required(fldPath.child('apiVersions').index_(i), ''));
  });
  errs.push(...validateResources(rule.resources ?? [], fldPath.child('resources')));
  if (rule.scope !== undefined && rule.scope !== null && !validScopes.includes(rule.scope)) {
    errs.push(notSupported(fldPath.child('scope'), rule.scope, validScopes));
  }
  return errs;
}

const supportedOperations = ['*', 'CONNECT', 'CREATE', 'DELETE', 'UPDATE'];

function validateRuleWithOperations(rule: RuleWithOperations, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const ops = rule.operations ?? [];
  if (ops.length === 0) errs.push(required(fldPath.child('operations'), ''));
  if (ops.length > 1 && hasWildcard(ops)) {
    errs.push(
      invalid(fldPath.child('operations'), ops, "if '*' is present, must not specify other operations"),
    );
  }
  ops.forEach((op, i) => {
    if (!supportedOperations.includes(op)) {
      errs.push(notSupported(fldPath.child('operations').index_(i), op, supportedOperations));
    }
  });
  errs.push(...validateRule(rule, fldPath));
  return errs;
}

/** AcceptedAdmissionReviewVersions: what this server (and the one before it) understands. */
export const acceptedAdmissionReviewVersions = ['v1', 'v1beta1'];

function validateAdmissionReviewVersions(
  versions: readonly string[],
  requireRecognized: boolean,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  if (versions.length < 1) {
    errs.push(required(fldPath, `must specify one of ${acceptedAdmissionReviewVersions.join(', ')}`));
    return errs;
  }
  const seen = new Set<string>();
  let hasAccepted = false;
  versions.forEach((v, i) => {
    if (seen.has(v)) {
      errs.push(invalid(fldPath.index_(i), v, 'duplicate version'));
      return;
    }
    seen.add(v);
    for (const msg of isDNS1035Label(v)) errs.push(invalid(fldPath.index_(i), v, msg));
    if (acceptedAdmissionReviewVersions.includes(v)) hasAccepted = true;
  });
  if (requireRecognized && !hasAccepted) {
    errs.push(
      invalid(
        fldPath,
        versions,
        `must include at least one of ${acceptedAdmissionReviewVersions.join(', ')}`,
      ),
    );
  }
  return errs;
}

function validateMatchConditions(conditions: readonly MatchCondition[], fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (conditions.length > 64) errs.push(tooMany(fldPath, conditions.length, 64));
  const names = new Set<string>();
  conditions.forEach((c, i) => {
    const p = fldPath.index_(i);
    if ((c.expression ?? '').trim().length === 0) errs.push(required(p.child('expression'), ''));
    const name = c.name ?? '';
    if (name.length === 0) errs.push(required(p.child('name'), ''));
    else for (const msg of isQualifiedName(name)) errs.push(invalid(p.child('name'), name, msg));
    if (name.length > 0) {
      if (names.has(name)) errs.push(duplicate(p.child('name'), name));
      else names.add(name);
    }
  });
  return errs;
}

interface ValidationOptions {
  ignoreMatchConditions: boolean;
  requireNoSideEffects: boolean;
  requireRecognizedAdmissionReviewVersion: boolean;
  requireUniqueWebhookNames: boolean;
  allowInvalidLabelValueInSelector: boolean;
}

const createOptions: ValidationOptions = {
  ignoreMatchConditions: false,
  requireNoSideEffects: true,
  requireRecognizedAdmissionReviewVersion: true,
  requireUniqueWebhookNames: true,
  allowInvalidLabelValueInSelector: false,
};

const supportedFailurePolicies = ['Fail', 'Ignore'];
const supportedMatchPolicies = ['Equivalent', 'Exact'];
const supportedSideEffectClasses = ['None', 'NoneOnDryRun', 'Some', 'Unknown'];
const noSideEffectClasses = ['None', 'NoneOnDryRun'];
const supportedReinvocationPolicies = ['IfNeeded', 'Never'];

/** validateValidatingWebhook / validateMutatingWebhook: everything but the review versions and name uniqueness. */
function validateWebhook(
  hook: MutatingWebhook,
  mutating: boolean,
  opts: ValidationOptions,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  errs.push(...isFullyQualifiedName(fldPath.child('name'), hook.name ?? ''));
  const selectorOpts = { allowInvalidLabelValueInSelector: opts.allowInvalidLabelValueInSelector };
  (hook.rules ?? []).forEach((rule, i) => {
    errs.push(...validateRuleWithOperations(rule, fldPath.child('rules').index_(i)));
  });
  if (hook.failurePolicy != null && !supportedFailurePolicies.includes(hook.failurePolicy)) {
    errs.push(notSupported(fldPath.child('failurePolicy'), hook.failurePolicy, supportedFailurePolicies));
  }
  if (hook.matchPolicy != null && !supportedMatchPolicies.includes(hook.matchPolicy)) {
    errs.push(notSupported(fldPath.child('matchPolicy'), hook.matchPolicy, supportedMatchPolicies));
  }
  const allowedSideEffects = opts.requireNoSideEffects ? noSideEffectClasses : supportedSideEffectClasses;
  if (hook.sideEffects == null) {
    errs.push(required(fldPath.child('sideEffects'), `must specify one of ${allowedSideEffects.join(', ')}`));
  } else if (!allowedSideEffects.includes(hook.sideEffects)) {
    errs.push(notSupported(fldPath.child('sideEffects'), hook.sideEffects, allowedSideEffects));
  }
  if (hook.timeoutSeconds != null && (hook.timeoutSeconds > 30 || hook.timeoutSeconds < 1)) {
    errs.push(
      invalid(
        fldPath.child('timeoutSeconds'),
        hook.timeoutSeconds,
        'the timeout value must be between 1 and 30 seconds',
      ),
    );
  }
  if (hook.namespaceSelector != null) {
    errs.push(
      ...validateLabelSelector(hook.namespaceSelector, selectorOpts, fldPath.child('namespaceSelector')),
    );
  }
  if (hook.objectSelector != null) {
    errs.push(...validateLabelSelector(hook.objectSelector, selectorOpts, fldPath.child('objectSelector')));
  }
  if (
    mutating &&
    hook.reinvocationPolicy != null &&
    !supportedReinvocationPolicies.includes(hook.reinvocationPolicy)
  ) {
    errs.push(
      notSupported(
        fldPath.child('reinvocationPolicy'),
        hook.reinvocationPolicy,
        supportedReinvocationPolicies,
      ),
    );
  }
  const cc = hook.clientConfig ?? {};
  const hasURL = cc.url != null;
  const hasService = cc.service != null;
  if (hasURL === hasService) {
    errs.push(required(fldPath.child('clientConfig'), 'exactly one of url or service is required'));
  } else if (hasURL) {
    errs.push(...validateWebhookURL(fldPath.child('clientConfig').child('url'), cc.url!, true));
  } else {
    const svc = cc.service!;
    errs.push(
      ...validateWebhookService(
        fldPath.child('clientConfig').child('service'),
        svc.namespace ?? '',
        svc.name ?? '',
        svc.path ?? undefined,
        svc.port ?? 0,
      ),
    );
  }
  if (!opts.ignoreMatchConditions) {
    errs.push(...validateMatchConditions(hook.matchConditions ?? [], fldPath.child('matchConditions')));
  }
  return errs;
}

function validateConfiguration(
  cfg: MutatingWebhookConfiguration,
  mutating: boolean,
  opts: ValidationOptions,
): ErrorList {
  const errs = validateObjectMeta(cfg.metadata, false, nameIsDNSSubdomain, newPath('metadata'));
  const hookNames = new Set<string>();
  (cfg.webhooks ?? []).forEach((hook, i) => {
    const p = newPath('webhooks').index_(i);
    errs.push(...validateWebhook(hook, mutating, opts, p));
    errs.push(
      ...validateAdmissionReviewVersions(
        hook.admissionReviewVersions ?? [],
        opts.requireRecognizedAdmissionReviewVersion,
        p.child('admissionReviewVersions'),
      ),
    );
    const name = hook.name ?? '';
    if (opts.requireUniqueWebhookNames && name.length > 0) {
      if (hookNames.has(name)) errs.push(duplicate(p.child('name'), name));
      else hookNames.add(name);
    }
  });
  return errs;
}

export function validateMutatingWebhookConfiguration(cfg: MutatingWebhookConfiguration): ErrorList {
  return validateConfiguration(cfg, true, createOptions);
}

export function validateValidatingWebhookConfiguration(cfg: ValidatingWebhookConfiguration): ErrorList {
  return validateConfiguration(cfg, false, createOptions);
}

// ---- updates: what was already stored is not made invalid by newer, stricter rules ----------------------------

function hasAcceptedAdmissionReviewVersions(hooks: readonly ValidatingWebhook[]): boolean {
  return hooks.every((h) => {
    const versions = h.admissionReviewVersions ?? [];
    return versions.length === 0 || versions.some((v) => acceptedAdmissionReviewVersions.includes(v));
  });
}

function hasUniqueWebhookNames(hooks: readonly ValidatingWebhook[]): boolean {
  return new Set(hooks.map((h) => h.name)).size === hooks.length;
}

function hasNoSideEffects(hooks: readonly ValidatingWebhook[]): boolean {
  return hooks.every((h) => h.sideEffects != null && noSideEffectClasses.includes(h.sideEffects));
}

function hasInvalidLabelValueInSelector(hooks: readonly ValidatingWebhook[]): boolean {
  const strict = { allowInvalidLabelValueInSelector: false };
  return hooks.some(
    (h) =>
      (h.namespaceSelector != null &&
        validateLabelSelector(h.namespaceSelector, strict, newPath('')).length > 0) ||
      (h.objectSelector != null && validateLabelSelector(h.objectSelector, strict, newPath('')).length > 0),
  );
}

/** ignore*WebhookMatchConditions: unchanged match conditions are not validated again. */
function matchConditionsUnchanged(
  next: readonly ValidatingWebhook[],
  old: readonly ValidatingWebhook[],
): boolean {
  if (next.length !== old.length) return false;
  return old.every((h, i) => deepEqual(next[i]!.matchConditions, h.matchConditions));
}

function updateOptions(
  next: readonly ValidatingWebhook[],
  old: readonly ValidatingWebhook[],
): ValidationOptions {
  return {
    ignoreMatchConditions: matchConditionsUnchanged(next, old),
    requireNoSideEffects: hasNoSideEffects(old),
    requireRecognizedAdmissionReviewVersion: hasAcceptedAdmissionReviewVersions(old),
    requireUniqueWebhookNames: hasUniqueWebhookNames(old),
    allowInvalidLabelValueInSelector: hasInvalidLabelValueInSelector(old),
  };
}

export function validateMutatingWebhookConfigurationUpdate(
  next: MutatingWebhookConfiguration,
  old: MutatingWebhookConfiguration,
): ErrorList {
  return validateConfiguration(next, true, updateOptions(next.webhooks ?? [], old.webhooks ?? []));
}

export function validateValidatingWebhookConfigurationUpdate(
  next: ValidatingWebhookConfiguration,
  old: ValidatingWebhookConfiguration,
): ErrorList {
  return validateConfiguration(next, false, updateOptions(next.webhooks ?? [], old.webhooks ?? []));
}
