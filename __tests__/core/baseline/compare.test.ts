import { describe, expect, it } from '@jest/globals';
import { compareToBaseline, worstFirst } from '../../../src/core/baseline/compare.js';
import type { BenchmarkChange, Verdict } from '../../../src/core/model.js';
import { perfReportProblems } from '../../../src/core/report/schema.js';
import { baselineFile, bench, historyOf, report, type Triple } from '../../helpers/baseline-reports.js';

const OPTS = { regressionThreshold: 0.05, noiseThreshold: 0.02 };
const ID = 'decode_comp3_heavy/single_threaded/1000';

/** MB/s → bytes/s, so the numbers read as percentages of 100. */
const mb = (lower: number, point: number, upper: number): Triple => [lower * 1e6, point * 1e6, upper * 1e6];

function compareOne(base: Triple, cur: Triple, history = baselineFile([]).history): BenchmarkChange {
  const comparison = compareToBaseline(
    report([bench(ID, { bps: cur })]),
    baselineFile([bench(ID, { bps: base })], history),
    OPTS
  );
  expect(comparison.changes).toHaveLength(1);
  return comparison.changes[0] as BenchmarkChange;
}

describe('compareToBaseline: throughput', () => {
  it('computes the change and its interval from the 95% bounds', () => {
    const c = compareOne(mb(98, 100, 102), mb(94, 97, 100));
    expect(c.quantity).toBe('throughput');
    expect(c.baseline).toBe(100e6);
    expect(c.current).toBe(97e6);
    expect(c.change_pct).toBeCloseTo(-3, 10);
    // current lower vs baseline upper; current upper vs baseline lower.
    expect(c.lower_pct).toBeCloseTo((94 / 102 - 1) * 100, 10);
    expect(c.upper_pct).toBeCloseTo((100 / 98 - 1) * 100, 10);
    expect(c.verdict).toBe('unchanged');
    expect(c.noise_threshold_pct).toBe(2);
    expect(c.threshold_source).toBe('fixed');
  });

  it('keeps a noise pair unchanged: a few percent apart, wide intervals at a small sample size', () => {
    // Two runs of the same code on a shared runner.
    expect(compareOne(mb(98, 100, 102), mb(94, 97, 100)).verdict).toBe('unchanged');
    expect(compareOne(mb(97, 100, 103), mb(99, 104.5, 110)).verdict).toBe('unchanged');
    expect(compareOne(mb(96, 100, 104), mb(92, 95.5, 99)).verdict).toBe('unchanged');
  });

  it('keeps a 4% change unchanged even when its interval clears the noise, as criterion would not', () => {
    // Interval −4.98% … −3.02%: criterion calls this "Performance has regressed"; it is below 5%.
    const c = compareOne(mb(99.5, 100, 100.5), mb(95.5, 96, 96.5));
    expect(c.upper_pct).toBeLessThan(-2);
    expect(c.change_pct).toBeCloseTo(-4, 10);
    expect(c.verdict).toBe('unchanged');
  });

  it('flags a clear 50% regression', () => {
    const c = compareOne(mb(99, 100, 101), mb(49, 50, 51));
    expect(c.change_pct).toBeCloseTo(-50, 10);
    expect(c.lower_pct).toBeCloseTo((49 / 101 - 1) * 100, 10);
    expect(c.upper_pct).toBeCloseTo((51 / 99 - 1) * 100, 10);
    expect(c.verdict).toBe('regressed');
  });

  it('flags a real 5.5% slowdown with a tight interval', () => {
    const c = compareOne(mb(99.8, 100, 100.2), mb(94.3, 94.5, 94.7));
    expect(c.change_pct).toBeCloseTo(-5.5, 10);
    expect(c.upper_pct).toBeCloseTo((94.7 / 99.8 - 1) * 100, 10);
    expect(c.verdict).toBe('regressed');
  });

  it('draws the regression threshold between −4.9% and −5.1%', () => {
    expect(compareOne(mb(99.9, 100, 100.1), mb(95.0, 95.1, 95.2)).verdict).toBe('unchanged');
    expect(compareOne(mb(99.9, 100, 100.1), mb(94.8, 94.9, 95.0)).verdict).toBe('regressed');
  });

  it('draws the noise threshold where the interval’s better end crosses −2%', () => {
    // −8% in the point, but the interval reaches −1.92%: it may be noise.
    const near = compareOne(mb(99, 100, 101), mb(85, 92, 97.1));
    expect(near.upper_pct).toBeCloseTo(-1.919, 3);
    expect(near.verdict).toBe('unchanged');
    const beyond = compareOne(mb(99, 100, 101), mb(85, 92, 96.9));
    expect(beyond.upper_pct).toBeCloseTo(-2.121, 3);
    expect(beyond.verdict).toBe('regressed');
  });

  it('flags improvements symmetrically, at both thresholds', () => {
    expect(compareOne(mb(99, 100, 101), mb(107, 108, 109)).verdict).toBe('improved');
    expect(compareOne(mb(99.9, 100, 100.1), mb(105.0, 105.1, 105.2)).verdict).toBe('improved');
    expect(compareOne(mb(99.9, 100, 100.1), mb(104.8, 104.9, 105.0)).verdict).toBe('unchanged');
    // +8% in the point; the interval's worse end at +1.88% vs +2.08%.
    expect(compareOne(mb(99, 100, 101), mb(102.9, 108, 115)).verdict).toBe('unchanged');
    expect(compareOne(mb(99, 100, 101), mb(103.1, 108, 115)).verdict).toBe('improved');
  });

  it('uses the thresholds it is given', () => {
    const comparison = compareToBaseline(
      report([bench(ID, { bps: mb(95.5, 96, 96.5) })]),
      baselineFile([bench(ID, { bps: mb(99.5, 100, 100.5) })]),
      { regressionThreshold: 0.035, noiseThreshold: 0.01 }
    );
    // 0.035 × 100 is 3.5000000000000004 in floating point; the report says 3.5.
    expect(comparison.thresholds).toEqual({ regression_pct: 3.5, noise_pct: 1 });
    expect(comparison.changes[0]?.verdict).toBe('regressed');
    expect(comparison.changes[0]?.noise_threshold_pct).toBe(1);
  });
});

