import { describe, expect, it } from 'vitest';
import { newRequest } from '../../testing';
import { newAnonymousAuthenticator } from './anonymous';

const anonymousUser = { user: { name: 'system:anonymous', groups: ['system:unauthenticated'] } };

describe('anonymous authenticator', () => {
  it.each<[string, Record<string, string>]>([
    ['no header', {}],
    // it is placed behind the other authenticators; on its own it does not look at credentials
    ['an Authorization header', { Authorization: 'Basic eDp5' }],
  ])('admits a request with %s as system:anonymous', async (_name, headers) => {
    expect(await newAnonymousAuthenticator().authenticateRequest(newRequest(headers))).toEqual(anonymousUser);
  });

  it.each<[string, string, boolean]>([
    ['/healthz', '/healthz', true],
    ['/readyz', '/readyz', true],
    ['/healthz/etcd (paths match exactly)', '/healthz/etcd', false],
    ['/api', '/api', false],
  ])('with conditions, admits %s only if listed', async (_name, path, admitted) => {
    const a = newAnonymousAuthenticator([{ path: '/healthz' }, { path: '/readyz' }]);
    expect(await a.authenticateRequest(newRequest({}, path))).toEqual(admitted ? anonymousUser : null);
  });

  it('hands out a fresh user each time', async () => {
    const a = newAnonymousAuthenticator();
    const first = await a.authenticateRequest(newRequest());
    first!.user.groups.push('x');
    expect(await a.authenticateRequest(newRequest())).toEqual(anonymousUser);
  });
});
