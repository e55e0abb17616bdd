// The baseline history as chart series: one point per promotion, oldest first.

import type { MetricName } from '../../core/metrics.js';
import type { BaselineHistoryEntry } from '../../core/model.js';
import { formatSignificant, GIB, METRIC_DIGITS, MIB } from '../../core/units.js';
import type { LinePoint } from './line-chart.js';

/** A commit's first 7 characters, or `#n` (1-based position) when the promotion has no commit. */
export function shortCommit(commit: string | null, index: number): string {
  return commit ? commit.slice(0, 7) : `#${index + 1}`;
}

/** A promotion's (or a run's) value of a metric, in the history's unit. */
export function historyValue(
  entry: Pick<BaselineHistoryEntry, 'display_gibs' | 'comp3_mibs'>,
  metric: MetricName
): number | null {
  return metric === 'display' ? entry.display_gibs : entry.comp3_mibs;
}

/** The unit the history keeps each metric in (as perf.json's display_gibs and comp3_mibs). */
export const METRIC_UNIT: Readonly<Record<MetricName, 'GiB/s' | 'MiB/s'>> = {
  display: 'GiB/s',
  comp3: 'MiB/s'
};

/** A floor (bytes per second) in its metric's history unit. */
export function floorInUnit(metric: MetricName, bytesPerSecond: number): number {
  return bytesPerSecond / (metric === 'display' ? GIB : MIB);
}

/** DISPLAY (GiB/s) or COMP-3 (MiB/s) over the history. */
export function metricSeries(history: readonly BaselineHistoryEntry[], metric: MetricName): LinePoint[] {
  return history.map((entry, i) => {
    const value = historyValue(entry, metric);
    return {
      label: shortCommit(entry.commit, i),
      title: `${entry.commit ?? shortCommit(null, i)} at ${entry.timestamp}: ${value === null ? 'n/a' : `${formatSignificant(value, METRIC_DIGITS)} ${METRIC_UNIT[metric]}`}`,
      value
    };
  });
}

/** Every benchmark id in the history, sorted, with its value at each promotion (null when absent). */
export function benchmarkSeries(history: readonly BaselineHistoryEntry[]): Map<string, Array<number | null>> {
  const ids = [...new Set(history.flatMap((e) => Object.keys(e.benchmarks)))].sort();
  return new Map(
    ids.map((id) => [
      id,
      history.map((e) => (Object.hasOwn(e.benchmarks, id) ? (e.benchmarks[id] ?? null) : null))
    ])
  );
}