describe('compareToBaseline: benchmarks without throughput compare their time (lower is better)', () => {
  const PARSE = 'parse_copybook/simple_copybook';
  const time = (base: Triple, cur: Triple) =>
    compareToBaseline(report([bench(PARSE, { ns: cur })]), baselineFile([bench(PARSE, { ns: base })]), OPTS)
      .changes[0] as BenchmarkChange;

  it('calls a slower time a regression and a faster one an improvement', () => {
    const slower = time([990, 1000, 1010], [1095, 1100, 1105]);
    expect(slower.quantity).toBe('time');
    expect(slower.baseline).toBe(1000);
    expect(slower.current).toBe(1100);
    expect(slower.change_pct).toBeCloseTo(10, 10);
    expect(slower.lower_pct).toBeCloseTo((1095 / 1010 - 1) * 100, 10);
    expect(slower.upper_pct).toBeCloseTo((1105 / 990 - 1) * 100, 10);
    expect(slower.verdict).toBe('regressed');
    expect(time([990, 1000, 1010], [895, 900, 905]).verdict).toBe('improved');
  });

  it('keeps noise and small changes unchanged', () => {
    expect(time([990, 1000, 1010], [1000, 1030, 1060]).verdict).toBe('unchanged');
    // +6% but the interval's better end is only +1.5% slower.
    expect(time([980, 1000, 1020], [1035, 1060, 1090]).verdict).toBe('unchanged');
    expect(time([999, 1000, 1001], [1038, 1040, 1042]).verdict).toBe('unchanged');
  });

  it('compares time when only one side has a byte throughput', () => {
    const withThroughput = bench(PARSE, { bps: mb(99, 100, 101) });
    const comparison = compareToBaseline(
      report([withThroughput]),
      baselineFile([bench(PARSE, { ns: [11_000, 11_100, 11_200] })]),
      OPTS
    );
    const c = comparison.changes[0] as BenchmarkChange;
    expect(c.quantity).toBe('time');
    expect(c.current).toBeCloseTo(10_000, 6);
    expect(c.change_pct).toBeCloseTo((10_000 / 11_100 - 1) * 100, 6);
    expect(c.verdict).toBe('improved');
  });

  it('claims nothing when the baseline has no usable number', () => {
    const c = time([0, 0, 0], [990, 1000, 1010]);
    expect(c).toMatchObject({ change_pct: null, lower_pct: null, upper_pct: null, verdict: 'unchanged' });
  });
});

