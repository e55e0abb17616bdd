import { describe, expect, it } from '@jest/globals';
import { largestFitting } from '../../src/render/fit.js';

describe('largestFitting', () => {
  it('finds the largest n that fits, asking about log2(max) numbers', () => {
    const asked: number[] = [];
    const n = largestFitting(10_000, (rows) => {
      asked.push(rows);
      return 100 + rows * 130 <= 1_000_000;
    });
    expect(n).toBe(Math.floor((1_000_000 - 100) / 130));
    expect(asked.length).toBeLessThanOrEqual(16);
  });

  it('is max when everything fits and 0 when nothing does', () => {
    expect(largestFitting(50, () => true)).toBe(50);
    expect(largestFitting(50, () => false)).toBe(0);
    expect(largestFitting(0, () => false)).toBe(0);
    expect(largestFitting(1, (rows) => rows === 0)).toBe(0);
  });
});
