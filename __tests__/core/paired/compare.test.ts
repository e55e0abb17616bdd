import { describe, expect, it } from '@jest/globals';
import type { Comparison } from '../../../src/core/model.js';
import {
  type PairedRound,
  pairedChange,
  settledIds,
  withPairedChanges
} from '../../../src/core/paired/compare.js';
import { renderComparisonTable } from '../../../src/render/comparison.js';
import { measurement } from '../../helpers/measurements.js';

const THRESHOLDS = { regressionThreshold: 0.03, noiseThreshold: 0.02 };
const COMP3 = 'decode_comp3_heavy/single_threaded/1000';
const DISPLAY = 'decode_display_heavy/single_threaded/1000';

/** A round where the head takes `headTime` ns against the base's `baseTime` (1000 bytes an iteration). */
function round(
  first: 'base' | 'head',
  times: Record<string, [number, number] | [number, null]>
): PairedRound {
  const side = (i: 0 | 1) =>
    Object.entries(times).flatMap(([id, t]) =>
      t[i] === null ? [] : [measurement(id, { timeNs: t[i] as number })]
    );
  return { first, base: side(0), head: side(1) };
}

// The machine is twice as busy in round 3: both sides take twice as long, the ratio holds.
const ROUNDS: PairedRound[] = [
  round('base', { [COMP3]: [1000, 1060], [DISPLAY]: [500, 500] }),
  round('head', { [COMP3]: [1000, 1050], [DISPLAY]: [500, 505] }),
  round('base', { [COMP3]: [2000, 2120], [DISPLAY]: [1000, 995] }),
  round('head', { [COMP3]: [1000, 1055], [DISPLAY]: [500, 500] }),
  round('base', { [COMP3]: [1000, 1065], [DISPLAY]: [500, 502] })
];

describe('pairedChange', () => {
  it('compares throughput by the median of the rounds’ ratios, whatever the machine did to both sides', () => {
    const change = pairedChange(COMP3, ROUNDS, THRESHOLDS);
    expect(change.method).toBe('paired');
    expect(change.quantity).toBe('throughput');
    // Ratios 1000/1060, 1000/1050, 2000/2120, 1000/1055, 1000/1065: median 1000/1060.
    expect(change.change_pct).toBeCloseTo((0.943396 - 1) * 100, 3);
    expect(change.lower_pct).toBeCloseTo((0.938967 - 1) * 100, 3);
    expect(change.upper_pct).toBeCloseTo((0.952381 - 1) * 100, 3);
    expect(change.verdict).toBe('regressed');
    expect(change.paired?.ratios).toHaveLength(5);
    expect(change.paired?.confidence).toBeCloseTo(0.9375, 4);
  });

  it('compares each side’s fastest sample when every round has one, not criterion’s typical time', () => {
    // Typical times as a busy machine leaves them (the head looks 10% faster in one round, 30% slower
    // in another); the fastest samples say the head is 5% slower throughout.
    const typical: Array<[number, number]> = [
      [1000, 900],
      [1300, 1000],
      [1000, 1300],
      [1100, 1100],
      [950, 1200]
    ];
    const rounds: PairedRound[] = typical.map(([base, head], i) => ({
      first: i % 2 === 0 ? 'base' : 'head',
      base: [measurement(COMP3, { timeNs: base, fastestNs: 800 })],
      head: [measurement(COMP3, { timeNs: head, fastestNs: 840 })]
    }));
    const change = pairedChange(COMP3, rounds, THRESHOLDS);
    expect(change.paired?.statistic).toBe('fastest');
    expect(change.paired?.ratios).toEqual([0.952381, 0.952381, 0.952381, 0.952381, 0.952381]);
    // 1000 bytes an iteration: the fastest sample's throughput, 1000 / 800 ns and 1000 / 840 ns.
    expect(change.baseline).toBeCloseTo(1.25e9, 0);
    expect(change.current).toBeCloseTo(1000 / 840e-9, 0);
    expect(change.verdict).toBe('regressed');

    // Without samples in one round, every round compares the typical time, so the rounds agree.
    const withoutOne = rounds.map((r, i) =>
      i === 2 ? { ...r, head: [measurement(COMP3, { timeNs: 1300 })] } : r
    );
    const typicalChange = pairedChange(COMP3, withoutOne, THRESHOLDS);
    expect(typicalChange.paired?.statistic).toBe('typical');
    expect(typicalChange.paired?.ratios).toEqual([1.111111, 1.3, 0.769231, 1, 0.791667]);
    expect(typicalChange.verdict).toBe('unchanged');
  });

  it('calls a benchmark whose rounds straddle 1 unchanged', () => {
    expect(pairedChange(DISPLAY, ROUNDS, THRESHOLDS).verdict).toBe('unchanged');
  });

  it('compares the time per iteration when there is no byte throughput, a slower head regressing', () => {
    const rounds: PairedRound[] = [1, 2, 3].map((i) => ({
      first: i % 2 ? 'base' : 'head',
      base: [measurement('t', { bytes: null, timeNs: 100 })],
      head: [measurement('t', { bytes: null, timeNs: 120 })]
    }));
    const change = pairedChange('t', rounds, THRESHOLDS);
    expect(change.quantity).toBe('time');
    expect(change.change_pct).toBeCloseTo(20, 3);
    expect(change.lower_pct).toBeCloseTo(20, 3);
    expect(change.verdict).toBe('regressed');
  });

  it('is inconclusive, and says which rounds had both sides, when fewer than three did', () => {
    const rounds = [
      round('base', { [COMP3]: [1000, 2000] }),
      round('head', { [COMP3]: [1000, null] }),
      round('base', { [COMP3]: [1000, 2000] })
    ];
    const change = pairedChange(COMP3, rounds, THRESHOLDS);
    expect(change.verdict).toBe('inconclusive');
    expect(change.paired).toEqual({ statistic: 'typical', ratios: [0.5, null, 0.5], confidence: null });
  });
});

