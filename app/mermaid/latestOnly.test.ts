import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latestOnly';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('LatestOnly', () => {
  it('runs the first input, then only the latest of those pushed meanwhile', async () => {
    const started: number[] = [];
    const results: string[] = [];
    const q = new LatestOnly<number, string>(
      async (n) => {
        started.push(n);
        await tick();
        if (n === 3) throw new Error('three');
        return `r${n}`;
      },
      (r, n) => results.push(r.ok ? r.value : `${n}:${(r.error as Error).message}`),
    );
    q.push(1);
    q.push(2);
    q.push(3);
    for (let i = 0; i < 5; i++) await tick();
    expect(started).toEqual([1, 3]);
    expect(results).toEqual(['r1', '3:three']);
  });

  it('reports nothing after stop', async () => {
    const results: number[] = [];
    const q = new LatestOnly<number, number>(
      async (n) => n,
      (r) => r.ok && results.push(r.value),
    );
    q.push(1);
    q.stop();
    q.push(2);
    for (let i = 0; i < 3; i++) await tick();
    expect(results).toEqual([]);
  });
});
