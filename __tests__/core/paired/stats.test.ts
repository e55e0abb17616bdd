import { describe, expect, it } from '@jest/globals';
import {
  intervalRank,
  pairedEstimate,
  pairedVerdict,
  roundRatio,
  settled
} from '../../../src/core/paired/stats.js';

describe('roundRatio', () => {
  it('is head/base of a throughput and base/head of a time, so above 1 is always better', () => {
    expect(roundRatio('throughput', 100, 90)).toBeCloseTo(0.9, 12);
    expect(roundRatio('time', 100, 125)).toBeCloseTo(0.8, 12);
  });

  it('is null when a side is missing or not a positive finite number', () => {
    expect(roundRatio('throughput', null, 1)).toBeNull();
    expect(roundRatio('throughput', 1, 0)).toBeNull();
    expect(roundRatio('time', Number.POSITIVE_INFINITY, 1)).toBeNull();
    expect(roundRatio('time', 5e-324, 1e308)).toBeNull();
  });

  it('cancels a machine that got slower between rounds: both sides slow down alike', () => {
    // Round 2 ran while a neighbour took half the machine: both absolute numbers halve.
    const ratios = [roundRatio('throughput', 1000, 950), roundRatio('throughput', 500, 475)];
    expect(ratios[0]).toBeCloseTo(0.95, 12);
    expect(ratios[1]).toBeCloseTo(0.95, 12);
  });
});

describe('pairedEstimate', () => {
  it('is the median with the sign-test interval: min..max with 93.75% for five rounds', () => {
    const e = pairedEstimate([0.95, 0.94, 0.96, 0.93, 0.95]);
    expect(e.estimate).toBe(0.95);
    expect(e.lower).toBe(0.93);
    expect(e.upper).toBe(0.96);
    expect(e.confidence).toBeCloseTo(1 - 2 / 32, 12);
  });

  it('narrows the interval to the 2nd smallest and 2nd largest with ten rounds (97.85%)', () => {
    const e = pairedEstimate([1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 1.03, 0.97, 1.0, 1.01]);
    expect(e.estimate).toBe(1.0);
    expect(e.lower).toBe(0.98);
    expect(e.upper).toBe(1.02);
    expect(e.confidence).toBeCloseTo(1 - (2 * 11) / 1024, 12);
  });

  it('is moved by one wild round only at the end of the interval it falls on, never in its median', () => {
    const calm = pairedEstimate([0.95, 0.94, 0.96, 0.95, 0.95]);
    const wild = pairedEstimate([0.95, 0.94, 0.96, 0.95, 3.0]);
    expect(wild.estimate).toBe(calm.estimate);
    expect(wild.lower).toBe(calm.lower);
    expect(wild.upper).toBe(3.0);
  });

  it('has no estimate with fewer than three usable rounds, and says which rounds were usable', () => {
    const e = pairedEstimate([0.9, null, Number.NaN, 0.91, -1]);
    expect(e).toEqual({ ratios: [0.9, 0.91], estimate: null, lower: null, upper: null, confidence: null });
  });
});

describe('pairedVerdict', () => {
  it('calls a drop beyond the threshold with its whole interval below the noise a regression', () => {
    expect(pairedVerdict(pairedEstimate([0.95, 0.94, 0.96, 0.93, 0.95]), 3, 2)).toBe('regressed');
  });

  it('calls a rise beyond the threshold with its whole interval above the noise an improvement', () => {
    expect(pairedVerdict(pairedEstimate([1.1, 1.08, 1.12, 1.09, 1.1]), 5, 2)).toBe('improved');
  });

  it('calls changes inside the threshold unchanged, however scattered the rounds', () => {
    expect(pairedVerdict(pairedEstimate([1.0, 0.99, 1.01, 1.02, 0.98]), 5, 2)).toBe('unchanged');
    expect(pairedVerdict(pairedEstimate([1.0, 0.7, 1.3, 1.01, 0.99]), 5, 2)).toBe('unchanged');
  });

  it('is inconclusive when the estimate passes the threshold but an interval end reaches into the noise', () => {
    // The median says 6% slower; one round says no change at all.
    expect(pairedVerdict(pairedEstimate([0.94, 0.93, 1.0, 0.94, 0.95]), 5, 2)).toBe('inconclusive');
  });

  it('is inconclusive with fewer than three usable rounds', () => {
    expect(pairedVerdict(pairedEstimate([0.5, 0.5, null]), 5, 2)).toBe('inconclusive');
  });

  it('keeps a noise band symmetric as a factor: 2% noise is 1/1.02 below', () => {
    // 0.981 is above 1/1.02 = 0.98039…: within the noise band, so not a regression.
    expect(pairedVerdict(pairedEstimate([0.9, 0.9, 0.981, 0.9, 0.9]), 5, 2)).toBe('inconclusive');
    expect(pairedVerdict(pairedEstimate([0.9, 0.9, 0.98, 0.9, 0.9]), 5, 2)).toBe('regressed');
  });
});

