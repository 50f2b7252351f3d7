// Go twin: none — Kubewalk's own live view, beside the API (DESIGN §6) @ v1.34.0
//
// The page watches a running server through `GET /kubewalk/live` (server-sent events): every API request
// served while a page listens goes through `ServerChain.record` instead of plain `handle`, and its whole
// trace is sent as one `run` event when it completes. Hold mode (`POST /kubewalk/hold {"on":true}`) gives
// the next API request a gate that waits at each step until `POST /kubewalk/next` (or `/kubewalk/release`).
// Only one request is held at a time; the others run through, so a held request never blocks the server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gate, HTTPRequest, HTTPResponse, RecordedRun, ServerChain, TraceStep } from '../engine';
import type { Request, ResponseWriter } from '../engine/server/http';
import type { ServeFunc } from './http_adapter';

export interface LiveOptions {
  /** page origins allowed to read the stream and drive hold mode (CORS); by default vite's dev server */
  pageOrigins?: readonly string[];
  /** interval of the SSE keep-alive comment, in ms */
  keepAliveMs?: number;
}

/** vite's dev server and `vite preview`, by either loopback name */
export const defaultPageOrigins: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

/** What the page receives, one SSE event per message (`event: <type>`, `data: <json>`). */
export type LiveEvent =
  | { type: 'hello'; data: HoldState }
  | { type: 'request'; data: LiveRequestInfo }
  | { type: 'step'; data: { id: number; step: TraceStep } }
  | { type: 'run'; data: LiveRequestInfo & { run: RecordedRun } }
  | { type: 'hold'; data: HoldState };

export interface LiveRequestInfo {
  /** the server's sequence number of the request, from 1 */
  id: number;
  method: string;
  path: string;
  userAgent: string;
  /** whether hold mode holds this request */
  held: boolean;
}

export interface HoldState {
  on: boolean;
  /** only requests with these methods are held (null: all) */
  methods: string[] | null;
  /** the id of the request being held, or null */
  held: number | null;
  /** whether the held request waits at a step right now */
  waiting: boolean;
}

