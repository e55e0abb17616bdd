// The data a run produces and keeps: the perf.json report (schema/perf-report.schema.json
// describes the same shape), the comparison with the promoted baseline, and baseline.json
// (schema/baseline.schema.json) with its history.

import type { Aggregate } from './config/config.js';
import type { Interval, MeasurementSource, ThroughputKind } from './criterion/measurement.js';
import type { Status } from './findings.js';
import type { ComplianceLevel } from './floors.js';
import type { MetricName } from './metrics.js';

// perf.json

export interface MetricReport {
  label: string;
  /** Aggregated bytes per second with bounds; null when the metric is missing. */
  bytes_per_second: Interval | null;
  /** The point value in `unit`, unrounded. */
  value: number | null;
  unit: 'GiB/s' | 'MiB/s';
  patterns: string[];
  ids: string[];
  aggregate: Aggregate;
  floor: { text: string; bytes_per_second: number };
  safety_factor: number | null;
  status: Status | 'missing';
  /**
   * (value / the baseline's value − 1) × 100; null without a comparison or a value on either side.
   * Absent in reports written before it existed (a stored baseline's report, say).
   */
  change_pct?: number | null;
}

export interface BenchmarkReport {
  id: string;
  group: string;
  function: string | null;
  value: string | null;
  metric: MetricName | null;
  throughput: { kind: ThroughputKind; per_iteration: number | null } | null;
  time_ns: Interval;
  std_dev_ns: number | null;
  /** Rate per second in the throughput kind's unit. */
  rate: Interval | null;
  /** Bytes per second when the throughput counts bytes (or bits). */
  bytes_per_second: Interval | null;
  source: MeasurementSource;
  /** Seconds criterion spent measuring it (its samples' times added up); only where sample.json was read (a shard). */
  measured_seconds?: number | null;
}

/** A sharded job's partial report: which shard, the plan every shard computed alike, its ids. */
export interface ShardReport {
  index: number;
  count: number;
  /** The plan's fingerprint (planDigest): the same in every shard of one plan. */
  plan: string;
  method: 'recorded-times' | 'hash';
  /** How many benchmarks criterion listed, over all shards. */
  listed: number;
  /** The benchmarks this shard was to run. */
  ids: string[];
  /** The job's testbed and OS (RUNNER_OS): shards of one testbed and OS merge into one report. */
  testbed: string;
  os: string;
}

/**
 * How the results came to be: this run's `cargo bench`, results already on disk (`run: false`), or
 * the recorded run of the example crate that the demo shows where cargo or criterion is missing.
 */
export type ResultsOrigin = 'cargo-bench' | 'existing-results' | 'recorded' | 'shards';

/** What the run knows besides its results: how they came to be, the machine, the commit, the time. */
/** A pull request as the measuring run saw it. */
export interface RecordedPullRequest {
  number: number;
  head_sha: string | null;
  /** `owner/repo` the head branch lives in. */
  head_repository: string | null;
}

export interface RunFacts {
  origin: ResultsOrigin;
  /** The pull request the event named, if any. */
  pullRequest?: RecordedPullRequest | null;
  /** ISO 8601 UTC. */
  timestamp: string;
  gitCommit: string | null;
  rustVersion: string | null;
  platform: string;
  cpuCores: number;
  memoryGb: number;
  /** Wall time of the bench run (or of the analysis when nothing ran). */
  executionTimeSeconds: number;
  peakRssBytes: number | null;
  /** What the numbers depend on besides the code; a field is null when the run does not know it. */
  machine: MachineFingerprint;
  /** Where the results were read from. */
  resultsSource: MeasurementSource | null;
  /** The file or folder they were read from. */
  resultsPath: string | null;
}

/**
 * What the numbers depend on besides the code: a baseline measured with another fingerprint is
 * flagged, so that a change of runner pool does not read as a regression. Null: not known.
 */
export interface MachineFingerprint {
  /** The CPU's model name (/proc/cpuinfo, os.cpus()). */
  cpu_model: string | null;
  cpu_cores: number | null;
  /** `rustc -V`'s version, e.g. `1.85.0`. */
  rustc: string | null;
  /** The target triple the benches were built for (`rustc -vV`'s host, or CARGO_BUILD_TARGET). */
  target: string | null;
  /** RUSTFLAGS as the run had it ('' when unset). */
  rustflags: string | null;
}

