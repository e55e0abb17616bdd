// Compares a run with the promoted baseline, benchmark by benchmark, so that a real change is
// flagged and run-to-run noise is not: a verdict needs a change bigger than the regression
// threshold AND a 95% interval that lies wholly beyond the noise threshold.

import { coefficientOfVariation, type Interval } from '../criterion/measurement.js';
import type {
  BaselineFile,
  BenchmarkChange,
  BenchmarkReport,
  ComparedQuantity,
  Comparison,
  PerfReport,
  Verdict
} from '../model.js';
import { round } from '../units.js';
import { noiseThreshold } from './history.js';

export interface CompareOptions {
  /** How big a change matters, as a fraction (0.05 = 5%). */
  regressionThreshold: number;
  /** How much a shared runner moves between identical runs, as a fraction (0.02 = 2%). */
  noiseThreshold: number;
}

/** Percent of a fraction, rounded so that 0.05 is stored (and compared) as 5, not 5.000000000000001. */
export const percent = (fraction: number): number => round(fraction * 100, 4);

/** (a / b − 1) × 100, or null when b cannot be divided by or the ratio is too big for a number. */
function changePct(a: number, b: number): number | null {
  if (!(Number.isFinite(a) && Number.isFinite(b) && b > 0)) return null;
  const pct = (a / b - 1) * 100;
  return Number.isFinite(pct) ? pct : null;
}

/** Byte throughput when both sides have it, else the time per iteration. */
function comparedInterval(report: BenchmarkReport, quantity: ComparedQuantity): Interval {
  return quantity === 'throughput' && report.bytes_per_second ? report.bytes_per_second : report.time_ns;
}

function comparedQuantity(...sides: BenchmarkReport[]): ComparedQuantity {
  return sides.every((b) => b.bytes_per_second !== null) ? 'throughput' : 'time';
}

interface Changes {
  change_pct: number | null;
  lower_pct: number | null;
  upper_pct: number | null;
}

const unknownChange: Changes = { change_pct: null, lower_pct: null, upper_pct: null };

/**
 * The verdict. Throughput is better higher, time lower, so a throughput regression lies below the
 * noise and a time regression above it. Noise is a factor, the same either way: a run that may be
 * 1 + n times slower may also be 1 + n times faster, so the band is ratios from 1/(1 + n) to 1 + n
 * (+n% and −n/(1 + n)%). A drop can never pass −100%, so a noise of 189% bounds drops at −65%, not
 * at an unreachable −189%. Without all three numbers nothing can be claimed.
 */
function verdictOf(quantity: ComparedQuantity, c: Changes, regressionPct: number, noisePct: number): Verdict {
  const { change_pct: change, lower_pct: lower, upper_pct: upper } = c;
  if (change === null || lower === null || upper === null) return 'unchanged';
  const noiseBelowPct = (1 - 1 / (1 + noisePct / 100)) * 100;
  const wholeIntervalBelow = upper < -noiseBelowPct;
  const wholeIntervalAbove = lower > noisePct;
  const fell = change < -regressionPct && wholeIntervalBelow;
  const rose = change > regressionPct && wholeIntervalAbove;
  if (quantity === 'throughput') return fell ? 'regressed' : rose ? 'improved' : 'unchanged';
  return rose ? 'regressed' : fell ? 'improved' : 'unchanged';
}

const RANK: Readonly<Record<Verdict, number>> = {
  regressed: 0,
  inconclusive: 1,
  unchanged: 2,
  improved: 3,
  new: 4,
  missing: 5
};

/**
 * The change as a throughput change in percent, so that time and throughput rows sort on one scale:
 * a time +100% is a throughput −50%.
 */
function throughputChangePct(c: BenchmarkChange): number | null {
  if (c.change_pct === null) return null;
  return c.quantity === 'throughput' ? c.change_pct : (1 / (1 + c.change_pct / 100) - 1) * 100;
}

/**
 * Worst first: regressed, inconclusive, unchanged, improved, new, missing. Within a verdict the biggest loss of
 * throughput (or gain of time) comes first, so near-regressions lead the unchanged rows and the
 * smallest improvements lead the improved ones; rows without a change, and ties, go by id.
 */