describe('compareToBaseline: new and missing benchmarks', () => {
  it('marks benchmarks only in this run new and only in the baseline missing', () => {
    const comparison = compareToBaseline(
      report([bench('kept', { bps: mb(99, 100, 101) }), bench('added', { ns: [9, 10, 11] })]),
      baselineFile([bench('kept', { bps: mb(99, 100, 101) }), bench('removed', { bps: mb(49, 50, 51) })]),
      OPTS
    );
    expect(comparison.changes.map((c) => [c.id, c.verdict])).toEqual([
      ['kept', 'unchanged'],
      ['added', 'new'],
      ['removed', 'missing']
    ]);
    expect(comparison.changes[1]).toEqual({
      id: 'added',
      quantity: 'time',
      // perf.json's former name, written with the same value.
      metric: 'time',
      baseline: null,
      current: 10,
      change_pct: null,
      lower_pct: null,
      upper_pct: null,
      verdict: 'new',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    });
    expect(comparison.changes[2]).toMatchObject({
      quantity: 'throughput',
      metric: 'throughput',
      baseline: 50e6,
      current: null
    });
    expect(comparison.regressions).toBe(0);
    expect(comparison.improvements).toBe(0);
  });
});

describe('compareToBaseline: noise threshold from the baseline history', () => {
  // Mean 100, sample standard deviation √62.5 ≈ 7.906: CV 7.9%, so the noise threshold is 15.8%.
  const JITTERY = [100e6, 90e6, 110e6, 95e6, 105e6];

  it('stops a jittery benchmark from crying wolf', () => {
    // −10% with a tight interval: a regression by the fixed 2%, noise by its own history.
    const fixed = compareOne(mb(99.5, 100, 100.5), mb(89.5, 90, 90.5), historyOf(ID, JITTERY.slice(0, 4)));
    expect(fixed).toMatchObject({ verdict: 'regressed', noise_threshold_pct: 2, threshold_source: 'fixed' });
    const fromHistory = compareOne(mb(99.5, 100, 100.5), mb(89.5, 90, 90.5), historyOf(ID, JITTERY));
    expect(fromHistory.verdict).toBe('unchanged');
    expect(fromHistory.threshold_source).toBe('history');
    expect(fromHistory.noise_threshold_pct).toBeCloseTo(2 * Math.sqrt(62.5), 3);
  });

  it('still flags a change beyond the jitter', () => {
    const c = compareOne(mb(99.5, 100, 100.5), mb(79.5, 80, 80.5), historyOf(ID, JITTERY));
    expect(c).toMatchObject({ verdict: 'regressed', threshold_source: 'history' });
  });

  it('keeps the fixed threshold when the history is quieter than it', () => {
    const quiet = historyOf(ID, [100e6, 100.2e6, 99.9e6, 100.1e6, 99.8e6]);
    expect(compareOne(mb(99.8, 100, 100.2), mb(94.3, 94.5, 94.7), quiet)).toMatchObject({
      verdict: 'regressed',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    });
  });

  it('reads each benchmark’s own history', () => {
    const comparison = compareToBaseline(
      report([bench(ID, { bps: mb(89.5, 90, 90.5) }), bench('steady', { bps: mb(89.5, 90, 90.5) })]),
      baselineFile(
        [bench(ID, { bps: mb(99.5, 100, 100.5) }), bench('steady', { bps: mb(99.5, 100, 100.5) })],
        historyOf(ID, JITTERY)
      ),
      OPTS
    );
    expect(comparison.changes.map((c) => [c.id, c.verdict, c.threshold_source])).toEqual([
      ['steady', 'regressed', 'fixed'],
      [ID, 'unchanged', 'history']
    ]);
  });
});

