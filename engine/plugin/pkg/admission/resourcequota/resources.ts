// Go twin: k8s.io/apiserver/pkg/quota/v1/resources.go (Add, SubtractWithNonNegativeResult, Mask, LessThanOrEqual,
// RemoveZeros, IsNegative, Equals, ResourceNames) @ v1.34.0
//
// Resource lists as quota arithmetic sees them: name → Quantity, in a Map so user-chosen names are safe keys.
import { parseQuantity, type Quantity } from '../../../../api/resource/quantity';
import { setOwn } from '../../../../runtime/object';

export type Usage = Map<string, Quantity>;

/** A stored ResourceList (quantity text) as a Usage; malformed entries (never stored) are skipped. */
export function toUsage(list: Record<string, string> | undefined): Usage {
  const out: Usage = new Map();
  for (const k of Object.keys(list ?? {}).sort()) {
    try {
      out.set(k, parseQuantity(String(list![k])));
    } catch {
      // the decoder refuses malformed quantities; nothing to count
    }
  }
  return out;
}

/** Back to the stored form. */
export function toResourceList(u: Usage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...u.keys()].sort()) setOwn(out, k, u.get(k)!.toString());
  return out;
}

/** Add: the union, summing the names in both. */
export function add(a: Usage, b: Usage): Usage {
  const out: Usage = new Map(a);
  for (const [k, v] of b) {
    const cur = out.get(k);
    out.set(k, cur ? cur.add(v) : v);
  }
  return out;
}

/** Mask: only the given names. */
export function mask(u: Usage, names: Iterable<string>): Usage {
  const out: Usage = new Map();
  for (const k of names) if (u.has(k)) out.set(k, u.get(k)!);
  return out;
}

/** LessThanOrEqual: whether a ≤ b for every name both have, and the names where a exceeds b. */
export function lessThanOrEqual(a: Usage, b: Usage): [boolean, string[]] {
  const exceeded: string[] = [];
  for (const [k, limit] of b) {
    const v = a.get(k);
    if (v && v.cmp(limit) > 0) exceeded.push(k);
  }
  return [exceeded.length === 0, exceeded];
}

export function removeZeros(u: Usage): Usage {
  return new Map([...u].filter(([, v]) => !v.isZero()));
}

export function isNegative(u: Usage): string[] {
  return [...u].filter(([, v]) => v.sign() < 0).map(([k]) => k);
}

/** Equals: the same names with equal quantities. */
export function equals(a: Usage, b: Usage): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || b.get(k)!.cmp(v) !== 0) return false;
  return true;
}

export const resourceNames = (u: Usage): string[] => [...u.keys()];