export interface Live {
  /** serves `/kubewalk/...` (and its CORS preflights); false for anything else, which it leaves untouched */
  handler(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * `ServerChain.serve` with the live view: what the HTTP adapter calls for every API request. Traced
   * requests are recorded (the answer is written once complete); watches and untraced ones stream as usual.
   */
  serve(w: ResponseWriter, req: Request): Promise<void>;
  /** whether the API request should go through `record` (a page listens and it is not a watch) */
  traces(request: HTTPRequest): boolean;
  /** serves one non-watch API request, traced when a page listens; never throws for an API error */
  record(request: HTTPRequest, clientGone?: AbortSignal): Promise<HTTPResponse>;
  /** how many pages listen */
  readonly listeners: number;
  /** ends every stream and lets a held request finish */
  close(): void;
}

interface HeldRequest {
  id: number;
  /** resolves the gate's current wait */
  wake: (() => void) | null;
  /** after release, the gate no longer waits */
  released: boolean;
}

const livePrefix = '/kubewalk/';
const maxControlBody = 4096;

/**
 * The live view of `server`. `untraced` serves what is not recorded (watches, requests while no page listens);
 * by default the chain's own `serve`.
 */
export function attachLive(
  server: ServerChain,
  options: LiveOptions = {},
  untraced: ServeFunc = (w, req) => server.serve(w, req),
): Live {
  const origins = new Set(options.pageOrigins ?? defaultPageOrigins);
  const streams = new Set<ServerResponse>();
  let seq = 0;
  let holdOn = false;
  let holdMethods: Set<string> | null = null;
  let held: HeldRequest | null = null;

  const holdState = (): HoldState => ({
    on: holdOn,
    methods: holdMethods ? [...holdMethods] : null,
    held: held?.id ?? null,
    waiting: held?.wake != null,
  });

  const send = (event: LiveEvent) => {
    const frame = `event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
    for (const res of streams) res.write(frame);
  };

  const release = () => {
    if (!held) return;
    held.released = true;
    const wake = held.wake;
    held.wake = null;
    wake?.();
  };

  const next = (): boolean => {
    const wake = held?.wake;
    if (!held || !wake) return false;
    held.wake = null;
    wake();
    return true;
  };

  // Nobody left to press Next: a held request must not wait forever.
  const stopHolding = () => {
    holdOn = false;
    holdMethods = null;
    release();
  };

  const gateFor = (h: HeldRequest): Gate => {
    return (step) => {
      if (h.released) return;
      // Some hooks are not awaited by the engine: a step reached while another waits lets that one go, so
      // the request always waits at the latest step and Next never lands on a step already passed.
      h.wake?.();
      return new Promise<void>((resolve) => {
        h.wake = resolve;
        send({ type: 'step', data: { id: h.id, step } });
      });
    };
  };

  const traces = (request: HTTPRequest) => streams.size > 0 && !isWatchPath(request.path);

  async function record(request: HTTPRequest, clientGone?: AbortSignal): Promise<HTTPResponse> {
    if (!traces(request)) return server.handle(request);
    const id = ++seq;
    const method = request.method.toUpperCase();
    const hold: HeldRequest | null =
      holdOn && held === null && (holdMethods === null || holdMethods.has(method))
        ? { id, wake: null, released: false }
        : null;
    if (hold) {
      held = hold;
      // kubectl interrupted: the request is not worth holding any longer
      clientGone?.addEventListener('abort', () => hold === held && release(), { once: true });
    }
    const info: LiveRequestInfo = {
      id,
      method,
      path: request.path,
      userAgent: headerValue(request.headers, 'user-agent'),
      held: hold !== null,
    };
    send({ type: 'request', data: info });
    if (hold) send({ type: 'hold', data: holdState() });
    let run: RecordedRun;
    try {
      run = await server.record(request, hold ? { gate: gateFor(hold) } : {});
    } finally {
      if (hold) {
        // after a timeout (504) the handler may still run on; nothing may keep it waiting
        hold.released = true;
        hold.wake?.();
        hold.wake = null;
      }
      if (hold && held === hold) {
        held = null;
        send({ type: 'hold', data: holdState() });
      }
    }
    send({ type: 'run', data: { ...info, run } });
    return run.response;
  }

  async function serve(w: ResponseWriter, req: Request): Promise<void> {
    const request = toHTTPRequest(req);
    // a body cut at the size limit keeps its real size only in the engine's Request: serve it as is
    if (!request || !traces(request)) return untraced(w, req);
    const response = await record(request, w.closed);
    const h = w.header();
    for (const [k, v] of Object.entries(response.headers)) h.set(k, v);
    w.writeHeader(response.status);
    if (response.body) w.write(response.body);
  }

  function openStream(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      ...corsHeaders(req),
    });
    res.flushHeaders();
    streams.add(res);
    res.write(`event: hello\ndata: ${JSON.stringify(holdState())}\n\n`);
    const timer = setInterval(() => res.write(': keep-alive\n\n'), options.keepAliveMs ?? 15_000);
    timer.unref();
    // Node 20 reports the client going away on the response, not the request.
    res.on('close', () => {
      clearInterval(timer);
      streams.delete(res);
      if (streams.size === 0) stopHolding();
    });
  }

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin || !origins.has(origin)) return { Vary: 'Origin' };
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  function reply(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
    const text = JSON.stringify(body) + '\n';
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-cache',
      ...corsHeaders(req),
    });
    res.end(text);
  }

  function control(req: IncomingMessage, res: ServerResponse, action: string) {
    readSmallBody(req).then(
      (body) => {
        switch (action) {
          case 'hold': {
            const parsed = parseHold(body);
            if (typeof parsed === 'string') return reply(req, res, 400, { message: parsed });
            if (parsed.on && streams.size === 0) {
              return reply(req, res, 409, { message: 'hold mode needs a page listening on /kubewalk/live' });
            }
            if (parsed.on) {
              holdOn = true;
              holdMethods = parsed.methods ? new Set(parsed.methods) : null;
            } else {
              stopHolding();
            }
            send({ type: 'hold', data: holdState() });
            return reply(req, res, 200, holdState());
          }
          case 'next':
            return reply(req, res, 200, { advanced: next(), ...holdState() });
          case 'release': {
            const had = held !== null;
            release();
            return reply(req, res, 200, { released: had, ...holdState() });
          }
          default:
            return reply(req, res, 404, { message: `no live endpoint ${livePrefix}${action}` });
        }
      },
      (err: Error) => reply(req, res, 413, { message: err.message }),
    );
  }

  function handler(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith(livePrefix)) return false;
    const action = path.slice(livePrefix.length);
    const origin = req.headers.origin;
    // A page from any other origin may not listen nor hold the class's requests.
    if (origin && !origins.has(origin)) {
      reply(req, res, 403, { message: `origin ${origin} is not allowed` });
      return true;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...corsHeaders(req),
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return true;
    }
    if (action === 'live') {
      if (req.method !== 'GET') reply(req, res, 405, { message: 'use GET' });
      else openStream(req, res);
      return true;
    }
    if (req.method !== 'POST') {
      reply(req, res, 405, { message: 'use POST' });
      return true;
    }
    control(req, res, action);
    return true;
  }

  return {
    handler,
    serve,
    traces,
    record,
    get listeners() {
      return streams.size;
    },
    close() {
      stopHolding();
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}

/** The hooks `startServer` (cli/serve.ts) takes: `startServer({ ...options, ...liveHooks(live options) })`. */
export function liveHooks(options: LiveOptions = {}): {
  wrapServe: (serve: ServeFunc, chain: ServerChain) => ServeFunc;
  extraRoutes: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** the live view, once the server has started */
  live: () => Live | null;
} {
  let live: Live | null = null;
  return {
    wrapServe: (serve, chain) => {
      live = attachLive(chain, options, serve);
      return live.serve;
    },
    extraRoutes: (req, res) => live?.handler(req, res) ?? false,
    live: () => live,
  };
}

/** `{"on": true, "methods": ["POST"]}` → the new hold setting, or what is wrong with it. */
export function parseHold(body: string): { on: boolean; methods: string[] | null } | string {
  let v: unknown;
  try {
    v = JSON.parse(body || '{}');
  } catch {
    return 'the body must be JSON like {"on":true}';
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the body must be a JSON object';
  const { on, methods } = v as { on?: unknown; methods?: unknown };
  if (typeof on !== 'boolean') return '"on" must be true or false';
  if (methods === undefined || methods === null) return { on, methods: null };
  if (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string' || !/^[A-Za-z]+$/.test(m))) {
    return '"methods" must be a list of HTTP methods';
  }
  return { on, methods: (methods as string[]).map((m) => m.toUpperCase()) };
}

/** The public API's request for an engine Request, or null when its body was not kept whole. */
function toHTTPRequest(req: Request): HTTPRequest | null {
  if (Buffer.byteLength(req.body) !== req.contentLength) return null;
  const query = req.query.toString();
  return {
    method: req.method,
    path: query ? `${req.path}?${query}` : req.path,
    headers: req.header.toRecord(),
    body: req.body,
    remoteAddr: req.remoteAddr,
  };
}

function isWatchPath(path: string): boolean {
  const q = path.indexOf('?');
  const query = new URLSearchParams(q < 0 ? '' : path.slice(q + 1));
  const w = query.get('watch');
  return w === 'true' || w === '1' || (q < 0 ? path : path.slice(0, q)).includes('/watch/');
}

function headerValue(headers: Record<string, string> | undefined, name: string): string {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return '';
}

function readSmallBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is drained, not kept, so the client still reads the 413.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= maxControlBody) chunks.push(c);
    });
    req.on('end', () =>
      size > maxControlBody
        ? reject(new Error(`the body exceeds ${maxControlBody} bytes`))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}
