// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/response.go (transformResponseObject) @ v1.34.0
//
// The last stage of every handler: convert the internal result to the version the client asked for (or to a
// Table / PartialObjectMetadata when the Accept header says `as=…`), encode, and write.
import { newNotAcceptable } from '../../api/errors/errors';
import type { RuntimeObject } from '../../runtime/object';
import { groupVersioner, withTargetKind } from '../../runtime/scheme';
import type { SerializerInfo } from '../../runtime/serializer/codec_factory';
import { marshal, orderUnstructured } from '../../runtime/serializer/json/gojson';
import { toYAML } from '../../runtime/serializer/json/yaml';
import type { Request, ResponseWriter } from '../../server/http';
import type { MediaTypeOptions, EndpointRestrictions } from './negotiation/negotiate';
import { groupVersionOf, type RequestScope } from './rest';
import { buildTable, defaultTablePrinter, parseIncludeObject } from './table';

export type HandlerResult =
  | { type: 'object'; obj: RuntimeObject }
  | {
      type: 'list';
      items: RuntimeObject[];
      resourceVersion: string;
      continue?: string;
      remainingItemCount?: number;
    }
  | { type: 'raw'; value: Record<string, unknown> };

/** Table in meta.k8s.io v1 or v1beta1, and PartialObjectMetadata(List) in meta.k8s.io v1. */
export const tableRestrictions = (scope: RequestScope): EndpointRestrictions => ({
  allowsConversion: (t) =>
    t.group === 'meta.k8s.io' &&
    ((t.kind === 'Table' && (t.version === 'v1' || t.version === 'v1beta1') && scope.subresource === '') ||
      ((t.kind === 'PartialObjectMetadata' || t.kind === 'PartialObjectMetadataList') && t.version === 'v1')),
});

/** The object in the endpoint's external version (a copy; the input stays internal). */
export function toExternal(scope: RequestScope, obj: RuntimeObject): RuntimeObject {
  return scope.scheme.convertToVersion(obj, groupVersioner(groupVersionOf(scope.kind)));
}

/** The external `<Kind>List` for a list result, with items converted one by one. */
export function externalList(
  scope: RequestScope,
  r: Extract<HandlerResult, { type: 'list' }>,
): RuntimeObject {
  const listGVK = { ...scope.kind, kind: `${scope.kind.kind}List` };
  const list = scope.scheme.new(listGVK);
  const metadata: Record<string, unknown> = { resourceVersion: r.resourceVersion };
  if (r.continue) metadata.continue = r.continue;
  if (r.remainingItemCount !== undefined) metadata.remainingItemCount = r.remainingItemCount;
  list.metadata = metadata;
  list.items = r.items.map((i) => toExternal(scope, i));
  return withTargetKind(list, listGVK);
}

/** Encodes an already-ordered plain value with the negotiated serializer's format. */
export function encodePlain(info: SerializerInfo, value: unknown, pretty: boolean): string {
  if (info.mediaTypeSubType === 'yaml') return toYAML(orderUnstructured(value));
  return pretty ? marshal(value, '  ') : marshal(value) + '\n';
}

export function encodeResult(
  scope: RequestScope,
  req: Request,
  mt: MediaTypeOptions,
  result: HandlerResult,
): string {
  const info = mt.accepted;
  const serializer = mt.pretty ? info.prettySerializer : info.serializer;
  if (result.type === 'raw') return encodePlain(info, result.value, mt.pretty);
  if (mt.convert) {
    const apiVersion = `${mt.convert.group}/${mt.convert.version}`;
    if (mt.convert.kind === 'Table') {
      const include = parseIncludeObject(req.query.get('includeObject'));
      const items = result.type === 'list' ? result.items : [result.obj];
      const listMeta =
        result.type === 'list'
          ? {
              resourceVersion: result.resourceVersion,
              ...(result.continue ? { continue: result.continue } : {}),
              ...(result.remainingItemCount !== undefined
                ? { remainingItemCount: result.remainingItemCount }
                : {}),
            }
          : { resourceVersion: result.obj.metadata?.resourceVersion ?? '' };
      const table = buildTable(
        scope.tablePrinter ?? defaultTablePrinter,
        { items, listMeta },
        scope.now(),
        apiVersion,
        include,
        (o) => JSON.parse(info.serializer.encode(toExternal(scope, o)).trim() || 'null'),
      );
      return encodePlain(info, table, mt.pretty);
    }
    if (mt.convert.kind === 'PartialObjectMetadata' && result.type === 'object') {
      return encodePlain(
        info,
        { kind: 'PartialObjectMetadata', apiVersion, metadata: result.obj.metadata ?? {} },
        mt.pretty,
      );
    }
    if (mt.convert.kind === 'PartialObjectMetadataList' && result.type === 'list') {
      return encodePlain(
        info,
        {
          kind: 'PartialObjectMetadataList',
          apiVersion,
          metadata: {
            resourceVersion: result.resourceVersion,
            ...(result.continue ? { continue: result.continue } : {}),
          },
          items: result.items.map((i) => ({
            kind: 'PartialObjectMetadata',
            apiVersion,
            metadata: i.metadata ?? {},
          })),
        },
        mt.pretty,
      );
    }
    throw newNotAcceptable(`no ${mt.convert.kind} exists in group version ${apiVersion}`);
  }
  const external = result.type === 'list' ? externalList(scope, result) : toExternal(scope, result.obj);
  return serializer.encode(external);
}

/** transformResponseObject + WriteObjectNegotiated. */
export async function transformResponseObject(
  scope: RequestScope,
  req: Request,
  w: ResponseWriter,
  statusCode: number,
  mt: MediaTypeOptions,
  result: HandlerResult,
): Promise<void> {
  if (result.type === 'object')
    await scope.hooks?.step('convertToExternal', toExternal(scope, result.obj), {
      version: `${scope.kind.group ? scope.kind.group + '/' : ''}${scope.kind.version}`,
    });
  const body = encodeResult(scope, req, mt, result);
  await scope.hooks?.step('encode', null, { contentType: mt.contentType, bytes: body.length });
  w.header().set('Content-Type', mt.contentType);
  w.writeHeader(statusCode);
  w.write(body);
  await scope.hooks?.step('write', null, { status: statusCode });
}
