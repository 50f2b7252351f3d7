// Go twin: k8s.io/apiserver/pkg/endpoints/discovery/aggregated/etag.go (ServeHTTPWithETag, calculateETag) and
// responsewriters/writers.go (WriteObjectNegotiated with the GVK in the Content-Type) @ v1.34.0
import type { RuntimeObject } from '../../../runtime/object';
import { Scheme } from '../../../runtime/scheme';
import { CodecFactory } from '../../../runtime/serializer/codec_factory';
import type { Request, ResponseWriter } from '../../../server/http';
import { negotiateOutputMediaType } from '../../handlers/negotiation/negotiate';
import { discoveryEndpointRestrictions } from './negotiation';
import { sha512 } from './sha512';
import { SchemeGroupVersion, type APIGroupDiscovery } from './types';

const serializers = new CodecFactory(new Scheme('apidiscovery')).supportedMediaTypes();

/** encoding/json escapes these in strings (HTMLEscape), so the hash is over the same bytes as Go's. */
const goJSONEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** json.Marshal of the list as the manager caches it: no TypeMeta yet, `metadata` always written. */
export function goJSONMarshal(items: APIGroupDiscovery[]): string {
  return JSON.stringify({ metadata: {}, items }).replace(/[<>&\u2028\u2029]/g, (c) => goJSONEscapes[c]!);
}

/** recent documents and their tags: /api and /apis rarely change, and hashing is the expensive part */
const recentETags = new Map<string, string>();

/** calculateETag: the SHA-512 of the JSON document, in upper-case hex. */
export function calculateETag(items: APIGroupDiscovery[]): string {
  const doc = goJSONMarshal(items);
  const cached = recentETags.get(doc);
  if (cached !== undefined) return cached;
  let hex = '';
  for (const b of sha512(new TextEncoder().encode(doc))) hex += b.toString(16).padStart(2, '0');
  const etag = hex.toUpperCase();
  if (recentETags.size >= 8) recentETags.delete(recentETags.keys().next().value!);
  recentETags.set(doc, etag);
  return etag;
}

/**
 * ServeHTTPWithETag: ETag (quoted), `Vary: Accept` and `Cache-Control: public`; a matching If-None-Match gets
 * 304 and no body, anything else the document, announced as
 * `application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList`.
 */
export function serveHTTPWithETag(items: APIGroupDiscovery[], w: ResponseWriter, req: Request): void {
  const quoted = JSON.stringify(calculateETag(items));
  const h = w.header();
  h.set('ETag', quoted);
  h.set('Vary', 'Accept');
  h.set('Cache-Control', 'public');
  if (req.header.get('If-None-Match') === quoted) {
    w.writeHeader(304);
    return;
  }
  // the wrapper only sends requests here whose Accept negotiates to the aggregated kind
  const mt = negotiateOutputMediaType(req, serializers, discoveryEndpointRestrictions);
  const info = mt.accepted;
  const s = mt.pretty && !info.mediaType.includes('yaml') ? info.prettySerializer : info.serializer;
  const body = s.encode({
    kind: 'APIGroupDiscoveryList',
    apiVersion: `${SchemeGroupVersion.group}/${SchemeGroupVersion.version}`,
    metadata: {},
    items,
  } as unknown as RuntimeObject);
  h.set(
    'Content-Type',
    `${info.mediaType};g=${SchemeGroupVersion.group};v=${SchemeGroupVersion.version};as=APIGroupDiscoveryList`,
  );
  w.writeHeader(200);
  w.write(body);
}
