import { describe, expect, it } from 'vitest';
import { deepEqual } from './equality';

describe('deepEqual', () => {
  it.each([
    { name: 'scalars', a: 1, b: 1, want: true },
    { name: 'string vs number', a: '1', b: 1, want: false },
    { name: 'null vs missing', a: { a: null }, b: {}, want: false },
    { name: 'key order ignored', a: { a: 1, b: [1, { c: 2 }] }, b: { b: [1, { c: 2 }], a: 1 }, want: true },
    { name: 'array order matters', a: [1, 2], b: [2, 1], want: false },
    { name: 'array vs object', a: [], b: {}, want: false },
    { name: 'extra key', a: { a: 1 }, b: { a: 1, b: 2 }, want: false },
    { name: 'prototype keys are not data', a: {}, b: JSON.parse('{"__proto__":{}}') as unknown, want: false },
  ])('$name', (c) => expect(deepEqual(c.a, c.b)).toBe(c.want));
});
