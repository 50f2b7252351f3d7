// Go twin: k8s.io/apimachinery/pkg/labels/selector.go (Requirement, NewRequirement) @ v1.34.0
import { quote } from '../strconv/quote';
import { Operator } from '../selection/operator';
import { compareGoStrings } from '../sort/strings';
import { isQualifiedName, isValidLabelValue } from '../validation/validation';
import type { Set } from './labels';
import { lookup } from './labels';

export const binaryOperators: readonly Operator[] = [
  Operator.In,
  Operator.NotIn,
  Operator.Equals,
  Operator.DoubleEquals,
  Operator.NotEquals,
  Operator.GreaterThan,
  Operator.LessThan,
];
const unaryOperators: readonly Operator[] = [Operator.Exists, Operator.DoesNotExist];
const validRequirementOperators: readonly Operator[] = [...binaryOperators, ...unaryOperators];

/** An error whose message is exactly Go's err.Error(). */
export class LabelSelectorError extends Error {
  override readonly name = 'LabelSelectorError';
}

/**
 * A field path (a field.Path or anything printing like one), or null for Go's nil *field.Path, which prints
 * as `<nil>` and whose Child() starts a fresh path. Paths are built as strings, the way Path.String() prints.
 */
export type OptPath = { toString(): string } | null;
const pathString = (p: OptPath) => (p ? p.toString() : '<nil>');
const child = (p: OptPath, name: string): string => (p ? `${p.toString()}.${name}` : name);
const index = (p: string, i: number) => `${p}[${i}]`;

/** %#v of a []string: `[]string{"a", "b"}`, or `[]string(nil)` for a nil slice. */
function goStringSlice(vals: readonly string[] | null): string {
  if (vals === null) return '[]string(nil)';
  return `[]string{${vals.map(quote).join(', ')}}`;
}

/** field.Error.Error() for an Invalid error with a pre-rendered bad value. */
function invalid(field: string, rendered: string, detail: string): string {
  return `${field}: Invalid value: ${rendered}: ${detail}`;
}

/** errors.NewAggregate(...).Error(): duplicates dropped, one message alone, several in brackets. */
export function aggregate(msgs: readonly string[]): string {
  const uniq = [...new globalThis.Set(msgs)];
  return uniq.length === 1 ? uniq[0]! : `[${uniq.join(', ')}]`;
}

/** validateLabelKey: one field error, the messages joined by "; ". */
export function validateLabelKey(k: string, path: OptPath): string | null {
  const errs = isQualifiedName(k);
  return errs.length === 0 ? null : invalid(pathString(path), quote(k), errs.join('; '));
}

function validateLabelValue(k: string, v: string, path: string): string | null {
  const errs = isValidLabelValue(v);
  return errs.length === 0 ? null : invalid(`${path}[${k}]`, quote(v), errs.join('; '));
}

// strconv.ParseInt(s, 10, 64): optional sign, decimal digits, within int64.
export function parseInt64(s: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : null;
}

export class Requirement {
  /** Use newRequirement, which validates; this constructor does not. */
  constructor(
    readonly key: string,
    readonly operator: Operator,
    readonly strValues: readonly string[],
  ) {}

  private hasValue(v: string): boolean {
    return this.strValues.includes(v);
  }

  matches(ls: Set): boolean {
    const val = lookup(ls, this.key);
    switch (this.operator) {
      case Operator.In:
      case Operator.Equals:
      case Operator.DoubleEquals:
        return val !== undefined && this.hasValue(val);
      case Operator.NotIn:
      case Operator.NotEquals:
        return val === undefined || !this.hasValue(val);
      case Operator.Exists:
        return val !== undefined;
      case Operator.DoesNotExist:
        return val === undefined;
      case Operator.GreaterThan:
      case Operator.LessThan: {
        if (val === undefined) return false;
        const lsValue = parseInt64(val);
        if (lsValue === null || this.strValues.length !== 1) return false;
        const rValue = parseInt64(this.strValues[0]!);
        if (rValue === null) return false;
        return this.operator === Operator.GreaterThan ? lsValue > rValue : lsValue < rValue;
      }
      default:
        return false;
    }
  }

