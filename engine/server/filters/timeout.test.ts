import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../http';
import { RequestInfoFactory } from '../../endpoints/request/requestinfo';
import { withTimeoutForNonLongRunningRequests } from './timeout';
import { errAbortHandler } from './wrap';

function req(url: string, signal?: AbortSignal): Request {
  const u = new URL(url, 'http://localhost');
  const r: Request = {
    method: 'GET',
    path: u.pathname,
    query: u.searchParams,
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '', ...(signal ? { signal } : {}) },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}

const isWatch = (_r: Request, info: { verb: string }) => info.verb === 'watch';

/** A handler that waits until released, then writes. */
function held(): { handler: Handler; release: () => void; wrote: string[] } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const wrote: string[] = [];
  const handler: Handler = async (w) => {
    w.header().set('X-From-Handler', '1');
    await gate;
    w.writeHeader(200);
    w.write('late');
    wrote.push('late');
  };
  return { handler, release, wrote };
}

describe('withTimeoutForNonLongRunningRequests', () => {
  it('answers 504 with the Timeout status (no kind/apiVersion) when the context is done first', async () => {
    const ac = new AbortController();
    const w = new RecordingResponseWriter();
    w.header().set('Audit-Id', 'a1');
    const h = held();
    const p = withTimeoutForNonLongRunningRequests(h.handler, isWatch)(w, req('/api/v1/pods', ac.signal));
    ac.abort(new Error('context deadline exceeded'));
    await p;
    expect(w.status).toBe(504);
    expect(w.body).toBe(
      '{"metadata":{},"status":"Failure","message":"Timeout: request did not complete within the allotted timeout","reason":"Timeout","details":{},"code":504}\n',
    );
    expect(w.header().toRecord()).toEqual({ 'Audit-Id': 'a1', 'Content-Type': 'text/plain; charset=utf-8' });
    // the handler keeps running; what it writes afterwards is dropped
    h.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.wrote).toEqual(['late']);
    expect(w.body).not.toContain('late');
    expect(w.status).toBe(504);
  });

  it('passes the handler’s response (and its headers) through when it finishes in time', async () => {
    const ac = new AbortController();
    const w = new RecordingResponseWriter();
    const h = held();
    const p = withTimeoutForNonLongRunningRequests(h.handler, isWatch)(w, req('/api/v1/pods', ac.signal));
    h.release();
    await p;
    ac.abort();
    expect(w.status).toBe(200);
    expect(w.body).toBe('late');
    expect(w.header().get('X-From-Handler')).toBe('1');
  });

  it('aborts (errAbortHandler) when the response had already started', async () => {
    const ac = new AbortController();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h: Handler = async (w) => {
      w.writeHeader(200);
      w.write('partial');
      await gate;
    };
    const w = new RecordingResponseWriter();
    const p = withTimeoutForNonLongRunningRequests(h, isWatch)(w, req('/api/v1/pods', ac.signal));
    await Promise.resolve();
    ac.abort();
    await expect(p).rejects.toBe(errAbortHandler);
    expect(w.body).toBe('partial');
    release();
  });

  it('rethrows the handler’s exception (Go re-panics)', async () => {
    const h: Handler = async () => {
      throw new Error('boom');
    };
    await expect(
      withTimeoutForNonLongRunningRequests(h, isWatch)(
        new RecordingResponseWriter(),
        req('/api/v1/pods', new AbortController().signal),
      ),
    ).rejects.toThrow('boom');
  });

  it('leaves long-running requests and requests without a context signal alone', async () => {
    const ac = new AbortController();
    ac.abort();
    const w = new RecordingResponseWriter();
    await withTimeoutForNonLongRunningRequests(async (rw) => rw.write('watching'), isWatch)(
      w,
      req('/api/v1/pods?watch=1', ac.signal),
    );
    expect(w.body).toBe('watching');
    const w2 = new RecordingResponseWriter();
    await withTimeoutForNonLongRunningRequests(async (rw) => rw.write('ok'), isWatch)(
      w2,
      req('/api/v1/pods'),
    );
    expect(w2.body).toBe('ok');
    const noop: Handler = async () => {};
    expect(withTimeoutForNonLongRunningRequests(noop, null)).toBe(noop);
  });
});
