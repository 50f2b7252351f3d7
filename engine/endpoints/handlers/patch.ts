// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/patch.go (PatchResource, jsonPatcher, smpPatcher) @ v1.34.0
//
// A patch is applied to the current object inside the update loop: the stored object is converted to the
// endpoint's version, patched as JSON, decoded (strictly), defaulted and converted back to internal, and then
// goes through the same update path as a PUT. A conflicting concurrent write just re-runs the patch.
import type { Chain } from '../../admission/interfaces';
import {
  newBadRequest,
  newInvalid,
  newRequestEntityTooLargeError,
  newGenericServerResponse,
  newUnsupportedMediaType,
} from '../../api/errors/errors';
import { typeOf, type RuntimeObject } from '../../runtime/object';
import { groupVersioner } from '../../runtime/scheme';
import { StrictDecodingError } from '../../runtime/serializer/json/json';
import type { UpdatedObjectInfo } from '../../registry/generic/registry/store';
import type { Getter, RESTStorage, Updater } from '../../registry/rest/rest';
import type { Handler } from '../../server/http';
import { invalid } from '../../util/validation/field/errors';
import { newPath } from '../../util/validation/field/path';
import { applyJSPatch, PatchHandlerError } from '../../util/jsonpatch/handler';
import { strategicPatchObject } from '../../util/strategicpatch/handler';
import { addWarning } from '../request/context';
import { limitedReadBody } from './body';
import { validateFieldManagerParam } from './managedfields';
import { admissionAttributes, recordManagedFields } from './decode';
import { admitTraced, validateTraced } from './admission';
import { namerFor } from './namer';
import { negotiateOutputMediaType } from './negotiation/negotiate';
import { patchMetaFromStruct } from './patchmeta';
import { tableRestrictions, toExternal, transformResponseObject } from './response';
import {
  parseDryRun,
  parseFieldValidation,
  requestContext,
  scopeErr,
  type FieldValidation,
  type RequestScope,
} from './rest';

type PatchType =
  'application/json-patch+json' | 'application/merge-patch+json' | 'application/strategic-merge-patch+json';

/**
 * The patch types served. Strategic merge patch needs Go struct tags, so only built-in types have it.
 * Server-side apply (application/apply-patch+yaml) is not modelled, so it is not offered.
 */
export function supportedPatchTypes(strategic: boolean): PatchType[] {
  return strategic
    ? [
        'application/json-patch+json',
        'application/merge-patch+json',
        'application/strategic-merge-patch+json',
      ]
    : ['application/json-patch+json', 'application/merge-patch+json'];
}

function patchError(e: unknown): unknown {
  if (!(e instanceof PatchHandlerError)) return e;
  switch (e.code) {
    case 400:
      return newBadRequest(e.message);
    case 413:
      return newRequestEntityTooLargeError(e.message);
    case 422:
      // jsonPatcher: the library's error is passed as the server message, which Go then drops
      return newGenericServerResponse(422, e.message);
    default:
      return new Error(e.message);
  }
}

/** Applies the patch to the versioned JSON form of `current`; returns the new internal object. */
function applyPatch(
  scope: RequestScope,
  req: Parameters<Handler>[1],
  patchType: PatchType,
  patchJS: unknown,
  current: RuntimeObject,
  validation: FieldValidation,
  newObject: () => RuntimeObject,
): RuntimeObject {
  const info = scope.codecs.supportedMediaTypes()[0]!;
  const versioned = toExternal(scope, current);
  const def = typeOf(versioned)?.def;
  const currentJS: unknown = JSON.parse(info.serializer.encode(versioned));
  let patched: unknown;
  let strictErrors: string[] = [];
  try {
    if (patchType === 'application/strategic-merge-patch+json') {
      if (!def) throw newUnsupportedMediaType('strategic merge patch is not supported for this type');
      patched = strategicPatchObject(currentJS, patchJS, patchMetaFromStruct(def));
    } else {
      ({ patched, strictErrors } = applyJSPatch(patchType, currentJS, patchJS, validation));
    }
  } catch (e) {
    throw patchError(e);
  }
  const patchedJSON = JSON.stringify(patched);
  const decoder = validation === 'Ignore' ? info.serializer : info.strictSerializer;
  const codec = scope.codecs.decoderToVersion(decoder, groupVersioner(scope.hubGroupVersion));
  let out;
  try {
    out = codec.decode(patchedJSON, scope.kind, newObject());
  } catch (e) {
    throw newInvalid({ group: '', kind: '' }, '', [
      invalid(newPath('patch'), patchedJSON, (e as Error).message),
    ]);
  }
  const all = [...strictErrors, ...out.strictErrors];
  if (all.length > 0) {
    if (validation === 'Strict') throw newBadRequest(new StrictDecodingError(all).message);
    for (const e of all) addWarning(req.ctx, e);
  }
  return out.obj;
}

export function patchResource(
  storage: RESTStorage & Getter & Updater,
  scope: RequestScope,
  admit: Chain,
): Handler {
  return async (w, req) => {
    try {
      const { namespace, name } = namerFor(scope, req);
      const contentType = (req.header.get('Content-Type').split(';')[0] ?? '').trim();
      const types = supportedPatchTypes(
        !!typeOf(storage.newObject()) && scope.scheme.isVersionRegistered(scope.kind),
      );
      if (!(types as string[]).includes(contentType)) {
        throw newUnsupportedMediaType(
          `the body of the request was in an unknown format - accepted media types include: ${types.join(', ')}`,
        );
      }
      const patchType = contentType as PatchType;
      const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
      await scope.hooks?.step('negotiate', null, { output: mt.contentType, patchType });
      const body = limitedReadBody(req, scope.maxRequestBodyBytes);
      await scope.hooks?.step('readBody', null, {
        bytes: req.contentLength,
        limit: scope.maxRequestBodyBytes,
      });
      const dryRun = parseDryRun(req.query.getAll('dryRun'), 'PatchOptions');
      const validation = parseFieldValidation(req.query.get('fieldValidation'), 'PatchOptions');
      validateFieldManagerParam(req, 'PatchOptions');
      let patchJS: unknown;
      try {
        patchJS = JSON.parse(body);
      } catch {
        throw newBadRequest(`error decoding patch: invalid JSON`);
      }
      const ctx = requestContext(req, namespace);
      const objInfo: UpdatedObjectInfo = {
        preconditions: () => null,
        updatedObject: async (_ctx, current) => {
          if (!current.metadata?.resourceVersion)
            throw (
              (await storage
                .get(ctx, name)
                .then(() => null)
                .catch((e: unknown) => e)) ?? new Error('not found')
            );
          const obj = applyPatch(scope, req, patchType, patchJS, current, validation, () =>
            storage.newObject(),
          );
          await scope.hooks?.step('decode', obj, { patchType });
          recordManagedFields(scope, req, current, obj, 'Update');
          await admitTraced(
            scope,
            admit,
            admissionAttributes(scope, req, 'UPDATE', name, namespace, obj, current, dryRun),
          );
          return obj;
        },
      };
      const { obj } = await storage.update(
        ctx,
        name,
        objInfo,
        null,
        (o, old) =>
          validateTraced(
            scope,
            admit,
            admissionAttributes(scope, req, 'UPDATE', name, namespace, o, old, dryRun),
            o,
          ),
        false,
        { dryRun },
      );
      await scope.hooks?.step('storage', obj, {
        dryRun,
        resourceVersion: obj.metadata?.resourceVersion ?? '',
      });
      await transformResponseObject(scope, req, w, 200, mt, { type: 'object', obj });
    } catch (err) {
      scopeErr(err, w, req);
    }
  };
}
