import { describe, expect, it } from 'vitest';
import { addWarning } from '../endpoints/request/context';
import type { Authenticator } from '../endpoints/filters/authentication';
import type { Authorizer } from '../endpoints/filters/authorization';
import { newNotFoundHandler } from '../util/notfoundhandler/notfoundhandler';
import {
  defaultBuildHandlerChain,
  defaultLongRunningFunc,
  newHandlerChainConfig,
  newRequestInfoResolver,
  noTimers,
  sequentialAuditIDs,
  type HandlerChainConfig,
  type Timers,
} from './config';
import { newAPIServerHandler } from './handler';
import { Header, RecordingResponseWriter, type Handler, type Request } from './http';

function req(method: string, url: string, headers: Record<string, string> = {}): Request {
  const u = new URL(url, 'http://localhost');
  return {
    method,
    path: u.pathname,
    query: u.searchParams,
    header: new Header(headers),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: 'kubectl/v1.34.0',
    ctx: { namespace: '' },
  };
}

class FakeTimers implements Timers {
  private readonly pending = new Map<number, () => void>();
  private next = 1;
  setTimeout(fn: () => void): unknown {
    this.pending.set(this.next, fn);
    return this.next++;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    for (const [k, fn] of [...this.pending]) {
      this.pending.delete(k);
      fn();
    }
  }
}

const ok: Handler = async (w) => {
  w.header().set('Content-Type', 'application/json');
  w.writeHeader(200);
  w.write('{}');
};

function config(overrides: Partial<HandlerChainConfig> = {}): HandlerChainConfig {
  return newHandlerChainConfig({
    timers: noTimers,
    now: () => new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  });
}

async function serve(h: Handler, r: Request) {
  const w = new RecordingResponseWriter();
  await h(w, r);
  return w;
}

const jane: Authenticator = {
  authenticateRequest: () => ({ user: { name: 'jane', groups: ['system:authenticated'] } }),
};

