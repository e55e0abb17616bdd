// The perf.json report (schema/perf-report.schema.json describes the same shape).

import type { Comparison } from '../baseline/types.js';
import type { Aggregate } from '../config/config.js';
import type { Interval, MeasurementSource, ThroughputKind } from '../criterion/measurement.js';
import type { Status } from '../findings.js';
import type { ComplianceLevel } from '../floors.js';
import type { MetricName } from '../metrics.js';

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
}

/**
 * How the results came to be: this run's `cargo bench`, results already on disk (`run: false`), or
 * the recorded run of the example crate that the demo shows where cargo or criterion is missing.
 */
export type ResultsOrigin = 'cargo-bench' | 'existing-results' | 'recorded';

export interface RunContext {
  origin: ResultsOrigin;
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
  /** Where the results were read from. */
  resultsSource: MeasurementSource | null;
  /** The file or folder they were read from. */
  resultsPath: string | null;
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
    git_commit: string | null;
    rust_version: string | null;
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
