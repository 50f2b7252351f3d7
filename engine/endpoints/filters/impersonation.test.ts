import { describe, expect, it } from 'vitest';
import type { UserInfo } from '../request/context';
import { Header, RecordingResponseWriter, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import { defaultAuthorizer, type Authorizer } from './authorization';
import { withImpersonation } from './impersonation';

const admin: UserInfo = { name: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] };
const bob: UserInfo = { name: 'bob', groups: ['system:authenticated'] };

function req(user: UserInfo | undefined, headers: Record<string, string | string[]>): Request {
  const u = new URL('/api/v1/namespaces/default/pods', 'http://localhost');
  const r: Request = {
    method: 'GET',
    path: u.pathname,
    query: u.searchParams,
    header: new Header(headers),
    body: '',
    contentLength: 0,
    remoteAddr: '127.0.0.1:1',
    userAgent: '',
    ctx: { namespace: '', ...(user ? { user } : {}) },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}

async function run(r: Request) {
  let seen: UserInfo | undefined;
  const w = new RecordingResponseWriter();
  await withImpersonation(async (rw, inner) => {
    seen = inner.ctx.user;
    rw.writeHeader(200);
  }, defaultAuthorizer)(w, r);
  return { w, seen };
}

describe('withImpersonation', () => {
  it('passes requests without impersonation headers through', async () => {
    const { w, seen } = await run(req(bob, {}));
    expect(w.status).toBe(200);
    expect(seen).toBe(bob);
  });

  it.each<[string, Record<string, string | string[]>, UserInfo]>([
    ['a user', { 'Impersonate-User': 'jane' }, { name: 'jane', groups: ['system:authenticated'] }],
    [
      'a user with groups',
      { 'Impersonate-User': 'jane', 'Impersonate-Group': ['devs', 'ops'] },
      { name: 'jane', groups: ['devs', 'ops', 'system:authenticated'] },
    ],
    [
      'a service account',
      { 'Impersonate-User': 'system:serviceaccount:default:builder' },
      {
        name: 'system:serviceaccount:default:builder',
        groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'],
      },
    ],
    [
      'anonymous',
      { 'Impersonate-User': 'system:anonymous' },
      { name: 'system:anonymous', groups: ['system:unauthenticated'] },
    ],
    [
      'extras and a uid',
      { 'Impersonate-User': 'jane', 'Impersonate-Extra-Scopes': ['view', 'edit'], 'Impersonate-Uid': '1234' },
      { name: 'jane', groups: ['system:authenticated'], uid: '1234', extra: { scopes: ['view', 'edit'] } },
    ],
  ])('lets system:masters impersonate %s', async (_name, headers, user) => {
    const r = req(admin, headers);
    const { w, seen } = await run(r);
    expect(w.status).toBe(200);
    expect(seen).toEqual(user);
    expect(r.header.keys().filter((k) => k.startsWith('Impersonate'))).toEqual([]);
  });

  it.each([
    [
      { 'Impersonate-User': 'jane' },
      'users "jane" is forbidden: User "bob" cannot impersonate resource "users" in API group "" at the cluster scope',
      { name: 'jane', kind: 'users' },
    ],
    [
      { 'Impersonate-User': 'system:serviceaccount:kube-system:admin' },
      'serviceaccounts "admin" is forbidden: User "bob" cannot impersonate resource "serviceaccounts" in API group "" in the namespace "kube-system"',
      { name: 'admin', kind: 'serviceaccounts' },
    ],
    [
      { 'Impersonate-User': 'jane', 'Impersonate-Extra-Scopes': 'view' },
      'users "jane" is forbidden: User "bob" cannot impersonate resource "users" in API group "" at the cluster scope',
      { name: 'jane', kind: 'users' },
    ],
  ])('refuses others with a 403 (%j)', async (headers, message, details) => {
    const { w, seen } = await run(req(bob, headers));
    expect(w.status).toBe(403);
    expect(seen).toBeUndefined();
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

  it('refuses extras in their own resource and group', async () => {
    const authorizer: Authorizer = {
      authorize: (a) => ({ decision: a.resource === 'users' ? 'allow' : 'deny', reason: '' }),
    };
    const w = new RecordingResponseWriter();
    await withImpersonation(async () => {}, authorizer)(
      w,
      req(bob, { 'Impersonate-User': 'jane', 'Impersonate-Extra-Scopes': 'view' }),
    );
    expect(JSON.parse(w.body).message).toBe(
      'userextras.authentication.k8s.io "view" is forbidden: User "bob" cannot impersonate resource "userextras/scopes" in API group "authentication.k8s.io" at the cluster scope',
    );
  });

  it('answers groups without a user with a plain-text 500', async () => {
    const { w } = await run(req(admin, { 'Impersonate-Group': 'admins' }));
    expect(w.status).toBe(500);
    expect(w.body).toBe(
      'Internal Server Error: "/api/v1/namespaces/default/pods": requested [{Group  admins    }] without impersonating a user\n',
    );
  });

  it.each<[Record<string, string>, string]>([
    [{ 'Impersonate-Uid': '1234' }, '[{UID  1234  authentication.k8s.io/v1  }]'],
    [{ 'Impersonate-Extra-Scopes': 'view' }, '[{UserExtra  view  authentication.k8s.io/v1  scopes}]'],
  ])('answers %j without a user with a plain-text 500', async (headers, refs) => {
    const r = req(admin, headers);
    const { w, seen } = await run(r);
    expect(w.status).toBe(500);
    expect(seen).toBeUndefined();
    expect(w.body).toBe(
      `Internal Server Error: "/api/v1/namespaces/default/pods": requested ${refs} without impersonating a user\n`,
    );
  });

  it('needs an authenticated requestor', async () => {
    const { w } = await run(req(undefined, { 'Impersonate-User': 'jane' }));
    expect(w.body).toBe(
      'Internal Server Error: "/api/v1/namespaces/default/pods": no user found for request\n',
    );
  });
});
