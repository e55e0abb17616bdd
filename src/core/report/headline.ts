// The headline: perf.json's `summary`, and what every surface shows first. Plain text (no
// markup), so the report carries it as it is and each surface escapes it as it needs.

import type { Status } from '../findings.js';
import type { MetricReport, PerfReport, ResultsOrigin } from '../model.js';
import { formatChangePct, formatSignificant, METRIC_DIGITS } from '../units.js';

export const STATUS_ICON: Readonly<Record<Status, string>> = { pass: '✅', warn: '⚠️', fail: '❌' };

type HeadlineMetric = Pick<MetricReport, 'label' | 'value' | 'unit' | 'change_pct'>;

/** A DISPLAY or COMP-3 value in its unit with METRIC_DIGITS significant digits, `0.9430 GiB/s`; `n/a` when missing. */
export function metricValue(m: Pick<MetricReport, 'value' | 'unit'>): string {
  return m.value === null ? 'n/a' : `${formatSignificant(m.value, METRIC_DIGITS)} ${m.unit}`;
}

/** A metric's change against the baseline, `−2.1%`; null when nothing was compared. */
export function metricChange(m: Pick<MetricReport, 'change_pct'>): string | null {
  return m.change_pct === undefined || m.change_pct === null ? null : formatChangePct(m.change_pct);
}

/** The status icon and, unless it passed, why: `❌ 3 regressed, DISPLAY below floor`. */
function statusWithReasons(report: Pick<PerfReport, 'status' | 'status_reasons'>): string {
  const reasons = report.status_reasons ?? [];
  return reasons.length > 0
    ? `${STATUS_ICON[report.status]} ${reasons.join(', ')}`
    : STATUS_ICON[report.status];
}

/**
 * The headline every surface shows (perf.json's summary, the CLI, the job summary, the `summary`
 * output): `DISPLAY: 0.9430 GiB/s (−2.1%), COMP-3: 512.7 MiB/s (+0.4%) ❌ 3 regressed`, the changes
 * being against the baseline when there is one.
 */
export function headline(
  report: Pick<PerfReport, 'status' | 'status_reasons'> & {
    metrics: Record<'display' | 'comp3', HeadlineMetric>;
  },
  origin: ResultsOrigin = 'cargo-bench'
): string {
  const part = (m: HeadlineMetric): string => {
    const change = metricChange(m);
    return `${m.label}: ${metricValue(m)}${change === null ? '' : ` (${change})`}`;
  };
  // A recorded run was not measured here: say so wherever the headline goes.
  const label = origin === 'recorded' ? ' (recorded run)' : '';
  return `${part(report.metrics.display)}, ${part(report.metrics.comp3)} ${statusWithReasons(report)}${label}`;
}
