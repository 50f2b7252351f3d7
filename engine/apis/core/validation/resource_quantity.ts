// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (validateResourceName,
// validateContainerResourceName, ValidateResourceQuotaResourceName, ValidateResourceQuantityValue,
// ValidateNonnegativeQuantity) @ v1.34.0
//
// How Go prints the bad values here matters to the messages: core.ResourceName has a String() method, so a name
// prints bare (`Invalid value: foo: …`), while a resource.Quantity value (String() on the pointer) prints as its
// raw struct.
import { parseQuantity, zeroQuantity, type Quantity } from '../../../api/resource/quantity';
import { quantityGoSyntax } from '../../../api/resource/quantity_gosyntax';
import { invalid, omitValue, type ErrorList, type FieldError } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';
import { isQualifiedName } from '../../../util/validation/validation';
import { isNegativeErrorMsg } from '../../meta/validation/objectmeta';
import {
  isExtendedResourceName,
  isIntegerResourceName,
  isNativeResource,
  isStandardContainerResourceName,
  isStandardQuotaResourceName,
  isStandardResourceName,
} from '../helper/helpers';
import { withGoSyntax } from './common';

export const isInvalidQuotaResource = 'must be a standard resource for quota';
export const isNotIntegerErrorMsg = 'must be an integer';

/** field.Invalid with a core.ResourceName (or any fmt.Stringer) as the value: printed without quotes. */
export const invalidStringer = (p: Path, value: string, detail: string): FieldError =>
  withGoSyntax(invalid(p, omitValue, detail), value);

/** field.Invalid with a resource.Quantity value: printed as Go's %#v of the struct. */
export const invalidQuantity = (p: Path, q: Quantity, detail: string): FieldError =>
  withGoSyntax(invalid(p, omitValue, detail), quantityGoSyntax(q));

/** A quantity held as text in an internal object; null when malformed (the decoder rejects those first). */
export function quantityOf(v: unknown): Quantity | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  try {
    return parseQuantity(String(v));
  } catch {
    return null;
  }
}

export function validateResourceName(value: string, fldPath: Path): ErrorList {
  const errs = isQualifiedName(value).map((msg) => invalidStringer(fldPath, value, msg));
  if (errs.length !== 0) return errs;
  if (!value.includes('/') && !isStandardResourceName(value)) {
    errs.push(invalidStringer(fldPath, value, 'must be a standard resource type or fully qualified'));
  }
  return errs;
}

export function validateContainerResourceName(value: string, fldPath: Path): ErrorList {
  const errs = validateResourceName(value, fldPath);
  if (!value.includes('/')) {
    if (!isStandardContainerResourceName(value)) {
      errs.push(invalidStringer(fldPath, value, 'must be a standard resource for containers'));
    }
  } else if (!isNativeResource(value) && !isExtendedResourceName(value)) {
    errs.push(invalidStringer(fldPath, value, "doesn't follow extended resource name standard"));
  }
  return errs;
}

export function validateResourceQuotaResourceName(value: string, fldPath: Path): ErrorList {
  const errs = validateResourceName(value, fldPath);
  if (!value.includes('/') && !isStandardQuotaResourceName(value)) {
    errs.push(invalidStringer(fldPath, value, isInvalidQuotaResource));
  }
  return errs;
}

/** ValidateResourceQuantityValue: never negative; whole numbers for counted resources. */
export function validateResourceQuantityValue(resource: string, q: Quantity, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  // ValidateNonnegativeQuantity passes value.String(): a quoted string
  if (q.cmp(zeroQuantity) < 0) errs.push(invalid(fldPath, q.toString(), isNegativeErrorMsg));
  if (isIntegerResourceName(resource) && q.milliValue() % 1000 !== 0) {
    errs.push(invalidQuantity(fldPath, q, isNotIntegerErrorMsg));
  }
  return errs;
}
