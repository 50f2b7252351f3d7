// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateResourceQuota,
// ValidateResourceQuotaSpec, ValidateResourceQuotaStatus, validateResourceQuotaScopes, validateScopeSelector,
// validateScopedResourceSelectorRequirement, ValidateResourceQuotaUpdate, ValidateResourceQuotaStatusUpdate)
// @ v1.34.0
import { quote } from '../../../util/strconv/quote';
import { invalid, omitValue, required, type ErrorList } from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import {
  fieldImmutableErrorMsg,
  nameIsDNSSubdomain,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import {
  isResourceQuotaScopeValidForResource,
  isStandardQuotaResourceName,
  isStandardResourceQuotaScope,
  ResourceQuotaScopeBestEffort,
  ResourceQuotaScopeCrossNamespacePodAffinity,
  ResourceQuotaScopeNotBestEffort,
  ResourceQuotaScopeNotTerminating,
  ResourceQuotaScopeTerminating,
  ScopeSelectorOpDoesNotExist,
  ScopeSelectorOpExists,
  ScopeSelectorOpIn,
  ScopeSelectorOpNotIn,
} from '../helper/helpers';
import type { ResourceList } from '../limitrange_types';
import type {
  ResourceQuota,
  ResourceQuotaSpec,
  ScopedResourceSelectorRequirement,
} from '../resourcequota_types';
import { goStringSlice, sortedKeys, withGoSyntax } from './common';
import {
  quantityOf,
  validateResourceQuantityValue,
  validateResourceQuotaResourceName,
} from './resource_quantity';

export const validateResourceQuotaName = nameIsDNSSubdomain;

/** `%#v` of []core.ResourceQuotaScope. */
const scopesSyntax = (scopes: readonly string[] | undefined) =>
  goStringSlice('core.ResourceQuotaScope', scopes);

/** `%#v` of *core.ScopeSelector (dereferenced, as ErrorBody does for pointers). */
function scopeSelectorSyntax(sel: ResourceQuotaSpec['scopeSelector']): string {
  if (!sel) return quote('null');
  const reqs = sel.matchExpressions;
  const inner =
    reqs === undefined
      ? '[]core.ScopedResourceSelectorRequirement(nil)'
      : `[]core.ScopedResourceSelectorRequirement{${reqs
          .map(
            (r) =>
              `core.ScopedResourceSelectorRequirement{ScopeName:${quote(r.scopeName ?? '')}, Operator:${quote(r.operator ?? '')}, Values:${r.values ? `[]string{${r.values.map((v) => quote(v)).join(', ')}}` : '[]string(nil)'}}`,
          )
          .join(', ')}}`;
  return `core.ScopeSelector{MatchExpressions:${inner}}`;
}

const invalidScopes = (p: Path, scopes: readonly string[] | undefined, detail: string) =>
  withGoSyntax(invalid(p, omitValue, detail), scopesSyntax(scopes));

function validateResourceList(list: ResourceList | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  for (const k of sortedKeys(list)) {
    const resPath = fldPath.key(k);
    errs.push(...validateResourceQuotaResourceName(k, resPath));
    const q = quantityOf(list![k]);
    if (q) errs.push(...validateResourceQuantityValue(k, q, resPath));
  }
  return errs;
}

const conflictingScopePairs = [
  [ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort],
  [ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating],
];

/** validateResourceQuotaScopes: known scopes, each valid for every hard resource, and no contradicting pair. */
function validateResourceQuotaScopes(spec: ResourceQuotaSpec, fld: Path): ErrorList {
  const errs: ErrorList = [];
  const scopes = spec.scopes ?? [];
  if (scopes.length === 0) return errs;
  const hard = sortedKeys(spec.hard);
  const fldPath = fld.child('scopes');
  const seen = new Set<string>();
  for (const scope of scopes) {
    if (!isStandardResourceQuotaScope(scope))
      errs.push(invalidScopes(fldPath, spec.scopes, 'unsupported scope'));
    for (const k of hard) {
      if (isStandardQuotaResourceName(k) && !isResourceQuotaScopeValidForResource(scope, k)) {
        errs.push(invalidScopes(fldPath, spec.scopes, 'unsupported scope applied to resource'));
      }
    }
    seen.add(scope);
  }
  for (const [a, b] of conflictingScopePairs) {
    if (seen.has(a!) && seen.has(b!)) errs.push(invalidScopes(fldPath, spec.scopes, 'conflicting scopes'));
  }
  return errs;
}

const existsOnlyScopes = new Set([
  ResourceQuotaScopeBestEffort,
  ResourceQuotaScopeNotBestEffort,
  ResourceQuotaScopeTerminating,
  ResourceQuotaScopeNotTerminating,
  ResourceQuotaScopeCrossNamespacePodAffinity,
]);

/** validateScopedResourceSelectorRequirement, for a spec with a scopeSelector. */
function validateScopeSelector(spec: ResourceQuotaSpec, fld: Path): ErrorList {
  const errs: ErrorList = [];
  if (!spec.scopeSelector) return errs;
  const hard = sortedKeys(spec.hard);
  const fldPath = fld.child('scopeSelector').child('matchExpressions');
  const seen = new Set<string>();
  for (const req of spec.scopeSelector.matchExpressions ?? ([] as ScopedResourceSelectorRequirement[])) {
    const scopeName = req.scopeName ?? '';
    const operator = req.operator ?? '';
    // core.ResourceQuotaScope and core.ScopeSelectorOperator have no String(): %#v quotes them
    if (!isStandardResourceQuotaScope(scopeName)) {
      errs.push(invalid(fldPath.child('scopeName'), scopeName, 'unsupported scope'));
    }
    for (const k of hard) {
      if (isStandardQuotaResourceName(k) && !isResourceQuotaScopeValidForResource(scopeName, k)) {
        errs.push(
          withGoSyntax(
            invalid(fldPath, omitValue, 'unsupported scope applied to resource'),
            scopeSelectorSyntax(spec.scopeSelector),
          ),
        );
      }
    }
    if (existsOnlyScopes.has(scopeName) && operator !== ScopeSelectorOpExists) {
      errs.push(
        invalid(
          fldPath.child('operator'),
          operator,
          "must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity",
        ),
      );
    }
    const values = req.values ?? [];
    switch (operator) {
      case ScopeSelectorOpIn:
      case ScopeSelectorOpNotIn:
        if (values.length === 0) {
          errs.push(
            required(
              fldPath.child('values'),
              "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector",
            ),
          );
        }
        break;
      case ScopeSelectorOpExists:
      case ScopeSelectorOpDoesNotExist:
        if (values.length !== 0) {
          errs.push(
            invalid(
              fldPath.child('values'),
              values,
              "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector",
            ),
          );
        }
        break;
      default:
        errs.push(invalid(fldPath.child('operator'), operator, 'not a valid selector operator'));
    }
    seen.add(scopeName);
  }
  for (const [a, b] of conflictingScopePairs) {
    if (seen.has(a!) && seen.has(b!)) errs.push(invalidScopes(fldPath, spec.scopes, 'conflicting scopes'));
  }
  return errs;
}

export function validateResourceQuotaSpec(spec: ResourceQuotaSpec, fld: Path): ErrorList {
  return [
    ...validateResourceList(spec.hard, fld.child('hard')),
    ...validateResourceQuotaScopes(spec, fld),
    ...validateScopeSelector(spec, fld),
  ];
}

export function validateResourceQuota(rq: ResourceQuota): ErrorList {
  return [
    ...validateObjectMeta(rq.metadata, true, validateResourceQuotaName, newPath('metadata')),
    ...validateResourceQuotaSpec(rq.spec ?? {}, newPath('spec')),
    ...validateResourceList(rq.status?.hard, newPath('status').child('hard')),
    ...validateResourceList(rq.status?.used, newPath('status').child('used')),
  ];
}

/** ValidateResourceQuotaUpdate: the spec again, and the set of scopes may not change. */
export function validateResourceQuotaUpdate(rq: ResourceQuota, old: ResourceQuota): ErrorList {
  const errs = [
    ...validateObjectMetaUpdate(rq.metadata, old.metadata, newPath('metadata')),
    ...validateResourceQuotaSpec(rq.spec ?? {}, newPath('spec')),
  ];
  const newScopes = new Set(rq.spec?.scopes ?? []);
  const oldScopes = new Set(old.spec?.scopes ?? []);
  const same = newScopes.size === oldScopes.size && [...newScopes].every((s) => oldScopes.has(s));
  if (!same)
    errs.push(invalidScopes(newPath('spec').child('scopes'), rq.spec?.scopes, fieldImmutableErrorMsg));
  return errs;
}

/** ValidateResourceQuotaStatusUpdate: a resourceVersion, and valid hard and used lists. */
export function validateResourceQuotaStatusUpdate(rq: ResourceQuota, old: ResourceQuota): ErrorList {
  const errs = validateObjectMetaUpdate(rq.metadata, old.metadata, newPath('metadata'));
  if (!rq.metadata?.resourceVersion) errs.push(required(newPath('resourceVersion'), ''));
  errs.push(...validateResourceList(rq.status?.hard, newPath('status').child('hard')));
  errs.push(...validateResourceList(rq.status?.used, newPath('status').child('used')));
  return errs;
}
