// A comparison measured on this runner: each benchmark's per-round ratios of head and base, their
// median and sign-test interval (stats.ts), and a verdict with the same thresholds a stored baseline
// uses. Pure: the rounds' measurements come in, the comparison's entries go out.

import { percent, worstFirst } from '../baseline/compare.js';
import { bytesPerSecond, type Measurement } from '../criterion/measurement.js';
import type {
  BenchmarkChange,
  ComparedQuantity,
  Comparison,
  PairedComparison,
  PairedStatistic
} from '../model.js';
import { round } from '../units.js';
import { median, pairedEstimate, pairedVerdict, roundRatio, settled } from './stats.js';

/** One interleaved round: the base and the head measured back to back, `first` first. */
export interface PairedRound {
  first: 'base' | 'head';
  base: readonly Measurement[];
  head: readonly Measurement[];
}

export interface PairedInput {
  /** `paired`: every benchmark is compared this way; `confirm`: only those the baseline flagged. */
  mode: 'paired' | 'confirm';
  /** The revision as given, and its commit. */
  ref: string;
  commit: string;
  rounds: readonly PairedRound[];
  /** Wall time the pairing added to the run (building the base, the rounds). */
  seconds: number;
  /** Whether each round ran both sides at the same time. */
  together: boolean;
  measurementSeconds: number;
}

function byId(measurements: readonly Measurement[]): Map<string, Measurement> {
  const map = new Map<string, Measurement>();
  for (const m of measurements) if (!map.has(m.id)) map.set(m.id, m);
  return map;
}

/** Byte throughput when every round has it on both sides, else the time per iteration. */
function quantityOf(sides: readonly (Measurement | undefined)[]): ComparedQuantity {
  return sides.every((m) => m !== undefined && bytesPerSecond(m) !== null) ? 'throughput' : 'time';
}

/**
 * What a round compares: each side's fastest sample when every measurement has one, else criterion's
 * typical time (slope or mean). On a busy machine a delay only ever adds time, so a 1-second
 * measurement's typical time moves by 20-30% with the neighbours while its fastest sample, the one
 * least touched by them, moves by 2-5% (docs/baselines.md, Paired comparison).
 */
function statisticOf(sides: readonly (Measurement | undefined)[]): PairedStatistic {
  return sides.every((m) => m === undefined || m.fastest_ns !== undefined) ? 'fastest' : 'typical';
}

function comparedValue(
  m: Measurement | undefined,
  quantity: ComparedQuantity,
  statistic: PairedStatistic
): number | null {
  if (!m) return null;
  const time = statistic === 'fastest' ? (m.fastest_ns ?? null) : m.time_ns.point;
  if (time === null || !(time > 0)) return null;
  if (quantity === 'time') return time;
  // The rate at that time: criterion's rate scales inversely with the time per iteration.
  const rate = bytesPerSecond(m);
  return rate === null ? null : rate.point * (m.time_ns.point / time);
}

/** A "higher is better" ratio as a change of the quantity in percent (a time ratio inverts). */
function changeOfRatio(ratio: number | null, quantity: ComparedQuantity): number | null {
  if (ratio === null) return null;
  const pct = ((quantity === 'throughput' ? ratio : 1 / ratio) - 1) * 100;
  return Number.isFinite(pct) ? pct : null;
}

/** One benchmark's rounds: what was compared, and each round's ratio (null: a side not measured). */
/** Each round's sides by id, built once for all the benchmarks compared. */
type IndexedRounds = ReadonlyArray<{ base: Map<string, Measurement>; head: Map<string, Measurement> }>;

const indexRounds = (rounds: readonly PairedRound[]): IndexedRounds =>
  rounds.map((r) => ({ base: byId(r.base), head: byId(r.head) }));

function roundsOf(id: string, rounds: IndexedRounds) {
  const base = rounds.map((r) => r.base.get(id));
  const head = rounds.map((r) => r.head.get(id));
  const quantity = quantityOf([...base, ...head]);
  const statistic = statisticOf([...base, ...head]);
  const value = (m: Measurement | undefined) => comparedValue(m, quantity, statistic);
  const ratios = rounds.map((_, i) => {
    const ratio = roundRatio(quantity, value(base[i]), value(head[i]));
    return ratio === null ? null : round(ratio, 6);
  });
  return { base, head, quantity, statistic, value, ratios };
}

