// The HTTP-shaped request and response of the public API (engine/index.ts), and their conversion to the
// net/http model the server chain runs on. Exactly what HTTP would carry: a status, headers, a text body.
import type { RecordingResponseWriter } from '../server/http';
import { Header, type Request } from '../server/http';

export interface HTTPRequest {
  method: string;
  /** the path with the query string, e.g. `/api/v1/namespaces/default/pods?limit=500` */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  remoteAddr?: string;
}

export interface HTTPResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function toRequest(r: HTTPRequest): Request {
  const q = r.path.indexOf('?');
  const rawPath = q < 0 ? r.path : r.path.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : r.path.slice(q + 1));
  const header = new Header(r.headers ?? {});
  const body = r.body ?? '';
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // a malformed escape stays as sent; routing will not match it
  }
  return {
    method: r.method.toUpperCase(),
    path: path || '/',
    query,
    header,
    body,
    contentLength: new TextEncoder().encode(body).length,
    remoteAddr: r.remoteAddr ?? '127.0.0.1:50000',
    userAgent: header.get('User-Agent'),
    ctx: { namespace: '' },
  };
}

export function toResponse(w: RecordingResponseWriter): HTTPResponse {
  return { status: w.status || 200, headers: w.header().toRecord(), body: w.body };
}
