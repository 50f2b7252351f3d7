// Small filters: audit_init, cachecontrol, mux_discovery_complete, request_received_time, requestinfo.
import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import { withAuditInit } from './audit_init';
import { withCacheControl } from './cachecontrol';
import { noMuxAndDiscoveryIncompleteKey, withMuxAndDiscoveryComplete } from './mux_discovery_complete';
import { withRequestReceivedTimestamp } from './request_received_time';
import { withRequestInfo } from './requestinfo';

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
    userAgent: '',
    ctx: { namespace: '' },
  };
}
const ok: Handler = async (w) => w.writeHeader(200);

async function serve(h: Handler, r: Request, w = new RecordingResponseWriter()) {
  await h(w, r);
  return w;
}

describe('withAuditInit', () => {
  it('generates an Audit-Id, stores it and echoes it', async () => {
    const r = req('GET', '/api');
    const w = await serve(
      withAuditInit(ok, () => 'generated'),
      r,
    );
    expect(r.ctx.auditID).toBe('generated');
    expect(w.header().toRecord()).toEqual({ 'Audit-Id': 'generated' });
  });

  it('keeps the client’s Audit-ID and an Audit-Id already on the response', async () => {
    const r = req('GET', '/api', { 'Audit-ID': 'from-client' });
    expect(
      (
        await serve(
          withAuditInit(ok, () => 'generated'),
          r,
        )
      )
        .header()
        .get('Audit-Id'),
    ).toBe('from-client');
    const w = new RecordingResponseWriter();
    w.header().set('Audit-Id', 'outer');
    await serve(
      withAuditInit(ok, () => 'generated'),
      req('GET', '/api'),
      w,
    );
    expect(w.header().getAll('Audit-Id')).toEqual(['outer']);
  });
});

describe('withCacheControl', () => {
  it('sets no-cache, private unless set', async () => {
    expect((await serve(withCacheControl(ok), req('GET', '/'))).header().get('Cache-Control')).toBe(
      'no-cache, private',
    );
    const w = new RecordingResponseWriter();
    w.header().set('Cache-Control', 'public');
    await serve(withCacheControl(ok), req('GET', '/'), w);
    expect(w.header().get('Cache-Control')).toBe('public');
  });
});

describe('withMuxAndDiscoveryComplete', () => {
  it.each([
    [undefined, true],
    [() => true, true],
    [() => false, false],
  ])('signal %s → complete %s', async (signal, complete) => {
    const r = req('GET', '/');
    await serve(withMuxAndDiscoveryComplete(ok, signal), r);
    expect(noMuxAndDiscoveryIncompleteKey(r.ctx)).toBe(complete);
  });
});

describe('withRequestReceivedTimestamp', () => {
  it('records the clock', async () => {
    const r = req('GET', '/');
    await serve(
      withRequestReceivedTimestamp(ok, () => new Date('2024-05-06T07:08:09Z')),
      r,
    );
    expect(r.ctx.receivedTimestamp?.toISOString()).toBe('2024-05-06T07:08:09.000Z');
  });
});

describe('withRequestInfo', () => {
  it('attaches the RequestInfo', async () => {
    const r = req('GET', '/api/v1/namespaces/default/pods');
    await serve(withRequestInfo(ok, new RequestInfoFactory()), r);
    expect(r.ctx.requestInfo).toMatchObject({ verb: 'list', namespace: 'default', resource: 'pods' });
  });

  it('answers a plain-text 500 when the path cannot be parsed', async () => {
    const w = await serve(withRequestInfo(ok, new RequestInfoFactory()), req('GET', '/api/v1/watch'));
    expect(w.status).toBe(500);
    expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w.body).toBe(
      'Internal Server Error: "/api/v1/watch": failed to create RequestInfo: unable to determine kind and namespace from url, /api/v1/watch\n',
    );
  });
});
