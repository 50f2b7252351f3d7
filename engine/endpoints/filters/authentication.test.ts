import { describe, expect, it } from 'vitest';
import { Header, RecordingResponseWriter, type Handler, type Request } from '../../server/http';
import { RequestInfoFactory } from '../request/requestinfo';
import { defaultAuthenticator, unauthorized, withAuthentication, type Authenticator } from './authentication';

function req(headers: Record<string, string> = {}): Request {
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
    ctx: { namespace: '' },
  };
  r.ctx.requestInfo = new RequestInfoFactory().newRequestInfo(r);
  return r;
}

const ok: Handler = async (w) => w.writeHeader(200);
const unauthorizedBody = {
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'Unauthorized',
  reason: 'Unauthorized',
  code: 401,
};

describe('withAuthentication', () => {
  it('admits everyone as kubernetes-admin by default and drops the Authorization header', async () => {
    const r = req({ Authorization: 'Bearer abc' });
    const w = new RecordingResponseWriter();
    await withAuthentication(ok, defaultAuthenticator, unauthorized())(w, r);
    expect(w.status).toBe(200);
    expect(r.ctx.user).toEqual({
      name: 'kubernetes-admin',
      groups: ['system:masters', 'system:authenticated'],
    });
    expect(r.header.has('Authorization')).toBe(false);
  });

  it.each<[string, Authenticator]>([
    ['no credential', { authenticateRequest: () => null }],
    [
      'an error',
      {
        authenticateRequest: () => {
          throw new Error('token expired');
        },
      },
    ],
    ['a rejected promise', { authenticateRequest: () => Promise.reject(new Error('x')) }],
  ])('answers 401 Unauthorized for %s', async (_name, auth) => {
    const r = req({ Authorization: 'Bearer abc' });
    const w = new RecordingResponseWriter();
    await withAuthentication(ok, auth, unauthorized())(w, r);
    expect(w.status).toBe(401);
    expect(JSON.parse(w.body)).toEqual(unauthorizedBody);
    expect(r.ctx.user).toBeUndefined();
    expect(r.header.get('Authorization')).toBe('Bearer abc');
  });

  it('checks the audiences', async () => {
    const auth: Authenticator = {
      authenticateRequest: () => ({ user: { name: 'u', groups: [] }, audiences: ['other'] }),
    };
    const w = new RecordingResponseWriter();
    await withAuthentication(ok, auth, unauthorized(), ['https://kubernetes.default.svc'])(w, req());
    expect(w.status).toBe(401);
    const w2 = new RecordingResponseWriter();
    await withAuthentication(ok, auth, unauthorized(), ['other'])(w2, req());
    expect(w2.status).toBe(200);
  });

  it('installs nothing without an authenticator', () => {
    expect(withAuthentication(ok, null, unauthorized())).toBe(ok);
  });
});
