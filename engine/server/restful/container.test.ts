import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../http';
import {
  Container,
  ServiceError,
  extractParameters,
  pathParameter,
  pathParams,
  tokenizePath,
  type Route,
} from './container';

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

const echo =
  (operation: string): Handler =>
  async (w, r) => {
    w.write(`${operation} ${JSON.stringify(pathParams(r))}`);
  };

const json = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
const route = (method: string, path: string, operation: string, extra: Partial<Route> = {}): Route => ({
  method,
  path,
  operation,
  handler: echo(operation),
  produces: json,
  ...extra,
});

function coreV1(): Container {
  const c = new Container();
  c.add({
    rootPath: '/api/v1',
    routes: [
      route('GET', '/api/v1/namespaces/{namespace}/pods', 'listCoreV1NamespacedPod'),
      route('POST', '/api/v1/namespaces/{namespace}/pods', 'createCoreV1NamespacedPod', { consumes: json }),
      route('GET', '/api/v1/namespaces/{namespace}/pods/{name}', 'readCoreV1NamespacedPod'),
      route('GET', '/api/v1/namespaces/{name}', 'readCoreV1Namespace'),
      route('GET', '/api/v1/namespaces/{namespace}/{resource}', 'paramResource'),
      route(
        'GET',
        '/api/v1/namespaces/{namespace}/pods/{name}/proxy/{path:*}',
        'connectCoreV1GetNamespacedPodProxyWithPath',
      ),
      route('GET', '/api/v1/namespaces/{namespace}/pods/{name:[a-z]+-\\d+}/log', 'regexName'),
      route('GET', '/api/v1', 'getCoreV1APIResources'),
    ],
  });
  c.add({
    rootPath: '/version',
    routes: [route('GET', '/version', 'getCodeVersion', { produces: ['application/json'] })],
  });
  return c;
}

async function dispatch(c: Container, r: Request) {
  const w = new RecordingResponseWriter();
  await c.dispatch(w, r);
  return w;
}

