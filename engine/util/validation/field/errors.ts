// Go twin: k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error, ErrorList) @ v1.34.0
import { quote } from '../../strconv/quote';
import type { Path } from './path';

export type ErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

const typeStrings: Record<ErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/** Marks a value that ErrorBody must not print (Go's omitValue). */
export const omitValue: unique symbol = Symbol('omitValue');

export class FieldError {
  constructor(
    readonly type: ErrorType,
    readonly field: string,
    readonly badValue: unknown,
    readonly detail: string,
  ) {}

  /** `<field>: <body>`, as Go's (*Error).Error(). */
  error(): string {
    return `${this.field}: ${this.errorBody()}`;
  }

  /** The message without the field name; it becomes a Status cause's `message`. */
  errorBody(): string {
    const typeString = typeStrings[this.type];
    let s: string;
    if (
      this.type === 'FieldValueRequired' ||
      this.type === 'FieldValueForbidden' ||
      this.type === 'FieldValueTooLong' ||
      this.type === 'InternalError' ||
      this.badValue === omitValue
    ) {
      s = typeString;
    } else {
      s = `${typeString}: ${formatBadValue(this.badValue)}`;
    }
    if (this.detail.length > 0) s += `: ${this.detail}`;
    return s;
  }
}

/**
 * Go prints numbers and bools with %v, strings with %q, and other values with %#v (Go syntax). Without Go
 * types we print string slices as Go would — `[]string{"a", "b"}` — and anything else (structs, maps,
 * whose Go spelling we cannot know here) as JSON.
 */
function formatBadValue(value: unknown): string {
  if (value === null || value === undefined) return quote('null');
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return goSyntax(value);
}

function goSyntax(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return `[]string{${value.map((v) => quote(v)).join(', ')}}`;
  }
  return JSON.stringify(value);
}

export type ErrorList = FieldError[];

const s = (p: Path) => p.toString();

export const typeInvalid = (p: Path, value: unknown, detail: string) =>
  new FieldError('FieldValueTypeInvalid', s(p), value, detail);
export const notFound = (p: Path, value: unknown) => new FieldError('FieldValueNotFound', s(p), value, '');
export const required = (p: Path, detail = '') => new FieldError('FieldValueRequired', s(p), '', detail);
export const duplicate = (p: Path, value: unknown) => new FieldError('FieldValueDuplicate', s(p), value, '');
export const invalid = (p: Path, value: unknown, detail: string) =>
  new FieldError('FieldValueInvalid', s(p), value, detail);
export const forbidden = (p: Path, detail: string) => new FieldError('FieldValueForbidden', s(p), '', detail);
export const internalError = (p: Path, err: Error) =>
  new FieldError('InternalError', s(p), null, err.message);

export function notSupported(p: Path, value: unknown, validValues: readonly string[]): FieldError {
  const detail = validValues.length > 0 ? 'supported values: ' + validValues.map(quote).join(', ') : '';
  return new FieldError('FieldValueNotSupported', s(p), value, detail);
}

export function tooLong(p: Path, value: unknown, maxLength: number): FieldError {
  const detail =
    maxLength >= 0
      ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}`
      : 'value is too long';
  return new FieldError('FieldValueTooLong', s(p), value, detail);
}

export function tooMany(p: Path, actualQuantity: number, maxQuantity: number): FieldError {
  const detail = maxQuantity >= 0 ? `must have at most ${maxQuantity} items` : 'has too many items';
  return new FieldError('FieldValueTooMany', s(p), actualQuantity >= 0 ? actualQuantity : omitValue, detail);
}

/**
 * The message of `errs.ToAggregate()`: duplicates dropped, one error as itself, several as `[a, b]`
 * (k8s.io/apimachinery/pkg/util/errors/errors.go aggregate.Error). Returns '' for an empty list.
 */
export function aggregateMessage(errs: readonly FieldError[]): string {
  const seen = new Set<string>();
  for (const e of errs) seen.add(e.error());
  const msgs = [...seen];
  if (msgs.length === 0) return '';
  if (msgs.length === 1) return msgs[0]!;
  return `[${msgs.join(', ')}]`;
}
