// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/writers.go (SerializeObject,
// WriteObjectNegotiated, ErrorNegotiated, WriteRawJSON) @ v1.34.0
import { errorToAPIStatus, type Status } from '../../../api/errors/errors';
import { CodecFactory, type SerializerInfo } from '../../../runtime/serializer/codec_factory';
import type { RuntimeObject } from '../../../runtime/object';
import { Scheme } from '../../../runtime/scheme';
import type { Request, ResponseWriter } from '../../../server/http';
import { negotiateOutputMediaType } from '../negotiation/negotiate';

/** Serializers for unversioned objects (Status, discovery documents), which need no scheme. */
const unversioned: SerializerInfo[] = new CodecFactory(new Scheme('unversioned')).supportedMediaTypes();

/** SerializeObject: set Content-Type and the status code, then write the encoded body. */
export function serializeObject(
  contentType: string,
  body: string,
  w: ResponseWriter,
  statusCode: number,
): void {
  w.header().set('Content-Type', contentType);
  w.writeHeader(statusCode);
  w.write(body);
}

/** Writes an unversioned, already-ordered object (Status, APIGroupList, …) in the negotiated format. */
export function writeUnversionedNegotiated(
  obj: RuntimeObject | Status,
  w: ResponseWriter,
  req: Request,
  statusCode: number,
): void {
  let info: SerializerInfo;
  let pretty = false;
  try {
    const mt = negotiateOutputMediaType(req, unversioned);
    info = mt.accepted;
    pretty = mt.pretty;
  } catch {
    info = unversioned[0]!; // a Status must always be writable; Go falls back to JSON too
  }
  const s = pretty && !info.mediaType.includes('yaml') ? info.prettySerializer : info.serializer;
  serializeObject(info.mediaType, s.encode(obj as RuntimeObject), w, statusCode);
}

/** ErrorNegotiated: any error as a metav1.Status with its HTTP code. */
export function errorNegotiated(err: unknown, w: ResponseWriter, req: Request): number {
  const status = errorToAPIStatus(err);
  const code = status.code;
  const retryAfter = status.details?.retryAfterSeconds ?? 0;
  if (retryAfter > 0) w.header().set('Retry-After', String(retryAfter));
  if (code === 204 || code === 304) {
    w.writeHeader(code);
    return code;
  }
  writeUnversionedNegotiated(status, w, req, code);
  return code;
}

/** WriteRawJSON: a pre-built JSON body (used by discovery-like endpoints). */
export function writeRawJSON(statusCode: number, obj: unknown, w: ResponseWriter, pretty = false): void {
  w.header().set('Content-Type', 'application/json');
  w.writeHeader(statusCode);
  w.write(pretty ? JSON.stringify(obj, null, '  ') : JSON.stringify(obj) + '\n');
}