describe('settledIds', () => {
  it('names the benchmarks the remaining rounds can no longer make regressed or improved', () => {
    // Of five rounds, three done: DISPLAY's three ratios lie within ±3%, COMP-3's 6% drop does not.
    const done = ROUNDS.slice(0, 3);
    expect([...settledIds(done, 5, THRESHOLDS)]).toEqual([DISPLAY]);
    expect([...settledIds(done.slice(0, 2), 5, THRESHOLDS)]).toEqual([]);
    // With a 10% band COMP-3's rounds are within too.
    expect([...settledIds(done, 5, { regressionThreshold: 0.1, noiseThreshold: 0.02 })].sort()).toEqual(
      [COMP3, DISPLAY].sort()
    );
  });
});

describe('withPairedChanges', () => {
  const input = {
    ref: 'main',
    commit: 'a'.repeat(40),
    rounds: ROUNDS,
    seconds: 125,
    measurementSeconds: 1,
    together: false
  };

  it('paired: every measured benchmark against the paired revision, worst first, the pairing recorded', () => {
    const c = withPairedChanges({ ...input, mode: 'paired' }, null, THRESHOLDS, '2026-11-28T12:00:00.000Z');
    expect(c.changes.map((x) => [x.id, x.verdict])).toEqual([
      [COMP3, 'regressed'],
      [DISPLAY, 'unchanged']
    ]);
    expect(c.regressions).toBe(1);
    expect(c.baseline).toEqual({
      commit: 'a'.repeat(40),
      promoted_at: '2026-11-28T12:00:00.000Z',
      ref: 'main'
    });
    expect(c.paired).toEqual({
      mode: 'paired',
      ref: 'main',
      commit: 'a'.repeat(40),
      rounds: 5,
      order: ['base', 'head', 'base', 'head', 'base'],
      together: false,
      measurement_seconds: 1,
      extra_seconds: 125
    });
    const table = renderComparisonTable(c);
    expect(table).toContain(
      'Measured on this runner against `aaaaaaa` (`main`), 5 interleaved rounds (+2.1 min of benchmarking): **1 regression**'
    );
    expect(table).toContain('| Benchmark | Base | Head |');
    // Rounds that ran both sides at once say so.
    const together = withPairedChanges({ ...input, together: true, mode: 'paired' }, null, THRESHOLDS, 'x');
    expect(together.paired?.together).toBe(true);
    expect(renderComparisonTable(together)).toContain(
      '5 interleaved rounds, base and head side by side (+2.1 min of benchmarking)'
    );
  });

  it('confirm: the stored comparison, with the re-measured benchmarks’ paired verdicts standing', () => {
    const stored: Comparison = {
      baseline: { commit: 'b'.repeat(40), promoted_at: '2026-11-20T08:00:00.000Z', ref: 'refs/heads/main' },
      thresholds: { regression_pct: 3, noise_pct: 2 },
      regressions: 1,
      improvements: 0,
      changes: [
        { ...pairedChange(DISPLAY, ROUNDS, THRESHOLDS), verdict: 'regressed', method: 'baseline' },
        {
          ...pairedChange('other/bench', ROUNDS, THRESHOLDS),
          id: 'other/bench',
          verdict: 'unchanged',
          method: 'baseline'
        }
      ]
    };
    const onlyDisplay = ROUNDS.map((r) => ({
      ...r,
      base: r.base.filter((m) => m.id === DISPLAY),
      head: r.head.filter((m) => m.id === DISPLAY)
    }));
    const c = withPairedChanges({ ...input, rounds: onlyDisplay, mode: 'confirm' }, stored, THRESHOLDS, 'x');
    expect(c.changes.find((x) => x.id === DISPLAY)).toMatchObject({ verdict: 'unchanged', method: 'paired' });
    expect(c.changes.find((x) => x.id === 'other/bench')).toMatchObject({ method: 'baseline' });
    expect(c.regressions).toBe(0);
    expect(c.baseline.commit).toBe('b'.repeat(40));
    expect(renderComparisonTable(c)).toContain(
      'The benchmark the baseline flagged was measured again on this runner'
    );
  });
});
