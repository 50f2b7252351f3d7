import { describe, expect, it } from 'vitest';
import { createPatch } from './diff';
import { applyPatch, type Operation } from './patch';

describe('createPatch', () => {
  const cases: [string, unknown, unknown][] = [
    ['no change', { a: 1 }, { a: 1 }],
    ['added label map', { metadata: { name: 'x' } }, { metadata: { name: 'x', labels: { app: 'web' } } }],
    ['removed key', { a: 1, b: 2 }, { a: 1 }],
    ['replaced scalar', { spec: { priority: 1 } }, { spec: { priority: 0 } }],
    ['grown list', { l: [1] }, { l: [1, 2, 3] }],
    ['shrunk list', { l: [1, 2, 3] }, { l: [1] }],
    ['keys with / and ~', { 'a/b': 1 }, { 'a/b': 2, 'c~d': 3 }],
    ['type change', { a: [1] }, { a: { b: 1 } }],
  ];
  it.each(cases)('%s: applying the patch to a gives b', (_, a, b) => {
    expect(applyPatch(a, createPatch(a, b) as unknown as Operation[])).toEqual(b);
  });

  it('names the paths a learner reads', () => {
    expect(
      createPatch({ metadata: { name: 'x' } }, { metadata: { name: 'x', labels: { team: 'a' } } }),
    ).toEqual([{ op: 'add', path: '/metadata/labels', value: { team: 'a' } }]);
    expect(createPatch({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
