// Go twin: k8s.io/kube-openapi/pkg/handler3/handler.go (HandleDiscovery, HandleGroupVersion),
// k8s.io/kube-openapi/pkg/handler/handler.go (RegisterOpenAPIVersionedService),
// k8s.io/kube-aggregator/pkg/controllers/openapiv3/aggregator/aggregator.go (handleDiscovery,
// handleGroupVersion) and net/http (ServeContent, Redirect) @ v1.34.0
//
// Go installs /openapi/v2 and /openapi/v3 on every server and the aggregator merges them; here one merged
// handler sits on the aggregator's NonGoRestfulMux (the only one a request reaches for these paths).
import type { OpenAPIService } from '../../openapi/service';
import { discoveryDocument, serverRelativeURL, type CachedDocument } from '../../openapi/service';
import type { PathRecorderMux } from '../mux/pathrecorder';
import type { Handler, Request, ResponseWriter } from '../http';

const protobufV2 = 'com.github.proto-openapi.spec.v2.v1.0+protobuf';
const protobufV2Deprecated = 'com.github.proto-openapi.spec.v2@v1.0+protobuf';

/** Registers /openapi/v2, /openapi/v3 and /openapi/v3/<group-version> on a server's mux. */
export function installOpenAPI(mux: PathRecorderMux, service: OpenAPIService, now: () => Date): void {
  mux.handle('/openapi/v2', openAPIV2Handler(service));
  mux.handle('/openapi/v3', openAPIV3DiscoveryHandler(service, now));
  mux.handlePrefix('/openapi/v3/', openAPIV3GroupVersionHandler(service, now));
}

/** handleDiscovery: the merged discovery; ServeContent sniffs its type (text/plain) and stamps it now. */
export function openAPIV3DiscoveryHandler(service: OpenAPIService, now: () => Date): Handler {
  return async (w, req) => {
    const body = discoveryDocument(await service.documents());
    w.header().set('Content-Type', 'text/plain; charset=utf-8');
    serveContent(w, req, now(), body);
  };
}

/** HandleGroupVersion: one document; a stale `?hash=` is redirected to the current one (301). */
export function openAPIV3GroupVersionHandler(service: OpenAPIService, now: () => Date): Handler {
  return async (w, req) => {
    const key = req.path.slice('/openapi/v3/'.length);
    const doc = await service.document(key);
    if (!doc) {
      // no group-version matches: the aggregator answers 404 with no body
      w.writeHeader(404);
      return;
    }
    w.header().add('Vary', 'Accept');
    // protobuf is not produced by this simulator; clients that accept only protobuf get 406 (kubectl asks JSON)
    if (!accepts(req, ['json'])) {
      w.writeHeader(406);
      return;
    }
    const h = w.header();
    h.set('Content-Type', 'application/json');
    h.set('Etag', JSON.stringify(doc.etag));
    const hash = req.query.get('hash');
    if (hash) {
      if (hash !== doc.etag) {
        // http.Redirect with Content-Type already set: Location and the status, no body
        h.set('Location', serverRelativeURL(key, doc.etag));
        w.writeHeader(301);
        return;
      }
      h.set('Vary', 'Accept');
      h.set('Cache-Control', 'public, immutable');
      const expires = new Date(now().getTime()); // never mutate the clock's Date
      expires.setUTCFullYear(expires.getUTCFullYear() + 1);
      h.set('Expires', expires.toUTCString().replace('GMT', 'UTC'));
    }
    serveContent(w, req, doc.lastModified, doc.json);
  };
}

/**
 * /openapi/v2: JSON Swagger for JSON clients. Protobuf clients (kubectl's client-side validation) get a minimal
 * gnostic Document (swagger "2.0" and info only): this simulator has no protobuf encoder, and kubectl skips
 * validation for kinds a document does not define (see docs/decisions.md).
 */
export function openAPIV2Handler(service: OpenAPIService): Handler {
  return async (w, req) => {
    w.header().add('Vary', 'Accept');
    const choice = negotiate(req, ['json', protobufV2Deprecated, protobufV2]);
    if (!choice) {
      w.writeHeader(406);
      return;
    }
    const doc = await service.swagger();
    if (choice === 'json') {
      w.header().set('Content-Type', 'application/json');
      w.header().set('Etag', JSON.stringify(doc.etag));
      serveContent(w, req, doc.lastModified, doc.json);
      return;
    }
    w.header().set('Content-Type', `application/${protobufV2}`);
    w.header().set('Etag', JSON.stringify(`${doc.etag}-minimal`));
    serveContent(w, req, doc.lastModified, minimalProtobufDocument);
  };
}

/** openapi_v2.Document{swagger: "2.0", info: {title: "Kubernetes", version: "v1.34.0"}}: ASCII-only bytes. */
export const minimalProtobufDocument = (() => {
  const field = (n: number, s: string) => String.fromCharCode((n << 3) | 2, s.length) + s;
  const info = field(1, 'Kubernetes') + field(2, 'v1.34.0');
  return field(1, '2.0') + field(2, info);
})();

/** http.ServeContent for a whole document: validators, If-None-Match → 304, HEAD, Content-Length. */
function serveContent(w: ResponseWriter, req: Request, modtime: Date, body: string): void {
  const h = w.header();
  h.set('Last-Modified', modtime.toUTCString());
  const etag = h.get('Etag');
  const inm = req.header.get('If-None-Match');
  if (etag && inm && etagMatches(inm, etag)) {
    h.del('Content-Type');
    h.del('Content-Length');
    h.del('Last-Modified');
    w.writeHeader(304);
    return;
  }
  if (!etag && !inm) {
    const ims = Date.parse(req.header.get('If-Modified-Since'));
    if (!Number.isNaN(ims) && Math.floor(modtime.getTime() / 1000) * 1000 <= ims) {
      h.del('Content-Type');
      h.del('Content-Length');
      w.writeHeader(304);
      return;
    }
  }
  h.set('Accept-Ranges', 'bytes');
  h.set('Content-Length', String(new TextEncoder().encode(body).length));
  w.writeHeader(200);
  if (req.method !== 'HEAD') w.write(body);
}

/** If-None-Match uses the weak comparison: `*`, or any listed tag equal once `W/` is dropped. */
function etagMatches(header: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** goautoneg: the first of `subtypes` (all `application/…`) the Accept header's best clauses allow. */
function negotiate(req: Request, subtypes: string[]): string | undefined {
  const clauses = (req.header.get('Accept') || '*/*')
    .split(',')
    .map((c, i) => {
      const [mt, ...params] = c.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const [type = '', subtype = ''] = (mt ?? '').trim().split('/');
      return { type, subtype, q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((c) => c.type && c.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const c of clauses) {
    for (const s of subtypes) {
      if ((c.type === 'application' || c.type === '*') && (c.subtype === s || c.subtype === '*')) return s;
    }
  }
  return undefined;
}

function accepts(req: Request, subtypes: string[]): boolean {
  return negotiate(req, subtypes) !== undefined;
}

export type { CachedDocument };
