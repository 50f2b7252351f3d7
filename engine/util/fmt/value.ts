// Go twin: fmt (%v, %s) and reflect.Type.String() for JSON-decoded values (map[string]interface{} …) @ go1.24
// Integers are int64 (the apiserver decodes patches with PreserveInts); other numbers are float64.
import { compareGoStrings } from '../sort/strings';
import { isObject } from '../json/value';

const isInt64 = (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 63;

/**
 * strconv.FormatFloat(f, 'g', -1, 64), which %v uses: the shortest digits, in exponent form when the decimal
 * exponent is < -4 or >= 6 (Go fixes the precision at 6 for this choice), e.g. 1234567.5 → 1.2345675e+06.
 */
export function formatFloatG(f: number): string {
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expStr] = f.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  // JavaScript prints plain decimals with the same shortest digits in this range.
  return String(f);
}

/** reflect.TypeOf(v).String() for a JSON-decoded value; nil has no type and prints as `%!s(<nil>)`. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (Array.isArray(v)) return '[]interface {}';
  if (isObject(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return isInt64(v) ? 'int64' : 'float64';
  return typeof v;
}

/** fmt's %v of a JSON-decoded value: `map[a:1 b:[x y]]`, `<nil>`, keys sorted. */
export function sprintV(v: unknown): string {
  return sprint(v, 'v');
}

/** fmt's %s of a JSON-decoded value: strings plain, other scalars as `%!s(int64=5)`. */
export function sprintS(v: unknown): string {
  return sprint(v, 's');
}

function sprint(v: unknown, verb: 'v' | 's'): string {
  if (v === null || v === undefined) return verb === 'v' ? '<nil>' : '%!s(<nil>)';
  if (Array.isArray(v)) return '[' + v.map((e) => sprint(e, verb)).join(' ') + ']';
  if (isObject(v)) {
    const keys = Object.keys(v).sort(compareGoStrings);
    return 'map[' + keys.map((k) => `${k}:${sprint(v[k], verb)}`).join(' ') + ']';
  }
  if (typeof v === 'string') return v;
  let s: string;
  if (typeof v === 'number') s = isInt64(v) ? String(v) : formatFloatG(v);
  else s = String(v);
  return verb === 'v' ? s : `%!s(${goTypeName(v)}=${s})`;
}
