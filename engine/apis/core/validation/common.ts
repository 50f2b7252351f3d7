// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateDNS1123Label, ValidateQualifiedName,
// ValidateDNS1123Subdomain, ValidatePortNumOrName) and the reflect.DeepEqual map comparison Go uses for
// immutable data @ v1.34.0
import { copyJSON, isObject } from '../../../runtime/object';
import { quote } from '../../../util/strconv/quote';
import {
  FieldError,
  internalError,
  invalid,
  omitValue,
  type ErrorList,
} from '../../../util/validation/field/errors';
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

/**
 * A field error whose bad value is shown in Go's `%#v` syntax, for values the shared formatter cannot render as
 * Go does (internal structs such as `core.ServicePort{…}`, named slices such as `[]core.IPFamily{…}`).
 */
class GoSyntaxFieldError extends FieldError {
  constructor(
    base: FieldError,
    private readonly goText: string,
  ) {
    super(base.type, base.field, base.badValue, base.detail);
  }

  override errorBody(): string {
    const head = new FieldError(this.type, this.field, omitValue, '').errorBody();
    return `${head}: ${this.goText}${this.detail.length > 0 ? `: ${this.detail}` : ''}`;
  }
}

export function withGoSyntax(err: FieldError, goText: string): FieldError {
  return new GoSyntaxFieldError(err, goText);
}

const goQuote = (s: string) => quote(s);

/** `%#v` of a named string slice, e.g. `[]core.IPFamily{"IPv4"}`; nil when absent. */
export function goStringSlice(typeName: string, values: readonly string[] | undefined | null): string {
  if (values === undefined || values === null) return `[]${typeName}(nil)`;
  return `[]${typeName}{${values.map(goQuote).join(', ')}}`;
}

/** `%#v` of a struct of string/number fields, given in Go field order, e.g. `core.EventSource{Component:"", Host:""}`. */
export function goStruct(typeName: string, fields: readonly [string, string | number | null][]): string {
  const body = fields
    .map(([k, v]) => `${k}:${v === null ? '(*string)(nil)' : typeof v === 'number' ? String(v) : goQuote(v)}`)
    .join(', ');
  return `${typeName}{${body}}`;
}
