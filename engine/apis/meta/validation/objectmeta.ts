// Go twin: k8s.io/apimachinery/pkg/api/validation/objectmeta.go and generic.go, with ValidateLabels,
// ValidateLabelName and ValidateManagedFields from k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go
// @ v1.34.0
import type { ObjectMeta } from '../../../runtime/object';
import { fromAPIVersionAndKind, gvkString } from '../../../runtime/schema/groupversion';
import { deepEqual } from '../../../util/equality';
import { quote } from '../../../util/strconv/quote';
import {
  byteLen,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
} from '../../../util/validation/validation';
import {
  forbidden,
  invalid,
  required,
  tooLong,
  type ErrorList,
  type FieldError,
} from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';

/** ValidateNameFunc: returns the reasons a name is invalid; prefix is true for generateName. */
export type ValidateNameFunc = (name: string, prefix: boolean) => string[];

export const fieldImmutableErrorMsg = 'field is immutable';
export const isNegativeErrorMsg = 'must be greater than or equal to 0';
/** TotalAnnotationSizeLimitB: 256 KiB over all keys and values. */
export const totalAnnotationSizeLimitB = 256 * (1 << 10);

export const finalizerOrphanDependents = 'orphan';
export const finalizerDeleteDependents = 'foregroundDeletion';

/** BannedOwners: kinds that may not own other objects. */
const bannedOwners = new Set(['/v1, Kind=Event']);

// ---- generic.go -----------------------------------------------------------------------------------------------

/**
 * maskTrailingDash: a generateName may end in '-'. Go drops the last two characters and appends one ("a-" →
 * "a"), a quirk kept here; a lone "-" is left as is (Go would panic on it).
 */
export function maskTrailingDash(name: string): string {
  if (name.length > 1 && name.endsWith('-')) return name.slice(0, name.length - 2) + 'a';
  return name;
}

export function nameIsDNSSubdomain(name: string, prefix: boolean): string[] {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}

export function nameIsDNSLabel(name: string, prefix: boolean): string[] {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}

export function nameIsDNS1035Label(name: string, prefix: boolean): string[] {
  return isDNS1035Label(prefix ? maskTrailingDash(name) : name);
}

/** ValidateNamespaceName = NameIsDNSLabel. */
export const validateNamespaceName: ValidateNameFunc = nameIsDNSLabel;
/** ValidateServiceAccountName = NameIsDNSSubdomain. */
export const validateServiceAccountName: ValidateNameFunc = nameIsDNSSubdomain;

/** ValidateNonnegativeField (validate.NonNegative). */
export function validateNonnegativeField(value: number, fldPath: Path): ErrorList {
  return value < 0 ? [invalid(fldPath, value, isNegativeErrorMsg)] : [];
}

// ---- meta/v1/validation ---------------------------------------------------------------------------------------

/** ValidateLabelName: a qualified name. */
export function validateLabelName(labelName: string, fldPath: Path): ErrorList {
  return isQualifiedName(labelName).map((msg) => invalid(fldPath, labelName, msg));
}

/** ValidateLabels: keys are qualified names, values valid label values; every error is on the map's path. */
export function validateLabels(labels: Record<string, string> | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, fldPath));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(fldPath, v, msg));
  }
  return errs;
}

const fieldManagerMaxLength = 128;
const maxSubresourceNameLength = 256;

/** ValidateFieldManager: at most 128 bytes, printable characters only. */
export function validateFieldManager(fieldManager: string, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (byteLen(fieldManager) > fieldManagerMaxLength)
    errs.push(tooLong(fldPath, fieldManager, fieldManagerMaxLength));
  let pos = 0;
  for (const ch of fieldManager) {
    const cp = ch.codePointAt(0)!;
    if (!isPrint(cp)) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      errs.push(invalid(fldPath, fieldManager, `invalid character U+${hex} (at position ${pos})`));
    }
    pos += byteLen(ch);
  }
  return errs;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(cp: number): boolean {
  return cp === 0x20 || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(cp));
}

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  fieldsType?: string;
  subresource?: string;
}

/** ValidateManagedFields. */
export function validateManagedFields(fieldsList: readonly unknown[] | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  (fieldsList ?? []).forEach((raw, i) => {
    const fields = (raw ?? {}) as ManagedFieldsEntry;
    const p = fldPath.index_(i);
    const op = fields.operation ?? '';
    if (op !== 'Apply' && op !== 'Update')
      errs.push(invalid(p.child('operation'), op, 'must be `Apply` or `Update`'));
    const ft = fields.fieldsType ?? '';
    if (ft.length > 0 && ft !== 'FieldsV1')
      errs.push(invalid(p.child('fieldsType'), ft, 'must be `FieldsV1`'));
    errs.push(...validateFieldManager(fields.manager ?? '', p.child('manager')));
    const sub = fields.subresource ?? '';
    if (byteLen(sub) > maxSubresourceNameLength)
      errs.push(tooLong(p.child('subresource'), sub, maxSubresourceNameLength));
  });
  return errs;
}

