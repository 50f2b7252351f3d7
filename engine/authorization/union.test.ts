import { describe, expect, it } from 'vitest';
import type { Attributes, AuthorizationResult, Authorizer } from '../endpoints/filters/authorization';
import { AggregateError, newAggregate } from '../util/errors/errors';
import { newAttributes } from './testing';
import { newUnionAuthorizer } from './union';

const attrs: Attributes = newAttributes({
  user: { name: 'jane', groups: [] },
  name: 'web',
  path: '/api/v1/namespaces/default/pods/web',
});

/** An authorizer that answers `result` and records that it was asked. */
function fixed(result: AuthorizationResult, asked: string[] = [], name = ''): Authorizer {
  return {
    authorize: () => {
      asked.push(name);
      return result;
    },
  };
}

const allow = (reason = ''): AuthorizationResult => ({ decision: 'allow', reason });
const deny = (reason = ''): AuthorizationResult => ({ decision: 'deny', reason });
const none = (reason = '', error?: Error): AuthorizationResult => ({
  decision: 'noOpinion',
  reason,
  ...(error ? { error } : {}),
});

describe('union authorizer', () => {
  it.each([
    ['the first allow wins', [none('a'), allow('b'), deny('c')], allow('b')],
    ['the first deny wins', [none(), deny('nope'), allow('b')], deny('nope')],
    [
      'an allow keeps its own error',
      [{ ...allow('ok'), error: new Error('partial') }],
      { ...allow('ok'), error: new Error('partial') },
    ],
    [
      'no opinion joins the non-empty reasons line by line',
      [none('first'), none(''), none('second')],
      none('first\nsecond'),
    ],
    ['no authorizers at all', [], none()],
  ])('%s', async (_name, results, want) => {
    const got = await newUnionAuthorizer(...results.map((r) => fixed(r))).authorize(attrs);
    expect(got).toEqual(want);
  });

  it('stops asking once an authorizer decides', async () => {
    const asked: string[] = [];
    await newUnionAuthorizer(
      fixed(none(), asked, 'a'),
      fixed(deny(), asked, 'b'),
      fixed(allow(), asked, 'c'),
    ).authorize(attrs);
    expect(asked).toEqual(['a', 'b']);
  });

  it('aggregates the errors of authorizers with no opinion, and counts a throw as one', async () => {
    const throwing: Authorizer = {
      authorize: () => {
        throw new Error('webhook timed out');
      },
    };
    const got = await newUnionAuthorizer(
      fixed(none('RBAC: x', new Error('lister failed'))),
      throwing,
    ).authorize(attrs);
    expect(got.decision).toBe('noOpinion');
    expect(got.reason).toBe('RBAC: x');
    expect(got.error).toBeInstanceOf(AggregateError);
    expect(got.error?.message).toBe('[lister failed, webhook timed out]');
  });
});

describe('newAggregate', () => {
  it.each([
    [[], null],
    [['one'], 'one'],
    [['a', 'b'], '[a, b]'],
    [['same', 'same'], 'same'],
    [['a', 'b', 'a'], '[a, b]'],
  ])('%j → %j', (msgs, want) => {
    expect(newAggregate(msgs.map((m) => new Error(m)))?.message ?? null).toBe(want);
  });

  it('flattens nested aggregates', () => {
    const inner = newAggregate([new Error('a'), new Error('b')])!;
    expect(newAggregate([inner, new Error('c')])!.message).toBe('[a, b, c]');
    expect(newAggregate([inner])!.message).toBe('[a, b]');
  });
});
