import { describe, expect, it } from '@jest/globals';
import {
  historyValues,
  MIN_HISTORY_VALUES,
  noiseThreshold,
  runToRunVariation
} from '../../../src/core/baseline/history.js';
import type { BaselineHistoryEntry } from '../../../src/core/model.js';
import { historyOf } from '../../helpers/baseline-reports.js';

const entry = (benchmarks: Record<string, number>): BaselineHistoryEntry => ({
  commit: null,
  timestamp: '2026-11-20T08:00:00.000Z',
  display_gibs: null,
  comp3_mibs: null,
  benchmarks
});

describe('historyValues', () => {
  it('takes the benchmark’s positive values, oldest first, skipping entries without it', () => {
    const history = [entry({ a: 3 }), entry({ b: 1 }), entry({ a: 0 }), entry({ a: 5 })];
    expect(historyValues(history, 'a')).toEqual([3, 5]);
    expect(historyValues(history, 'c')).toEqual([]);
  });

  it('treats ids such as __proto__ and toString as ordinary ids', () => {
    const history = [
      JSON.parse(
        '{"commit":null,"timestamp":"t","display_gibs":null,"comp3_mibs":null,"benchmarks":{"__proto__":7}}'
      )
    ];
    expect(historyValues(history, '__proto__')).toEqual([7]);
    expect(historyValues(history, 'toString')).toEqual([]);
  });
});

describe('runToRunVariation', () => {
  it('is the sample standard deviation over the mean', () => {
    // Deviations 0, −10, 10, −5, 5: sum of squares 250, over n − 1 = 62.5.
    expect(runToRunVariation([100, 90, 110, 95, 105])).toBeCloseTo(Math.sqrt(62.5) / 100, 12);
    expect(runToRunVariation([4, 4, 4])).toBe(0);
  });

  it('needs two values', () => {
    expect(runToRunVariation([5])).toBeNull();
    expect(runToRunVariation([])).toBeNull();
  });
});

describe('noiseThreshold', () => {
  const jittery = [100, 90, 110, 95, 105];

  it(`uses twice the CV once the history holds ${MIN_HISTORY_VALUES} values and that is larger`, () => {
    expect(MIN_HISTORY_VALUES).toBe(5);
    const t = noiseThreshold(historyOf('x', jittery), 'x', 0.02);
    expect(t.source).toBe('history');
    expect(t.noise).toBeCloseTo((2 * Math.sqrt(62.5)) / 100, 12);
  });

  it('keeps the fixed threshold with fewer values, or when the history is quieter', () => {
    expect(noiseThreshold(historyOf('x', jittery.slice(0, 4)), 'x', 0.02)).toEqual({
      noise: 0.02,
      source: 'fixed'
    });
    expect(noiseThreshold(historyOf('x', [100, 101, 99, 100, 100]), 'x', 0.02)).toEqual({
      noise: 0.02,
      source: 'fixed'
    });
    expect(noiseThreshold(historyOf('x', jittery), 'other', 0.02)).toEqual({ noise: 0.02, source: 'fixed' });
    // A 20% floor is larger than this history's 15.8%.
    expect(noiseThreshold(historyOf('x', jittery), 'x', 0.2)).toEqual({ noise: 0.2, source: 'fixed' });
  });
});
