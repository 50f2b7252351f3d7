// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/patch.go (jsonPatcher.applyJSPatch) @ v1.34.0
// What the PATCH handler does with json-patch and merge-patch bodies before decoding the result, and which
// Status each failure becomes. The caller builds the Status from `PatchHandlerError`.
import { goJSONKind, hasOwn, isObject } from '../json/value';
import { errBadJSONPatch, jsonMergePatch, MergePatchError } from '../mergepatch/jsonmerge';
import { applyPatch, decodePatch, JSONPatchError } from './patch';

/** maxJSONPatchOperations: more operations than this is a 413. */
export const maxJSONPatchOperations = 10000;

/** JSONPatchMaxCopyBytes default (server/config.go), armed as jsonpatch.AccumulatedCopySizeLimit. */
export const jsonPatchMaxCopyBytes = 3 * 1024 * 1024;

export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';
export type JSPatchType = 'application/json-patch+json' | 'application/merge-patch+json';

/**
 * A failure the handler turns into a Status:
 * - 400 BadRequest: `message` as is;
 * - 413 RequestEntityTooLarge: NewRequestEntityTooLargeError, i.e. "Request entity too large: " + message;
 * - 422 Invalid via NewGenericServerResponse: the Status message is the generic
 *   "the server rejected our request due to an error in our request" and `message` (the library's error) is lost;
 * - 500: a plain Go error (message as is, empty reason).
 */
export class PatchHandlerError extends Error {
  override readonly name = 'PatchHandlerError';
  constructor(
    readonly code: 400 | 413 | 422 | 500,
    message: string,
  ) {
    super(message);
  }
}

export const genericUnprocessableMessage = 'the server rejected our request due to an error in our request';

// jsonPatchOp{Op, Path, From string; Value interface{}} as decoded by sigs.k8s.io/json UnmarshalStrict.
const opStringFields = ['op', 'path', 'from'] as const;

function strictDecodeJSONPatchOps(patch: unknown): string[] {
  const bad = (msg: string): never => {
    throw new PatchHandlerError(400, `error decoding patch: ${msg}`);
  };
  if (patch === null) return [];
  if (!Array.isArray(patch)) {
    bad(`json: cannot unmarshal ${goJSONKind(patch)} into Go value of type []handlers.jsonPatchOp`);
  }
  const strict: string[] = [];
  (patch as unknown[]).forEach((op, i) => {
    if (op === null) return;
    if (!isObject(op))
      bad(`json: cannot unmarshal ${goJSONKind(op)} into Go value of type handlers.jsonPatchOp`);
    const o = op as Record<string, unknown>;
    for (const f of opStringFields) {
      const v = hasOwn(o, f) ? o[f] : undefined;
      if (v !== undefined && v !== null && typeof v !== 'string') {
        bad(`json: cannot unmarshal ${goJSONKind(v)} into Go struct field jsonPatchOp.${f} of type string`);
      }
    }
    // The decoder is case-sensitive and reports unknown fields with their path (e.g. "[0].valu").
    for (const k of Object.keys(o)) {
      if (k !== 'op' && k !== 'path' && k !== 'from' && k !== 'value') {
        strict.push(`json patch unknown field "[${i}].${k}"`);
      }
    }
  });
  return strict;
}

/**
 * applyJSPatch: applies a json-patch or merge-patch body (already JSON-parsed) to the object's versioned JSON
 * form. Returns the patched value and the strict-decoding errors (warnings under Warn, a 422 under Strict,
 * reported by the caller after decoding). Throws PatchHandlerError. `doc` and `patch` are not mutated.
 */
export function applyJSPatch(
  patchType: JSPatchType,
  doc: unknown,
  patch: unknown,
  validation: FieldValidation = 'Warn',
): { patched: unknown; strictErrors: string[] } {
  const strictMode = validation === 'Strict' || validation === 'Warn';
  if (patchType === 'application/json-patch+json') {
    const strictErrors = strictMode ? strictDecodeJSONPatchOps(patch) : [];
    let ops;
    try {
      ops = decodePatch(patch);
    } catch (e) {
      if (e instanceof JSONPatchError) throw new PatchHandlerError(400, e.message);
      throw e;
    }
    if (ops.length > maxJSONPatchOperations) {
      throw new PatchHandlerError(
        413,
        `The allowed maximum operations in a JSON patch is ${maxJSONPatchOperations}, got ${ops.length}`,
      );
    }
    try {
      return {
        patched: applyPatch(doc, ops, { accumulatedCopySizeLimit: jsonPatchMaxCopyBytes }),
        strictErrors,
      };
    } catch (e) {
      if (e instanceof JSONPatchError) throw new PatchHandlerError(422, e.message);
      throw e;
    }
  }
  if (strictMode && patch !== null && !isObject(patch)) {
    throw new PatchHandlerError(
      400,
      `error decoding patch: json: cannot unmarshal ${goJSONKind(patch)} into Go value of type map[string]interface {}`,
    );
  }
  try {
    return { patched: jsonMergePatch(doc, patch), strictErrors: [] };
  } catch (e) {
    if (e instanceof MergePatchError)
      throw new PatchHandlerError(e.message === errBadJSONPatch ? 400 : 500, e.message);
    throw e;
  }
}