describe("compareToBaseline: noise threshold from the runs' own variation", () => {
  /** A benchmark whose time varied by `cvPct` percent within its run. */
  const noisy = (rate: Triple, cvPct: number) => {
    const b = bench(ID, { bps: rate });
    return { ...b, std_dev_ns: b.time_ns.point * (cvPct / 100) };
  };
  const compareNoisy = (base: Triple, baseCv: number, cur: Triple, curCv: number): BenchmarkChange =>
    compareToBaseline(report([noisy(cur, curCv)]), baselineFile([noisy(base, baseCv)]), OPTS)
      .changes[0] as BenchmarkChange;

  it('keeps a disturbed run from claiming a change smaller than its own noise', () => {
    // Measured on this kind of machine: unchanged code, −23% with an interval of −32% … −14%, in a run
    // whose samples varied by 27%.
    const c = compareNoisy(mb(97.7, 100, 101.1), 3.6, mb(69.5, 77, 86.2), 27.4);
    expect(c.upper_pct).toBeLessThan(-2);
    expect(c.noise_threshold_pct).toBe(27.4);
    expect(c.threshold_source).toBe('run');
    expect(c.verdict).toBe('unchanged');
  });

  it('still flags a regression beyond that noise, and a steady run keeps the fixed threshold', () => {
    const big = compareNoisy(mb(99, 100, 101), 1, mb(45, 50, 55), 20);
    expect(big.threshold_source).toBe('run');
    expect(big.verdict).toBe('regressed');
    const steady = compareNoisy(mb(99.8, 100, 100.2), 0.5, mb(94.3, 94.5, 94.7), 1.5);
    expect(steady.noise_threshold_pct).toBe(2);
    expect(steady.threshold_source).toBe('fixed');
    expect(steady.verdict).toBe('regressed');
  });

  it('measures noise as a factor either way, so a run varying by over 100% still shows a ×4 slowdown', () => {
    // Seen on a loaded 2-core machine: one run's samples varied by 189%. Throughput cannot fall by
    // more than 100%, so as a plain percentage that noise would hide any slowdown at all.
    const x4 = compareNoisy(mb(99, 100, 101), 5, mb(24, 25, 26), 189);
    expect(x4.noise_threshold_pct).toBe(189);
    expect(x4.verdict).toBe('regressed');
    // The band is 1/2.89 … 2.89: a ×2 slowdown stays within it, a ×3 speed-up does not.
    expect(compareNoisy(mb(99, 100, 101), 5, mb(49, 50, 51), 189).verdict).toBe('unchanged');
    expect(compareNoisy(mb(99, 100, 101), 5, mb(299, 300, 301), 189).verdict).toBe('improved');
  });

  it('uses the larger of the two runs, the baseline included', () => {
    const c = compareNoisy(mb(90, 100, 110), 12, mb(85, 88, 91), 1);
    expect(c.noise_threshold_pct).toBe(12);
    expect(c.verdict).toBe('unchanged');
  });
});

