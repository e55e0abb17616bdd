// The baseline's history as evidence of run-to-run noise: how much a benchmark moves between
// promotions of the baseline branch, where most commits do not touch its code.

import type { BaselineHistoryEntry } from '../model.js';

/** Fewer values than this say too little about a benchmark's spread to widen its threshold. */
export const MIN_HISTORY_VALUES = 5;

/** The benchmark's recorded values, oldest first; entries without it are skipped. */
export function historyValues(history: readonly BaselineHistoryEntry[], id: string): number[] {
  return history.flatMap((entry) => {
    const value = entry.benchmarks[id];
    // Number.isFinite is false for anything not a number, such as an inherited `toString`.
    return Number.isFinite(value) && (value as number) > 0 ? [value as number] : [];
  });
}

/**
 * How much a benchmark moves from one promotion to the next: the sample standard deviation of its
 * recorded values over their mean (a coefficient of variation across runs, not the one of a run's
 * time, criterion/measurement.ts); null for fewer than two values.
 */
export function runToRunVariation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (mean <= 0) return null;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  const cv = Math.sqrt(variance) / mean;
  // Values near the largest number overflow the sums: no spread can be claimed from them.
  return Number.isFinite(cv) ? cv : null;
}

export interface NoiseThreshold {
  /** A fraction (0.02 = 2%). */
  noise: number;
  /** 'history' when the history's spread raised it above the fixed one. */
  source: 'fixed' | 'history';
}

/**
 * The noise threshold for one benchmark: the fixed one, or twice its coefficient of variation over
 * the history when that is larger and the history holds at least MIN_HISTORY_VALUES values.
 */
export function noiseThreshold(
  history: readonly BaselineHistoryEntry[],
  id: string,
  fixedNoise: number
): NoiseThreshold {
  const values = historyValues(history, id);
  const cv = values.length >= MIN_HISTORY_VALUES ? runToRunVariation(values) : null;
  if (cv !== null && 2 * cv > fixedNoise) return { noise: 2 * cv, source: 'history' };
  return { noise: fixedNoise, source: 'fixed' };
}
