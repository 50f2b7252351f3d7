// Go twin: k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (StrategicMergeMapPatch, mergeMap,
//          mergeSlice, the $patch / $retainKeys / $deleteFromPrimitiveList / $setElementOrder directives) @ v1.34.0
// The server side of strategic merge patch: MergeParallelList and IgnoreUnmatchedNulls are both on.
// Go mutates both maps and ranges over them in random order; we work on copies in insertion order.
import { sprintV } from '../fmt/value';
import { deepCopy, deleteOwn, hasOwn, isObject, setOwn } from '../json/value';
import {
  errBadArgType,
  errBadPatchFormatForPrimitiveList,
  errBadPatchFormatForRetainKeys,
  errBadPatchFormatForSetElementOrderList,
  errBadPatchType,
  errNoMergeKey,
  MergepatchError,
} from '../mergepatch/errors';
import type { LookupPatchMeta } from './meta';
import { noPatchMeta } from './meta';
import {
  deduplicateScalars,
  deleteDirective,
  directiveMarker,
  extractToDeleteItems,
  findMapInSliceBasedOnKeyValue,
  goEqual,
  kindOf,
  mergeDirective,
  normalizeElementOrder,
  partitionMapsByPresentInList,
  partitionPrimitivesByPresentInList,
  replaceDirective,
  sliceElementType,
} from './lists';

type JSONMap = Record<string, unknown>;

const retainKeysStrategy = 'retainKeys';
const deleteFromPrimitiveListDirectivePrefix = '$deleteFromPrimitiveList';
const retainKeysDirective = '$' + retainKeysStrategy;
const setElementOrderDirectivePrefix = '$setElementOrder';

const mapType = 'map[string]interface {}';
const sliceType = '[]interface {}';

const orNone = (m: LookupPatchMeta | null): LookupPatchMeta => m ?? noPatchMeta;

/** extractRetainKeysPatchStrategy: whether retainKeys is set, and the other strategy. */
function extractRetainKeysPatchStrategy(strategies: readonly string[]): {
  retainKeys: boolean;
  strategy: string;
} {
  if (strategies.length === 0) return { retainKeys: false, strategy: '' };
  if (strategies.length === 1) {
    const s = strategies[0]!;
    return s === retainKeysStrategy ? { retainKeys: true, strategy: '' } : { retainKeys: false, strategy: s };
  }
  if (strategies.length === 2) {
    if (strategies[0] === retainKeysStrategy) return { retainKeys: true, strategy: strategies[1]! };
    if (strategies[1] === retainKeysStrategy) return { retainKeys: true, strategy: strategies[0]! };
  }
  throw new MergepatchError(`unexpected patch strategy: ${sprintV(strategies)}`);
}

function handleDirectiveInMergeMap(directive: unknown, patch: JSONMap): JSONMap {
  if (directive === replaceDirective) {
    deleteOwn(patch, directiveMarker);
    return patch;
  }
  if (directive === deleteDirective) return {};
  throw errBadPatchType(directive, patch);
}

const containsDirectiveMarker = (item: unknown) => isObject(item) && hasOwn(item, directiveMarker);

function mergeKeyValueEqual(left: unknown, right: unknown, mergeKey: string): boolean {
  if (mergeKey.length === 0) return goEqual(left, right);
  if (!isObject(left)) throw errBadArgType(mapType, left);
  if (!isObject(right)) throw errBadArgType(mapType, right);
  if (!hasOwn(left, mergeKey)) throw errNoMergeKey(left, mergeKey);
  if (!hasOwn(right, mergeKey)) throw errNoMergeKey(right, mergeKey);
  return goEqual(left[mergeKey], right[mergeKey]);
}

/** extractKey: the field name after `<prefix>/`. */
function extractKey(s: string, prefix: string): string {
  const slash = s.indexOf('/');
  if (slash < 0 || s.slice(0, slash) !== prefix) {
    if (prefix === deleteFromPrimitiveListDirectivePrefix) throw errBadPatchFormatForPrimitiveList;
    if (prefix === setElementOrderDirectivePrefix) throw errBadPatchFormatForSetElementOrderList;
    throw new MergepatchError(`fail to find unknown prefix "${prefix}" in ${s}\n`);
  }
  return s.slice(slash + 1);
}