// ---- objectmeta.go --------------------------------------------------------------------------------------------

/** ValidateAnnotations: keys are qualified names (case-insensitive); 256 KiB in all. */
export function validateAnnotations(
  annotations: Record<string, string> | undefined,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  for (const k of Object.keys(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(fldPath, k, msg));
  }
  if (validateAnnotationsSize(annotations)) errs.push(tooLong(fldPath, '', totalAnnotationSizeLimitB));
  return errs;
}

/** ValidateAnnotationsSize: the error, or null when the annotations fit. */
export function validateAnnotationsSize(annotations: Record<string, string> | undefined): Error | null {
  let total = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) total += byteLen(k) + byteLen(v);
  if (total > totalAnnotationSizeLimitB) {
    return new Error(`annotations size ${total} is larger than limit ${totalAnnotationSizeLimitB}`);
  }
  return null;
}

interface OwnerReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  uid?: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

function validateOwnerReference(ref: OwnerReference, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const gvk = fromAPIVersionAndKind(ref.apiVersion ?? '', ref.kind ?? '');
  if (gvk.version.length === 0) {
    errs.push(invalid(fldPath.child('apiVersion'), ref.apiVersion ?? '', 'version must not be empty'));
  }
  if (gvk.kind.length === 0) errs.push(invalid(fldPath.child('kind'), ref.kind ?? '', 'must not be empty'));
  if (!ref.name) errs.push(invalid(fldPath.child('name'), ref.name ?? '', 'must not be empty'));
  if (!ref.uid) errs.push(invalid(fldPath.child('uid'), ref.uid ?? '', 'must not be empty'));
  if (bannedOwners.has(gvkString(gvk))) {
    errs.push(invalid(fldPath, ref, `${gvkString(gvk)} is disallowed from being an owner`));
  }
  return errs;
}

/** ValidateOwnerReferences: each reference is complete, and at most one is the controller. */
export function validateOwnerReferences(refs: readonly unknown[] | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  let firstControllerName = '';
  for (const raw of refs ?? []) {
    const ref = (raw ?? {}) as OwnerReference;
    errs.push(...validateOwnerReference(ref, fldPath));
    if (ref.controller === true) {
      const cur = `${ref.kind ?? ''}/${ref.name ?? ''}`;
      if (firstControllerName !== '') {
        errs.push(
          invalid(
            fldPath,
            refs,
            `Only one reference can have Controller set to true. Found "true" in references for ${firstControllerName} and ${cur}`,
          ),
        );
      } else {
        firstControllerName = cur;
      }
    }
  }
  return errs;
}

/** ValidateFinalizerName: a qualified name. */
export function validateFinalizerName(value: string, fldPath: Path): ErrorList {
  return isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
}

/** ValidateFinalizers: valid names, and not both orphan and foregroundDeletion. */
export function validateFinalizers(finalizers: readonly string[] | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  let orphan = false;
  let foreground = false;
  for (const f of finalizers ?? []) {
    errs.push(...validateFinalizerName(f, fldPath));
    if (f === finalizerOrphanDependents) orphan = true;
    if (f === finalizerDeleteDependents) foreground = true;
  }
  if (orphan && foreground) {
    errs.push(
      invalid(
        fldPath,
        finalizers,
        `finalizer ${finalizerOrphanDependents} and ${finalizerDeleteDependents} cannot be both set`,
      ),
    );
  }
  return errs;
}

/** ValidateNoNewFinalizers: once an object is being deleted, finalizers may only be removed. */
export function validateNoNewFinalizers(
  newFinalizers: readonly string[] | undefined,
  oldFinalizers: readonly string[] | undefined,
  fldPath: Path,
): ErrorList {
  const old = new Set(oldFinalizers ?? []);
  const extra = [...new Set((newFinalizers ?? []).filter((f) => !old.has(f)))].sort();
  if (extra.length === 0) return [];
  // Go prints the sorted list with %#v: []string{"a", "b"}
  const list = `[]string{${extra.map(quote).join(', ')}}`;
  return [
    forbidden(
      fldPath,
      `no new finalizers can be added if the object is being deleted, found new finalizers ${list}`,
    ),
  ];
}

/** ValidateImmutableField: Semantic.DeepEqual, else `field is immutable`. */
export function validateImmutableField(newVal: unknown, oldVal: unknown, fldPath: Path): ErrorList {
  return deepEqual(normalizeEmpty(oldVal), normalizeEmpty(newVal))
    ? []
    : [invalid(fldPath, newVal, fieldImmutableErrorMsg)];
}