describe('defaultBuildHandlerChain', () => {
  it('runs the filters outermost first, as Go wraps them inside-out', async () => {
    const names: string[] = [];
    const c = config({ onFilter: (name) => void names.push(name) });
    const w = await serve(defaultBuildHandlerChain(ok, c), req('GET', '/api/v1/namespaces/default/pods'));
    expect(w.status).toBe(200);
    expect(names).toEqual([
      'WithAuditInit',
      'WithPanicRecovery',
      'WithMuxAndDiscoveryComplete',
      'WithRequestReceivedTimestamp',
      'WithRequestInfo',
      'WithCacheControl',
      'WithWaitGroup',
      'WithRequestDeadline',
      'WithTimeoutForNonLongRunningRequests',
      'WithWarningRecorder',
      'authentication',
      'audit',
      'impersonation',
      'WithMaxInFlightLimit',
      'authorization',
    ]);
  });

  it('tracks optional filters only when they are installed', async () => {
    const names: string[] = [];
    const c = config({
      onFilter: (name) => void names.push(name),
      hstsDirectives: ['max-age=31536000'],
      corsAllowedOriginList: ['//localhost$'],
      maxRequestsInFlight: 0,
      maxMutatingRequestsInFlight: 0,
      authenticator: null,
      authorizer: null,
    });
    await serve(defaultBuildHandlerChain(ok, c), req('GET', '/api/v1/pods'));
    expect(names.slice(4, 7)).toEqual(['WithRequestInfo', 'WithHSTS', 'WithCacheControl']);
    // filterlatency's five names are tracked even when the filter itself installed nothing
    expect(names.slice(-6)).toEqual([
      'WithWarningRecorder',
      'WithCORS',
      'authentication',
      'audit',
      'impersonation',
      'authorization',
    ]);
  });

  it('awaits the step hook before entering each filter', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const reached: string[] = [];
    const c = config({
      onFilter: async (name) => {
        if (name === 'authorization') await gate;
      },
    });
    const h = defaultBuildHandlerChain(async (w) => {
      reached.push('director');
      w.writeHeader(200);
    }, c);
    const p = serve(h, req('GET', '/api/v1/pods'));
    await new Promise((r) => setTimeout(r, 0));
    expect(reached).toEqual([]);
    release();
    expect((await p).status).toBe(200);
    expect(reached).toEqual(['director']);
  });

  it('sets Audit-Id and Cache-Control on every response and puts the request data in the context', async () => {
    let seen: Request['ctx'] | undefined;
    const c = config({ auditIDGenerator: sequentialAuditIDs() });
    const w = await serve(
      defaultBuildHandlerChain(async (rw, r) => {
        seen = r.ctx;
        await ok(rw, r);
      }, c),
      req('GET', '/api/v1/namespaces/default/pods/web'),
    );
    expect(w.header().toRecord()).toEqual({
      'Audit-Id': '00000000-0000-4000-8000-000000000001',
      'Cache-Control': 'no-cache, private',
      'Content-Type': 'application/json',
    });
    expect(seen).toMatchObject({
      auditID: '00000000-0000-4000-8000-000000000001',
      user: { name: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] },
      requestInfo: { verb: 'get', namespace: 'default', resource: 'pods', name: 'web' },
      muxAndDiscoveryComplete: true,
    });
    expect(seen?.receivedTimestamp?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('turns an exception in the handler into a plain-text 500', async () => {
    const w = await serve(
      defaultBuildHandlerChain(async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'metadata')");
      }, config()),
      req('GET', '/api/v1/pods'),
    );
    expect(w.status).toBe(500);
    expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w.body).toBe('This request caused apiserver to panic. Look in the logs for details.\n');
    expect(w.header().get('Audit-Id')).not.toBe('');
  });

  it('rejects requests past max-in-flight with a plain-text 429', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = defaultBuildHandlerChain(
      async (w) => {
        await gate;
        w.writeHeader(200);
      },
      config({ maxRequestsInFlight: 1, authenticator: jane }),
    );
    const first = serve(h, req('GET', '/api/v1/pods'));
    await new Promise((r) => setTimeout(r, 0));
    const second = await serve(h, req('GET', '/api/v1/pods'));
    expect(second.status).toBe(429);
    expect(second.header().get('Retry-After')).toBe('1');
    expect(second.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(second.body).toBe('Too many requests, please try again later.\n');
    release();
    expect((await first).status).toBe(200);
  });

  it('answers 401 when authentication fails', async () => {
    const w = await serve(
      defaultBuildHandlerChain(ok, config({ authenticator: { authenticateRequest: () => null } })),
      req('GET', '/api/v1/pods'),
    );
    expect(w.status).toBe(401);
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
  });

  it('answers 403 with the facts-sheet message when the authorizer denies', async () => {
    const deny: Authorizer = { authorize: () => ({ decision: 'noOpinion', reason: '' }) };
    const w = await serve(
      defaultBuildHandlerChain(ok, config({ authenticator: jane, authorizer: deny })),
      req('GET', '/api/v1/namespaces/default/pods'),
    );
    expect(w.status).toBe(403);
    expect(JSON.parse(w.body)).toMatchObject({
      message:
        'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"',
      reason: 'Forbidden',
      details: { kind: 'pods' },
    });
  });

  it('lets only system:masters impersonate by default', async () => {
    const asJane = await serve(
      defaultBuildHandlerChain(ok, config({ authenticator: jane })),
      req('GET', '/api/v1/pods', { 'Impersonate-User': 'bob' }),
    );
    expect(asJane.status).toBe(403);
    expect(JSON.parse(asJane.body).message).toBe(
      'users "bob" is forbidden: User "jane" cannot impersonate resource "users" in API group "" at the cluster scope',
    );
    let user: unknown;
    const asAdmin = await serve(
      defaultBuildHandlerChain(async (w, r) => {
        user = r.ctx.user;
        w.writeHeader(200);
      }, config()),
      req('GET', '/api/v1/pods', { 'Impersonate-User': 'bob' }),
    );
    expect(asAdmin.status).toBe(200);
    expect(user).toEqual({ name: 'bob', groups: ['system:authenticated'] });
  });

  it('answers 504 when a request outlives its deadline', async () => {
    const timers = new FakeTimers();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = defaultBuildHandlerChain(async (w) => {
      await gate;
      w.writeHeader(200);
    }, config({ timers }));
    const p = serve(h, req('GET', '/api/v1/pods?timeout=5s'));
    await new Promise((r) => setTimeout(r, 0));
    timers.fireAll();
    const w = await p;
    expect(w.status).toBe(504);
    expect(JSON.parse(w.body)).toEqual({
      metadata: {},
      status: 'Failure',
      message: 'Timeout: request did not complete within the allotted timeout',
      reason: 'Timeout',
      details: {},
      code: 504,
    });
    expect(w.header().get('Cache-Control')).toBe('no-cache, private');
    release();
  });

  it.each([
    [
      '/api/v1/pods?timeout=x',
      400,
      'invalid timeout specified in the request URL - time: invalid duration "x"',
    ],
    ['/api/v1/watch', 500, undefined],
  ])('rejects %s early', async (url, code, message) => {
    const w = await serve(defaultBuildHandlerChain(ok, config()), req('GET', url));
    expect(w.status).toBe(code);
    if (message) expect(JSON.parse(w.body).message).toBe(message);
    else
      expect(w.body).toContain(
        'failed to create RequestInfo: unable to determine kind and namespace from url',
      );
  });

  it('emits warnings as Warning headers', async () => {
    const w = await serve(
      defaultBuildHandlerChain(async (rw, r) => {
        addWarning(r.ctx, 'v1 ComponentStatus is deprecated in v1.19+');
        await ok(rw, r);
      }, config()),
      req('GET', '/api/v1/componentstatuses'),
    );
    expect(w.header().getAll('Warning')).toEqual(['299 - "v1 ComponentStatus is deprecated in v1.19+"']);
  });
});

