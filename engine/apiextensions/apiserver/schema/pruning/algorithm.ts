// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning/algorithm.go (PruneWithOptions, prune,
// skipPrune) and the order in which pkg/apiserver/customresource_handler.go (unstructuredSchemaCoercer.apply)
// prunes, drops nulls and coerces ObjectMeta @ v1.34.0
import { isObject } from '../../../../runtime/object';
import { pruneNonNullableNullsWithoutDefaults } from '../defaulting/prunenulls';
import { coerceWithOptions, getObjectMetaWithOptions, setObjectMeta } from '../objectmeta/coerce';
import type { Structural } from '../structural';

const metaFields = new Set(['apiVersion', 'kind', 'metadata']);

/** Tracks the path while walking, as Go's UnknownFieldPathOptions does (`spec.items[0].foo`). */
class PathTracker {
  parts: string[] = [];
  unknown: string[] = [];
  appendKey(k: string): void {
    if (this.parts.length > 0) this.parts.push('.');
    this.parts.push(k);
  }
  appendIndex(i: number): void {
    this.parts.push('[', String(i), ']');
  }
  record(k: string): void {
    const n = this.parts.length;
    this.appendKey(k);
    this.unknown.push(this.parts.join(''));
    this.parts.length = n;
  }
}

/**
 * pruneWithOptions removes the fields s does not specify, in place, and returns their sorted paths (Go:
 * PruneWithOptions with TrackUnknownFieldPaths). apiVersion, kind and metadata survive at a resource root and in
 * embedded resources.
 */
export function pruneWithOptions(obj: unknown, s: Structural | null, isResourceRoot: boolean): string[] {
  if (isResourceRoot) {
    const base: Structural = s ?? { generic: { type: '', nullable: false }, extensions: emptyExt() };
    s = base.extensions.xEmbeddedResource
      ? base
      : { ...base, extensions: { ...base.extensions, xEmbeddedResource: true } };
  }
  const t = new PathTracker();
  pruneValue(obj, s, t);
  return t.unknown.sort();
}

const emptyExt = () => ({ xPreserveUnknownFields: false, xEmbeddedResource: false, xIntOrString: false });

function pruneValue(x: unknown, s: Structural | null | undefined, t: PathTracker): void {
  if (s && s.extensions.xPreserveUnknownFields) {
    skipPrune(x, s, t);
    return;
  }
  const n = t.parts.length;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      t.appendIndex(i);
      if (s) pruneValue(x[i], s.items, t);
      else pruneUnknownTree(x[i], t);
      t.parts.length = n;
    }
    return;
  }
  if (!isObject(x)) return;
  if (!s) {
    for (const k of Object.keys(x)) {
      t.record(k);
      delete x[k];
    }
    return;
  }
  for (const k of Object.keys(x)) {
    if (s.extensions.xEmbeddedResource && metaFields.has(k)) continue;
    const prop = s.properties?.get(k);
    if (prop) {
      t.appendKey(k);
      pruneValue(x[k], prop, t);
      t.parts.length = n;
    } else if (s.additionalProperties) {
      t.appendKey(k);
      pruneValue(x[k], s.additionalProperties.structural, t);
      t.parts.length = n;
    } else {
      // a stray apiVersion/kind/metadata at the top of a non-root walk is dropped silently
      if (!metaFields.has(k) || t.parts.length > 0) t.record(k);
      delete x[k];
    }
  }
}

/**
 * A value without schema: objects lose all their fields; arrays are walked for the objects inside. Iterative, so
 * deeply nested arrays cannot exhaust the stack.
 */
function pruneUnknownTree(root: unknown, t: PathTracker): void {
  // each entry points at its parent, so a path is only spelled out when a field is recorded
  interface Entry {
    v: unknown;
    parent: Entry | null;
    seg: string;
  }
  const spell = (e: Entry | null): string => {
    const segs: string[] = [];
    for (let p = e; p; p = p.parent) segs.push(p.seg);
    return t.parts.join('') + segs.reverse().join('');
  };
  const stack: Entry[] = [{ v: root, parent: null, seg: '' }];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (Array.isArray(e.v)) {
      for (let i = e.v.length - 1; i >= 0; i--) stack.push({ v: e.v[i], parent: e, seg: `[${i}]` });
    } else if (isObject(e.v)) {
      const base = spell(e);
      for (const k of Object.keys(e.v)) {
        t.unknown.push(base.length > 0 ? `${base}.${k}` : k);
        delete e.v[k];
      }
    }
  }
}

function skipPrune(x: unknown, s: Structural, t: PathTracker): void {
  const n = t.parts.length;
  if (Array.isArray(x)) {
    if (!s.items) return;
    for (let i = 0; i < x.length; i++) {
      t.appendIndex(i);
      skipPrune(x[i], s.items, t);
      t.parts.length = n;
    }
    return;
  }
  if (!isObject(x)) return;
  for (const k of Object.keys(x)) {
    if (s.extensions.xEmbeddedResource && metaFields.has(k)) continue;
    const prop = s.properties?.get(k);
    if (prop) {
      t.appendKey(k);
      pruneValue(x[k], prop, t);
      t.parts.length = n;
    } else if (s.additionalProperties) {
      t.appendKey(k);
      // additionalProperties: true has no schema; Go prunes everything below it then
      pruneValue(x[k], s.additionalProperties.structural, t);
      t.parts.length = n;
    }
  }
}

/**
 * prune is what the custom resource decoder does to an object of the CRD's kind (Go: unstructuredSchemaCoercer.apply):
 * ObjectMeta at the root is decoded as metav1.ObjectMeta (unknown fields dropped), unknown fields are pruned, nulls
 * of non-nullable fields without default are dropped, and embedded resources' ObjectMeta is coerced. It returns
 * every dropped field as Go reports them (`metadata.foo`, then the sorted pruned paths, then embedded metadata);
 * the handler turns each into `unknown field "<path>"`.
 *
 * Metadata of the wrong type is left alone here: call getObjectMetaWithOptions first to report it as Go's decoder.
 */
export function prune(obj: unknown, s: Structural | null, isResourceRoot: boolean): string[] {
  const unknown: string[] = [];
  let meta: Record<string, unknown> | null = null;
  if (isResourceRoot && isObject(obj)) {
    try {
      const r = getObjectMetaWithOptions(obj, { dropMalformedFields: false });
      meta = r.meta;
      unknown.push(...r.unknownFieldPaths);
    } catch {
      meta = null;
    }
  }
  unknown.push(...pruneWithOptions(obj, s, isResourceRoot));
  pruneNonNullableNullsWithoutDefaults(obj, s);
  const c = coerceWithOptions(null, obj, s, false, {
    dropInvalidFields: false,
    returnUnknownFieldPaths: true,
  });
  unknown.push(...c.unknownFieldPaths);
  if (meta && isObject(obj)) setObjectMeta(obj, meta);
  return unknown;
}
