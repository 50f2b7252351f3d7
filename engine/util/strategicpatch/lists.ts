// Go twin: k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (list helpers: sliceElementType,
//          normalizeElementOrder, mergeSortedSlice, partition*, deduplicateScalars) @ v1.34.0
import { sprintV } from '../fmt/value';
import { getOwn, hasOwn, isObject } from '../json/value';
import { errBadArgType, errNoListOfLists, errNoMergeKey, MergepatchError } from '../mergepatch/errors';
import { sliceStable } from '../sort/stable';

export const directiveMarker = '$patch';
export const deleteDirective = 'delete';
export const replaceDirective = 'replace';
export const mergeDirective = 'merge';

export type GoKind = 'map' | 'slice' | 'string' | 'int64' | 'float64' | 'bool' | 'nil';

/** reflect.TypeOf of a value decoded with PreserveInts: whole numbers are int64, others float64. */
export function kindOf(v: unknown): GoKind {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  if (isObject(v)) return 'map';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return Number.isInteger(v) && Math.abs(v as number) < 2 ** 63 ? 'int64' : 'float64';
}

/** A Go runtime panic (here: calling a method on a nil reflect.Type); the apiserver answers it with a 500. */
export class GoPanic extends Error {
  override readonly name = 'GoPanic';
}

/** sliceElementType: the one element type of all the lists; no lists of lists, no mixing. */
export function sliceElementType(...slices: (readonly unknown[])[]): GoKind {
  let prev: GoKind | undefined;
  for (const s of slices) {
    for (const v of s) {
      const cur = kindOf(v);
      if (prev === undefined || prev === 'nil') {
        // Go stores the first type and asks for its Kind(); a nil first element has no type.
        if (cur === 'nil')
          throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
        prev = cur;
        if (prev === 'slice') throw errNoListOfLists;
      } else if (prev !== cur) {
        throw new MergepatchError(`list element types are not identical: ${sprintV(slices)}`);
      }
    }
  }
  if (prev === undefined) throw new MergepatchError('no elements in any of the given slices');
  return prev;
}

/** Go's interface == on scalars (int64 and float64 never compare equal). */
export function goEqual(a: unknown, b: unknown): boolean {
  return a === b && kindOf(a) === kindOf(b);
}

/** deduplicateScalars: Go's in-place algorithm, which moves the last element into each duplicate's slot. */
export function deduplicateScalars(input: readonly unknown[]): unknown[] {
  let s = [...input];
  let length = s.length - 1;
  for (let i = 0; i < length; i++) {
    for (let j = i + 1; j <= length; j++) {
      if (goEqual(s[i], s[j])) {
        s[j] = s[length];
        s = s.slice(0, length);
        length--;
        j--;
      }
    }
  }
  return s;
}

/** findMapInSliceBasedOnKeyValue: the first map whose `key` equals `value`. */
export function findMapInSliceBasedOnKeyValue(
  m: readonly unknown[],
  key: string,
  value: unknown,
): { map: Record<string, unknown>; index: number } | null {
  for (let k = 0; k < m.length; k++) {
    const v = m[k];
    if (!isObject(v)) throw new MergepatchError(`value for key ${k} is not a map`);
    if (hasOwn(v, key) && goEqual(v[key], value)) return { map: v, index: k };
  }
  return null;
}

export function partitionPrimitivesByPresentInList(
  original: readonly unknown[],
  partitionBy: readonly unknown[],
): [unknown[], unknown[]] {
  const patch: unknown[] = [];
  const serverOnly: unknown[] = [];
  for (const v of original) {
    if (partitionBy.some((p) => goEqual(p, v))) patch.push(v);
    else serverOnly.push(v);
  }
  return [patch, serverOnly];
}

export function partitionMapsByPresentInList(
  original: readonly unknown[],
  partitionBy: readonly unknown[],
  mergeKey: string,
): [unknown[], unknown[]] {
  const patch: unknown[] = [];
  const serverOnly: unknown[] = [];
  for (const v of original) {
    if (!isObject(v)) throw errBadArgType('map[string]interface {}', v);
    if (!hasOwn(v, mergeKey)) throw errNoMergeKey(v, mergeKey);
    if (findMapInSliceBasedOnKeyValue(partitionBy, mergeKey, v[mergeKey])) patch.push(v);
    else serverOnly.push(v);
  }
  return [patch, serverOnly];
}

function validateMergeKeyInLists(mergeKey: string, ...lists: (readonly unknown[])[]): void {
  for (const list of lists) {
    for (const item of list) {
      if (!isObject(item)) throw errBadArgType('map[string]interface {}', item);
      if (!hasOwn(item, mergeKey)) throw errNoMergeKey(item, mergeKey);
    }
  }
}

/** extractToDeleteItems: splits off the `$patch: delete` items. */
export function extractToDeleteItems(l: readonly unknown[]): [unknown[], unknown[]] {
  const nonDelete: unknown[] = [];
  const toDelete: unknown[] = [];
  for (const v of l) {
    if (!isObject(v)) throw errBadArgType('map[string]interface {}', v);
    if (getOwn(v, directiveMarker) === deleteDirective) toDelete.push(v);
    else nonDelete.push(v);
  }
  return [nonDelete, toDelete];
}

/** index: position of the item (maps: of its merge key value) in l, or -1. */
function index(l: readonly unknown[], val: unknown, mergeKey: string, kind: GoKind): number {
  const getVal = (item: unknown) =>
    kind === 'map' ? (isObject(item) ? (getOwn(item, mergeKey) ?? null) : null) : item;
  const want = getVal(val);
  return l.findIndex((v) => goEqual(getVal(v), want));
}

// The comparator answers true whenever either item is missing from `order`, exactly as Go's does.
function normalizeSliceOrder(
  toSort: readonly unknown[],
  order: readonly unknown[],
  mergeKey: string,
  kind: GoKind,
): unknown[] {
  let sorted = [...toSort];
  let toDelete: unknown[] = [];
  if (kind === 'map') {
    validateMergeKeyInLists(mergeKey, toSort, order);
    [sorted, toDelete] = extractToDeleteItems(sorted);
  }
  sliceStable(sorted, (a, b) => {
    const ia = index(order, a, mergeKey, kind);
    if (ia >= 0) {
      const ib = index(order, b, mergeKey, kind);
      if (ib >= 0) return ia < ib;
    }
    return true;
  });
  return [...sorted, ...toDelete];
}

/**
 * mergeSortedSlice: interleaves server-only items (left) into the patch items (right), keeping each list's
 * order; an item goes first only when both are found in the live order and it comes earlier there.
 */
function mergeSortedSlice(
  left: readonly unknown[],
  right: readonly unknown[],
  serverOrder: readonly unknown[],
  mergeKey: string,
  kind: GoKind,
): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = index(serverOrder, left[i], mergeKey, kind);
      const ri = index(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

/** normalizeElementOrder: patch items in patch order, server-only items in live order, then interleaved. */
export function normalizeElementOrder(
  patch: readonly unknown[],
  serverOnly: readonly unknown[],
  patchOrder: readonly unknown[],
  serverOrder: readonly unknown[],
  mergeKey: string,
  kind: GoKind,
): unknown[] {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSortedSlice(s, p, serverOrder, mergeKey, kind);
}
