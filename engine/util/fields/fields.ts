// Go twin: k8s.io/apimachinery/pkg/fields/fields.go (Set, Fields) @ v1.34.0
import { hasOwn } from '../json/value';

/** Field name → value, e.g. `{ 'metadata.name': 'x', 'status.phase': 'Running' }`. */
export type Set = Readonly<Record<string, string>>;

/** Go's Set.Get: a missing field reads as "", so `f=` matches objects without the field. */
export function get(fs: Set, field: string): string {
  return hasOwn(fs, field) ? fs[field]! : '';
}

export function has(fs: Set, field: string): boolean {
  return hasOwn(fs, field);
}
