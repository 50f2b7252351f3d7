// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/prunenulls.go
// (PruneNonNullableNullsWithoutDefaults) @ v1.34.0
import { isObject } from '../../../../runtime/object';
import type { Structural } from '../structural';

function schemaForField(field: string, s: Structural | null | undefined): Structural | null {
  if (!s) return null;
  return s.properties?.get(field) ?? s.additionalProperties?.structural ?? null;
}

/**
 * pruneNonNullableNullsWithoutDefaults removes `null` values whose schema is neither nullable nor defaulted; a
 * null with a default stays, for applyDefaults to replace. Without a schema there is nothing to drop, so the walk
 * stops there (Go keeps walking but never deletes).
 */
export function pruneNonNullableNullsWithoutDefaults(x: unknown, s: Structural | null | undefined): void {
  if (!s) return;
  if (Array.isArray(x)) {
    for (const v of x) pruneNonNullableNullsWithoutDefaults(v, s.items);
    return;
  }
  if (!isObject(x)) return;
  for (const k of Object.keys(x)) {
    const schema = schemaForField(k, s);
    const v = x[k];
    if (v === null && schema && !schema.generic.nullable && schema.generic.default === undefined) delete x[k];
    else pruneNonNullableNullsWithoutDefaults(v, schema);
  }
}