  /** The values sorted, as Go's Values() (a sets.String) lists them. */
  values(): string[] {
    return [...new globalThis.Set(this.strValues)].sort(compareGoStrings);
  }

  equal(x: Requirement): boolean {
    return (
      this.key === x.key &&
      this.operator === x.operator &&
      this.strValues.length === x.strValues.length &&
      this.strValues.every((v, i) => v === x.strValues[i])
    );
  }

  /** `key=v`, `key in (a,b)`, `!key`…; several values are printed sorted without reordering the requirement. */
  string(): string {
    let s = this.operator === Operator.DoesNotExist ? '!' + this.key : this.key;
    switch (this.operator) {
      case Operator.Equals:
        s += '=';
        break;
      case Operator.DoubleEquals:
        s += '==';
        break;
      case Operator.NotEquals:
        s += '!=';
        break;
      case Operator.In:
        s += ' in ';
        break;
      case Operator.NotIn:
        s += ' notin ';
        break;
      case Operator.GreaterThan:
        s += '>';
        break;
      case Operator.LessThan:
        s += '<';
        break;
      case Operator.Exists:
      case Operator.DoesNotExist:
        return s;
    }
    const set = this.operator === Operator.In || this.operator === Operator.NotIn;
    if (set) s += '(';
    s +=
      this.strValues.length === 1 ? this.strValues[0] : [...this.strValues].sort(compareGoStrings).join(',');
    if (set) s += ')';
    return s;
  }
}

/**
 * NewRequirement: validates the key, the operator/value-count rules and every value. On failure throws a
 * LabelSelectorError whose message is the aggregate of the field errors (paths relative to `path`).
 * `vals === null` models a nil Go slice (it only changes how an empty list is printed).
 */
export function newRequirement(
  key: string,
  op: string,
  vals: readonly string[] | null,
  path: OptPath = null,
): Requirement {
  const errs: string[] = [];
  const keyErr = validateLabelKey(key, child(path, 'key'));
  if (keyErr) errs.push(keyErr);
  const values = vals ?? [];
  const valuePath = child(path, 'values');
  const rendered = goStringSlice(vals);
  switch (op) {
    case Operator.In:
    case Operator.NotIn:
      if (values.length === 0) {
        errs.push(invalid(valuePath, rendered, "for 'in', 'notin' operators, values set can't be empty"));
      }
      break;
    case Operator.Equals:
    case Operator.DoubleEquals:
    case Operator.NotEquals:
      if (values.length !== 1) {
        errs.push(invalid(valuePath, rendered, 'exact-match compatibility requires one single value'));
      }
      break;
    case Operator.Exists:
    case Operator.DoesNotExist:
      if (values.length !== 0) {
        errs.push(invalid(valuePath, rendered, 'values set must be empty for exists and does not exist'));
      }
      break;
    case Operator.GreaterThan:
    case Operator.LessThan:
      if (values.length !== 1) {
        errs.push(invalid(valuePath, rendered, "for 'Gt', 'Lt' operators, exactly one value is required"));
      }
      values.forEach((v, i) => {
        if (parseInt64(v) === null) {
          errs.push(
            invalid(index(valuePath, i), quote(v), "for 'Gt', 'Lt' operators, the value must be an integer"),
          );
        }
      });
      break;
    default:
      errs.push(
        `${child(path, 'operator')}: Unsupported value: ${quote(op)}: supported values: ` +
          validRequirementOperators.map(quote).join(', '),
      );
  }
  values.forEach((v, i) => {
    const e = validateLabelValue(key, v, index(valuePath, i));
    if (e) errs.push(e);
  });
  if (errs.length > 0) throw new LabelSelectorError(aggregate(errs));
  return new Requirement(key, op as Operator, [...values]);
}
