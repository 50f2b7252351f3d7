import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Request } from '../../../server/http';
import type { Attributes } from '../../filters/authorization';
import { forbidden, forbiddenMessage, internalError, requestURI, sanitize, sprintfNoArgs } from './errors';

function req(url: string): Request {
  const u = new URL(url, 'http://localhost');
  return {
    method: 'GET',
    path: u.pathname,
    query: u.searchParams,
    header: new Header(),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '' },
  };
}

const jane = { name: 'jane', groups: ['system:authenticated'] };
const attrs = (a: Partial<Attributes>): Attributes => ({
  user: jane,
  verb: 'get',
  namespace: '',
  apiGroup: '',
  apiVersion: 'v1',
  resource: '',
  subresource: '',
  name: '',
  resourceRequest: true,
  path: '',
  ...a,
});

describe('forbidden', () => {
  it.each([
    [
      'namespaced list',
      attrs({ verb: 'list', resource: 'pods', namespace: 'default' }),
      '',
      'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"',
      { kind: 'pods' },
    ],
    [
      'named get',
      attrs({ resource: 'pods', namespace: 'default', name: 'nginx' }),
      '',
      'pods "nginx" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default"',
      { name: 'nginx', kind: 'pods' },
    ],
    [
      'cluster scope, grouped',
      attrs({ verb: 'list', resource: 'clusterroles', apiGroup: 'rbac.authorization.k8s.io' }),
      '',
      'clusterroles.rbac.authorization.k8s.io is forbidden: User "jane" cannot list resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope',
      { group: 'rbac.authorization.k8s.io', kind: 'clusterroles' },
    ],
    [
      'subresource',
      attrs({ resource: 'pods', subresource: 'log', namespace: 'default', name: 'web' }),
      '',
      'pods "web" is forbidden: User "jane" cannot get resource "pods/log" in API group "" in the namespace "default"',
      { name: 'web', kind: 'pods' },
    ],
    [
      'non-resource',
      attrs({ resourceRequest: false, path: '/foo', apiVersion: '' }),
      '',
      'forbidden: User "jane" cannot get path "/foo"',
      {},
    ],
    [
      'with a reason',
      attrs({ verb: 'list', resource: 'pods', namespace: 'default' }),
      'RBAC: role "x" not found',
      'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default": RBAC: role "x" not found',
      { kind: 'pods' },
    ],
    [
      'a path used as a format string',
      attrs({ resourceRequest: false, path: '/a%d<b>', apiVersion: '' }),
      '',
      'forbidden: User "jane" cannot get path "/a%!d(MISSING)&lt;b&gt;"',
      {},
    ],
  ])('%s', (_name, a, reason, message, details) => {
    const w = new RecordingResponseWriter();
    forbidden(a, w, req('/x'), reason);
    expect(w.status).toBe(403);
    expect(w.header().get('X-Content-Type-Options')).toBe('nosniff');
    expect(JSON.parse(w.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason: 'Forbidden',
      details,
      code: 403,
    });
  });

  it('names an unauthenticated requestor ""', () => {
    expect(forbiddenMessage(attrs({ user: undefined, resourceRequest: false, path: '/' }))).toBe(
      'User "" cannot get path "/"',
    );
  });
});

describe('internalError', () => {
  it('writes a sanitized plain-text 500', () => {
    const w = new RecordingResponseWriter();
    internalError(w, req('/api/v1/pods?watch=1'), new Error('bad <thing> & more'));
    expect(w.status).toBe(500);
    expect(w.header().get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(w.body).toBe('Internal Server Error: "/api/v1/pods?watch=1": bad &lt;thing&gt; &amp; more\n');
  });
});

describe('helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['100%%', '100%'],
    ['%d', '%!d(MISSING)'],
    ['a %-5s b', 'a %!s(MISSING) b'],
    ['end %', 'end %!(NOVERB)'],
  ])('sprintfNoArgs(%j)', (f, out) => expect(sprintfNoArgs(f)).toBe(out));

  it('sanitizes HTML-ish characters and builds the request URI', () => {
    expect(sanitize(`<a href="x">&</a>`)).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
    expect(requestURI(req('/api'))).toBe('/api');
    expect(requestURI(req('/api?a=b'))).toBe('/api?a=b');
  });
});
