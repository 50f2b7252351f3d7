// Go twin: k8s.io/kubernetes/pkg/apis/authorization/validation/validation.go (ValidateSubjectAccessReviewSpec,
// ValidateSelfSubjectAccessReviewSpec, ValidateSubjectAccessReview, ValidateSelfSubjectAccessReview,
// validateResourceAttributes and the selector checks) and k8s.io/apimachinery/pkg/apis/meta/v1/validation
// (ValidateFieldSelectorRequirement; its ValidateLabelSelectorRequirement is ../../apps/validation/labelselector.ts)
// @ v1.34.0
import type { ObjectMeta } from '../../../runtime/object';
import { quote } from '../../../util/strconv/quote';
import {
  FieldError,
  forbidden,
  invalid,
  required,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import type { LabelSelectorRequirement } from '../../../util/labels/labelselector';
import {
  validateLabelSelectorRequirement,
  type LabelSelectorValidationOptions,
} from '../../apps/validation/labelselector';
import type {
  FieldSelectorRequirement,
  NonResourceAttributes,
  ResourceAttributes,
  SelfSubjectAccessReview,
  SelfSubjectAccessReviewSpec,
  SubjectAccessReview,
  SubjectAccessReviewSpec,
} from '../types';

/**
 * An Invalid error whose value Go prints through a String() or %#v that we spell out ourselves (a struct,
 * which the generic field error would print as JSON).
 */
class GoValueInvalid extends FieldError {
  constructor(
    path: Path,
    private readonly goValue: string,
    detail: string,
  ) {
    super('FieldValueInvalid', path.toString(), goValue, detail);
  }
  override errorBody(): string {
    return `Invalid value: ${this.goValue}: ${this.detail}`;
  }
}

/** %#v of the internal NonResourceAttributes (field.Invalid dereferences the pointer). */
function goNonResourceAttributes(n: NonResourceAttributes): string {
  return `authorization.NonResourceAttributes{Path:${quote(n.path ?? '')}, Verb:${quote(n.verb ?? '')}}`;
}

/** The generated (*ObjectMeta).String() that field.Invalid prints for `metadata must be empty`. */
export function goObjectMetaString(m: ObjectMeta): string {
  const sortedMap = (o: Record<string, string> | undefined) =>
    `map[string]string{${Object.keys(o ?? {})
      .sort()
      .map((k) => `${k}: ${o![k]},`)
      .join('')}}`;
  type Entry = Record<string, unknown>;
  const str = (v: unknown, zero = '') => (v === undefined || v === null ? zero : String(v));
  const owners = ((m.ownerReferences ?? []) as Entry[])
    .map(
      (r) =>
        `OwnerReference{Kind:${str(r['kind'])},Name:${str(r['name'])},UID:${str(r['uid'])},APIVersion:${str(r['apiVersion'])},Controller:${r['controller'] === undefined ? 'nil' : `*${str(r['controller'])}`},BlockOwnerDeletion:${r['blockOwnerDeletion'] === undefined ? 'nil' : `*${str(r['blockOwnerDeletion'])}`},},`,
    )
    .join('');
  // FieldsV1's own String() prints raw bytes; JSON stands in for them
  const managed = ((m.managedFields ?? []) as Entry[])
    .map(
      (f) =>
        `ManagedFieldsEntry{Manager:${str(f['manager'])},Operation:${str(f['operation'])},APIVersion:${str(f['apiVersion'])},Time:${str(f['time'], '<nil>')},FieldsType:${str(f['fieldsType'])},FieldsV1:${f['fieldsV1'] ? JSON.stringify(f['fieldsV1']) : 'nil'},Subresource:${str(f['subresource'])},},`,
    )
    .join('');
  return [
    '&ObjectMeta{',
    `Name:${m.name ?? ''},`,
    `GenerateName:${m.generateName ?? ''},`,
    `Namespace:${m.namespace ?? ''},`,
    `SelfLink:${m.selfLink ?? ''},`,
    `UID:${m.uid ?? ''},`,
    `ResourceVersion:${m.resourceVersion ?? ''},`,
    `Generation:${m.generation ?? 0},`,
    // the create handler wipes creationTimestamp and deletionTimestamp before validation runs
    `CreationTimestamp:0001-01-01 00:00:00 +0000 UTC,`,
    `DeletionTimestamp:<nil>,`,
    `DeletionGracePeriodSeconds:${m.deletionGracePeriodSeconds ?? 'nil'},`,
    `Labels:${sortedMap(m.labels)},`,
    `Annotations:${sortedMap(m.annotations)},`,
    `OwnerReferences:[]OwnerReference{${owners}},`,
    `Finalizers:[${(m.finalizers ?? []).join(' ')}],`,
    `ManagedFields:[]ManagedFieldsEntry{${managed}},`,
    '}',
  ].join('');
}

/** Exactly one of resourceAttributes and nonResourceAttributes (both specs share this check). */
function validateAttributesUnion(
  spec: SubjectAccessReviewSpec | SelfSubjectAccessReviewSpec,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  if (spec.resourceAttributes && spec.nonResourceAttributes) {
    errs.push(
      new GoValueInvalid(
        fldPath.child('nonResourceAttributes'),
        goNonResourceAttributes(spec.nonResourceAttributes),
        'cannot be specified in combination with resourceAttributes',
      ),
    );
  }
  if (!spec.resourceAttributes && !spec.nonResourceAttributes) {
    // Go passes the (nil) nonResourceAttributes as the value, which prints as "null"
    errs.push(
      invalid(
        fldPath.child('resourceAttributes'),
        null,
        'exactly one of nonResourceAttributes or resourceAttributes must be specified',
      ),
    );
  }
  return errs;
}

/** ValidateSubjectAccessReviewSpec */
export function validateSubjectAccessReviewSpec(spec: SubjectAccessReviewSpec, fldPath: Path): ErrorList {
  const errs = validateAttributesUnion(spec, fldPath);
  if (!spec.user && (spec.groups ?? []).length === 0) {
    errs.push(
      invalid(fldPath.child('user'), spec.user ?? '', 'at least one of user or group must be specified'),
    );
  }
  errs.push(...validateResourceAttributes(spec.resourceAttributes, newPath('spec.resourceAttributes')));
  return errs;
}

/** ValidateSelfSubjectAccessReviewSpec */
export function validateSelfSubjectAccessReviewSpec(
  spec: SelfSubjectAccessReviewSpec,
  fldPath: Path,
): ErrorList {
  const errs = validateAttributesUnion(spec, fldPath);
  errs.push(...validateResourceAttributes(spec.resourceAttributes, newPath('spec.resourceAttributes')));
  return errs;
}

/** A review carries no metadata; managedFields are ignored because the create handler records them itself. */
function validateEmptyMetadata(meta: ObjectMeta | undefined): ErrorList {
  const rest = Object.entries(meta ?? {}).filter(
    ([k, v]) => k !== 'managedFields' && v !== undefined && v !== null && !isEmptyValue(v),
  );
  if (rest.length === 0) return [];
  return [new GoValueInvalid(newPath('metadata'), goObjectMetaString(meta ?? {}), 'must be empty')];
}

/** Go's zero values: "", 0, false, and empty maps and slices (Semantic.DeepEqual treats nil and empty alike). */
function isEmptyValue(v: unknown): boolean {
  if (v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && v !== null) return Object.keys(v).length === 0;
  return false;
}

/** ValidateSubjectAccessReview */
export function validateSubjectAccessReview(sar: SubjectAccessReview): ErrorList {
  return [
    ...validateSubjectAccessReviewSpec(sar.spec ?? {}, newPath('spec')),
    ...validateEmptyMetadata(sar.metadata),
  ];
}

/** ValidateSelfSubjectAccessReview */
export function validateSelfSubjectAccessReview(sar: SelfSubjectAccessReview): ErrorList {
  return [
    ...validateSelfSubjectAccessReviewSpec(sar.spec ?? {}, newPath('spec')),
    ...validateEmptyMetadata(sar.metadata),
  ];
}

function validateResourceAttributes(ra: ResourceAttributes | undefined, fldPath: Path): ErrorList {
  if (!ra) return [];
  return [
    ...validateSelectorAttributes(
      ra.fieldSelector,
      fldPath.child('fieldSelector'),
      validateFieldSelectorRequirement,
    ),
    ...validateSelectorAttributes(ra.labelSelector, fldPath.child('labelSelector'), validateLabelRequirement),
  ];
}

/**
 * validateFieldSelectorAttributes / validateLabelSelectorAttributes: rawSelector or requirements, not both, then
 * each requirement.
 */
function validateSelectorAttributes<R>(
  selector: { rawSelector?: string; requirements?: R[] } | undefined,
  fldPath: Path,
  validateRequirement: (r: R, fldPath: Path) => ErrorList,
): ErrorList {
  if (!selector) return [];
  const errs: ErrorList = [];
  const raw = selector.rawSelector ?? '';
  const reqs = selector.requirements ?? [];
  if (raw.length > 0 && reqs.length > 0) {
    errs.push(
      invalid(fldPath.child('rawSelector'), raw, 'may not specified at the same time as requirements'),
    );
  }
  if (raw.length === 0 && reqs.length === 0) {
    errs.push(
      required(
        fldPath.child('requirements'),
        `when ${fldPath.toString()} is specified, requirements or rawSelector is required`,
      ),
    );
  }
  reqs.forEach((r, i) => errs.push(...validateRequirement(r, fldPath.child('requirements').index_(i))));
  return errs;
}

/**
 * Unknown operators are allowed (AllowUnknownOperatorInRequirement) so newer clients can still ask. Go leaves
 * AllowInvalidLabelValueInSelector false, so it also rejects values that are not label values; not modelled yet.
 */
const labelRequirementOptions: LabelSelectorValidationOptions = {
  allowUnknownOperatorInRequirement: true,
  allowInvalidLabelValueInSelector: true,
};

const validateLabelRequirement = (r: LabelSelectorRequirement, fldPath: Path) =>
  validateLabelSelectorRequirement(r, labelRequirementOptions, fldPath);

/** ValidateFieldSelectorRequirement with AllowUnknownOperatorInRequirement: the values the operator needs. */
function validateFieldSelectorRequirement(r: FieldSelectorRequirement, fldPath: Path): ErrorList {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        return [required(fldPath.child('values'), "must be specified when `operator` is 'In' or 'NotIn'")];
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        return [
          forbidden(
            fldPath.child('values'),
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
          ),
        ];
      }
      break;
  }
  return [];
}
