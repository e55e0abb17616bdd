// Metrics: DISPLAY and COMP-3 throughput, each the aggregate of the benchmarks its globs match.

import type { Aggregate, MetricSelector } from './config/config.js';
import { bytesPerSecond, type Interval, type Measurement } from './criterion/measurement.js';
import { error, type Finding } from './findings.js';
import { matcher } from './glob.js';

export type MetricName = 'display' | 'comp3';

export const METRIC_LABEL: Readonly<Record<MetricName, string>> = { display: 'DISPLAY', comp3: 'COMP-3' };

export interface MetricValue {
  name: MetricName;
  patterns: string[];
  /** Ids matched that have a byte throughput, in input order. */
  ids: string[];
  /** Aggregated bytes per second with bounds, or null when nothing usable matched. */
  bytesPerSecond: Interval | null;
}

/** Ids listed in a message, at most `limit`, then "… and N more". */
export function listIds(ids: readonly string[], limit = 20): string {
  if (ids.length === 0) return '(none)';
  const shown = ids.slice(0, limit).join(', ');
  return ids.length > limit ? `${shown} … and ${ids.length - limit} more` : shown;
}

/** Combines intervals: max/min/median pick a benchmark (keeping its bounds), mean averages. */
export function aggregateIntervals(values: readonly Interval[], how: Aggregate): Interval | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.point - b.point);
  switch (how) {
    case 'max':
      return sorted[sorted.length - 1] ?? null;
    case 'min':
      return sorted[0] ?? null;
    case 'median': {
      const mid = Math.floor(sorted.length / 2);
      const upper = sorted[mid] as Interval;
      if (sorted.length % 2 === 1) return upper;
      return meanOf([sorted[mid - 1] as Interval, upper]);
    }
    case 'mean':
      return meanOf(sorted);
  }
}

function meanOf(values: readonly Interval[]): Interval {
  const sum = values.reduce(
    (acc, v) => ({ lower: acc.lower + v.lower, point: acc.point + v.point, upper: acc.upper + v.upper }),
    { lower: 0, point: 0, upper: 0 }
  );
  const n = values.length;
  return { lower: sum.lower / n, point: sum.point / n, upper: sum.upper / n };
}

/** The metrics whose selector matches a benchmark id. */
export function metricsSelecting(
  id: string,
  selectors: Readonly<Record<MetricName, MetricSelector>>
): MetricName[] {
  return (['display', 'comp3'] as const).filter((name) => matcher(selectors[name].globs)(id));
}

/** Selects and aggregates one metric; a metric with nothing usable is an error listing the ids. */
export function computeMetric(
  name: MetricName,
  selector: MetricSelector,
  how: Aggregate,
  measurements: readonly Measurement[]
): { metric: MetricValue; findings: Finding[] } {
  const matches = matcher(selector.globs);
  const matched = measurements.filter((m) => matches(m.id));
  const usable = matched.flatMap((m) => {
    const rate = bytesPerSecond(m);
    return rate ? [{ id: m.id, rate }] : [];
  });
  const metric: MetricValue = {
    name,
    patterns: selector.patterns,
    ids: usable.map((u) => u.id),
    bytesPerSecond: aggregateIntervals(
      usable.map((u) => u.rate),
      how
    )
  };
  const option = name === 'display' ? 'display-benchmarks' : 'comp3-benchmarks';
  const patterns = selector.patterns.map((p) => `"${p}"`).join(', ');
  const findings: Finding[] = [];
  if (matched.length === 0) {
    findings.push(
      error(
        'metric',
        `${METRIC_LABEL[name]}: no benchmark matches ${option} ${patterns}. Benchmarks found: ${listIds(measurements.map((m) => m.id))}`,
        name
      )
    );
  } else if (usable.length === 0) {
    findings.push(
      error(
        'metric',
        `${METRIC_LABEL[name]}: the benchmarks matching ${option} ${patterns} have no byte throughput (${listIds(matched.map((m) => m.id))}); use Throughput::Bytes in the bench. Benchmarks with byte throughput: ${listIds(measurements.filter((m) => bytesPerSecond(m)).map((m) => m.id))}`,
        name
      )
    );
  }
  return { metric, findings };
}
