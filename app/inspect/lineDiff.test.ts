import { describe, expect, it } from 'vitest';
import { hunks, lineDiff, objectDiff } from './lineDiff';

const render = (d: { op: string; text?: string; skipped?: number }[]) =>
  d.map((l) => (l.op === '…' ? `… ${l.skipped}` : `${l.op}${l.text}`));

describe('lineDiff', () => {
  it('is all context for equal inputs', () => {
    expect(render(lineDiff(['a', 'b'], ['a', 'b']))).toEqual([' a', ' b']);
  });

  it('finds insertions, deletions and changes', () => {
    expect(render(lineDiff(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd', 'e']))).toEqual([
      ' a',
      '-b',
      ' c',
      '+x',
      ' d',
      '+e',
    ]);
    expect(render(lineDiff([], ['a']))).toEqual(['+a']);
    expect(render(lineDiff(['a'], []))).toEqual(['-a']);
  });

  it('rebuilds both sides', () => {
    const a = ['1', '2', '3', '4', '5', '6'];
    const b = ['0', '2', '4', '3', '6', '7'];
    const d = lineDiff(a, b);
    expect(d.filter((l) => l.op !== '+').map((l) => l.text)).toEqual(a);
    expect(d.filter((l) => l.op !== '-').map((l) => l.text)).toEqual(b);
  });

  it('shows what defaulting added to an object', () => {
    const before = { metadata: { name: 'nginx' }, spec: { containers: [{ name: 'nginx' }] } };
    const after = {
      metadata: { name: 'nginx' },
      spec: { containers: [{ name: 'nginx', imagePullPolicy: 'IfNotPresent' }], restartPolicy: 'Always' },
    };
    const added = objectDiff(before, after).filter((l) => l.op === '+');
    expect(added.map((l) => l.text.trim())).toEqual([
      '"name": "nginx",',
      '"imagePullPolicy": "IfNotPresent"',
      '],',
      '"restartPolicy": "Always"',
    ]);
  });
});

describe('hunks', () => {
  it('keeps context around changes and folds the rest', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const b = [...a];
    b[10] = 'changed';
    expect(render(hunks(lineDiff(a, b), 2))).toEqual([
      '… 8',
      ' l8',
      ' l9',
      '-l10',
      '+changed',
      ' l11',
      ' l12',
      '… 7',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(hunks(lineDiff(['a'], ['a']))).toEqual([]);
  });
});
