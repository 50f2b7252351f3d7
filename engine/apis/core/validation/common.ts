// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateDNS1123Label, ValidateQualifiedName,
// ValidateDNS1123Subdomain, ValidatePortNumOrName) and the reflect.DeepEqual map comparison Go uses for
// immutable data @ v1.34.0
import { copyJSON, isObject } from '../../../runtime/object';
import { internalError, invalid, type ErrorList } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortName,
  isValidPortNum,
} from '../../../util/validation/validation';

export function validateDNS1123Label(value: string, fldPath: Path): ErrorList {
  return isDNS1123Label(value).map((msg) => invalid(fldPath, value, msg));
}

export function validateQualifiedName(value: string, fldPath: Path): ErrorList {
  return isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
}

export function validateDNS1123Subdomain(value: string, fldPath: Path): ErrorList {
  return isDNS1123Subdomain(value).map((msg) => invalid(fldPath, value, msg));
}

/** ValidatePortNumOrName: an int must be 1–65535, a string an IANA service name. */
export function validatePortNumOrName(port: unknown, fldPath: Path): ErrorList {
  if (typeof port === 'number' || port === undefined || port === null) {
    const n = typeof port === 'number' ? port : 0;
    return isValidPortNum(n).map((msg) => invalid(fldPath, n, msg));
  }
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(fldPath, port, msg));
  return [internalError(fldPath, new Error(`unknown type: ${typeof port}`))];
}

/**
 * reflect.DeepEqual on two map[string]T fields: a nil map (absent or null) differs from an empty one, as
 * `ConfigMapUpdate` and `SecretUpdate` observe.
 */
export function reflectMapEqual(a: unknown, b: unknown): boolean {
  const aNil = a === undefined || a === null;
  const bNil = b === undefined || b === null;
  if (aNil || bNil) return aNil === bNil;
  if (!isObject(a) || !isObject(b)) return false;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

/** Sorted own keys of a map field: Go iterates maps in random order; we pick a stable one. */
export function sortedKeys(m: unknown): string[] {
  return isObject(m) ? Object.keys(m).sort() : [];
}

/** A plain JSON copy of a bad value, so later mutation of the object cannot change an error's message. */
export const snapshot = (v: unknown): unknown => copyJSON(v);
