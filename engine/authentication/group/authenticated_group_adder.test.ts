import { describe, expect, it } from 'vitest';
import type { UserInfo } from '../../endpoints/request/context';
import type { RequestAuthenticator } from '../authenticator/interfaces';
import { newRequest } from '../testing';
import { newAuthenticatedGroupAdder } from './authenticated_group_adder';

const returning = (user: UserInfo): RequestAuthenticator => ({
  authenticateRequest: () => ({ user, audiences: ['api'] }),
});

describe('authenticated group adder', () => {
  it.each<[string, UserInfo, string[]]>([
    ['a user with groups', { name: 'jane', groups: ['dev'] }, ['dev', 'system:authenticated']],
    ['a user without groups', { name: 'jane', groups: [] }, ['system:authenticated']],
    [
      'a user already in system:authenticated',
      { name: 'jane', groups: ['system:authenticated', 'dev'] },
      ['system:authenticated', 'dev'],
    ],
    [
      'a user in system:unauthenticated',
      { name: 'jane', groups: ['system:unauthenticated'] },
      ['system:unauthenticated'],
    ],
    ['system:anonymous', { name: 'system:anonymous', groups: [] }, []],
  ])('%s', async (_name, user, groups) => {
    const before = structuredClone(user);
    const resp = await newAuthenticatedGroupAdder(returning(user)).authenticateRequest(newRequest());
    expect(resp?.user.groups).toEqual(groups);
    expect(user).toEqual(before); // the inner authenticator's user is not modified
  });

  it('keeps the uid, extra and audiences', async () => {
    const user: UserInfo = { name: 'jane', uid: '7', groups: [], extra: { scopes: ['a'] } };
    expect(await newAuthenticatedGroupAdder(returning(user)).authenticateRequest(newRequest())).toEqual({
      user: { name: 'jane', uid: '7', groups: ['system:authenticated'], extra: { scopes: ['a'] } },
      audiences: ['api'],
    });
  });

  it('passes "no credential" and errors through', async () => {
    expect(
      await newAuthenticatedGroupAdder({ authenticateRequest: () => null }).authenticateRequest(newRequest()),
    ).toBeNull();
    await expect(
      newAuthenticatedGroupAdder({
        authenticateRequest: () => Promise.reject(new Error('invalid bearer token')),
      }).authenticateRequest(newRequest()),
    ).rejects.toThrow('invalid bearer token');
  });
});
