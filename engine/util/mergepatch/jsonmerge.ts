// Go twin: gopkg.in/evanphx/json-patch.v4 merge.go (MergePatch, CreateMergePatch) @ v4.12.0
// RFC 7386 JSON Merge Patch. Quirks kept: nulls are pruned from objects the patch adds (also inside arrays),
// but not from an array or scalar that replaces an existing object.
import { deepEqual } from '../equality';
import { deepCopy, deleteOwn, getOwn, hasOwn, isObject, newObject, setOwn } from '../json/value';

export const errBadJSONDoc = 'Invalid JSON Document';
export const errBadJSONPatch = 'Invalid JSON Patch';
export const errBadMergeTypes = 'Mismatched JSON Documents';

/** An error whose message is one of the sentinels above. */
export class MergePatchError extends Error {
  override readonly name = 'MergePatchError';
}

function pruneNulls(n: unknown): void {
  if (isObject(n)) pruneDocNulls(n);
  else if (Array.isArray(n)) pruneAryNulls(n);
}

function pruneDocNulls(doc: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(doc)) {
    if (doc[k] === null) delete doc[k];
    else pruneNulls(doc[k]);
  }
  return doc;
}

// Nulls in arrays stay; only the objects inside them are pruned.
function pruneAryNulls(ary: unknown[]): unknown[] {
  for (const v of ary) if (v !== null) pruneNulls(v);
  return ary;
}

function merge(cur: unknown, patch: unknown): unknown {
  if (!isObject(cur)) {
    pruneNulls(patch);
    return patch;
  }
  if (!isObject(patch)) return patch;
  mergeDocs(cur, patch);
  return cur;
}

function mergeDocs(doc: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (v === null) {
      deleteOwn(doc, k);
      continue;
    }
    const cur = getOwn(doc, k);
    if (cur === undefined || cur === null) {
      pruneNulls(v);
      setOwn(doc, k, v);
    } else {
      setOwn(doc, k, merge(cur, v));
    }
  }
}

/**
 * MergePatch: applies an RFC 7386 merge patch to `doc` and returns the result; neither input is mutated.
 * A null document or patch, or a scalar patch, throws MergePatchError. A non-object document is replaced by
 * the (pruned) patch; an array patch replaces everything.
 */
export function jsonMergePatch(doc: unknown, patch: unknown): unknown {
  if (doc === null || doc === undefined) throw new MergePatchError(errBadJSONDoc);
  if (patch === null || patch === undefined) throw new MergePatchError(errBadJSONPatch);
  if (!isObject(patch)) {
    if (!Array.isArray(patch)) throw new MergePatchError(errBadJSONPatch);
    return pruneAryNulls(deepCopy(patch));
  }
  if (!isObject(doc)) return pruneDocNulls(deepCopy(patch));
  const out = deepCopy(doc);
  mergeDocs(out, deepCopy(patch));
  return out;
}

// matchesValue: same JSON type and deeply equal.
const matches = (a: unknown, b: unknown) => deepEqual(a, b);

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function getDiff(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const into = newObject();
  for (const key of Object.keys(b)) {
    const bv = b[key];
    if (!hasOwn(a, key) || jsonType(a[key]) !== jsonType(bv)) {
      setOwn(into, key, deepCopy(bv));
      continue;
    }
    const av = a[key];
    if (isObject(av) && isObject(bv)) {
      const dst = getDiff(av, bv);
      if (Object.keys(dst).length > 0) setOwn(into, key, dst);
    } else if (!matches(av, bv)) {
      setOwn(into, key, deepCopy(bv));
    }
  }
  for (const key of Object.keys(a)) {
    if (!hasOwn(b, key)) setOwn(into, key, null);
  }
  return into;
}

/**
 * CreateMergePatch: the merge patch that turns `original` into `modified`. Both must be objects, or both
 * arrays of objects of the same length (giving an array of patches).
 */
export function createMergePatch(original: unknown, modified: unknown): unknown {
  const oa = Array.isArray(original);
  const ma = Array.isArray(modified);
  if (oa && ma) {
    const o = original as unknown[];
    const m = modified as unknown[];
    if (o.length !== m.length) throw new MergePatchError(errBadJSONDoc);
    return o.map((x, i) => createMergePatch(x, m[i]));
  }
  if (oa || ma) throw new MergePatchError(errBadMergeTypes);
  if (!isObject(original) || !isObject(modified)) throw new MergePatchError(errBadJSONDoc);
  return getDiff(original, modified);
}
