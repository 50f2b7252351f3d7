import { describe, expect, it } from 'vitest';
import { frozenJSON } from '../testing/freeze';
import { createMergePatch, jsonMergePatch, MergePatchError } from './jsonmerge';

describe('jsonMergePatch (RFC 7386 examples and library quirks)', () => {
  it.each([
    { name: 'replace value', doc: '{"a":"b"}', patch: '{"a":"c"}', want: { a: 'c' } },
    { name: 'add value', doc: '{"a":"b"}', patch: '{"b":"c"}', want: { a: 'b', b: 'c' } },
    { name: 'delete value', doc: '{"a":"b"}', patch: '{"a":null}', want: {} },
    { name: 'delete absent', doc: '{"a":"b"}', patch: '{"x":null}', want: { a: 'b' } },
    {
      name: 'nested',
      doc: '{"a":{"b":"c","d":1}}',
      patch: '{"a":{"b":"d","d":null}}',
      want: { a: { b: 'd' } },
    },
    { name: 'array replaces', doc: '{"a":[{"b":"c"}]}', patch: '{"a":[1]}', want: { a: [1] } },
    {
      name: 'object over scalar',
      doc: '{"a":"foo"}',
      patch: '{"a":{"b":null,"c":1}}',
      want: { a: { c: 1 } },
    },
    { name: 'new key pruned deeply', doc: '{}', patch: '{"a":{"bb":{"ccc":null}}}', want: { a: { bb: {} } } },
    {
      name: 'nulls in arrays kept',
      doc: '{}',
      patch: '{"a":[null,{"x":null,"y":1}]}',
      want: { a: [null, { y: 1 }] },
    },
    {
      name: 'array over object is not pruned',
      doc: '{"a":{"b":1}}',
      patch: '{"a":[{"x":null}]}',
      want: { a: [{ x: null }] },
    },
    {
      name: 'null-valued key counts as absent',
      doc: '{"a":null}',
      patch: '{"a":{"b":null,"c":1}}',
      want: { a: { c: 1 } },
    },
    { name: 'non-object document', doc: '[1]', patch: '{"a":null,"b":2}', want: { b: 2 } },
    { name: 'array patch', doc: '{"a":1}', patch: '[{"x":null},null]', want: [{}, null] },
    {
      name: '__proto__ is data',
      doc: '{"__proto__":{"a":1}}',
      patch: '{"__proto__":{"b":2},"constructor":{"prototype":{"p":1}}}',
      want: JSON.parse('{"__proto__":{"a":1,"b":2},"constructor":{"prototype":{"p":1}}}'),
    },
  ])('$name', (c) => expect(jsonMergePatch(frozenJSON(c.doc), frozenJSON(c.patch))).toEqual(c.want));

  it('does not pollute Object.prototype', () => {
    const out = jsonMergePatch({}, frozenJSON('{"__proto__":{"polluted":1}}')) as object;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    { name: 'null document', doc: null, patch: {}, want: 'Invalid JSON Document' },
    { name: 'null patch', doc: {}, patch: null, want: 'Invalid JSON Patch' },
    { name: 'scalar patch', doc: {}, patch: 'x', want: 'Invalid JSON Patch' },
  ])('$name', (c) => {
    expect(() => jsonMergePatch(c.doc, c.patch)).toThrow(MergePatchError);
    expect(() => jsonMergePatch(c.doc, c.patch)).toThrow(c.want);
  });
});

describe('createMergePatch', () => {
  it.each([
    {
      name: 'change, add, delete',
      a: { a: 1, b: 2, c: { d: 1, e: 2 } },
      b: { a: 1, c: { d: 2, e: 2 }, f: 3 },
      want: { b: null, c: { d: 2 }, f: 3 },
    },
    { name: 'type change', a: { a: { x: 1 } }, b: { a: [1] }, want: { a: [1] } },
    { name: 'arrays compared whole', a: { a: [1, 2] }, b: { a: [1, 2] }, want: {} },
    { name: 'arrays of documents', a: [{ a: 1 }], b: [{ a: 2 }], want: [{ a: 2 }] },
  ])('$name', (c) => expect(createMergePatch(c.a, c.b)).toEqual(c.want));

  it('round-trips through jsonMergePatch', () => {
    const a = { a: 1, b: { c: [1, 2], d: 'x' }, e: null };
    const b = { a: 2, b: { c: [3], f: true } };
    expect(jsonMergePatch(a, createMergePatch(a, b))).toEqual(b);
  });

  it('mismatched types', () => expect(() => createMergePatch([1], {})).toThrow('Mismatched JSON Documents'));
});
