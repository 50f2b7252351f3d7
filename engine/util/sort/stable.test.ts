import { describe, expect, it } from 'vitest';
import { sliceStable } from './stable';
import { compareGoStrings } from './strings';

describe('sliceStable', () => {
  it.each([
    { name: 'small', n: 5 },
    { name: 'one block', n: 20 },
    { name: 'several blocks', n: 97 },
  ])('sorts and keeps equal elements in order ($name)', ({ n }) => {
    const data = Array.from({ length: n }, (_, i) => ({ k: (i * 7) % 5, i }));
    sliceStable(data, (a, b) => a.k < b.k);
    const want = [...data].sort((a, b) => a.k - b.k || a.i - b.i);
    expect(data).toEqual(want);
  });

  it('follows Go with an inconsistent comparator (always true)', () => {
    const data = [1, 2, 3, 4];
    sliceStable(data, () => true);
    // insertion sort swaps every pair it looks at: 2 1 → 3 2 1 → 4 3 2 1
    expect(data).toEqual([4, 3, 2, 1]);
  });
});

describe('compareGoStrings', () => {
  it.each([
    { name: 'ascii', a: 'a', b: 'b', want: -1 },
    { name: 'prefix', a: 'ab', b: 'a', want: 1 },
    { name: 'upper before lower', a: 'Z', b: 'a', want: -1 },
    { name: 'astral after BMP (UTF-8 order)', a: '\u{1F600}', b: '\uFFFF', want: 1 },
  ])('$name', (c) => expect(compareGoStrings(c.a, c.b)).toBe(c.want));
});
