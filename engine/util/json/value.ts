// Go twin: encoding/json decoding into interface{} (map[string]interface{}, []interface{}, scalars) @ go1.24
// Plain JSON values and prototype-pollution-safe object helpers shared by the patch packages.

export type JSONValue = null | boolean | number | string | JSONValue[] | JSONObject;
export type JSONObject = { [key: string]: JSONValue };

/** A JSON object: not null, not an array. Keys are read with hasOwn only, so `__proto__` is plain data. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Own property or undefined; never reaches Object.prototype (so `obj['__proto__']` cannot leak). */
export function getOwn(obj: Record<string, unknown>, key: string): unknown {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

/** Defines an own data property; plain assignment would treat `__proto__` as a prototype setter. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

export function deleteOwn(obj: Record<string, unknown>, key: string): void {
  if (hasOwn(obj, key)) delete obj[key];
}

export function newObject(): Record<string, unknown> {
  return {};
}

/** Deep copy of a JSON value; objects are rebuilt with safe own properties. */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map((e: unknown) => deepCopy(e)) as T;
  if (isObject(v)) {
    const out = newObject();
    for (const k of Object.keys(v)) setOwn(out, k, deepCopy(v[k]));
    return out as T;
  }
  return v;
}

/** The JSON kind name Go's encoding/json uses in UnmarshalTypeError ("object", "array", "string", …). */
export function goJSONKind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v; // 'string' | 'number'
}
