import { describe, expect, it } from 'vitest';
import { deepCopy, getOwn, goJSONKind, setOwn } from './value';

describe('safe JSON objects', () => {
  it('setOwn defines __proto__ as data', () => {
    const o: Record<string, unknown> = {};
    setOwn(o, '__proto__', { x: 1 });
    expect(Object.keys(o)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(getOwn(o, '__proto__')).toEqual({ x: 1 });
    expect(JSON.stringify(o)).toBe('{"__proto__":{"x":1}}');
  });
  it('getOwn never reads the prototype', () => expect(getOwn({}, 'constructor')).toBeUndefined());
  it('deepCopy keeps own __proto__ keys', () => {
    const src = JSON.parse('{"a":[{"__proto__":{"p":1}}]}') as unknown;
    const copy = deepCopy(src);
    expect(JSON.stringify(copy)).toBe('{"a":[{"__proto__":{"p":1}}]}');
    expect(copy).not.toBe(src);
  });
  it.each([
    { v: {}, want: 'object' },
    { v: [], want: 'array' },
    { v: 'x', want: 'string' },
    { v: 1, want: 'number' },
    { v: true, want: 'bool' },
    { v: null, want: 'null' },
  ])('goJSONKind($v)', (c) => expect(goJSONKind(c.v)).toBe(c.want));
});
