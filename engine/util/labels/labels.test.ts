import { describe, expect, it } from 'vitest';
import { conflicts, equals, formatLabels, get, has, merge, setString } from './labels';

describe('label sets', () => {
  it.each([
    { name: 'string sorted', got: setString({ b: '1', a: '2' }), want: 'a=2,b=1' },
    { name: 'format empty', got: formatLabels({}), want: '<none>' },
    { name: 'conflicts', got: conflicts({ a: '1' }, { a: '2' }), want: true },
    { name: 'no conflicts', got: conflicts({ a: '1' }, { b: '2' }), want: false },
    { name: 'merge second wins', got: merge({ a: '1', b: '1' }, { a: '2' }), want: { a: '2', b: '1' } },
    { name: 'equals', got: equals({ a: '1' }, { a: '1' }), want: true },
    { name: 'not equals', got: equals({ a: '1' }, { a: '1', b: '' }), want: false },
    { name: 'missing reads as empty', got: get({}, 'a'), want: '' },
    { name: 'prototype keys are not labels', got: has({}, 'toString'), want: false },
  ])('$name', (c) => expect(c.got).toEqual(c.want));

  it('__proto__ is an ordinary label and pollutes nothing', () => {
    const ls = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    const merged = merge({}, ls);
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(get(merged, '__proto__')).toBe('x');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
