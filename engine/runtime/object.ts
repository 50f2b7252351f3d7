// Go twin: k8s.io/apimachinery/pkg/runtime/interfaces.go (runtime.Object) @ v1.34.0
//
// In Go an object's type says which kinds it may be; here objects are plain JSON-shaped values, so each
// typed object carries its Go type in a hidden (non-enumerable, symbol-keyed) tag. JSON.stringify ignores
// the tag, so it never reaches the wire; deepCopyObject keeps it.
import type { StructDef } from './gotype';

/** A Go type known to a scheme: its package and name, and (for types with a wire form) its fields. */
export interface GoType {
  pkg: string;
  name: string;
  /** present for external (versioned) types, which JSON can encode and decode */
  def?: StructDef;
}

export const goTypeTag: unique symbol = Symbol.for('kubewalk.goType');

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  selfLink?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string | null;
  deletionTimestamp?: string | null;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: unknown[];
  finalizers?: string[];
  managedFields?: unknown[];
}

/** runtime.Object: any API object (typed, internal, list or Unstructured). */
export interface RuntimeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

export function typeOf(obj: object): GoType | undefined {
  return (obj as { [goTypeTag]?: GoType })[goTypeTag];
}

export function setType<T extends object>(obj: T, type: GoType): T {
  Object.defineProperty(obj, goTypeTag, {
    value: type,
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return obj;
}

/** `v1.Pod`, as Go's %v prints a reflect.Type. */
export const goTypeString = (type: GoType) => `${type.pkg.split('/').pop()}.${type.name}`;

/** Deep copy of JSON-shaped data that is safe for keys such as `__proto__` and keeps the type tag. */
export function deepCopyObject<T>(value: T): T {
  const out = copyJSON(value) as T;
  if (value !== null && typeof value === 'object') {
    const type = typeOf(value);
    if (type) setType(out as object, type);
  }
  return out;
}

export function copyJSON(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJSON);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    setOwn(out, key, copyJSON((value as Record<string, unknown>)[key]));
  }
  return out;
}

/** Assigns a property without triggering the `__proto__` setter. */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  else obj[key] = value;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