/** Go compares zero values: an absent field and its zero value are the same. */
function normalizeEmpty(v: unknown): unknown {
  return v === undefined || v === null || v === '' ? undefined : v;
}

/**
 * ValidateObjectMeta (ValidateObjectMetaAccessor): metadata on create, after name generation. `name or
 * generateName is required`, the namespace rules of the scope, generation, labels, annotations, owner
 * references, finalizers and managed fields.
 */
export function validateObjectMeta(
  meta: ObjectMeta | undefined,
  requiresNamespace: boolean,
  nameFn: ValidateNameFunc,
  fldPath: Path,
): ErrorList {
  const m = meta ?? {};
  const errs: FieldError[] = [];
  const generateName = m.generateName ?? '';
  if (generateName.length !== 0) {
    for (const msg of nameFn(generateName, true))
      errs.push(invalid(fldPath.child('generateName'), generateName, msg));
  }
  const name = m.name ?? '';
  if (name.length === 0) {
    errs.push(required(fldPath.child('name'), 'name or generateName is required'));
  } else {
    for (const msg of nameFn(name, false)) errs.push(invalid(fldPath.child('name'), name, msg));
  }
  errs.push(...validateObjectMetaCommon(m, requiresNamespace, fldPath));
  return errs;
}

function validateObjectMetaCommon(m: ObjectMeta, isNamespaced: boolean, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const namespace = m.namespace ?? '';
  if (isNamespaced) {
    if (namespace.length === 0) {
      errs.push(required(fldPath.child('namespace'), ''));
    } else {
      for (const msg of validateNamespaceName(namespace, false)) {
        errs.push(invalid(fldPath.child('namespace'), namespace, msg));
      }
    }
  } else if (namespace.length !== 0) {
    errs.push(forbidden(fldPath.child('namespace'), 'not allowed on this type'));
  }
  errs.push(...validateNonnegativeField(m.generation ?? 0, fldPath.child('generation')));
  errs.push(...validateLabels(m.labels, fldPath.child('labels')));
  errs.push(...validateAnnotations(m.annotations, fldPath.child('annotations')));
  errs.push(...validateOwnerReferences(m.ownerReferences, fldPath.child('ownerReferences')));
  errs.push(...validateFinalizers(m.finalizers, fldPath.child('finalizers')));
  errs.push(...validateManagedFields(m.managedFields, fldPath.child('managedFields')));
  return errs;
}

/**
 * ValidateObjectMetaUpdate (ValidateObjectMetaAccessorUpdate): no new finalizers while deleting, a resource
 * version, no generation decrement, immutable identity fields, and the create-time rules for labels & co.
 */
export function validateObjectMetaUpdate(
  newMeta: ObjectMeta | undefined,
  oldMeta: ObjectMeta | undefined,
  fldPath: Path,
): ErrorList {
  const n = newMeta ?? {};
  const o = oldMeta ?? {};
  const errs: ErrorList = [];
  if (o.deletionTimestamp) {
    errs.push(...validateNoNewFinalizers(n.finalizers, o.finalizers, fldPath.child('finalizers')));
  }
  const rv = n.resourceVersion ?? '';
  if (rv.length === 0)
    errs.push(invalid(fldPath.child('resourceVersion'), rv, 'must be specified for an update'));
  if ((n.generation ?? 0) < (o.generation ?? 0)) {
    errs.push(invalid(fldPath.child('generation'), n.generation ?? 0, 'must not be decremented'));
  }
  errs.push(...validateImmutableField(n.name ?? '', o.name ?? '', fldPath.child('name')));
  errs.push(...validateImmutableField(n.namespace ?? '', o.namespace ?? '', fldPath.child('namespace')));
  errs.push(...validateImmutableField(n.uid ?? '', o.uid ?? '', fldPath.child('uid')));
  errs.push(
    ...validateImmutableField(n.creationTimestamp, o.creationTimestamp, fldPath.child('creationTimestamp')),
  );
  errs.push(
    ...validateImmutableField(n.deletionTimestamp, o.deletionTimestamp, fldPath.child('deletionTimestamp')),
  );
  errs.push(
    ...validateImmutableField(
      n.deletionGracePeriodSeconds,
      o.deletionGracePeriodSeconds,
      fldPath.child('deletionGracePeriodSeconds'),
    ),
  );
  errs.push(...validateLabels(n.labels, fldPath.child('labels')));
  errs.push(...validateAnnotations(n.annotations, fldPath.child('annotations')));
  errs.push(...validateOwnerReferences(n.ownerReferences, fldPath.child('ownerReferences')));
  errs.push(...validateManagedFields(n.managedFields, fldPath.child('managedFields')));
  return errs;
}
