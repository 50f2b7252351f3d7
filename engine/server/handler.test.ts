import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from './http';
import { newGenericServerResponse } from '../api/errors/errors';
import { newAPIServerHandler } from './handler';
import type { Route } from './restful/container';

function req(method: string, url: string, headers: Record<string, string> = {}, body = ''): Request {
  const u = new URL(url, 'http://localhost');
  return {
    method,
    path: u.pathname,
    query: u.searchParams,
    header: new Header(headers),
    body,
    contentLength: body.length,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
}

const text =
  (s: string): Handler =>
  async (w) => {
    w.write(s);
  };
const route = (method: string, path: string, body: string): Route => ({
  method,
  path,
  operation: body,
  handler: text(body),
  produces: ['application/json', 'application/yaml'],
  consumes: method === 'POST' ? ['application/json'] : [],
});

function server(delegate?: Handler) {
  const h = newAPIServerHandler('test', (director) => director, delegate);
  h.goRestfulContainer.add({ rootPath: '/apis', routes: [route('GET', '/apis', 'APIGroupList')] });
  h.goRestfulContainer.add({
    rootPath: '/api/v1',
    routes: [
      route('GET', '/api/v1/namespaces/{namespace}/pods', 'pods'),
      route('POST', '/api/v1/namespaces/{namespace}/pods', 'create'),
    ],
  });
  h.goRestfulContainer.add({ rootPath: '/api', routes: [route('GET', '/api', 'APIVersions')] });
  h.nonGoRestfulMux.handle('/healthz', text('ok'));
  h.nonGoRestfulMux.unlistedHandlePrefix('/apis/', text('mux /apis/ prefix'));
  return h;
}

async function serve(h: Handler, r: Request) {
  const w = new RecordingResponseWriter();
  await h(w, r);
  return w;
}

describe('director', () => {
  const h = server();

  it.each([
    ['/apis', 'APIGroupList'],
    ['/apis/', 'APIGroupList'],
    ['/apis/apps/v1', 'mux /apis/ prefix'],
    ['/apis/apps', 'mux /apis/ prefix'],
    ['/api', 'APIVersions'],
    ['/api/v1/namespaces/default/pods', 'pods'],
    ['/healthz', 'ok'],
  ])('GET %s → %s', async (path, body) => {
    expect((await serve(h.director, req('GET', path))).body).toBe(body);
  });

  it('matches a root only on a path boundary (/api does not claim /apix)', async () => {
    const w = await serve(h.director, req('GET', '/apix'));
    expect(w.status).toBe(404);
    expect(w.body).toBe('404 page not found\n');
  });

  it('sends unmatched paths to the delegate (the next server) when there is one', async () => {
    const d = server(text('delegate'));
    expect((await serve(d.director, req('GET', '/openapi/v2'))).body).toBe('delegate');
  });

  it('answers an unknown resource inside a web service with a 404 Status from go-restful', async () => {
    const w = await serve(h.director, req('GET', '/api/v1/foos'));
    expect(w.status).toBe(404);
    expect(w.header().get('Content-Type')).toBe('application/json');
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server could not find the requested resource',
      reason: 'NotFound',
      details: {},
      code: 404,
    });
  });

  it('answers a wrong method with a 405 Status and no Allow header', async () => {
    const w = await serve(h.director, req('DELETE', '/api/v1/namespaces/default/pods'));
    expect(w.status).toBe(405);
    expect(w.header().has('Allow')).toBe(false);
    expect(JSON.parse(w.body)).toMatchObject({
      message: 'the server does not allow this method on the requested resource',
      reason: 'MethodNotAllowed',
      details: {},
      code: 405,
    });
  });

  it('answers an unsupported Content-Type with a 415 Status carrying go-restful’s message', async () => {
    const w = await serve(
      h.director,
      req('POST', '/api/v1/namespaces/default/pods', { 'Content-Type': 'text/plain' }, 'x'),
    );
    expect(w.status).toBe(415);
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: '415: Unsupported Media Type',
      reason: 'UnsupportedMediaType',
      details: {},
      code: 415,
    });
  });

  it('answers an unacceptable Accept with a 406 Status (rendered as JSON, the fallback)', async () => {
    const w = await serve(h.director, req('GET', '/api/v1/namespaces/default/pods', { Accept: 'text/html' }));
    expect(w.status).toBe(406);
    expect(JSON.parse(w.body)).toMatchObject({
      message: '406: Not Acceptable\n\nAvailable representations: application/json, application/yaml',
      reason: 'NotAcceptable',
      code: 406,
    });
  });
});

describe('APIServerHandler', () => {
  it('lists web service roots and listed mux paths, sorted', () => {
    expect(server().listedPaths()).toEqual(['/api', '/api/v1', '/apis', '/healthz']);
  });

  it('serves through the full handler chain, while the unprotected handler is the bare director', async () => {
    const seen: string[] = [];
    const h = newAPIServerHandler(
      'test',
      (director) => async (w, r) => {
        seen.push('filter');
        await director(w, r);
      },
      null,
    );
    h.nonGoRestfulMux.handle('/x', text('x'));
    expect((await serve(h.serveHTTP, req('GET', '/x'))).body).toBe('x');
    expect((await serve(h.unprotectedHandler(), req('GET', '/x'))).body).toBe('x');
    expect(seen).toEqual(['filter']);
    expect(h.unprotectedHandler()).toBe(h.director);
  });
});

describe('newGenericServerResponse', () => {
  it.each([
    [404, '404: Page Not Found', 'NotFound', 'the server could not find the requested resource'],
    [
      405,
      '405: Method Not Allowed',
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    ],
    [
      406,
      '',
      'NotAcceptable',
      'the server was unable to respond with a content type that the client supports',
    ],
    [
      406,
      'unknown',
      'NotAcceptable',
      'the server was unable to respond with a content type that the client supports',
    ],
    [415, '415: Unsupported Media Type', 'UnsupportedMediaType', '415: Unsupported Media Type'],
    [409, 'x', 'Conflict', 'the server reported a conflict'],
    [
      500,
      'boom',
      'InternalError',
      'an error on the server ("boom") has prevented the request from succeeding',
    ],
    [
      418,
      'x',
      undefined,
      'the server responded with the status code 418 but did not return more information',
    ],
  ])('%d %j', (code, serverMessage, reason, message) => {
    const s = newGenericServerResponse(code, serverMessage).status;
    expect(s.reason).toBe(reason);
    expect(s.message).toBe(message);
    expect(s.details).toEqual({});
    expect(s.code).toBe(code);
  });
});