export interface PerfReport {
  schema_version: '1.0';
  display_gibs: number | null;
  comp3_mibs: number | null;
  status: Status;
  /** Why the status is not `pass`, briefly (`3 regressed`, `DISPLAY below floor`); absent in older reports. */
  status_reasons?: string[];
  compliance_level: ComplianceLevel;
  summary: string;
  /** Present in a sharded job's partial report (`shard: i/n`). */
  shard?: ShardReport;
  warnings: string[];
  errors: string[];
  metrics: Record<MetricName, MetricReport>;
  benchmarks: BenchmarkReport[];
  /** The comparison with the promoted baseline; null when there is none (or it was not asked for). */
  comparison: Comparison | null;
  memory: { peak_rss_bytes: number | null; ceiling_bytes: number };
  _metadata: {
    source: ResultsOrigin;
    timestamp: string;
    /** The pull request the measured event named (a publish job confirms it before commenting). */
    pull_request?: RecordedPullRequest;
    git_commit: string | null;
    rust_version: string | null;
    /** The machine that measured (absent in reports written before it was recorded). */
    machine?: MachineFingerprint;
    environment: { platform: string; optimization_level: string; cpu_cores: number; memory_gb: number };
    execution_context: {
      execution_time_seconds: number;
      results_source: MeasurementSource | null;
      results_path: string | null;
      config: Record<string, string>;
      safety_margins: { display_safety_factor: number | null; comp3_safety_factor: number | null };
    };
  };
}

// The baseline: the promoted result of the baseline branch, its history, and how a run compares.

/** What was compared for a benchmark: its byte throughput when it has one, else its time. */
export type ComparedQuantity = 'throughput' | 'time';

/** `inconclusive`: a paired comparison whose rounds cannot place the change (too few, or they disagree). */
export type Verdict = 'regressed' | 'improved' | 'unchanged' | 'inconclusive' | 'new' | 'missing';

export interface BenchmarkChange {
  id: string;
  /** 'throughput' (bytes/s, higher is better) or 'time' (ns per iteration, lower is better). */
  quantity: ComparedQuantity;
  /**
   * @deprecated perf.json's former name of `quantity`, still written with the same value so that
   * readers of earlier reports keep working; read `quantity`.
   */
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
  /**
   * How it was compared: with the stored baseline, or `paired` (the base revision measured on this
   * runner, interleaved with the head); absent in reports written before paired comparisons.
   */
  method?: 'baseline' | 'paired';
  /**
   * A paired comparison's rounds: what each side's value was (its fastest sample, or criterion's
   * typical time when a round had no samples), and each round's ratio head/base, "higher is better"
   * (null: a side missing).
   */
  paired?: { statistic: PairedStatistic; ratios: (number | null)[]; confidence: number | null };
}

/** A paired round's value of one side: its fastest sample per iteration, or criterion's slope or mean. */
export type PairedStatistic = 'fastest' | 'typical';

/** The pairing behind a comparison measured on this runner. */
export interface PairedComparison {
  /** `paired`: every benchmark; `confirm`: only those the stored baseline flagged were re-measured. */
  mode: 'paired' | 'confirm';
  /** The paired revision as given, and its commit. */
  ref: string;
  commit: string;
  rounds: number;
  /** Which side ran (or, run together, started) first in each round. */
  order: ('base' | 'head')[];
  /** Whether each round ran both sides at the same time, a core each, rather than one after the other. */
  together: boolean;
  /** criterion's measurement time per benchmark, per side, per round. */
  measurement_seconds: number;
  /** Wall time the pairing added to the run. */
  extra_seconds: number;
}

/** Where the compared result came from (a pull request is compared with its own base when it can). */
export type ComparedSource = 'baseline' | 'history-branch' | 'baseline-history';

/** A fingerprint field whose value differs between the compared result and this run. */
export interface MachineDifference {
  field: keyof MachineFingerprint;
  baseline: string | number;
  current: string | number;
}

export interface Comparison {
  baseline: {
    /** The compared commit. */
    commit: string | null;
    promoted_at: string;
    ref: string | null;
    /**
     * `baseline`: the latest stored baseline; `history-branch`: a record of the data branch;
     * `baseline-history`: an entry of the baseline's history (point values only). Absent in reports
     * written before pull requests were compared with their base.
     */
    source?: ComparedSource;
    /** The pull request's base commit; null outside a pull request. */
    base_commit?: string | null;
    /**
     * How many commits the compared commit lies behind the pull request's base (0: it is the base,
     * or newer); null when unknown or outside a pull request.
     */
    commits_behind?: number | null;
  };
  /**
   * The fingerprint fields that differ between the compared result's machine and this run's (both
   * known); absent when none do.
   */
  machine_differences?: MachineDifference[];
  /** The thresholds the verdicts used, in percent: `regression-threshold` and the fixed `noise-threshold`. */
  thresholds: { regression_pct: number; noise_pct: number };
  regressions: number;
  improvements: number;
  /** Worst first. */
  changes: BenchmarkChange[];
  /** Present when the benchmarks were measured on this runner against a second revision. */
  paired?: PairedComparison;
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
