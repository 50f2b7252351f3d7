import { describe, expect, it } from 'vitest';
import type { RequestAuthenticator } from '../../authenticator/interfaces';
import { newRequest } from '../../testing';
import { AggregateError } from '../../../util/errors/errors';
import { newFailOnErrorUnion, newUnion } from './union';

const calls: string[] = [];
const user = (name: string): RequestAuthenticator => ({
  authenticateRequest: () => {
    calls.push(name);
    return { user: { name, groups: [] } };
  },
});
const none = (name: string): RequestAuthenticator => ({
  authenticateRequest: () => {
    calls.push(name);
    return null;
  },
});
const fail = (name: string, message: string): RequestAuthenticator => ({
  authenticateRequest: async () => {
    calls.push(name);
    throw new Error(message);
  },
});

describe('request union', () => {
  it('is the authenticator itself when there is only one', () => {
    const a = none('a');
    expect(newUnion(a)).toBe(a);
    expect(newFailOnErrorUnion(a)).toBe(a);
  });

  it.each<[string, RequestAuthenticator[], string | null, string | null, string[]]>([
    ['the first success wins', [user('a'), user('b')], 'a', null, ['a']],
    ['nobody knows the request', [none('a'), none('b')], null, null, ['a', 'b']],
    ['a success after an error', [fail('a', 'bad'), user('b')], 'b', null, ['a', 'b']],
    ['a lone error', [fail('a', 'bad'), none('b')], null, 'bad', ['a', 'b']],
    ['errors aggregated', [fail('a', 'x'), fail('b', 'y')], null, '[x, y]', ['a', 'b']],
    ['repeated messages once', [fail('a', 'x'), fail('b', 'x')], null, 'x', ['a', 'b']],
  ])('newUnion: %s', async (_name, handlers, wantUser, wantErr, wantCalls) => {
    calls.length = 0;
    const p = newUnion(...handlers).authenticateRequest(newRequest());
    if (wantErr === null) expect((await p)?.user.name ?? null).toBe(wantUser);
    else await expect(p).rejects.toThrow(wantErr);
    expect(calls).toEqual(wantCalls);
  });

  it('keeps every error of an aggregate', async () => {
    const err = await Promise.resolve(
      newUnion(fail('a', 'x'), fail('b', 'y')).authenticateRequest(newRequest()),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AggregateError);
    expect((err as AggregateError).errors.map((e) => e.message)).toEqual(['x', 'y']);
  });

  it('newFailOnErrorUnion stops at the first error', async () => {
    calls.length = 0;
    await expect(
      newFailOnErrorUnion(none('a'), fail('b', 'bad token'), user('c')).authenticateRequest(newRequest()),
    ).rejects.toThrow('bad token');
    expect(calls).toEqual(['a', 'b']);
  });

  it('newFailOnErrorUnion goes on past "no credential"', async () => {
    calls.length = 0;
    const resp = await newFailOnErrorUnion(none('a'), user('b')).authenticateRequest(newRequest());
    expect(resp?.user.name).toBe('b');
    expect(calls).toEqual(['a', 'b']);
  });
});