describe('a server built from the chain', () => {
  function apiserver(c: HandlerChainConfig, delegate?: Handler) {
    const h = newAPIServerHandler(
      'kube-apiserver',
      (director) => defaultBuildHandlerChain(director, c),
      delegate ?? newNotFoundHandler(),
    );
    h.goRestfulContainer.add({
      rootPath: '/apis',
      routes: [
        {
          method: 'GET',
          path: '/apis',
          operation: 'getAPIVersions',
          handler: ok,
          produces: ['application/json'],
        },
      ],
    });
    h.goRestfulContainer.add({
      rootPath: '/api/v1',
      routes: [
        {
          method: 'GET',
          path: '/api/v1/namespaces/{namespace}/pods',
          operation: 'listCoreV1NamespacedPod',
          handler: ok,
          produces: ['application/json'],
        },
      ],
    });
    return h;
  }

  it.each([
    ['/apis', 200, '{}'],
    ['/apis/', 200, '{}'],
    ['/api/v1/namespaces/default/pods', 200, '{}'],
    ['/apis/nosuch.example.com/v1/foos', 404, '404 page not found\n'],
    ['/apis/apps/v1', 404, '404 page not found\n'],
    ['/no/such/path', 404, '404 page not found\n'],
  ])('GET %s → %d', async (path, code, body) => {
    const w = await serve(apiserver(config()).serveHTTP, req('GET', path));
    expect(w.status).toBe(code);
    expect(w.body).toBe(body);
  });

  it('answers 503 from the not-found handler before all paths are installed', async () => {
    const w = await serve(
      apiserver(config({ muxAndDiscoveryComplete: () => false })).serveHTTP,
      req('GET', '/apis/apps/v1'),
    );
    expect(w.status).toBe(503);
    expect(JSON.parse(w.body)).toMatchObject({
      reason: 'ServiceUnavailable',
      details: { retryAfterSeconds: 5 },
    });
  });

  it('runs only the outermost server’s filters when delegating', async () => {
    const names: string[] = [];
    const c = config({ onFilter: (name) => void names.push(name) });
    const inner = apiserver(c);
    const outer = newAPIServerHandler(
      'kube-aggregator',
      (director) => defaultBuildHandlerChain(director, c),
      inner.unprotectedHandler(),
    );
    const w = await serve(outer.serveHTTP, req('GET', '/api/v1/namespaces/default/pods'));
    expect(w.status).toBe(200);
    expect(names).toHaveLength(15);
  });
});

describe('defaults', () => {
  it('has kube-apiserver’s flag defaults', () => {
    expect(newHandlerChainConfig()).toMatchObject({
      maxRequestsInFlight: 400,
      maxMutatingRequestsInFlight: 200,
      requestTimeout: 60_000,
    });
  });

  it.each([
    ['GET', '/api/v1/pods?watch=true', true],
    ['GET', '/api/v1/watch/pods', true],
    ['GET', '/api/v1/namespaces/default/pods/web/log', true],
    ['POST', '/api/v1/namespaces/default/pods/web/exec', true],
    ['GET', '/api/v1/namespaces/default/pods/web/proxy/x', true],
    ['GET', '/debug/pprof/profile', true],
    ['GET', '/api/v1/pods', false],
    ['GET', '/api/v1/namespaces/default/pods/web/status', false],
  ])('long-running: %s %s → %s', (method, url, longRunning) => {
    const r = req(method, url);
    const info = newRequestInfoResolver().newRequestInfo(r);
    expect(defaultLongRunningFunc(r, info)).toBe(longRunning);
  });
});