describe('intervalRank', () => {
  it('runs from the smallest to the largest ratio of 3 to 7 rounds, from the 2nd of 8 to 10, the 3rd of 11', () => {
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => intervalRank(n))).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3]);
    expect(pairedEstimate([1, 2, 3, 4, 5, 6, 7, 8, 9])).toMatchObject({ lower: 2, upper: 8 });
    expect(pairedEstimate([1, 2, 3, 4, 5, 6, 7, 8, 9]).confidence).toBeCloseTo(0.9609, 4);
  });
});

describe('settled', () => {
  // A noise threshold of 0 leaves the first rule alone: no ratio here reaches 1 from below.
  it('settles a benchmark once more than half of all rounds lie within the regression band', () => {
    // 3 of 5 within ±5%: whatever rounds 4 and 5 measure, the median stays within.
    expect(settled([0.97, 0.98, 0.96], 5, 5, 0)).toBe(true);
    expect(pairedVerdict(pairedEstimate([0.97, 0.98, 0.96, 0.5, 0.5]), 5, 0)).toBe('unchanged');
    expect(pairedVerdict(pairedEstimate([0.97, 0.98, 0.96, 2, 2]), 5, 0)).toBe('unchanged');
  });

  it('does not settle while the remaining rounds could still make it regressed', () => {
    // Two of five within, none reaching the noise band: two more at 0.5 make it a regression.
    expect(settled([0.97, 0.98, 0.9], 5, 5, 0)).toBe(false);
    expect(pairedVerdict(pairedEstimate([0.97, 0.98, 0.9, 0.5, 0.5]), 5, 0)).toBe('regressed');
    // Exactly half of six is not more than half.
    expect(settled([0.97, 0.97, 0.97], 6, 5, 0)).toBe(false);
    expect(settled([0.97, 0.97, 0.97, 0.97], 6, 5, 0)).toBe(true);
  });

  it('settles once k ratios reach the noise band from each side: the interval can never leave it', () => {
    // Of 9 rounds the interval runs from the 2nd smallest to the 2nd largest ratio (k = 2). Two
    // ratios at or above 1/1.01 and two at or below 1.01: neither a regression nor an improvement
    // can come of any six rounds more, only unchanged or inconclusive.
    expect(settled([1.0, 0.995, 0.93], 9, 3, 1)).toBe(true);
    const slower = [1.0, 0.995, 0.93, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    const faster = [1.0, 0.995, 0.93, 2, 2, 2, 2, 2, 2];
    expect(pairedVerdict(pairedEstimate(slower), 3, 1)).toBe('inconclusive');
    expect(pairedVerdict(pairedEstimate(faster), 3, 1)).toBe('inconclusive');
    // One ratio reaching the band is not enough for k = 2: six more at 0.93 are a regression.
    expect(settled([1.0, 0.95, 0.93], 9, 3, 1)).toBe(false);
    expect(pairedVerdict(pairedEstimate([1.0, 0.95, 0.93, 0.93, 0.93, 0.93, 0.93, 0.93, 0.93]), 3, 1)).toBe(
      'regressed'
    );
    // Of 5 rounds (k = 1) one ratio from each side is enough.
    expect(settled([1.0, 0.95, 0.93], 5, 3, 1)).toBe(true);
  });

  it('never settles on fewer than three usable rounds', () => {
    expect(settled([1.0, 1.0], 3, 5, 2)).toBe(false);
    expect(settled([1.0, null, 1.0], 3, 5, 2)).toBe(false);
    expect(settled([1.0, Number.NaN, 1.0], 9, 5, 2)).toBe(false);
    expect(settled([1.0, 1.0, 1.0], 3, 5, 2)).toBe(true);
  });

  it('takes the bands as the verdict does, ends included', () => {
    expect(settled([0.95, 0.96, 0.97], 5, 5, 0)).toBe(true);
    expect(settled([0.9499, 0.96, 0.97], 5, 5, 0)).toBe(false);
    // 1/1.02 = 0.98039…: 0.9804 reaches the noise band, 0.9803 does not.
    expect(settled([0.9804, 0.9804, 0.9], 9, 3, 2)).toBe(true);
    expect(settled([0.9803, 0.9804, 0.9], 9, 3, 2)).toBe(false);
  });
});
