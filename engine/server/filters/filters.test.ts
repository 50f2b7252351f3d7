// Small filters: wrap (panic recovery), hsts, cors, waitgroup.
import { describe, expect, it } from 'vitest';
import { RequestInfoFactory } from '../../endpoints/request/requestinfo';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../http';
import { withCORS } from './cors';
import { withHSTS } from './hsts';
import { SafeWaitGroup, isRequestExemptFromRetryAfter, withWaitGroup } from './waitgroup';
import { errAbortHandler, withPanicRecovery } from './wrap';

function req(method: string, url: string, headers: Record<string, string> = {}, userAgent = ''): Request {
  const u = new URL(url, 'http://localhost');
  const r: Request = {
    method,
    path: u.pathname,
    query: u.searchParams,
    header: new Header(headers),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent,
    ctx: { namespace: '' },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}
const ok: Handler = async (w) => w.writeHeader(200);

async function serve(h: Handler, r: Request) {
  const w = new RecordingResponseWriter();
  await h(w, r);
  return w;
}

describe('withPanicRecovery', () => {
  it('turns an exception into a plain-text 500', async () => {
    const w = await serve(
      withPanicRecovery(async () => {
        throw new Error('nil pointer dereference');
      }),
      req('GET', '/api/v1/pods'),
    );
    expect(w.status).toBe(500);
    expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w.header().get('X-Content-Type-Options')).toBe('nosniff');
    expect(w.body).toBe('This request caused apiserver to panic. Look in the logs for details.\n');
  });

  it('honours errAbortHandler by writing nothing', async () => {
    const w = await serve(
      withPanicRecovery(async () => {
        throw errAbortHandler;
      }),
      req('GET', '/'),
    );
    expect(w.status).toBe(0);
    expect(w.body).toBe('');
  });
});

describe('withHSTS', () => {
  it('sets the directives unless set, and installs nothing without any', async () => {
    const w = await serve(withHSTS(ok, ['max-age=31536000', 'includeSubDomains']), req('GET', '/'));
    expect(w.header().get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(withHSTS(ok, [])).toBe(ok);
    expect(withHSTS(ok, undefined)).toBe(ok);
  });
});

describe('withCORS', () => {
  const cors = withCORS(ok, ['//localhost(:|$)', '^https://example\\.com$'], null, null, null, 'true');

  it('answers allowed origins with the CORS headers, and preflights with 204', async () => {
    const w = await serve(cors, req('GET', '/api', { Origin: 'http://localhost:8080' }));
    expect(w.status).toBe(200);
    expect(w.header().toRecord()).toEqual({
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers':
        'Content-Type, Content-Length, Accept-Encoding, X-CSRF-Token, Authorization, X-Requested-With, If-Modified-Since',
      'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, PUT, DELETE, PATCH',
      'Access-Control-Allow-Origin': 'http://localhost:8080',
      'Access-Control-Expose-Headers': 'Date',
    });
    const pre = await serve(cors, req('OPTIONS', '/api', { Origin: 'https://example.com' }));
    expect(pre.status).toBe(204);
  });

  it('ignores other origins and requests without one, and installs nothing without patterns', async () => {
    expect((await serve(cors, req('GET', '/api', { Origin: 'https://evil.com' }))).header().keys()).toEqual(
      [],
    );
    expect((await serve(cors, req('OPTIONS', '/api'))).status).toBe(200);
    expect(withCORS(ok, [], null, null, null, 'true')).toBe(ok);
    expect(() => withCORS(ok, ['('], null, null, null, 'true')).toThrow('Invalid CORS allowed origin');
  });
});

describe('withWaitGroup', () => {
  const isWatch = (_r: Request, info: { verb: string }) => info.verb === 'watch';

  it('counts non-long-running requests in flight', async () => {
    const wg = new SafeWaitGroup();
    let during = -1;
    await serve(
      withWaitGroup(
        async () => {
          during = wg.inFlight;
        },
        isWatch,
        wg,
      ),
      req('GET', '/api/v1/pods'),
    );
    expect(during).toBe(1);
    expect(wg.inFlight).toBe(0);
    await serve(
      withWaitGroup(
        async () => {
          during = wg.inFlight;
        },
        isWatch,
        wg,
      ),
      req('GET', '/api/v1/pods?watch=1'),
    );
    expect(during).toBe(0);
  });

  it('answers 503 with Retry-After once shutdown has begun, except for exempt requests', async () => {
    const wg = new SafeWaitGroup();
    await wg.wait();
    const w = await serve(withWaitGroup(ok, isWatch, wg), req('GET', '/api/v1/pods'));
    expect(w.status).toBe(503);
    expect(w.header().get('Retry-After')).toBe('1');
    expect(w.header().get('Content-Type')).toBe('application/json');
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'apiserver is shutting down',
      reason: 'ServiceUnavailable',
      code: 503,
    });
    expect((await serve(withWaitGroup(ok, isWatch, wg), req('GET', '/readyz'))).status).toBe(200);
    expect(
      isRequestExemptFromRetryAfter(req('GET', '/api', {}, 'kube-apiserver/v1.34.0 (linux/amd64)')),
    ).toBe(true);
  });

  it('resolves Wait when the last request finishes', async () => {
    const wg = new SafeWaitGroup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const p = serve(
      withWaitGroup(() => gate, isWatch, wg),
      req('GET', '/api/v1/pods'),
    );
    let waited = false;
    const waiting = wg.wait().then(() => (waited = true));
    await Promise.resolve();
    expect(waited).toBe(false);
    release();
    await p;
    await waiting;
    expect(waited).toBe(true);
  });
});
