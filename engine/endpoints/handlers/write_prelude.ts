// The opening every write handler shares (create.go, update.go, patch.go): negotiate the response, read the
// size-limited body, and parse the write options (dryRun, fieldValidation, fieldManager) @ v1.34.0.
import { newBadRequest } from '../../api/errors/errors';
import { gvString, type GroupVersionKind } from '../../runtime/schema/groupversion';
import type { Request } from '../../server/http';
import { limitedReadBody } from './body';
import { validateFieldManagerParam } from './managedfields';
import { negotiateOutputMediaType, type MediaTypeOptions } from './negotiation/negotiate';
import { tableRestrictions } from './response';
import { parseDryRun, parseFieldValidation, type FieldValidation, type RequestScope } from './rest';

export interface WriteRequest {
  mt: MediaTypeOptions;
  body: string;
  dryRun: boolean;
  validation: FieldValidation;
}

/** optionsKind names the options type in errors: CreateOptions, UpdateOptions or PatchOptions. */
export async function writePrelude(
  scope: RequestScope,
  req: Request,
  optionsKind: string,
  details: Record<string, unknown> = {},
): Promise<WriteRequest> {
  const mt = negotiateOutputMediaType(req, scope.codecs.supportedMediaTypes(), tableRestrictions(scope));
  await scope.hooks?.step('negotiate', null, { output: mt.contentType, ...details });
  const body = limitedReadBody(req, scope.maxRequestBodyBytes);
  await scope.hooks?.step('readBody', null, { bytes: req.contentLength, limit: scope.maxRequestBodyBytes });
  const dryRun = parseDryRun(req.query.getAll('dryRun'), optionsKind);
  const validation = parseFieldValidation(req.query.get('fieldValidation'), optionsKind);
  validateFieldManagerParam(req, optionsKind);
  return { mt, body, dryRun, validation };
}

/** scope.AcceptsGroupVersion: a body in another version of the group is a 400. */
export function checkGroupVersion(scope: RequestScope, gvk: GroupVersionKind): void {
  if (gvk.group !== scope.kind.group || gvk.version !== scope.kind.version) {
    throw newBadRequest(
      `the API version in the data (${gvString(gvk)}) does not match the expected API version (${gvString(scope.kind)})`,
    );
  }
}
