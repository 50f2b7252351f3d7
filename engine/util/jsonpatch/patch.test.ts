import { describe, expect, it } from 'vitest';
import { frozenJSON } from '../testing/freeze';
import { applyPatch, decodePatch, JSONPatchError } from './patch';
import type { Operation } from './patch';

const doc = () => frozenJSON('{"a":{"b":1},"arr":[1,2,3],"n":null}');
const apply = (ops: unknown[], d: unknown = doc()) =>
  applyPatch(d, decodePatch(frozenJSON(JSON.stringify(ops))));

function applyError(ops: unknown[], d: unknown = doc(), opts = {}): string {
  try {
    applyPatch(d, ops as Operation[], opts);
  } catch (e) {
    expect(e).toBeInstanceOf(JSONPatchError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('applyPatch: results', () => {
  it.each([
    {
      name: 'add key',
      ops: [{ op: 'add', path: '/a/c', value: 2 }],
      want: { a: { b: 1, c: 2 }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'add overwrites',
      ops: [{ op: 'add', path: '/a/b', value: [7] }],
      want: { a: { b: [7] }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'add array index',
      ops: [{ op: 'add', path: '/arr/1', value: 9 }],
      want: { a: { b: 1 }, arr: [1, 9, 2, 3], n: null },
    },
    {
      name: 'add append',
      ops: [{ op: 'add', path: '/arr/-', value: 9 }],
      want: { a: { b: 1 }, arr: [1, 2, 3, 9], n: null },
    },
    {
      name: 'add at length',
      ops: [{ op: 'add', path: '/arr/3', value: 9 }],
      want: { a: { b: 1 }, arr: [1, 2, 3, 9], n: null },
    },
    {
      name: 'add negative index',
      ops: [{ op: 'add', path: '/arr/-1', value: 9 }],
      want: { a: { b: 1 }, arr: [1, 2, 3, 9], n: null },
    },
    {
      name: 'add without value is null',
      ops: [{ op: 'add', path: '/z' }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, z: null },
    },
    { name: 'remove key', ops: [{ op: 'remove', path: '/a/b' }], want: { a: {}, arr: [1, 2, 3], n: null } },
    {
      name: 'remove null-valued key',
      ops: [{ op: 'remove', path: '/n' }],
      want: { a: { b: 1 }, arr: [1, 2, 3] },
    },
    {
      name: 'remove last by -1',
      ops: [{ op: 'remove', path: '/arr/-1' }],
      want: { a: { b: 1 }, arr: [1, 2], n: null },
    },
    {
      name: 'replace',
      ops: [{ op: 'replace', path: '/arr/0', value: 'x' }],
      want: { a: { b: 1 }, arr: ['x', 2, 3], n: null },
    },
    {
      name: 'replace missing key adds it',
      ops: [{ op: 'replace', path: '/a/zz', value: 5 }],
      want: { a: { b: 1, zz: 5 }, arr: [1, 2, 3], n: null },
    },
    { name: 'replace root', ops: [{ op: 'replace', path: '', value: { x: 1 } }], want: { x: 1 } },
    {
      name: 'move',
      ops: [{ op: 'move', from: '/a/b', path: '/c' }],
      want: { a: {}, arr: [1, 2, 3], n: null, c: 1 },
    },
    {
      name: 'move within array',
      ops: [{ op: 'move', from: '/arr/0', path: '/arr/-' }],
      want: { a: { b: 1 }, arr: [2, 3, 1], n: null },
    },
    {
      name: 'copy',
      ops: [{ op: 'copy', from: '/a', path: '/c' }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, c: { b: 1 } },
    },
    {
      name: 'copy from missing key writes null',
      ops: [{ op: 'copy', from: '/zz', path: '/c' }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, c: null },
    },
    {
      name: 'test passes',
      ops: [{ op: 'test', path: '/a', value: { b: 1 } }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'test null against null',
      ops: [{ op: 'test', path: '/n', value: null }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'test missing against null',
      ops: [{ op: 'test', path: '/zz', value: null }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'test whole doc',
      ops: [{ op: 'test', path: '', value: { n: null, arr: [1, 2, 3], a: { b: 1 } } }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null },
    },
    {
      name: 'escaped segments',
      ops: [
        { op: 'add', path: '/a~1b', value: 1 },
        { op: 'add', path: '/m~0n', value: 2 },
      ],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, 'a/b': 1, 'm~n': 2 },
    },
    {
      name: 'first segment is not checked',
      ops: [{ op: 'add', path: 'anything/k', value: 1 }],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, k: 1 },
    },
    {
      name: 'ops see earlier ops',
      ops: [
        { op: 'add', path: '/q', value: {} },
        { op: 'add', path: '/q/r', value: 1 },
      ],
      want: { a: { b: 1 }, arr: [1, 2, 3], n: null, q: { r: 1 } },
    },
  ])('$name', (c) => expect(apply(c.ops)).toEqual(c.want));

  it('copies are independent of their source', () => {
    const out = apply([
      { op: 'copy', from: '/a', path: '/c' },
      { op: 'add', path: '/c/x', value: 1 },
    ]) as Record<string, Record<string, unknown>>;
    expect(out['a']).toEqual({ b: 1 });
    expect(out['c']).toEqual({ b: 1, x: 1 });
  });

  it('__proto__ is an ordinary key and pollutes nothing', () => {
    const d = frozenJSON('{"__proto__":{"a":1}}');
    const out = applyPatch(d, [
      { op: 'add', path: '/__proto__/polluted', value: 1 },
      { op: 'add', path: '/constructor', value: { prototype: { x: 1 } } },
    ]) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ a: 1, polluted: 1 });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(applyError([{ op: 'add', path: '/toString/x', value: 1 }], {})).toBe(
      'add operation does not apply: doc is missing path: "/toString/x": missing value',
    );
  });
});

describe('applyPatch: errors (library messages)', () => {
  const big = '99999999999999999999';
  it.each([
    {
      name: 'missing parent',
      ops: [{ op: 'add', path: '/x/y', value: 1 }],
      want: 'add operation does not apply: doc is missing path: "/x/y": missing value',
    },
    {
      name: 'null parent',
      ops: [{ op: 'add', path: '/n/y', value: 1 }],
      want: 'add operation does not apply: doc is missing path: "/n/y": missing value',
    },
    {
      name: 'scalar parent',
      ops: [{ op: 'add', path: '/a/b/c', value: 1 }],
      want: 'add operation does not apply: doc is missing path: "/a/b/c": missing value',
    },
    {
      name: 'root add',
      ops: [{ op: 'add', path: '', value: 1 }],
      want: 'add operation does not apply: doc is missing path: "": missing value',
    },
    {
      name: 'add past end',
      ops: [{ op: 'add', path: '/arr/5', value: 1 }],
      want: "error in add for path: '/arr/5': Unable to access invalid index: 5: invalid index referenced",
    },
    {
      name: 'add bad index',
      ops: [{ op: 'add', path: '/arr/x', value: 1 }],
      want: "error in add for path: '/arr/x': value was not a proper array index: 'x': strconv.Atoi: parsing \"x\": invalid syntax",
    },
    {
      name: 'add huge index',
      ops: [{ op: 'add', path: `/arr/${big}`, value: 1 }],
      want: `error in add for path: '/arr/${big}': value was not a proper array index: '${big}': strconv.Atoi: parsing "${big}": value out of range`,
    },
    {
      name: 'add too negative',
      ops: [{ op: 'add', path: '/arr/-5', value: 1 }],
      want: "error in add for path: '/arr/-5': Unable to access invalid index: -5: invalid index referenced",
    },
    {
      name: 'remove missing key',
      ops: [{ op: 'remove', path: '/zz' }],
      want: "error in remove for path: '/zz': Unable to remove nonexistent key: zz: missing value",
    },
    {
      name: 'remove past end',
      ops: [{ op: 'remove', path: '/arr/3' }],
      want: "error in remove for path: '/arr/3': Unable to access invalid index: 3: invalid index referenced",
    },
    {
      name: 'remove bad index',
      ops: [{ op: 'remove', path: '/arr/-' }],
      want: 'error in remove for path: \'/arr/-\': strconv.Atoi: parsing "-": invalid syntax',
    },
    {
      name: 'replace past end',
      ops: [{ op: 'replace', path: '/arr/3', value: 1 }],
      want: 'replace operation does not apply: doc is missing key: /arr/3: missing value',
    },
    {
      name: 'replace missing parent',
      ops: [{ op: 'replace', path: '/x/y', value: 1 }],
      want: 'replace operation does not apply: doc is missing path: /x/y: missing value',
    },
    {
      name: 'replace root by scalar',
      ops: [{ op: 'replace', path: '', value: 5 }],
      want: 'replace operation value must be object or array: %!w(<nil>)',
    },
    {
      name: 'move missing key',
      ops: [{ op: 'move', from: '/zz', path: '/q' }],
      want: "error in move for path: 'zz': Unable to remove nonexistent key: zz: missing value",
    },
    {
      name: 'move missing from',
      ops: [{ op: 'move', from: '/x/y', path: '/q' }],
      want: 'move operation does not apply: doc is missing from path: /x/y: missing value',
    },
    {
      name: 'move into itself',
      ops: [{ op: 'move', from: '/a', path: '/a/b' }],
      want: 'move operation does not apply: doc is missing destination path: /a/b: missing value',
    },
    {
      name: 'move bad index',
      ops: [{ op: 'move', from: '/arr/9', path: '/q' }],
      want: "error in move for path: '9': Unable to access invalid index: 9: invalid index referenced",
    },
    {
      name: 'test fails',
      ops: [{ op: 'test', path: '/a/b', value: 2 }],
      want: 'testing value /a/b failed: test failed',
    },
    {
      name: 'test null against value',
      ops: [{ op: 'test', path: '/n', value: 0 }],
      want: 'testing value /n failed: test failed',
    },
    {
      name: 'test without value',
      ops: [{ op: 'test', path: '/a' }],
      want: 'testing value /a failed: test failed',
    },
    {
      name: 'test bad index',
      ops: [{ op: 'test', path: '/arr/9', value: 1 }],
      want: "error in test for path: '/arr/9': Unable to access invalid index: 9: invalid index referenced",
    },
    {
      name: 'test missing parent',
      ops: [{ op: 'test', path: '/x/y', value: 1 }],
      want: 'test operation does not apply: is missing path: /x/y: missing value',
    },
    {
      name: 'test root fails',
      ops: [{ op: 'test', path: '', value: {} }],
      want: 'testing value  failed: test failed',
    },
    {
      name: 'copy bad index',
      ops: [{ op: 'copy', from: '/arr/7', path: '/q' }],
      want: "error in copy for from: '/arr/7': Unable to access invalid index: 7: invalid index referenced",
    },
    {
      name: 'copy missing destination',
      ops: [{ op: 'copy', from: '/a', path: '/x/y' }],
      want: 'copy operation does not apply: doc is missing destination path: /x/y: missing value',
    },
    { name: 'unknown op', ops: [{ op: 'frob', path: '/a' }], want: 'Unexpected kind: frob' },
    { name: 'no op', ops: [{ path: '/a' }], want: 'Unexpected kind: unknown' },
    { name: 'null op', ops: [null], want: 'Unexpected kind: unknown' },
    { name: 'op not a string', ops: [{ op: 1, path: '/a' }], want: 'Unexpected kind: unknown' },
    {
      name: 'add without path',
      ops: [{ op: 'add', value: 1 }],
      want: 'add operation failed to decode path: missing value',
    },
    {
      name: 'remove null path',
      ops: [{ op: 'remove', path: null }],
      want: 'remove operation failed to decode path: missing value',
    },
    {
      name: 'replace without path',
      ops: [{ op: 'replace', value: 1 }],
      want: 'replace operation failed to decode path: operation missing path field: missing value',
    },
    {
      name: 'replace numeric path',
      ops: [{ op: 'replace', path: 1, value: 1 }],
      want: 'replace operation failed to decode path: json: cannot unmarshal number into Go value of type string',
    },
    {
      name: 'move without from',
      ops: [{ op: 'move', path: '/a' }],
      want: 'move operation failed to decode from: operation, missing from field: missing value',
    },
    {
      name: 'copy without path',
      ops: [{ op: 'copy', from: '/a' }],
      want: 'copy operation failed to decode path: missing value',
    },
    {
      name: 'stops at the first failure',
      ops: [{ op: 'remove', path: '/zz' }, { op: 'frob' }],
      want: "error in remove for path: '/zz': Unable to remove nonexistent key: zz: missing value",
    },
  ])('$name', (c) => expect(applyError(c.ops)).toBe(c.want));

  it('copy size limit', () => {
    expect(applyError([{ op: 'copy', from: '/a', path: '/c' }], doc(), { accumulatedCopySizeLimit: 5 })).toBe(
      'Unable to complete the copy, the accumulated size increase of copy is 7, exceeding the limit 5',
    );
  });

  it('negative indices can be turned off', () => {
    expect(applyError([{ op: 'remove', path: '/arr/-1' }], doc(), { supportNegativeIndices: false })).toBe(
      "error in remove for path: '/arr/-1': Unable to access invalid index: -1: invalid index referenced",
    );
  });
});

describe('decodePatch', () => {
  const err = (p: unknown) => {
    try {
      decodePatch(p);
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  it.each([
    {
      name: 'object',
      in: { op: 'add' },
      want: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    },
    { name: 'string', in: 'x', want: 'json: cannot unmarshal string into Go value of type jsonpatch.Patch' },
    {
      name: 'bad element',
      in: [{ op: 'add' }, 5],
      want: 'json: cannot unmarshal number into Go value of type jsonpatch.Operation',
    },
    { name: 'null is empty', in: null, want: '' },
  ])('$name', (c) => expect(err(c.in)).toBe(c.want));
});
