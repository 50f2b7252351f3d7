// Go twin: the body-decoding part shared by createHandler, UpdateResource and PatchResource
// (k8s.io/apiserver/pkg/endpoints/handlers/create.go, update.go) @ v1.34.0:
// decoder := scope.Serializer.DecoderToVersion(decodeSerializer, scope.HubGroupVersion)
import type { Attributes, Operation } from '../../admission/interfaces';
import { deepCopyObject, type RuntimeObject } from '../../runtime/object';
import { groupVersioner } from '../../runtime/scheme';
import type { GroupVersionKind } from '../../runtime/schema/groupversion';
import { StrictDecodingError } from '../../runtime/serializer/json/json';
import type { Request } from '../../server/http';
import { addWarning } from '../request/context';
import { updateManagedFieldsFor } from './managedfields';
import { negotiateInputSerializer } from './negotiation/negotiate';
import { decodeErrorGVK, transformDecodeError, type FieldValidation, type RequestScope } from './rest';

export interface DecodedBody {
  /** the internal object the handler continues with */
  obj: RuntimeObject;
  /** the object as sent, after decoding, with the version it was sent in */
  external: { gvk: GroupVersionKind; obj: RuntimeObject };
}

/**
 * Decode (into the version the body names), default, and convert to the internal hub. Unknown fields are
 * warnings under fieldValidation=Warn, a 400 under Strict, and silently dropped under Ignore.
 */
export async function decodeBody(
  scope: RequestScope,
  req: Request,
  body: string,
  into: RuntimeObject,
  validation: FieldValidation,
): Promise<DecodedBody> {
  const info = negotiateInputSerializer(req, scope.codecs.supportedMediaTypes());
  const decoder = validation === 'Ignore' ? info.serializer : info.strictSerializer;
  const codec = scope.codecs.decoderToVersion(decoder, groupVersioner(scope.hubGroupVersion));
  const snapshots: { decoded?: RuntimeObject; defaulted?: RuntimeObject } = {};
  let out;
  try {
    out = codec.decode(body, scope.kind, into, {
      decoded: (o) => (snapshots.decoded = deepCopyObject(o)),
      defaulted: (o) => (snapshots.defaulted = deepCopyObject(o)),
    });
  } catch (e) {
    throw transformDecodeError(scope, e, decodeErrorGVK(e), body);
  }
  const gvk = out.gvk ?? scope.kind;
  if (out.strictErrors.length > 0) {
    if (validation === 'Strict')
      throw transformDecodeError(scope, new StrictDecodingError(out.strictErrors), gvk, body);
    for (const e of out.strictErrors) addWarning(req.ctx, e);
  }
  await scope.hooks?.step('decode', snapshots.decoded ?? null, {
    gvk,
    contentType: info.mediaType,
    unknownFields: out.strictErrors,
  });
  await scope.hooks?.step('default', snapshots.defaulted ?? null, { gvk });
  // the hub: the internal version for built-ins, the request's own version for a custom resource
  const hub = scope.hubGroupVersion;
  await scope.hooks?.step('convertToInternal', deepCopyObject(out.obj), {
    to: `${hub.group}/${hub.version}`,
  });
  return { obj: out.obj, external: { gvk, obj: snapshots.defaulted ?? out.obj } };
}

export function admissionAttributes(
  scope: RequestScope,
  req: Request,
  operation: Operation,
  name: string,
  namespace: string,
  obj: RuntimeObject | null,
  oldObj: RuntimeObject | null,
  dryRun: boolean,
): Attributes {
  return {
    name,
    namespace,
    resource: scope.resource,
    subresource: scope.subresource,
    operation,
    kind: scope.kind,
    object: obj,
    oldObject: oldObj,
    dryRun,
    ...(req.ctx.user ? { userInfo: req.ctx.user } : {}),
  };
}

/** FieldManager.UpdateNoErrors: who set which fields, written to metadata.managedFields. */
export function recordManagedFields(
  scope: RequestScope,
  req: Request,
  liveObj: RuntimeObject | null,
  newObj: RuntimeObject,
  _operation: 'Update',
): void {
  updateManagedFieldsFor(scope, req, liveObj, newObj);
}