type Thresholds = { regressionThreshold: number; noiseThreshold: number };

/**
 * The benchmarks the rounds still to come can no longer make regressed or improved (settled): a
 * paired run measures them no further.
 */
export function settledIds(
  rounds: readonly PairedRound[],
  totalRounds: number,
  thresholds: Thresholds
): Set<string> {
  const regressionPct = percent(thresholds.regressionThreshold);
  const noisePct = percent(thresholds.noiseThreshold);
  const indexed = indexRounds(rounds);
  return new Set(
    pairedIds(rounds).filter((id) =>
      settled(roundsOf(id, indexed).ratios, totalRounds, regressionPct, noisePct)
    )
  );
}

/** The entry of one benchmark measured in every round (or in some). */
export function pairedChange(
  id: string,
  rounds: readonly PairedRound[],
  thresholds: Thresholds
): BenchmarkChange {
  return changeOf(id, indexRounds(rounds), thresholds);
}

function changeOf(id: string, rounds: IndexedRounds, thresholds: Thresholds): BenchmarkChange {
  const { base, head, quantity, statistic, value, ratios } = roundsOf(id, rounds);
  const estimate = pairedEstimate(ratios);
  const regressionPct = percent(thresholds.regressionThreshold);
  const noisePct = percent(thresholds.noiseThreshold);
  const values = (side: readonly (Measurement | undefined)[]) => {
    const known = side.map(value).filter((v): v is number => v !== null);
    return known.length === 0 ? null : median(known.sort((x, y) => x - y));
  };
  // For a time, the best ratio is the lowest time: the interval's ends swap.
  const [low, high] =
    quantity === 'throughput' ? [estimate.lower, estimate.upper] : [estimate.upper, estimate.lower];
  return {
    id,
    quantity,
    metric: quantity,
    baseline: values(base),
    current: values(head),
    change_pct: changeOfRatio(estimate.estimate, quantity),
    lower_pct: changeOfRatio(low, quantity),
    upper_pct: changeOfRatio(high, quantity),
    verdict: pairedVerdict(estimate, regressionPct, noisePct),
    noise_threshold_pct: noisePct,
    threshold_source: 'fixed',
    method: 'paired',
    paired: {
      statistic,
      ratios,
      confidence: estimate.confidence === null ? null : round(estimate.confidence, 4)
    }
  };
}

/** The ids every round measured on at least one side, in first-seen order. */
export function pairedIds(rounds: readonly PairedRound[]): string[] {
  const ids = new Set<string>();
  for (const r of rounds) for (const m of [...r.base, ...r.head]) ids.add(m.id);
  return [...ids];
}

/** What the comparison says about the pairing itself. */
export function pairedSummary(input: PairedInput): PairedComparison {
  return {
    mode: input.mode,
    ref: input.ref,
    commit: input.commit,
    rounds: input.rounds.length,
    order: input.rounds.map((r) => r.first),
    together: input.together,
    measurement_seconds: input.measurementSeconds,
    extra_seconds: round(input.seconds, 1)
  };
}

/**
 * `paired`: a comparison of every benchmark the rounds measured, against the paired revision.
 * `confirm`: the stored baseline's comparison, with each benchmark the rounds re-measured replaced
 * by its paired entry (the paired verdict stands).
 */
export function withPairedChanges(
  input: PairedInput,
  stored: Comparison | null,
  thresholds: Thresholds,
  measuredAt: string
): Comparison {
  const indexed = indexRounds(input.rounds);
  const paired = new Map(pairedIds(input.rounds).map((id) => [id, changeOf(id, indexed, thresholds)]));
  const kept =
    input.mode === 'confirm' && stored
      ? stored.changes.map((c) => paired.get(c.id) ?? { ...c, method: 'baseline' as const })
      : [...paired.values()];
  const changes = kept.sort(worstFirst);
  return {
    baseline:
      input.mode === 'confirm' && stored
        ? stored.baseline
        : { commit: input.commit, promoted_at: measuredAt, ref: input.ref },
    thresholds: {
      regression_pct: percent(thresholds.regressionThreshold),
      noise_pct: percent(thresholds.noiseThreshold)
    },
    regressions: changes.filter((c) => c.verdict === 'regressed').length,
    improvements: changes.filter((c) => c.verdict === 'improved').length,
    changes,
    paired: pairedSummary(input)
  };
}
