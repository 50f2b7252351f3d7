// Go twin: k8s.io/apimachinery/pkg/api/meta/meta.go (Accessor), as far as storage needs it @ v1.34.0

/**
 * runtime.Object as storage sees it: a plain object with an optional `metadata`. Storage never depends
 * on concrete types, and never clones objects (they may carry a non-enumerable type tag); the codec hands
 * out fresh objects on every decode.
 */
export type Obj = Record<string, unknown>;

export type ObjectMeta = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** obj.metadata if it is an object, else undefined (Go's accessor would fail for such an object). */
export function objectMeta(obj: Obj): ObjectMeta | undefined {
  const m = obj.metadata;
  return isRecord(m) ? m : undefined;
}

/** obj.metadata, created when absent (a Go object always embeds its ObjectMeta). */
export function ensureObjectMeta(obj: Obj): ObjectMeta {
  const m = obj.metadata;
  if (isRecord(m)) return m;
  if (m !== undefined && m !== null) throw new Error(`object does not implement the Object interfaces`);
  const created: ObjectMeta = {};
  obj.metadata = created;
  return created;
}

/** A string field of metadata, '' when unset (Go's zero value). */
export function metaString(obj: Obj, field: string): string {
  const v = objectMeta(obj)?.[field];
  return typeof v === 'string' ? v : '';
}
