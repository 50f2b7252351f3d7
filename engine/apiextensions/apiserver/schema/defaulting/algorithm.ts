// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/algorithm.go (Default) @ v1.34.0
import { copyJSON, isObject, setOwn } from '../../../../runtime/object';
import type { Structural } from '../structural';

const isNonNullableNull = (x: unknown, s: Structural | null | undefined) =>
  x === null && !!s && !s.generic.nullable;

/**
 * applyDefaults sets the schema's defaults, in place (Go: structuraldefaulting.Default): a property that is
 * missing, or null where the schema is not nullable, gets a copy of its default; then every value is defaulted
 * against its own schema (properties, additionalProperties, items), so defaults apply inside list items and maps
 * and inside defaults just set.
 */
export function applyDefaults(obj: unknown, s: Structural | null): void {
  if (!s) return;
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      if (isNonNullableNull(obj[i], s.items) && s.items!.generic.default !== undefined)
        obj[i] = copyJSON(s.items!.generic.default);
      applyDefaults(obj[i], s.items ?? null);
    }
    return;
  }
  if (!isObject(obj)) return;
  for (const [k, prop] of s.properties ?? []) {
    if (prop.generic.default === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(obj, k) || isNonNullableNull(obj[k], prop))
      setOwn(obj, k, copyJSON(prop.generic.default));
  }
  for (const k of Object.keys(obj)) {
    const prop = s.properties?.get(k);
    if (prop) {
      applyDefaults(obj[k], prop);
    } else if (s.additionalProperties) {
      const ap = s.additionalProperties.structural ?? null;
      if (ap && isNonNullableNull(obj[k], ap) && ap.generic.default !== undefined)
        setOwn(obj, k, copyJSON(ap.generic.default));
      applyDefaults(obj[k], ap);
    }
  }
}
