import { describe, expect, it } from 'vitest';
import type { UserInfo } from '../../endpoints/request/context';
import { RequestInfoFactory } from '../../endpoints/request/requestinfo';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../http';
import { withMaxInFlightLimit } from './maxinflight';

const jane: UserInfo = { name: 'jane', groups: ['system:authenticated'] };
const admin: UserInfo = { name: 'admin', groups: ['system:masters'] };

function req(method: string, url: string, user: UserInfo = jane): Request {
  const u = new URL(url, 'http://localhost');
  const r: Request = {
    method,
    path: u.pathname,
    query: u.searchParams,
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '', user },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}

const isWatch = (_r: Request, info: { verb: string }) => info.verb === 'watch';

describe('withMaxInFlightLimit', () => {
  it('rejects past the limit with a plain-text 429 and Retry-After: 1, counting reads and writes apart', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h: Handler = async (w) => {
      await gate;
      w.writeHeader(200);
    };
    const limited = withMaxInFlightLimit(h, 1, 1, isWatch);
    const w1 = new RecordingResponseWriter();
    const first = limited(w1, req('GET', '/api/v1/pods'));

    const w2 = new RecordingResponseWriter();
    await limited(w2, req('GET', '/api/v1/pods'));
    expect(w2.status).toBe(429);
    expect(w2.header().get('Retry-After')).toBe('1');
    expect(w2.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w2.body).toBe('Too many requests, please try again later.\n');

    // a mutating request has its own budget, a watch is not counted, system:masters is never rejected
    const w3 = new RecordingResponseWriter();
    const mutating = limited(w3, req('POST', '/api/v1/namespaces/default/pods'));
    const w4 = new RecordingResponseWriter();
    const watch = limited(w4, req('GET', '/api/v1/pods?watch=1'));
    const w5 = new RecordingResponseWriter();
    const masters = limited(w5, req('GET', '/api/v1/pods', admin));

    release();
    await Promise.all([first, mutating, watch, masters]);
    expect([w1.status, w3.status, w4.status, w5.status]).toEqual([200, 200, 200, 200]);

    const w6 = new RecordingResponseWriter();
    await limited(w6, req('GET', '/api/v1/pods'));
    expect(w6.status).toBe(200);
  });

  it('treats a limit of 0 as unlimited and installs nothing when both are 0', async () => {
    const h: Handler = async (w) => w.writeHeader(200);
    expect(withMaxInFlightLimit(h, 0, 0, isWatch)).toBe(h);
  });

  it('needs a RequestInfo', async () => {
    const r = req('GET', '/api/v1/pods');
    delete r.ctx.requestInfo;
    const w = new RecordingResponseWriter();
    await withMaxInFlightLimit(async () => {}, 1, 1, isWatch)(w, r);
    expect(w.status).toBe(500);
    expect(w.body).toBe('Internal Server Error: "/api/v1/pods"\n');
  });
});
