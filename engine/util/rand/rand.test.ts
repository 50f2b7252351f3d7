import { describe, expect, it } from 'vitest';
import { seededRandom, uuidFrom } from './rand';

describe('seeded randomness', () => {
  it('makes version-4 UUIDs, the same ones for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 100; i++) {
      const u = uuidFrom(a);
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(uuidFrom(b)).toBe(u);
    }
  });

  it('spreads over [0, 1)', () => {
    const r = seededRandom(1);
    const values = Array.from({ length: 10_000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((x, y) => x + y, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