describe('compareToBaseline: order and counts', () => {
  const base = [
    bench('a_unchanged', { bps: mb(99, 100, 101) }),
    bench('b_small_regression', { bps: mb(99.8, 100, 100.2) }),
    bench('c_big_regression', { bps: mb(99, 100, 101) }),
    bench('d_improved', { bps: mb(99, 100, 101) }),
    bench('e_time_regression', { ns: [990, 1000, 1010] }),
    bench('f_missing', { bps: mb(99, 100, 101) }),
    bench('g_near_regression', { bps: mb(99, 100, 101) }),
    bench('h_big_improvement', { bps: mb(99, 100, 101) })
  ];
  const current = [
    bench('z_new', { bps: mb(99, 100, 101) }),
    bench('h_big_improvement', { bps: mb(149, 150, 151) }),
    bench('g_near_regression', { bps: mb(94, 96, 98) }),
    bench('e_time_regression', { ns: [1595, 1600, 1605] }),
    bench('d_improved', { bps: mb(109, 110, 111) }),
    bench('c_big_regression', { bps: mb(54, 55, 56) }),
    bench('b_small_regression', { bps: mb(94.3, 94.5, 94.7) }),
    bench('a_unchanged', { bps: mb(99, 100, 101) }),
    bench('a_new', { ns: [1, 1, 1] })
  ];
  const comparison = compareToBaseline(report(current), baselineFile(base), OPTS);

  it('sorts regressed (worst first), unchanged, improved, new, missing', () => {
    const order: Array<[string, Verdict]> = comparison.changes.map((c) => [c.id, c.verdict]);
    expect(order).toEqual([
      // −45% throughput, then time +60% (a throughput −37.5%, though its raw change is larger), then −5.5%.
      ['c_big_regression', 'regressed'],
      ['e_time_regression', 'regressed'],
      ['b_small_regression', 'regressed'],
      ['g_near_regression', 'unchanged'],
      ['a_unchanged', 'unchanged'],
      ['d_improved', 'improved'],
      ['h_big_improvement', 'improved'],
      ['a_new', 'new'],
      ['z_new', 'new'],
      ['f_missing', 'missing']
    ]);
  });

  it('counts regressions and improvements and names the baseline', () => {
    expect(comparison.regressions).toBe(3);
    expect(comparison.improvements).toBe(2);
    expect(comparison.baseline).toEqual({
      commit: 'a'.repeat(40),
      promoted_at: '2026-11-20T08:00:00.000Z',
      ref: 'refs/heads/main'
    });
    expect(comparison.thresholds).toEqual({ regression_pct: 5, noise_pct: 2 });
  });

  it('sorts the same whatever order it is given', () => {
    const shuffled = [...comparison.changes].reverse().sort(worstFirst);
    expect(shuffled).toEqual(comparison.changes);
  });

  it('goes into perf.json, which its schema accepts', () => {
    expect(perfReportProblems(report(current, { comparison }))).toEqual([]);
  });

  it('is rejected by the schema when a verdict lacks its numbers', () => {
    const [first, ...rest] = comparison.changes as [BenchmarkChange, ...BenchmarkChange[]];
    const broken = { ...comparison, changes: [{ ...first, change_pct: null }, ...rest] };
    expect(perfReportProblems(report(current, { comparison: broken })).join('\n')).toContain(
      '/comparison/changes/0/change_pct must be number'
    );
    const newWithBaseline = {
      ...comparison,
      changes: comparison.changes.map((c) => (c.verdict === 'new' ? { ...c, baseline: 1 } : c))
    };
    expect(perfReportProblems(report(current, { comparison: newWithBaseline })).join('\n')).toMatch(
      /\/comparison\/changes\/7\/baseline must be null/
    );
  });
});

describe('compareToBaseline: duplicated ids', () => {
  it('compares the first result of an id that appears twice, once', () => {
    const comparison = compareToBaseline(
      report([bench('twice', { bps: mb(49, 50, 51) }), bench('twice', { bps: mb(99, 100, 101) })]),
      baselineFile([bench('twice', { bps: mb(99, 100, 101) }), bench('twice', { bps: mb(49, 50, 51) })]),
      OPTS
    );
    expect(comparison.changes.map((c) => [c.id, c.verdict, c.change_pct])).toEqual([
      ['twice', 'regressed', -50]
    ]);
  });
});

describe('compareToBaseline: options', () => {
  it('rejects thresholds that are not fractions >= 0', () => {
    const args = [report([]), baselineFile([])] as const;
    expect(() => compareToBaseline(...args, { regressionThreshold: -0.05, noiseThreshold: 0.02 })).toThrow(
      'regressionThreshold must be a fraction >= 0 (0.05 = 5%), got -0.05'
    );
    expect(() =>
      compareToBaseline(...args, { regressionThreshold: 0.05, noiseThreshold: Number.NaN })
    ).toThrow('noiseThreshold must be a fraction >= 0');
  });
});