describe('Container.dispatch (CurlyRouter)', () => {
  const c = coreV1();

  it.each([
    ['/api/v1/namespaces/default/pods', 'listCoreV1NamespacedPod {"namespace":"default"}'],
    ['/api/v1/namespaces/default/pods/', 'listCoreV1NamespacedPod {"namespace":"default"}'],
    ['/api/v1/namespaces/default/pods/web', 'readCoreV1NamespacedPod {"namespace":"default","name":"web"}'],
    ['/api/v1/namespaces/default', 'readCoreV1Namespace {"name":"default"}'],
    ['/api/v1/namespaces/default/secrets', 'paramResource {"namespace":"default","resource":"secrets"}'],
    [
      '/api/v1/namespaces/default/pods/web/proxy/a/b/c',
      'connectCoreV1GetNamespacedPodProxyWithPath {"namespace":"default","name":"web","path":"a/b/c"}',
    ],
    ['/api/v1/namespaces/default/pods/web-1/log', 'regexName {"namespace":"default","name":"web-1"}'],
    ['/api/v1', 'getCoreV1APIResources {}'],
    ['/version', 'getCodeVersion {}'],
  ])('GET %s → %s', async (path, body) => {
    const w = await dispatch(c, req('GET', path));
    expect(w.status).toBe(200);
    expect(w.body).toBe(body);
  });

  it('prefers literal tokens over parameters', () => {
    const sel = c.selectRoute(req('GET', '/api/v1/namespaces/default/pods'));
    expect('route' in sel && sel.route.operation).toBe('listCoreV1NamespacedPod');
  });

  it('exposes path parameters to the handler', async () => {
    let ns = '';
    let missing = 'x';
    const cc = new Container();
    cc.add({
      rootPath: '/apis/apps/v1',
      routes: [
        {
          method: 'GET',
          path: '/apis/apps/v1/namespaces/{namespace}/deployments',
          operation: 'listAppsV1NamespacedDeployment',
          handler: async (_w, r) => {
            ns = pathParameter(r, 'namespace');
            missing = pathParameter(r, 'name');
          },
        },
      ],
    });
    await dispatch(cc, req('GET', '/apis/apps/v1/namespaces/kube-system/deployments'));
    expect(ns).toBe('kube-system');
    expect(missing).toBe('');
  });

  it.each([
    ['no web service', 'GET', '/apis/apps/v1/deployments', {}, '', 404, '404: Page Not Found', ''],
    ['no route in the web service', 'GET', '/api/v1/nodes', {}, '', 404, '404: Page Not Found', ''],
    [
      'a route longer than the path',
      'GET',
      '/api/v1/namespaces/default/pods/web/proxy',
      {},
      '',
      404,
      '404: Page Not Found',
      '',
    ],
    [
      'wrong method',
      'PUT',
      '/api/v1/namespaces/default/pods',
      {},
      '',
      405,
      '405: Method Not Allowed',
      'GET, POST',
    ],
    [
      'HEAD is not GET',
      'HEAD',
      '/api/v1/namespaces/default/pods/web',
      {},
      '',
      405,
      '405: Method Not Allowed',
      'GET',
    ],
    [
      'unsupported Content-Type with a body',
      'POST',
      '/api/v1/namespaces/default/pods',
      { 'Content-Type': 'text/plain' },
      'x',
      415,
      '415: Unsupported Media Type',
      '',
    ],
    [
      'no Content-Type on a POST with a body (octet-stream assumed)',
      'POST',
      '/api/v1/namespaces/default/pods',
      {},
      '{}',
      415,
      '415: Unsupported Media Type',
      '',
    ],
    [
      'unsupported Content-Type without a body falls through to Accept',
      'POST',
      '/api/v1/namespaces/default/pods',
      { 'Content-Type': 'text/plain' },
      '',
      406,
      '406: Not Acceptable\n\nAvailable representations: ',
      '',
    ],
    [
      'unacceptable Accept',
      'GET',
      '/api/v1/namespaces/default/pods',
      { Accept: 'text/html' },
      '',
      406,
      '406: Not Acceptable\n\nAvailable representations: application/json, application/yaml, application/vnd.kubernetes.protobuf, application/json, application/yaml, application/vnd.kubernetes.protobuf',
      '',
    ],
  ])('%s → %s', async (_name, method, path, headers, body, code, message, allow) => {
    const w = await dispatch(c, req(method, path, headers, body));
    expect(w.status).toBe(code);
    expect(w.body).toBe(message);
    expect(w.header().get('Allow')).toBe(allow);
  });

  it.each([
    ['application/json; charset=utf-8', 'createCoreV1NamespacedPod {"namespace":"default"}'],
    ['text/plain, application/yaml', 'createCoreV1NamespacedPod {"namespace":"default"}'],
  ])('consumes Content-Type %s', async (ct, body) => {
    const w = await dispatch(c, req('POST', '/api/v1/namespaces/default/pods', { 'Content-Type': ct }, '{}'));
    expect(w.body).toBe(body);
  });

  it.each([
    'application/json;as=Table;v=v1;g=meta.k8s.io, application/json',
    'text/html, */*;q=0.1',
    'application/vnd.kubernetes.protobuf',
  ])('accepts Accept %s', async (accept) => {
    const w = await dispatch(c, req('GET', '/api/v1/namespaces/default/pods', { Accept: accept }));
    expect(w.status).toBe(200);
  });

  it('hands selection errors to the service error handler', async () => {
    const cc = coreV1();
    const seen: ServiceError[] = [];
    cc.serviceErrorHandler((err, w) => {
      seen.push(err);
      w.writeHeader(err.code);
    });
    const w = await dispatch(cc, req('DELETE', '/api/v1/namespaces/default/pods/web'));
    expect(w.status).toBe(405);
    expect(seen[0]).toBeInstanceOf(ServiceError);
    expect(seen[0]!.header.get('Allow')).toBe('GET');
  });

  it('lets a root web service catch everything else, with a lower score than specific roots', async () => {
    const cc = coreV1();
    cc.add({ rootPath: '/', routes: [route('GET', '/{path:*}', 'catchAll')] });
    expect((await dispatch(cc, req('GET', '/healthz/x'))).body).toBe('catchAll {"path":"healthz/x"}');
    expect((await dispatch(cc, req('GET', '/version'))).body).toBe('getCodeVersion {}');
  });

  it('rejects a duplicate root path and removes web services', () => {
    const cc = coreV1();
    expect(() => cc.add({ rootPath: '/version', routes: [] })).toThrow(
      "WebService with duplicate root path detected:['/version']",
    );
    cc.remove({ rootPath: '/version', routes: [] });
    expect(cc.registeredWebServices().map((ws) => ws.rootPath)).toEqual(['/api/v1']);
  });
});

describe('helpers', () => {
  it.each([
    ['/', []],
    ['/api/v1/', ['api', 'v1']],
    ['/api//v1', ['api', '', 'v1']],
  ])('tokenizePath(%s)', (p, tokens) => expect(tokenizePath(p)).toEqual(tokens));

  it('extracts parameters with a literal prefix inside a token', () => {
    const r: Route = { method: 'GET', path: '/x/v{version}/y', operation: 'o', handler: async () => {} };
    expect(extractParameters(r, '/x/v12/y')).toEqual({ version: '12' });
  });
});
