// Baselines: the promoted result of the baseline branch, its history, and how a run compares.

import type { PerfReport } from '../report/types.js';

/** What was compared for a benchmark: its byte throughput when it has one, else its time. */
export type ComparedQuantity = 'throughput' | 'time';

export type Verdict = 'regressed' | 'improved' | 'unchanged' | 'new' | 'missing';

export interface BenchmarkChange {
  id: string;
  /** 'throughput' (bytes/s, higher is better) or 'time' (ns per iteration, lower is better). */
  metric: ComparedQuantity;
  /** Point values in the quantity's unit; null on the side where the benchmark is absent. */
  baseline: number | null;
  current: number | null;
  /** (current / baseline − 1) × 100 of the quantity; null for new or missing benchmarks. */
  change_pct: number | null;
  /** The same from criterion's 95% bounds: current lower vs baseline upper … */
  lower_pct: number | null;
  /** … and current upper vs baseline lower. */
  upper_pct: number | null;
  verdict: Verdict;
  /** The noise threshold this verdict used, in percent, and where it came from. */
  noise_threshold_pct: number;
  /**
   * `fixed`: noise-threshold; `history`: twice the benchmark's run-to-run variation over the baseline
   * history; `run`: the larger coefficient of variation of the two runs themselves.
   */
  threshold_source: 'fixed' | 'history' | 'run';
}

export interface Comparison {
  baseline: { commit: string | null; promoted_at: string; ref: string | null };
  /** The thresholds the verdicts used, in percent: `regression-threshold` and the fixed `noise-threshold`. */
  thresholds: { regression_pct: number; noise_pct: number };
  regressions: number;
  improvements: number;
  /** Worst first. */
  changes: BenchmarkChange[];
}

/** One promotion, compactly, for trends and the run-to-run noise of each benchmark. */
export interface BaselineHistoryEntry {
  commit: string | null;
  /** ISO 8601 UTC of the promotion. */
  timestamp: string;
  display_gibs: number | null;
  comp3_mibs: number | null;
  /** id → bytes per second, or ns per iteration for benchmarks without byte throughput. */
  benchmarks: Record<string, number>;
}

/** baseline.json (schema/baseline.schema.json). */
export interface BaselineFile {
  schema_version: '1.0';
  /** The action instance's `name`. */
  name: string;
  promoted_at: string;
  commit: string | null;
  ref: string | null;
  run_id: string | null;
  runner: { os: string; arch: string; testbed: string };
  /** The full report of the promoted run. */
  report: PerfReport;
  /** Oldest first, at most `history-size` entries, the newest being this promotion. */
  history: BaselineHistoryEntry[];
}