export function worstFirst(a: BenchmarkChange, b: BenchmarkChange): number {
  const byVerdict = RANK[a.verdict] - RANK[b.verdict];
  if (byVerdict !== 0) return byVerdict;
  const ca = throughputChangePct(a);
  const cb = throughputChangePct(b);
  if (ca !== null && cb !== null && ca !== cb) return ca - cb;
  if (ca === null && cb !== null) return 1;
  if (cb === null && ca !== null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Coefficient of variation of a benchmark's time in percent (std_dev / typical), when known. */
function variationPct(b: BenchmarkReport): number | null {
  const cv = coefficientOfVariation(b);
  if (cv === null) return null;
  const pct = cv * 100;
  return Number.isFinite(pct) ? pct : null;
}

/** The noise threshold a verdict used, and where it came from. */
type Threshold = Pick<BenchmarkChange, 'noise_threshold_pct' | 'threshold_source'>;

/**
 * A run disturbed while it measured (a busy shared runner) can shift by more than its 95% interval
 * says, because the interval only sees the samples of that one run. So the noise threshold is at
 * least the larger of the two runs' own coefficients of variation: a noisy run cannot claim a change
 * smaller than its own noise, while a steady run keeps the fixed or history threshold.
 */
function withRunVariation(threshold: Threshold, now: BenchmarkReport, then: BenchmarkReport): Threshold {
  const run = Math.max(variationPct(now) ?? 0, variationPct(then) ?? 0);
  return run > threshold.noise_threshold_pct
    ? { noise_threshold_pct: round(run, 4), threshold_source: 'run' }
    : threshold;
}

function byId(benchmarks: readonly BenchmarkReport[]): Map<string, BenchmarkReport> {
  const map = new Map<string, BenchmarkReport>();
  for (const b of benchmarks) if (!map.has(b.id)) map.set(b.id, b);
  return map;
}

function checkFraction(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a fraction >= 0 (0.05 = 5%), got ${value}`);
  }
}

/** The benchmark's noise threshold from the baseline's history, or the fixed one. */
function thresholdFor(history: BaselineFile['history'], id: string, fixedNoise: number): Threshold {
  const t = noiseThreshold(history, id, fixedNoise);
  return {
    noise_threshold_pct: t.source === 'fixed' ? percent(fixedNoise) : percent(t.noise),
    threshold_source: t.source
  };
}

/** A benchmark on one side only: new in this run, or missing from it; no change can be claimed. */
function oneSidedChange(
  id: string,
  report: BenchmarkReport,
  verdict: 'new' | 'missing',
  threshold: Threshold
): BenchmarkChange {
  const quantity = comparedQuantity(report);
  const point = comparedInterval(report, quantity).point;
  return {
    id,
    quantity,
    metric: quantity,
    baseline: verdict === 'missing' ? point : null,
    current: verdict === 'new' ? point : null,
    ...unknownChange,
    verdict,
    ...threshold
  };
}

/** A benchmark in both runs, with its change and verdict. */
function changeFromBaseline(
  id: string,
  now: BenchmarkReport,
  then: BenchmarkReport,
  threshold: Threshold,
  regressionPct: number
): BenchmarkChange {
  const quantity = comparedQuantity(now, then);
  const noise = withRunVariation(threshold, now, then);
  const cur = comparedInterval(now, quantity);
  const base = comparedInterval(then, quantity);
  const c: Changes = {
    change_pct: changePct(cur.point, base.point),
    // The interval's ends pair the most pessimistic and most optimistic bounds of the two runs.
    lower_pct: changePct(cur.lower, base.upper),
    upper_pct: changePct(cur.upper, base.lower)
  };
  return {
    id,
    quantity,
    metric: quantity,
    baseline: base.point,
    current: cur.point,
    ...c,
    verdict: verdictOf(quantity, c, regressionPct, noise.noise_threshold_pct),
    ...noise,
    method: 'baseline'
  };
}

/** Compares every benchmark of the current report (only its benchmarks are read) with the baseline's. */
export function compareToBaseline(
  current: Pick<PerfReport, 'benchmarks'>,
  baseline: BaselineFile,
  opts: CompareOptions
): Comparison {
  checkFraction('regressionThreshold', opts.regressionThreshold);
  checkFraction('noiseThreshold', opts.noiseThreshold);
  const regressionPct = percent(opts.regressionThreshold);
  const fixedNoisePct = percent(opts.noiseThreshold);
  const before = byId(baseline.report.benchmarks);
  const after = byId(current.benchmarks);

  const changes: BenchmarkChange[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    const threshold = thresholdFor(baseline.history, id, opts.noiseThreshold);
    changes.push(
      then
        ? changeFromBaseline(id, now, then, threshold, regressionPct)
        : oneSidedChange(id, now, 'new', threshold)
    );
  }
  for (const [id, then] of before) {
    if (after.has(id)) continue;
    changes.push(
      oneSidedChange(id, then, 'missing', thresholdFor(baseline.history, id, opts.noiseThreshold))
    );
  }
  changes.sort(worstFirst);

  return {
    baseline: { commit: baseline.commit, promoted_at: baseline.promoted_at, ref: baseline.ref },
    thresholds: { regression_pct: regressionPct, noise_pct: fixedNoisePct },
    regressions: changes.filter((c) => c.verdict === 'regressed').length,
    improvements: changes.filter((c) => c.verdict === 'improved').length,
    changes
  };
}
