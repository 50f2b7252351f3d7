// Go twin: k8s.io/apimachinery/pkg/labels/labels.go (Set, Labels) @ v1.34.0
import { hasOwn } from '../json/value';
import { compareGoStrings } from '../sort/strings';

/** A map of label → value. Lookups use own properties only, so `__proto__` is an ordinary label. */
export type Set = Readonly<Record<string, string>>;

export function has(ls: Set, label: string): boolean {
  return hasOwn(ls, label);
}

/** Go's Set.Get: the missing label reads as "". */
export function get(ls: Set, label: string): string {
  return hasOwn(ls, label) ? ls[label]! : '';
}

export function lookup(ls: Set, label: string): string | undefined {
  return hasOwn(ls, label) ? ls[label] : undefined;
}

/** Set.String: `k=v` pairs sorted (byte order), joined by commas; the format Parse accepts. */
export function setString(ls: Set): string {
  return Object.keys(ls)
    .map((k) => `${k}=${ls[k]}`)
    .sort(compareGoStrings)
    .join(',');
}

/** FormatLabels: like setString, but `<none>` for an empty set. */
export function formatLabels(ls: Set): string {
  const s = setString(ls);
  return s === '' ? '<none>' : s;
}

/** True when a key is in both sets with different values. */
export function conflicts(a: Set, b: Set): boolean {
  for (const k of Object.keys(a)) {
    if (hasOwn(b, k) && b[k] !== a[k]) return true;
  }
  return false;
}

/** Merge: the second set wins on conflicts. */
export function merge(a: Set, b: Set): Record<string, string> {
  return Object.fromEntries([...Object.entries(a), ...Object.entries(b)]);
}

export function equals(a: Set, b: Set): boolean {
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((k) => hasOwn(b, k) && b[k] === a[k]);
}
