// Go twin: k8s.io/kubernetes/pkg/apis/rbac/validation/validation.go (ValidateRBACName, ValidateRole,
// ValidateRoleUpdate, ValidateClusterRole, ValidateClusterRoleUpdate, ValidatePolicyRule, ValidateRoleBinding,
// ValidateRoleBindingUpdate, ValidateClusterRoleBinding, ValidateClusterRoleBindingUpdate,
// ValidateRoleBindingSubject) @ v1.34.0
//
// RBAC names only have to be valid path segments (not "." or "..", no "/" or "%"): `system:basic-user` is a
// fine ClusterRole name. ServiceAccount subjects must name a valid ServiceAccount (a DNS subdomain).
import { labelSelectorAsSelector } from '../../../util/labels/labelselector';
import { invalid, notSupported, required, type ErrorList } from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { isValidPathSegmentName } from '../../../util/validation/path';
import { quote } from '../../../util/strconv/quote';
import { goStringSlice, invalidGo } from '../../apps/validation/gosyntax';
import {
  validateLabelSelector,
  type LabelSelectorValidationOptions,
} from '../../apps/validation/labelselector';
import {
  validateObjectMeta,
  validateObjectMetaUpdate,
  validateServiceAccountName,
} from '../../meta/validation/objectmeta';
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
} from '../types';

/** ValidateRBACName: path.IsValidPathSegmentName, for roles, bindings and roleRef names. */
export function ValidateRBACName(name: string, _prefix: boolean): string[] {
  return isValidPathSegmentName(name);
}

/** ValidateRole: metadata (namespaced) and each rule; namespaced rules may not name non-resource URLs. */
export function ValidateRole(role: Role): ErrorList {
  const errs = validateObjectMeta(role.metadata, true, ValidateRBACName, newPath('metadata'));
  (role.rules ?? []).forEach((rule, i) => {
    errs.push(...ValidatePolicyRule(rule, true, newPath('rules').index_(i)));
  });
  return errs;
}

/** ValidateRoleUpdate */
export function ValidateRoleUpdate(role: Role, oldRole: Role): ErrorList {
  const errs = ValidateRole(role);
  errs.push(...validateObjectMetaUpdate(role.metadata, oldRole.metadata, newPath('metadata')));
  return errs;
}

/** ClusterRoleValidationOptions */
export interface ClusterRoleValidationOptions {
  /** tolerate invalid label values in aggregationRule selectors (only when the stored object has them) */
  allowInvalidLabelValueInSelector: boolean;
}

/** ValidateClusterRole: metadata (cluster-scoped), rules, and the aggregationRule's selectors. */
export function ValidateClusterRole(role: ClusterRole, opts: ClusterRoleValidationOptions): ErrorList {
  const errs = validateObjectMeta(role.metadata, false, ValidateRBACName, newPath('metadata'));
  (role.rules ?? []).forEach((rule, i) => {
    errs.push(...ValidatePolicyRule(rule, false, newPath('rules').index_(i)));
  });
  const selectorOpts: LabelSelectorValidationOptions = {
    allowInvalidLabelValueInSelector: opts.allowInvalidLabelValueInSelector,
  };
  const rule = role.aggregationRule;
  if (rule !== undefined && rule !== null) {
    const selectors = rule.clusterRoleSelectors ?? [];
    const base = newPath('aggregationRule', 'clusterRoleSelectors');
    if (selectors.length === 0) {
      errs.push(required(base, 'at least one clusterRoleSelector required if aggregationRule is non-nil'));
    }
    selectors.forEach((selector, i) => {
      const fieldPath = base.index_(i);
      errs.push(...validateLabelSelector(selector, selectorOpts, fieldPath));
      try {
        labelSelectorAsSelector(selector);
      } catch {
        // Go passes the nil labels.Selector it got back, which ErrorBody prints as "null"
        errs.push(invalid(fieldPath, null, 'invalid label selector.'));
      }
    });
  }
  return errs;
}

/** ValidateClusterRoleUpdate */
export function ValidateClusterRoleUpdate(
  role: ClusterRole,
  oldRole: ClusterRole,
  opts: ClusterRoleValidationOptions,
): ErrorList {
  const errs = ValidateClusterRole(role, opts);
  errs.push(...validateObjectMetaUpdate(role.metadata, oldRole.metadata, newPath('metadata')));
  return errs;
}

const len = (v: readonly unknown[] | undefined | null) => v?.length ?? 0;

/**
 * ValidatePolicyRule: verbs are required; a rule names either non-resource URLs (cluster roles only) or
 * API groups and resources, never both.
 */
export function ValidatePolicyRule(rule: PolicyRule, isNamespaced: boolean, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (len(rule.verbs) === 0) {
    errs.push(required(fldPath.child('verbs'), 'verbs must contain at least one value'));
  }
  if (len(rule.nonResourceURLs) > 0) {
    const urls = rule.nonResourceURLs ?? [];
    if (isNamespaced) {
      errs.push(
        invalidGo(
          fldPath.child('nonResourceURLs'),
          urls,
          goStringSlice(urls),
          'namespaced rules cannot apply to non-resource URLs',
        ),
      );
    }
    if (len(rule.apiGroups) > 0 || len(rule.resources) > 0 || len(rule.resourceNames) > 0) {
      errs.push(
        invalidGo(
          fldPath.child('nonResourceURLs'),
          urls,
          goStringSlice(urls),
          'rules cannot apply to both regular resources and non-resource URLs',
        ),
      );
    }
    return errs;
  }
  if (len(rule.apiGroups) === 0) {
    errs.push(required(fldPath.child('apiGroups'), 'resource rules must supply at least one api group'));
  }
  if (len(rule.resources) === 0) {
    errs.push(required(fldPath.child('resources'), 'resource rules must supply at least one resource'));
  }
  return errs;
}

