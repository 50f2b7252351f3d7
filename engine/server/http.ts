// Go twin: net/http (Header, Request, ResponseWriter, Handler, Error, NotFound) — the shapes every handler
// and filter of k8s.io/apiserver is written against.
import type { RequestContext } from '../endpoints/request/context';
import type { RequestInfo } from '../endpoints/request/requestinfo';

/** textproto.CanonicalMIMEHeaderKey: `content-type` → `Content-Type`, `audit-id` → `Audit-Id`. */
export function canonicalHeaderKey(key: string): string {
  let canonical = canonicalKeys.get(key);
  if (canonical === undefined) {
    canonical = key
      .toLowerCase()
      .replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
    // Header names come from a small vocabulary; the bound only guards against hostile clients.
    if (canonicalKeys.size < 1000) canonicalKeys.set(key, canonical);
  }
  return canonical;
}

const canonicalKeys = new Map<string, string>();

/** http.Header: case-insensitive, multi-valued, and printed with Go's canonical names. */
export class Header {
  private readonly values = new Map<string, string[]>();

  constructor(init?: Record<string, string | string[]>) {
    for (const [k, v] of Object.entries(init ?? {})) {
      for (const one of Array.isArray(v) ? v : [v]) this.add(k, one);
    }
  }
  get(key: string): string {
    return this.values.get(canonicalHeaderKey(key))?.[0] ?? '';
  }
  getAll(key: string): string[] {
    return this.values.get(canonicalHeaderKey(key)) ?? [];
  }
  has(key: string): boolean {
    return this.values.has(canonicalHeaderKey(key));
  }
  set(key: string, value: string): void {
    this.values.set(canonicalHeaderKey(key), [value]);
  }
  add(key: string, value: string): void {
    const k = canonicalHeaderKey(key);
    this.values.set(k, [...(this.values.get(k) ?? []), value]);
  }
  del(key: string): void {
    this.values.delete(canonicalHeaderKey(key));
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
  /** One string per header (multiple values joined with ", "), keys sorted like Go's Header.Write. */
  toRecord(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of this.keys().sort()) out[k] = this.getAll(k).join(', ');
    return out;
  }
  clone(): Header {
    const h = new Header();
    for (const [k, v] of this.values) h.values.set(k, [...v]);
    return h;
  }
}

/** Request-scoped values Go keeps in the request's context.Context. */
export interface HTTPRequestContext extends RequestContext {
  requestInfo?: RequestInfo;
  auditID?: string;
  receivedTimestamp?: Date;
  /** set once all paths are installed (WithMuxAndDiscoveryComplete) */
  muxAndDiscoveryComplete?: boolean;
  /** aborted when the client goes away or a timeout fires */
  signal?: AbortSignal;
}

export interface Request {
  method: string;
  /** the path without the query string, e.g. `/api/v1/namespaces/default/pods` */
  path: string;
  query: URLSearchParams;
  header: Header;
  /** the whole body as text; HTTP adapters read it (within the size limit) before calling the server */
  body: string;
  /** the body's size in bytes as received (may exceed body.length for multi-byte text) */
  contentLength: number;
  remoteAddr: string;
  userAgent: string;
  ctx: HTTPRequestContext;
}

/** http.ResponseWriter plus http.Flusher and CloseNotifier, as watch needs them. */
export interface ResponseWriter {
  header(): Header;
  writeHeader(code: number): void;
  write(chunk: string): void;
  flush(): void;
  /** resolves when the client has gone away (or the response ended) */
  readonly closed: AbortSignal;
}

export type Handler = (w: ResponseWriter, req: Request) => Promise<void>;

/** http.Error: a plain-text body with a trailing newline. */
export function httpError(w: ResponseWriter, message: string, code: number): void {
  const h = w.header();
  h.del('Content-Length');
  h.set('Content-Type', 'text/plain; charset=utf-8');
  h.set('X-Content-Type-Options', 'nosniff');
  w.writeHeader(code);
  w.write(message + '\n');
}

/** http.NotFound: `404 page not found`. */
export function notFound(w: ResponseWriter): void {
  httpError(w, '404 page not found', 404);
}

/** A ResponseWriter that keeps everything in memory: what `server.handle()` returns. */
export class RecordingResponseWriter implements ResponseWriter {
  status = 0;
  readonly chunks: string[] = [];
  private readonly headers = new Header();
  private abort: AbortController | null = null;
  /** called on every write/flush; live adapters use it to stream */
  onWrite?: (chunk: string) => void;

  get closed(): AbortSignal {
    return (this.abort ??= new AbortController()).signal;
  }
  header(): Header {
    return this.headers;
  }
  writeHeader(code: number): void {
    if (this.status === 0) this.status = code;
  }
  write(chunk: string): void {
    if (this.status === 0) this.status = 200;
    this.chunks.push(chunk);
    this.onWrite?.(chunk);
  }
  flush(): void {
    if (this.status === 0) this.status = 200;
  }
  /** the client went away */
  close(): void {
    (this.abort ??= new AbortController()).abort();
  }
  get body(): string {
    return this.chunks.join('');
  }
}
