import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import {
  alwaysAllowAuthorizer,
  defaultAuthorizer,
  getAuthorizerAttributes,
  withAuthorization,
  type Authorizer,
} from './authorization';

function req(
  method: string,
  url: string,
  user = { name: 'jane', groups: ['system:authenticated'] },
): Request {
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

const ok: Handler = async (w) => w.writeHeader(200);
const deny = (reason = ''): Authorizer => ({ authorize: () => ({ decision: 'deny', reason }) });

async function serve(h: Handler, r: Request) {
  const w = new RecordingResponseWriter();
  await h(w, r);
  return w;
}

describe('withAuthorization', () => {
  it.each([
    [
      'GET',
      '/api/v1/namespaces/default/pods',
      'pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"',
    ],
    [
      'GET',
      '/api/v1/namespaces/default/pods/nginx',
      'pods "nginx" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default"',
    ],
    [
      'GET',
      '/api/v1/nodes',
      'nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope',
    ],
    [
      'GET',
      '/api/v1/namespaces/default/pods/web/log',
      'pods "web" is forbidden: User "jane" cannot get resource "pods/log" in API group "" in the namespace "default"',
    ],
    [
      'POST',
      '/apis/apps/v1/namespaces/default/deployments',
      'deployments.apps is forbidden: User "jane" cannot create resource "deployments" in API group "apps" in the namespace "default"',
    ],
    ['GET', '/foo', 'forbidden: User "jane" cannot get path "/foo"'],
  ])('%s %s → 403 %s', async (method, url, message) => {
    const w = await serve(withAuthorization(ok, deny()), req(method, url));
    expect(w.status).toBe(403);
    expect(JSON.parse(w.body)).toMatchObject({ kind: 'Status', message, reason: 'Forbidden', code: 403 });
  });

  it('appends the authorizer’s reason', async () => {
    const w = await serve(withAuthorization(ok, deny('no RBAC policy matched')), req('GET', '/api/v1/nodes'));
    expect(JSON.parse(w.body).message).toBe(
      'nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope: no RBAC policy matched',
    );
  });

  it('treats no opinion as a denial and lets an allow win over an error', async () => {
    expect(
      (
        await serve(
          withAuthorization(ok, { authorize: () => ({ decision: 'noOpinion', reason: '' }) }),
          req('GET', '/x'),
        )
      ).status,
    ).toBe(403);
    const allowWithError: Authorizer = {
      authorize: () => ({ decision: 'allow', reason: '', error: new Error('partial') }),
    };
    expect((await serve(withAuthorization(ok, allowWithError), req('GET', '/x'))).status).toBe(200);
  });

  it('answers an authorizer error with a plain-text 500', async () => {
    const failing: Authorizer = {
      authorize: () => {
        throw new Error('webhook unreachable');
      },
    };
    const w = await serve(withAuthorization(ok, failing), req('GET', '/api/v1/nodes'));
    expect(w.status).toBe(500);
    expect(w.body).toBe('Internal Server Error: "/api/v1/nodes": webhook unreachable\n');
  });

  it('passes allowed requests on, and installs nothing without an authorizer', async () => {
    expect(
      (await serve(withAuthorization(ok, alwaysAllowAuthorizer), req('GET', '/api/v1/nodes'))).status,
    ).toBe(200);
    expect(withAuthorization(ok, null)).toBe(ok);
  });

  it('needs a RequestInfo', async () => {
    const r = req('GET', '/x');
    delete r.ctx.requestInfo;
    const w = await serve(withAuthorization(ok, alwaysAllowAuthorizer), r);
    expect(w.body).toBe('Internal Server Error: "/x": no RequestInfo found in the context\n');
  });
});

describe('defaultAuthorizer and attributes', () => {
  it('allows everything but impersonation to ordinary users, and everything to system:masters', async () => {
    const a = getAuthorizerAttributes(req('GET', '/api/v1/pods?labelSelector=app%3Dweb').ctx);
    expect(a).toMatchObject({
      verb: 'list',
      resource: 'pods',
      resourceRequest: true,
      labelSelector: 'app=web',
    });
    expect((await defaultAuthorizer.authorize(a)).decision).toBe('allow');
    expect((await defaultAuthorizer.authorize({ ...a, verb: 'impersonate' })).decision).toBe('noOpinion');
    const admin = { ...a, verb: 'impersonate', user: { name: 'a', groups: ['system:masters'] } };
    expect((await defaultAuthorizer.authorize(admin)).decision).toBe('allow');
  });
});