const emptyRef: RoleRef = { apiGroup: '', kind: '', name: '' };

/** roleRef checks shared by both binding kinds; `kinds` are the roleRef kinds the binding may name. */
function validateRoleRef(ref: RoleRef | undefined, kinds: readonly string[]): ErrorList {
  const r = { ...emptyRef, ...(ref ?? {}) };
  const errs: ErrorList = [];
  if (r.apiGroup !== GroupName) {
    errs.push(notSupported(newPath('roleRef', 'apiGroup'), r.apiGroup, [GroupName]));
  }
  if (!kinds.includes(r.kind)) {
    errs.push(notSupported(newPath('roleRef', 'kind'), r.kind, kinds));
  }
  if (r.name.length === 0) {
    errs.push(required(newPath('roleRef', 'name'), ''));
  } else {
    for (const msg of ValidateRBACName(r.name, false)) {
      errs.push(invalid(newPath('roleRef', 'name'), r.name, msg));
    }
  }
  return errs;
}

/** ValidateRoleBinding: metadata (namespaced), a roleRef to a Role or ClusterRole, and each subject. */
export function ValidateRoleBinding(binding: RoleBinding): ErrorList {
  const errs = validateObjectMeta(binding.metadata, true, ValidateRBACName, newPath('metadata'));
  errs.push(...validateRoleRef(binding.roleRef, ['Role', 'ClusterRole']));
  (binding.subjects ?? []).forEach((subject, i) => {
    errs.push(...ValidateRoleBindingSubject(subject, true, newPath('subjects').index_(i)));
  });
  return errs;
}

/**
 * %#v of the internal rbac.RoleRef, as ErrorBody prints the struct passed to field.Invalid:
 * `rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"Role", Name:"pod-reader"}`.
 */
export function goRoleRef(ref: RoleRef | undefined): string {
  const r = { ...emptyRef, ...(ref ?? {}) };
  return `rbac.RoleRef{APIGroup:${quote(r.apiGroup)}, Kind:${quote(r.kind)}, Name:${quote(r.name)}}`;
}

function sameRoleRef(a: RoleRef | undefined, b: RoleRef | undefined): boolean {
  const x = { ...emptyRef, ...(a ?? {}) };
  const y = { ...emptyRef, ...(b ?? {}) };
  return x.apiGroup === y.apiGroup && x.kind === y.kind && x.name === y.name;
}

/** roleRef is immutable: a binding grants one role for its whole life. */
function validateRoleRefUnchanged(ref: RoleRef | undefined, oldRef: RoleRef | undefined): ErrorList {
  if (sameRoleRef(ref, oldRef)) return [];
  return [invalidGo(newPath('roleRef'), ref, goRoleRef(ref), 'cannot change roleRef')];
}

/** ValidateRoleBindingUpdate */
export function ValidateRoleBindingUpdate(binding: RoleBinding, oldBinding: RoleBinding): ErrorList {
  const errs = ValidateRoleBinding(binding);
  errs.push(...validateObjectMetaUpdate(binding.metadata, oldBinding.metadata, newPath('metadata')));
  errs.push(...validateRoleRefUnchanged(binding.roleRef, oldBinding.roleRef));
  return errs;
}

/** ValidateClusterRoleBinding: metadata (cluster-scoped), a roleRef to a ClusterRole, and each subject. */
export function ValidateClusterRoleBinding(binding: ClusterRoleBinding): ErrorList {
  const errs = validateObjectMeta(binding.metadata, false, ValidateRBACName, newPath('metadata'));
  errs.push(...validateRoleRef(binding.roleRef, ['ClusterRole']));
  (binding.subjects ?? []).forEach((subject, i) => {
    errs.push(...ValidateRoleBindingSubject(subject, false, newPath('subjects').index_(i)));
  });
  return errs;
}

/** ValidateClusterRoleBindingUpdate */
export function ValidateClusterRoleBindingUpdate(
  binding: ClusterRoleBinding,
  oldBinding: ClusterRoleBinding,
): ErrorList {
  const errs = ValidateClusterRoleBinding(binding);
  errs.push(...validateObjectMetaUpdate(binding.metadata, oldBinding.metadata, newPath('metadata')));
  errs.push(...validateRoleRefUnchanged(binding.roleRef, oldBinding.roleRef));
  return errs;
}

/**
 * ValidateRoleBindingSubject: a name; ServiceAccounts need a valid name, no apiGroup and (in a
 * ClusterRoleBinding) a namespace; Users and Groups need apiGroup rbac.authorization.k8s.io.
 */
export function ValidateRoleBindingSubject(
  subject: Subject,
  isNamespaced: boolean,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const name = subject.name ?? '';
  const apiGroup = subject.apiGroup ?? '';
  const kind = subject.kind ?? '';
  if (name.length === 0) errs.push(required(fldPath.child('name'), ''));
  switch (kind) {
    case ServiceAccountKind:
      if (name.length > 0) {
        for (const msg of validateServiceAccountName(name, false)) {
          errs.push(invalid(fldPath.child('name'), name, msg));
        }
      }
      if (apiGroup.length > 0) errs.push(notSupported(fldPath.child('apiGroup'), apiGroup, ['']));
      if (!isNamespaced && (subject.namespace ?? '').length === 0) {
        errs.push(required(fldPath.child('namespace'), ''));
      }
      break;
    case UserKind:
    case GroupKind:
      if (apiGroup !== GroupName) errs.push(notSupported(fldPath.child('apiGroup'), apiGroup, [GroupName]));
      break;
    default:
      errs.push(notSupported(fldPath.child('kind'), kind, [ServiceAccountKind, UserKind, GroupKind]));
  }
  return errs;
}
