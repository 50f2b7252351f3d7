import { describe, expect, it } from 'vitest';
import type { TokenAuthenticator } from '../../authenticator/interfaces';
import { newTokenFileAuthenticator } from '../tokenfile/tokenfile';
import { newFailOnErrorTokenUnion, newTokenUnion } from './union';

const file = newTokenFileAuthenticator([{ token: 'abc', name: 'jane' }]);
const expired: TokenAuthenticator = {
  authenticateToken: (t) => {
    if (t.startsWith('ey')) throw new Error('token has expired');
    return null;
  },
};

describe('token union', () => {
  it.each<[string, string, string | null, string | null]>([
    ['a token the file knows', 'abc', 'jane', null],
    ['a token nobody knows', 'xyz', null, null],
    ['a token one authenticator rejects', 'eyJ', null, 'token has expired'],
  ])('%s', async (_name, token, user, err) => {
    const p = Promise.resolve(newTokenUnion(expired, file).authenticateToken(token));
    if (err) await expect(p).rejects.toThrow(err);
    else expect((await p)?.user.name ?? null).toBe(user);
  });

  it('fail-on-error stops at the first error', async () => {
    const never: TokenAuthenticator = {
      authenticateToken: () => {
        throw new Error('must not be asked');
      },
    };
    await expect(
      Promise.resolve(newFailOnErrorTokenUnion(expired, never).authenticateToken('eyJ')),
    ).rejects.toThrow('token has expired');
  });
});
