// Go twin: fmt's %#v (fmt/print.go printValue with sharpV) as field.Error.ErrorBody prints the values
// apps validation passes to field.Invalid / field.NotSupported @ go1.24 / v1.34.0
//
// ErrorBody prints int/bool/float values with %v and plain `string`s with %q; everything else, once pointers
// are dereferenced, falls through to %#v: maps as `map[string]string{"a":"b"}`, structs as
// `v1.LabelSelector{MatchLabels:…, MatchExpressions:…}`. errors.ts renders such values as JSON, so these
// few errors are built here with the Go rendering precomputed.
import { FieldError, type ErrorType } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';
import { compareGoStrings } from '../../../util/sort/strings';
import { quote } from '../../../util/strconv/quote';
import { hasOwn, isObject } from '../../../util/json/value';

/** A field error whose bad value is printed with a precomputed Go rendering. */
class GoSyntaxFieldError extends FieldError {
  constructor(
    type: ErrorType,
    field: string,
    badValue: unknown,
    detail: string,
    private readonly rendered: string,
    private readonly typeString: string,
  ) {
    super(type, field, badValue, detail);
  }

  override errorBody(): string {
    let s = `${this.typeString}: ${this.rendered}`;
    if (this.detail.length > 0) s += `: ${this.detail}`;
    return s;
  }
}

/** field.Invalid(path, value, detail) where value prints as `rendered`. */
export function invalidGo(p: Path, value: unknown, rendered: string, detail: string): FieldError {
  return new GoSyntaxFieldError('FieldValueInvalid', p.toString(), value, detail, rendered, 'Invalid value');
}

/** field.NotSupported(path, value, validValues) where value prints as `rendered`. */
export function notSupportedGo(
  p: Path,
  value: unknown,
  rendered: string,
  validValues: readonly string[],
): FieldError {
  const detail = validValues.length > 0 ? 'supported values: ' + validValues.map(quote).join(', ') : '';
  return new GoSyntaxFieldError(
    'FieldValueNotSupported',
    p.toString(),
    value,
    detail,
    rendered,
    'Unsupported value',
  );
}

/** %#v of a map[string]string: keys sorted, `map[string]string(nil)` for nil, `map[string]string{}` empty. */
export function goMapStringString(m: unknown): string {
  if (!isObject(m)) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort(compareGoStrings);
  const entries = keys.map((k) => `${quote(k)}:${quote(String(hasOwn(m, k) ? m[k] : ''))}`);
  return `map[string]string{${entries.join(', ')}}`;
}

/** %#v of a []string. */
export function goStringSlice(v: unknown): string {
  if (!Array.isArray(v)) return '[]string(nil)';
  return `[]string{${v.map((s) => quote(String(s))).join(', ')}}`;
}

const str = (v: unknown) => quote(typeof v === 'string' ? v : '');

/** %#v of a metav1.LabelSelector (after ErrorBody dereferenced the pointer). */
export function goLabelSelector(sel: unknown): string {
  const s = isObject(sel) ? sel : {};
  const exprs = s['matchExpressions'];
  let exprText = '[]v1.LabelSelectorRequirement(nil)';
  if (Array.isArray(exprs)) {
    const items = exprs.map((e) => {
      const r = isObject(e) ? e : {};
      return `v1.LabelSelectorRequirement{Key:${str(r['key'])}, Operator:${str(r['operator'])}, Values:${goStringSlice(r['values'])}}`;
    });
    exprText = `[]v1.LabelSelectorRequirement{${items.join(', ')}}`;
  }
  return `v1.LabelSelector{MatchLabels:${goMapStringString(s['matchLabels'])}, MatchExpressions:${exprText}}`;
}

/** %#v of an intstr.IntOrString: Type 0 (Int) or 1 (String). */
export function goIntOrString(v: unknown): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${quote(v)}}`;
  const n = typeof v === 'number' ? v : 0;
  return `intstr.IntOrString{Type:0, IntVal:${n}, StrVal:""}`;
}

/**
 * The address %#v prints for a non-nil pointer inside a struct. Go prints the real heap address, which
 * differs from run to run; the simulator prints this fixed, plausible one instead.
 */
export const goPointerAddress = '0xc000a1c3f0';

/** %#v of an apps.DeploymentStrategy (internal type, after dereferencing the pointer). */
export function goDeploymentStrategy(strategy: unknown): string {
  const s = isObject(strategy) ? strategy : {};
  const ru = s['rollingUpdate'];
  const ruText = isObject(ru)
    ? `(*apps.RollingUpdateDeployment)(${goPointerAddress})`
    : '(*apps.RollingUpdateDeployment)(nil)';
  return `apps.DeploymentStrategy{Type:${str(s['type'])}, RollingUpdate:${ruText}}`;
}
