// Go twin: k8s.io/client-go/transport/round_trippers.go (NewAuthProxyRoundTripper, SetAuthProxyHeaders,
// headerKeyEscape), k8s.io/apiserver/pkg/util/proxy (NewRequestForProxy) and net/http/httputil's ReverseProxy
// as k8s.io/apimachinery/pkg/util/proxy's UpgradeAwareHandler drives it @ v1.34.0
//
// Kubewalk has no network. An aggregated API server is an in-engine Handler registered under the Service its
// APIService names (`<namespace>/<name>`, like admission webhooks): that registration stands for the ready Pods
// behind the Service, their EndpointSlice, and the route from the Service's ClusterIP to them. A Service with
// no registered server has nothing listening: dialing it is a refused connection.
import type { UserInfo } from '../endpoints/request/context';
import { Header, httpError, type Handler, type Request, type ResponseWriter } from '../server/http';
import type { LoopbackClient } from './client/loopback';
import type { Endpoint } from './resolvers';

/** What an extension server gets when the aggregator starts it. */
export interface ExtensionServerContext {
  /** a client of kube-apiserver (Go: the extension server's in-cluster kubeconfig) */
  client: LoopbackClient;
  /** the cluster's clock, so what the server answers is reproducible */
  now(): Date;
}

/**
 * An aggregated API server: started once with a client and the clock, it answers the requests the aggregator
 * proxies to it (and the availability controller's discovery GET).
 */
export type ExtensionServer = (ctx: ExtensionServerContext) => Handler;

/** The in-engine extension servers, keyed `<namespace>/<name>` of the Service in APIService.spec.service. */
export type ExtensionServers = Record<string, ExtensionServer>;

export const serviceKey = (namespace: string, name: string) => `${namespace}/${name}`;

/** Hop-by-hop headers: httputil.ReverseProxy drops them in both directions. */
const hopHeaders = [
  'Connection',
  'Proxy-Connection',
  'Keep-Alive',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Te',
  'Trailer',
  'Transfer-Encoding',
  'Upgrade',
];

/** headerKeyEscape: %-encode the bytes that are not legal in a header name (and `%` itself). */
export function headerKeyEscape(key: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(key)) {
    const c = String.fromCharCode(b);
    out += /[!#$&'*+\-.0-9A-Z^_`a-z|~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * SetAuthProxyHeaders stomps the auth proxy header fields: whatever the client sent as X-Remote-* is replaced
 * by the user the aggregator authenticated. X-Remote-Uid is sent because RemoteRequestHeaderUID is on (beta in
 * 1.33) and only when the user has a UID.
 */
export function setAuthProxyHeaders(header: Header, user: UserInfo): void {
  header.del('X-Remote-User');
  header.del('X-Remote-Uid');
  header.del('X-Remote-Group');
  for (const key of header.keys()) {
    if (key.toLowerCase().startsWith('x-remote-extra-')) header.del(key);
  }
  header.set('X-Remote-User', user.name);
  if (user.uid) header.set('X-Remote-Uid', user.uid);
  for (const group of user.groups) header.add('X-Remote-Group', group);
  for (const [key, values] of Object.entries(user.extra ?? {})) {
    for (const value of values) header.add(`X-Remote-Extra-${headerKeyEscape(key)}`, value);
  }
}

/**
 * NewRequestForProxy plus what the ReverseProxy does to it: a copy of the request for the backend, with its own
 * (empty) context — the extension server is another process — the query re-encoded (url.Values.Encode sorts
 * the keys), hop-by-hop headers dropped and the client's address appended to X-Forwarded-For.
 */
export function newRequestForProxy(req: Request): Request {
  const header = req.header.clone();
  for (const h of hopHeaders) header.del(h);
  const clientIP = splitHost(req.remoteAddr);
  if (clientIP) {
    const prior = header.getAll('X-Forwarded-For');
    header.set('X-Forwarded-For', prior.length > 0 ? `${prior.join(', ')}, ${clientIP}` : clientIP);
  }
  const query = new URLSearchParams(req.query);
  query.sort();
  return {
    method: req.method,
    path: req.path,
    query,
    header,
    body: req.body,
    contentLength: req.contentLength,
    remoteAddr: req.remoteAddr,
    userAgent: req.userAgent,
    ctx: { namespace: '' },
  };
}

function splitHost(addr: string): string {
  const m = /^\[([^\]]*)\]:\d+$/.exec(addr) ?? /^([^:]*):\d+$/.exec(addr);
  return m ? m[1]! : '';
}

/**
 * The backend's side of the response: its headers are kept apart until it writes the status, then copied into
 * the client's response (hop-by-hop ones dropped) — httputil.ReverseProxy's copyHeader — and its body streamed
 * through, so a watch proxied to an extension server streams too.
 */
class ReverseProxyWriter implements ResponseWriter {
  private readonly backendHeader = new Header();
  started = false;

  constructor(private readonly w: ResponseWriter) {}

  get closed(): AbortSignal {
    return this.w.closed;
  }
  header(): Header {
    return this.backendHeader;
  }
  writeHeader(code: number): void {
    if (this.started) return;
    this.started = true;
    for (const h of hopHeaders) this.backendHeader.del(h);
    const out = this.w.header();
    for (const key of this.backendHeader.keys()) {
      for (const value of this.backendHeader.getAll(key)) out.add(key, value);
    }
    this.w.writeHeader(code);
  }
  write(chunk: string): void {
    this.writeHeader(200);
    this.w.write(chunk);
  }
  flush(): void {
    this.writeHeader(200);
    this.w.flush();
  }
}

/** The extension servers, started on first use (the server they call must exist by then). */
export class ClusterNetwork {
  private readonly started = new Map<string, Handler>();

  constructor(
    private readonly servers: ExtensionServers,
    private readonly ctx: ExtensionServerContext,
  ) {}

  /** The server listening behind the Service, or null: no ready endpoints. */
  serverFor(namespace: string, name: string): Handler | null {
    const key = serviceKey(namespace, name);
    const running = this.started.get(key);
    if (running) return running;
    if (!Object.hasOwn(this.servers, key)) return null;
    const handler = this.servers[key]!(this.ctx);
    this.started.set(key, handler);
    return handler;
  }

  /**
   * RoundTrip: send `req` (already rewritten for the backend) to the server behind the Service reached at
   * `endpoint`, writing its answer to `w`. A connection that fails before the backend answers is reported to
   * `onError` (Go: the ReverseProxy's ErrorHandler), with net/http's message.
   */
  async roundTrip(
    service: { namespace: string; name: string },
    endpoint: Endpoint,
    req: Request,
    w: ResponseWriter,
    onError: (err: Error) => void,
  ): Promise<void> {
    const backend = this.serverFor(service.namespace, service.name);
    if (!backend) {
      onError(new Error(`dial tcp ${endpoint.host}: connect: connection refused`));
      return;
    }
    const rw = new ReverseProxyWriter(w);
    try {
      await backend(rw, req);
    } catch (err) {
      // the backend dropped the connection before answering: the client gets the proxy's error
      if (!rw.started) onError(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    rw.writeHeader(200); // a handler that wrote nothing answered 200 with an empty body
  }
}

/** responder.Error: the proxy's failures reach the client as plain text, 503. */
export function proxyResponderError(w: ResponseWriter, err: Error): void {
  httpError(w, err.message, 503);
}
