import { describe, expect, it } from 'vitest';
import type { UserInfo } from '../../endpoints/request/context';
import { newRequest } from '../../authentication/testing';
import { parseTokenFile } from '../../authentication/token/tokenfile/tokenfile';
import { defaultBuildHandlerChain, newHandlerChainConfig, noTimers } from '../../server/config';
import { RecordingResponseWriter, type Handler } from '../../server/http';
import { loopbackUserUID, newAuthenticator, type AuthenticatorConfig } from './config';

const tokens = parseTokenFile('abc,jane,1001,"dev,ops"\nmaster,root,0,system:masters\n');
const jane: UserInfo = { name: 'jane', uid: '1001', groups: ['dev', 'ops', 'system:authenticated'] };
const root: UserInfo = { name: 'root', uid: '0', groups: ['system:masters', 'system:authenticated'] };
const apiserver: UserInfo = {
  name: 'system:apiserver',
  uid: loopbackUserUID,
  groups: ['system:authenticated', 'system:masters'],
};
const anonymous: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };

/** what authenticating a request with this Authorization header gives: a user, null (no user), or an error */
async function outcome(c: AuthenticatorConfig, authorization?: string): Promise<UserInfo | null | string> {
  const a = newAuthenticator(c);
  if (!a) return 'authentication disabled';
  const req = newRequest(authorization === undefined ? {} : { Authorization: authorization });
  try {
    return (await a.authenticateRequest(req))?.user ?? null;
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

const withAnonymous: AuthenticatorConfig = { tokens, anonymous: true, loopbackToken: 'loop-token' };
const withoutAnonymous: AuthenticatorConfig = { tokens, anonymous: false, loopbackToken: 'loop-token' };

describe('newAuthenticator', () => {
  it.each<[string, string | undefined, UserInfo | null | string, UserInfo | null | string]>([
    // header                         anonymous on          anonymous off
    ['a file token', 'Bearer abc', jane, jane],
    ['a lowercase scheme', 'bearer abc', jane, jane],
    ['a token of system:masters', 'Bearer master', root, root],
    ['the loopback token', 'Bearer loop-token', apiserver, apiserver],
    ['an unknown token', 'Bearer xyz', 'error: invalid bearer token', 'error: invalid bearer token'],
    ['no Authorization header', undefined, anonymous, null],
    ['`Bearer` with no token', 'Bearer', anonymous, null],
    ['two spaces (an empty token)', 'Bearer  abc', anonymous, null],
    ['Basic credentials', 'Basic amFuZTpzZWNyZXQ=', anonymous, null],
  ])('%s (%s)', async (_name, header, on, off) => {
    expect(await outcome(withAnonymous, header)).toEqual(on);
    expect(await outcome(withoutAnonymous, header)).toEqual(off);
  });

  it.each<[string, AuthenticatorConfig, string | undefined, UserInfo | null | string]>([
    ['nothing configured', {}, undefined, 'authentication disabled'],
    [
      'only a loopback token (Go adds it only to an existing authenticator)',
      { loopbackToken: 'l' },
      'Bearer l',
      'authentication disabled',
    ],
    ['only anonymous', { anonymous: true }, 'Bearer xyz', anonymous],
    // no fail-on-error union without other authenticators: the loopback error is outvoted by anonymous
    ['anonymous and loopback, a bad token', { anonymous: true, loopbackToken: 'l' }, 'Bearer xyz', anonymous],
    [
      'anonymous and loopback, the loopback token',
      { anonymous: true, loopbackToken: 'l' },
      'Bearer l',
      apiserver,
    ],
    ['an empty token file', { tokens: [] }, 'Bearer abc', 'error: invalid bearer token'],
    ['an empty token file, no header', { tokens: [] }, undefined, null],
    [
      'anonymous limited to /healthz, asked for /api/v1/pods',
      { tokens, anonymous: true, anonymousConditions: [{ path: '/healthz' }] },
      undefined,
      null,
    ],
  ])('%s', async (_name, c, header, want) => {
    expect(await outcome(c, header)).toEqual(want);
  });
});

describe('the handler chain with token authentication', () => {
  const echo: Handler = async (w, req) => {
    w.header().set('Content-Type', 'application/json');
    w.writeHeader(200);
    w.write(JSON.stringify({ user: req.ctx.user, authorization: req.header.get('Authorization') }));
  };

  async function serve(c: AuthenticatorConfig, headers: Record<string, string>) {
    const chain = defaultBuildHandlerChain(
      echo,
      newHandlerChainConfig({
        authenticator: newAuthenticator(c),
        timers: noTimers,
        now: () => new Date('2025-08-27T10:00:00Z'),
      }),
    );
    const req = { ...newRequest(headers, '/api/v1/namespaces/default/pods'), userAgent: 'kubectl/v1.34.0' };
    const w = new RecordingResponseWriter();
    await chain(w, req);
    return w;
  }

  it('admits a good token as its user in system:authenticated and drops the Authorization header', async () => {
    const w = await serve(withAnonymous, { Authorization: 'Bearer abc' });
    expect(w.status).toBe(200);
    expect(JSON.parse(w.body)).toEqual({ user: jane, authorization: '' });
  });

  it.each<[string, AuthenticatorConfig, Record<string, string>]>([
    ['a bad token, anonymous on', withAnonymous, { Authorization: 'Bearer nope' }],
    ['a bad token, anonymous off', withoutAnonymous, { Authorization: 'Bearer nope' }],
    ['no token, anonymous off', withoutAnonymous, {}],
    ['Basic credentials, anonymous off', withoutAnonymous, { Authorization: 'Basic eDp5' }],
  ])('answers %s with 401 Unauthorized', async (_name, c, headers) => {
    const w = await serve(c, headers);
    expect(w.status).toBe(401);
    expect(w.header().get('Content-Type')).toBe('application/json');
    expect(w.body).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}\n',
    );
  });

  it('admits a request without a token as system:anonymous when anonymous auth is on', async () => {
    const w = await serve(withAnonymous, {});
    expect(w.status).toBe(200);
    expect(JSON.parse(w.body)).toEqual({ user: anonymous, authorization: '' });
  });

  it('admits Basic credentials as system:anonymous, and WithAuthentication drops them', async () => {
    const w = await serve(withAnonymous, { Authorization: 'Basic eDp5' });
    expect(w.status).toBe(200);
    expect(JSON.parse(w.body)).toEqual({ user: anonymous, authorization: '' });
  });
});