/** Patch items must appear in $setElementOrder in the same relative order (deletions aside). */
function validatePatchWithSetOrderList(
  patchList: readonly unknown[],
  setOrderList: readonly unknown[],
  mergeKey: string,
) {
  if (setOrderList.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey.length > 0 ? extractToDeleteItems(patchList)[0] : patchList;
  let patchIndex = 0;
  let setOrderIndex = 0;
  while (patchIndex < nonDelete.length && setOrderIndex < setOrderList.length) {
    if (containsDirectiveMarker(nonDelete[patchIndex])) {
      patchIndex++;
      continue;
    }
    if (mergeKeyValueEqual(nonDelete[patchIndex], setOrderList[setOrderIndex], mergeKey)) patchIndex++;
    setOrderIndex++;
  }
  if (patchIndex < nonDelete.length && setOrderIndex >= setOrderList.length) {
    throw new MergepatchError(
      `The order in patch list:\n${sprintV(patchList)}\n doesn't match ${setElementOrderDirectivePrefix} list:\n${sprintV(setOrderList)}\n`,
    );
  }
}

/**
 * $retainKeys: every non-null patch field must be listed (else "invalid patch format of retainKeys"), and the
 * original keeps only the listed fields.
 */
function applyRetainKeysDirective(original: JSONMap, patch: JSONMap): void {
  if (!hasOwn(patch, retainKeysDirective)) return;
  const retainKeysInPatch = patch[retainKeysDirective];
  deleteOwn(patch, retainKeysDirective);
  if (!Array.isArray(retainKeysInPatch)) throw errBadPatchFormatForRetainKeys;
  const keep = new Set<unknown>(retainKeysInPatch);
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (
      v === null ||
      k.startsWith(deleteFromPrimitiveListDirectivePrefix) ||
      k.startsWith(setElementOrderDirectivePrefix)
    ) {
      continue;
    }
    if (!keep.has(k)) throw errBadPatchFormatForRetainKeys;
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

/** $setElementOrder/<field>: merges that list now and orders it: $setElementOrder > patch order > live order. */
function mergePatchIntoOriginal(original: JSONMap, patch: JSONMap, schema: LookupPatchMeta): void {
  for (const key of Object.keys(patch)) {
    if (!hasOwn(patch, key) || !key.startsWith(setElementOrderDirectivePrefix)) continue;
    const setElementOrderInPatch = patch[key];
    delete patch[key];
    if (!Array.isArray(setElementOrderInPatch)) throw errBadArgType(sliceType, setElementOrderInPatch);
    const originalKey = extractKey(key, setElementOrderDirectivePrefix);
    const foundOriginal = hasOwn(original, originalKey);
    const foundPatch = hasOwn(patch, originalKey);
    const originalList = original[originalKey];
    const patchList = patch[originalKey];
    let originalFieldValue: unknown[] = [];
    let patchFieldValue: unknown[] = [];
    if (foundOriginal) {
      if (!Array.isArray(originalList)) throw errBadArgType(sliceType, originalList);
      originalFieldValue = originalList;
    }
    if (foundPatch) {
      if (!Array.isArray(patchList)) throw errBadArgType(sliceType, patchList);
      patchFieldValue = patchList;
    }
    const field = schema.lookupPatchMetadataForSlice(originalKey);
    const { strategy } = extractRetainKeysPatchStrategy(field.patchStrategies);
    const mergeKey = field.patchMergeKey;
    validatePatchWithSetOrderList(patchFieldValue, setElementOrderInPatch, mergeKey);

    let merged: unknown[];
    if (foundOriginal && !foundPatch) merged = originalFieldValue;
    else if (!foundOriginal && foundPatch) merged = patchFieldValue;
    else if (foundOriginal && foundPatch) {
      merged = mergeSliceHandler(
        originalFieldValue,
        patchFieldValue,
        orNone(field.meta),
        strategy,
        mergeKey,
        false,
      );
    } else continue;

    const [patchItems, serverOnlyItems] =
      mergeKey.length === 0
        ? partitionPrimitivesByPresentInList(merged, setElementOrderInPatch)
        : partitionMapsByPresentInList(merged, setElementOrderInPatch, mergeKey);
    const kind = sliceElementType(originalFieldValue, patchFieldValue);
    setOwn(
      original,
      originalKey,
      normalizeElementOrder(
        patchItems,
        serverOnlyItems,
        setElementOrderInPatch,
        originalFieldValue,
        mergeKey,
        kind,
      ),
    );
    delete patch[originalKey];
  }
}

/** discardNullValuesFromPatch: drops every null property, in maps and in the maps inside lists. */
function discardNullValuesFromPatch(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (const item of v) discardNullValuesFromPatch(item);
  } else if (v !== null && typeof v === 'object') {
    const m = v as JSONMap;
    for (const k of Object.keys(m)) {
      if (m[k] === null) deleteOwn(m, k);
      else discardNullValuesFromPatch(m[k]);
    }
  }
  return v;
}

/** mergeMap: merges patch into original (both already private copies) and returns the result. */
function mergeMap(original: JSONMap | null, patch: JSONMap, schema: LookupPatchMeta): JSONMap {
  if (hasOwn(patch, directiveMarker)) return handleDirectiveInMergeMap(patch[directiveMarker], patch);
  const orig = original ?? {};
  applyRetainKeysDirective(orig, patch);
  mergePatchIntoOriginal(orig, patch, schema);

  for (let k of Object.keys(patch)) {
    const patchV = patch[k];
    let isDeleteList = false;
    if (k.startsWith(deleteFromPrimitiveListDirectivePrefix)) {
      const noPrefixKey = extractKey(k, deleteFromPrimitiveListDirectivePrefix);
      isDeleteList = true;
      if (noPrefixKey.length > 0) k = noPrefixKey;
    }
    // A null deletes the field; IgnoreUnmatchedNulls drops it when there was nothing to delete.
    if (patchV === null) {
      deleteOwn(orig, k);
      continue;
    }
    if (!hasOwn(orig, k)) {
      // taken as it is, but IgnoreUnmatchedNulls: a null inside has nothing to delete
      setOwn(orig, k, discardNullValuesFromPatch(patchV));
      continue;
    }
    const origV = orig[k];
    const kind = kindOf(origV);
    if (kind !== kindOf(patchV)) {
      setOwn(orig, k, discardNullValuesFromPatch(patchV));
      continue;
    }
    if (kind === 'map') {
      const field = schema.lookupPatchMetadataForStruct(k);
      const { strategy } = extractRetainKeysPatchStrategy(field.patchStrategies);
      setOwn(
        orig,
        k,
        strategy !== replaceDirective
          ? mergeMap(origV as JSONMap, patchV as JSONMap, orNone(field.meta))
          : patchV,
      );
    } else if (kind === 'slice') {
      const field = schema.lookupPatchMetadataForSlice(k);
      const { strategy } = extractRetainKeysPatchStrategy(field.patchStrategies);
      setOwn(
        orig,
        k,
        mergeSliceHandler(
          origV as unknown[],
          patchV as unknown[],
          orNone(field.meta),
          strategy,
          field.patchMergeKey,
          isDeleteList,
        ),
      );
    } else {
      setOwn(orig, k, patchV);
    }
  }
  return orig;
}

function mergeSliceHandler(
  original: unknown[],
  patch: unknown[],
  schema: LookupPatchMeta,
  strategy: string,
  mergeKey: string,
  isDeleteList: boolean,
): unknown[] {
  return strategy === mergeDirective ? mergeSlice(original, patch, schema, mergeKey, isDeleteList) : patch;
}

/** deleteFromSlice: the $deleteFromPrimitiveList parallel list removes every equal scalar. */
function deleteFromSlice(current: readonly unknown[], toDelete: readonly unknown[]): unknown[] {
  return current.filter((v) => !toDelete.some((d) => goEqual(d, v)));
}

/** Handles `$patch: delete` (drop matching items) and `$patch: replace` (the list is the patch) elements. */
function mergeSliceWithSpecialElements(
  original: unknown[],
  patch: readonly unknown[],
  mergeKey: string,
): { original: unknown[]; patch: unknown[] } {
  const plain: unknown[] = [];
  let replace = false;
  let orig = original;
  for (const v of patch) {
    const typedV = v as JSONMap;
    if (!hasOwn(typedV, directiveMarker)) {
      plain.push(v);
      continue;
    }
    const patchType = typedV[directiveMarker];
    if (patchType === deleteDirective) {
      if (!hasOwn(typedV, mergeKey)) throw errNoMergeKey(typedV, mergeKey);
      const mergeValue = typedV[mergeKey];
      for (;;) {
        const found = findMapInSliceBasedOnKeyValue(orig, mergeKey, mergeValue);
        if (!found) break;
        orig = [...orig.slice(0, found.index), ...orig.slice(found.index + 1)];
      }
    } else if (patchType === replaceDirective) {
      replace = true; // keep scanning to drop the other directive elements
    } else if (patchType === mergeDirective) {
      throw new MergepatchError('merging lists cannot yet be specified in the patch');
    } else {
      throw errBadPatchType(patchType, typedV);
    }
  }
  return replace ? { original: plain, patch: [] } : { original: orig, patch: plain };
}

function mergeSliceWithoutSpecialElements(
  original: unknown[],
  patch: readonly unknown[],
  mergeKey: string,
  schema: LookupPatchMeta,
): unknown[] {
  const out = [...original];
  for (const v of patch) {
    const typedV = v as JSONMap;
    if (!hasOwn(typedV, mergeKey)) throw errNoMergeKey(typedV, mergeKey);
    const found = findMapInSliceBasedOnKeyValue(out, mergeKey, typedV[mergeKey]);
    if (found) out[found.index] = mergeMap(found.map, typedV, schema);
    else out.push(v);
  }
  return out;
}

function mergeSlice(
  original: unknown[],
  patch: unknown[],
  schema: LookupPatchMeta,
  mergeKey: string,
  isDeleteList: boolean,
): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = sliceElementType(original, patch);
  let merged: unknown[];
  let orig = original;
  let pat = patch;
  if (kind !== 'map') {
    if (isDeleteList) return deleteFromSlice(original, patch);
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (mergeKey === '')
      throw new MergepatchError(`cannot merge lists without merge key for ${schema.name()}`);
    ({ original: orig, patch: pat } = mergeSliceWithSpecialElements(original, patch, mergeKey));
    merged = mergeSliceWithoutSpecialElements(orig, pat, mergeKey, schema);
  }
  const [patchItems, serverOnlyItems] =
    mergeKey.length === 0
      ? partitionPrimitivesByPresentInList(merged, pat)
      : partitionMapsByPresentInList(merged, pat, mergeKey);
  return normalizeElementOrder(patchItems, serverOnlyItems, pat, orig, mergeKey, kind);
}

/**
 * StrategicMergeMapPatch (server side): applies a strategic merge patch to a JSON object using the field
 * metadata from `schema`. Neither input is mutated. A null patch changes nothing. Throws MergepatchError
 * (see interpretStrategicMergePatchError), GoPanic, or whatever the schema lookup throws.
 */
export function strategicMergePatch(original: unknown, patch: unknown, schema: LookupPatchMeta): JSONMap {
  if (!isObject(original)) throw errBadArgType(mapType, original);
  if (patch === null || patch === undefined) return deepCopy(original);
  if (!isObject(patch)) throw errBadArgType(mapType, patch);
  return mergeMap(deepCopy(original), deepCopy(patch), schema);
}
