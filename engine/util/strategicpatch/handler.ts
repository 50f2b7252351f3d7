// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/patch.go (strategicPatchObject, applyPatchToObject,
//          interpretStrategicMergePatchError) @ v1.34.0
import { goJSONKind, isObject } from '../json/value';
import { PatchHandlerError } from '../jsonpatch/handler';
import {
  errBadJSONDoc,
  errBadPatchFormatForPrimitiveList,
  errBadPatchFormatForRetainKeys,
  errBadPatchFormatForSetElementOrderList,
  errNoListOfLists,
  errPatchContentNotMatchRetainKeys,
  errUnsupportedStrategicMergePatchFormat,
  MergepatchError,
} from '../mergepatch/errors';
import { GoPanic } from './lists';
import type { LookupPatchMeta } from './meta';
import { strategicMergePatch } from './patch';

/**
 * interpretStrategicMergePatchError: the format sentinels are a 400, lists of lists and retainKeys mismatches
 * a 422 (generic message), anything else a plain error (500 with the message as is).
 */
export function interpretStrategicMergePatchError(err: unknown): unknown {
  if (
    err === errBadJSONDoc ||
    err === errBadPatchFormatForPrimitiveList ||
    err === errBadPatchFormatForRetainKeys ||
    err === errBadPatchFormatForSetElementOrderList ||
    err === errUnsupportedStrategicMergePatchFormat
  ) {
    return new PatchHandlerError(400, (err as Error).message);
  }
  if (err === errNoListOfLists || err === errPatchContentNotMatchRetainKeys) {
    return new PatchHandlerError(422, (err as Error).message);
  }
  if (err instanceof MergepatchError) return new PatchHandlerError(500, err.message);
  return err;
}

/**
 * strategicPatchObject + applyPatchToObject up to the typed decode: the body must decode into a map (400
 * otherwise; a JSON null is an empty patch), then StrategicMergeMapPatch runs. Throws PatchHandlerError, or
 * GoPanic / a schema lookup error (both 500s; a panic is answered by the panic-recovery filter).
 */
export function strategicPatchObject(original: unknown, patch: unknown, schema: LookupPatchMeta): unknown {
  if (patch !== null && !isObject(patch)) {
    throw new PatchHandlerError(
      400,
      `json: cannot unmarshal ${goJSONKind(patch)} into Go value of type map[string]interface {}`,
    );
  }
  try {
    return strategicMergePatch(original, patch, schema);
  } catch (e) {
    if (e instanceof GoPanic) throw e;
    throw interpretStrategicMergePatchError(e);
  }
}
