// Go twin: net/http (conn.serve, response, http.MaxBytesReader) @ go1.24 — the Node side of the wire: an
// http.IncomingMessage becomes the engine's Request, and the engine's ResponseWriter streams onto the
// http.ServerResponse. Node only; the engine never imports this file.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Header, type Request, type ResponseWriter } from '../engine/server/http';

/** What serves one request: `ServerChain.serve`, or a wrapper around it (the live view's tracer). */
export type ServeFunc = (w: ResponseWriter, req: Request) => Promise<void>;

export interface AdapterOptions {
  /** --max-request-body-bytes: bytes beyond it are counted but not kept (the engine answers 413) */
  maxRequestBodyBytes: number;
  /** told about failures that never reach a client (a handler that threw after the response started) */
  onError?: (err: unknown) => void;
}

/** The body as read: the text kept (at most the limit) and the bytes the client announced or sent. */
export interface ReadBody {
  body: string;
  bytes: number;
  /** false when the client went away before the end of the body: such a request is never served */
  complete: boolean;
}

/**
 * Reads the body, keeping at most `limit` bytes. An announced Content-Length above the limit is not read at all
 * (Go's limitedReadBody checks r.ContentLength first); a body that grows past the limit stops being kept as soon
 * as it does, so a huge or endless body costs no memory. Either way `bytes` exceeds the limit and the handler
 * answers with the engine's own 413 Status. A client that goes away mid-body resolves with what arrived.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  const announced = Number(req.headers['content-length'] ?? '');
  if (limit > 0 && Number.isSafeInteger(announced) && announced > limit) {
    return Promise.resolve({ body: '', bytes: announced, complete: true });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let done = false;
    const finish = (complete: boolean) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      const over = limit > 0 && bytes > limit;
      resolve({ body: over ? '' : Buffer.concat(chunks).toString('utf8'), bytes, complete });
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (limit > 0 && bytes > limit) {
        chunks.length = 0;
        req.pause(); // stop reading: the answer is a 413 whatever follows
        finish(true);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish(true));
    req.once('close', () => finish(req.complete));
    req.once('error', () => finish(false));
  });
}

/** The engine's Request for a Node request whose body has been read. */
export function toEngineRequest(req: IncomingMessage, read: ReadBody, closed: AbortSignal): Request {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // a malformed escape stays as sent; routing will not match it
  }
  const header = new Header();
  // rawHeaders keeps repeated headers apart (Node joins some of them in req.headers)
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    header.add(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const remote = req.socket.remoteAddress ?? '127.0.0.1';
  const port = req.socket.remotePort ?? 0;
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: path || '/',
    query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
    header,
    body: read.body,
    contentLength: read.bytes,
    remoteAddr: remote.includes(':') ? `[${remote}]:${port}` : `${remote}:${port}`,
    userAgent: header.get('User-Agent'),
    // the client leaving cancels the request's context, as Go's conn does
    ctx: { namespace: '', signal: closed },
  };
}

/** http.ResponseWriter over a Node ServerResponse: headers go out on the first write or flush. */
export class NodeResponseWriter implements ResponseWriter {
  private readonly headers = new Header();
  private status = 0;
  /** whether anything (headers included) went onto the wire */
  private wrote = false;
  private readonly abort = new AbortController();

  constructor(private readonly res: ServerResponse) {
    // Node 20 reports a client that went away on the response, not on the request
    res.on('close', () => this.abort.abort());
  }

  get closed(): AbortSignal {
    return this.abort.signal;
  }
  /** the status code sent (0 until then) */
  get statusCode(): number {
    return this.status;
  }
  header(): Header {
    return this.headers;
  }
  writeHeader(code: number): void {
    if (this.status !== 0) return; // Go: "superfluous response.WriteHeader call", ignored
    this.status = code;
    if (this.res.headersSent || this.res.destroyed) return;
    const out: Record<string, string | string[]> = {};
    for (const k of this.headers.keys()) {
      const v = this.headers.getAll(k);
      out[k] = v.length === 1 ? v[0]! : v;
    }
    this.res.writeHead(code, out);
  }
  write(chunk: string): void {
    if (this.status === 0) this.writeHeader(200);
    if (this.res.destroyed || this.res.writableEnded) return;
    this.wrote = true;
    this.res.write(chunk);
  }
  flush(): void {
    if (this.status === 0) this.writeHeader(200);
    // writeHead only stores the headers; until the first write, flushHeaders is what puts them on the wire
    // (a watch with no events yet: kubectl waits for them)
    if (!this.wrote && !this.res.destroyed && !this.res.writableEnded) this.res.flushHeaders();
    this.wrote = true;
  }
  /** ends the response once the handler returns */
  end(): void {
    if (this.status === 0) this.writeHeader(200);
    if (!this.res.writableEnded) this.res.end();
  }
}

/**
 * The Node request listener: read the body (within the limit), serve it, end the response. Nothing escapes:
 * a handler that throws before answering gets a plain 500 (the engine's serve() already turns its own errors
 * into Status answers), and a failure after the answer started just closes the connection.
 */
export function nodeHandler(
  serve: ServeFunc,
  options: AdapterOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handleOne(serve, options, req, res);
  };
}

async function handleOne(
  serve: ServeFunc,
  options: AdapterOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const w = new NodeResponseWriter(res);
  req.on('error', () => {}); // a reset connection is the 'close' event's business
  res.on('error', () => {});
  try {
    const read = await readBody(req, options.maxRequestBodyBytes);
    if (read.bytes > options.maxRequestBodyBytes && options.maxRequestBodyBytes > 0) {
      // the rest of the body is never read: close the connection after answering rather than drain it
      w.header().set('Connection', 'close');
    }
    // a body cut short is never served, even when what arrived happens to parse
    if (!read.complete || w.closed.aborted) {
      res.destroy();
      return;
    }
    await serve(w, toEngineRequest(req, read, w.closed));
    w.end();
  } catch (err) {
    options.onError?.(err);
    if (w.statusCode === 0 && !res.headersSent && !res.destroyed) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    } else {
      res.destroy();
    }
  }
}
