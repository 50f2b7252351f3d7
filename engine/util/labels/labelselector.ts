// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go (LabelSelectorAsSelector, LabelSelectorAsMap) @ v1.34.0
import { quote } from '../strconv/quote';
import { Operator } from '../selection/operator';
import { compareGoStrings } from '../sort/strings';
import { LabelSelectorError, newRequirement } from './requirement';
import type { Requirement } from './requirement';
import type { Selector } from './selector';
import { everything, newSelector, nothing } from './selector';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: readonly string[] | null;
}

/** metav1.LabelSelector as it appears in JSON. */
export interface LabelSelector {
  matchLabels?: Readonly<Record<string, string>> | null;
  matchExpressions?: readonly LabelSelectorRequirement[] | null;
}

const opFor: Readonly<Record<string, Operator>> = {
  In: Operator.In,
  NotIn: Operator.NotIn,
  Exists: Operator.Exists,
  DoesNotExist: Operator.DoesNotExist,
};

/**
 * LabelSelectorAsSelector: a nil selector selects nothing, an empty one everything. Throws LabelSelectorError
 * with Go's message for an invalid requirement or operator. Go walks matchLabels in map order; we sort the keys
 * so the first error reported is deterministic.
 */
export function labelSelectorAsSelector(ps: LabelSelector | null | undefined): Selector {
  if (!ps) return nothing();
  const labels = ps.matchLabels ?? {};
  const exprs = ps.matchExpressions ?? [];
  const labelKeys = Object.keys(labels).sort(compareGoStrings);
  if (labelKeys.length + exprs.length === 0) return everything();
  const reqs: Requirement[] = labelKeys.map((k) => newRequirement(k, Operator.Equals, [labels[k]!]));
  for (const expr of exprs) {
    const op = Object.prototype.hasOwnProperty.call(opFor, expr.operator) ? opFor[expr.operator] : undefined;
    if (op === undefined)
      throw new LabelSelectorError(`${quote(expr.operator)} is not a valid pod selector operator`);
    // `append([]string(nil), values...)` stays nil when there are no values.
    const vals = expr.values && expr.values.length > 0 ? [...expr.values] : null;
    reqs.push(newRequirement(expr.key, op, vals));
  }
  return newSelector().add(...reqs);
}

/** LabelSelectorAsMap: only matchLabels and single-value `In` expressions can be expressed as a map. */
export function labelSelectorAsMap(ps: LabelSelector | null | undefined): Record<string, string> | null {
  if (!ps) return null;
  const out: Record<string, string> = Object.fromEntries(Object.entries(ps.matchLabels ?? {}));
  for (const expr of ps.matchExpressions ?? []) {
    switch (expr.operator) {
      case 'In':
        if (expr.values?.length !== 1) {
          throw new LabelSelectorError(
            `operator ${quote(expr.operator)} without a single value cannot be converted into the old label selector format`,
          );
        }
        Object.defineProperty(out, expr.key, {
          value: expr.values[0],
          writable: true,
          enumerable: true,
          configurable: true,
        });
        break;
      case 'NotIn':
      case 'Exists':
      case 'DoesNotExist':
        throw new LabelSelectorError(
          `operator ${quote(expr.operator)} cannot be converted into the old label selector format`,
        );
      default:
        throw new LabelSelectorError(`${quote(expr.operator)} is not a valid selector operator`);
    }
  }
  return out;
}

/** FormatLabelSelector: the selector string, `<none>` when empty, `<error>` when invalid. */
export function formatLabelSelector(ps: LabelSelector | null | undefined): string {
  let s: string;
  try {
    s = labelSelectorAsSelector(ps).string();
  } catch {
    return '<error>';
  }
  return s === '' ? '<none>' : s;
}
