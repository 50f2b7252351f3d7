import { describe, expect, it } from 'vitest';
import type { TokenAuthenticator } from '../../authenticator/interfaces';
import { newRequest } from '../../testing';
import { newTokenFileAuthenticator } from '../../token/tokenfile/tokenfile';
import { newBearerTokenAuthenticator } from './bearertoken';

const tokens = newTokenFileAuthenticator([
  { token: 'abc', name: 'jane', uid: '42', groups: ['dev'] },
  { token: 'a+b/c=', name: 'bob' },
]);
const jane = { name: 'jane', uid: '42', groups: ['dev'] };

describe('bearer token authenticator', () => {
  it.each<[string, string | undefined, { name: string; uid?: string; groups: string[] }]>([
    ['a valid token', 'Bearer abc', jane],
    ['a lowercase scheme', 'bearer abc', jane],
    ['an uppercase scheme', 'BEARER abc', jane],
    ['surrounding spaces', '  Bearer abc  ', jane],
    ['a third word, which is ignored', 'Bearer abc def', jane],
    ['base64 characters', 'Bearer a+b/c=', { name: 'bob', groups: [] }],
  ])('authenticates %s and removes the header', async (_name, header, user) => {
    const req = newRequest(header === undefined ? {} : { Authorization: header });
    const resp = await newBearerTokenAuthenticator(tokens).authenticateRequest(req);
    expect(resp).toEqual({ user });
    expect(req.header.has('Authorization')).toBe(false);
  });

  it.each<[string, Record<string, string>]>([
    ['no Authorization header', {}],
    ['an empty header', { Authorization: '' }],
    ['only spaces', { Authorization: '   ' }],
    ['`Bearer` with no token', { Authorization: 'Bearer' }],
    ['`Bearer ` with a trailing space (trimmed away)', { Authorization: 'Bearer ' }],
    ['two spaces (an empty token)', { Authorization: 'Bearer  abc' }],
    ['a tab instead of a space', { Authorization: 'Bearer\tabc' }],
    ['Basic credentials', { Authorization: 'Basic amFuZTpzZWNyZXQ=' }],
    ['a token without scheme', { Authorization: 'abc' }],
  ])('finds no credential in %s, without error', async (_name, headers) => {
    const req = newRequest(headers);
    const resp = await newBearerTokenAuthenticator(tokens).authenticateRequest(req);
    expect(resp).toBeNull();
    expect(req.header.toRecord()).toEqual(newRequest(headers).header.toRecord());
  });

  it.each([['Bearer xyz'], ['Bearer ABC'], ['bearer abcd']])(
    'rejects an unknown token (%s) with "invalid bearer token" and keeps the header',
    async (header) => {
      const req = newRequest({ Authorization: header });
      await expect(newBearerTokenAuthenticator(tokens).authenticateRequest(req)).rejects.toThrow(
        /^invalid bearer token$/,
      );
      expect(req.header.get('Authorization')).toBe(header);
    },
  );

  it("passes the token authenticator's own error through", async () => {
    const failing: TokenAuthenticator = {
      authenticateToken: () => Promise.reject(new Error('token has expired')),
    };
    await expect(
      newBearerTokenAuthenticator(failing).authenticateRequest(newRequest({ Authorization: 'Bearer x' })),
    ).rejects.toThrow('token has expired');
  });
});
