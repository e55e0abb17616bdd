// Pieces the pages share: badges, metric cards, fact lists, findings, and number formats.

import type { Status } from '../../core/findings.js';
import type { ComplianceLevel } from '../../core/floors.js';
import type { MetricReport } from '../../core/model.js';
import { STATUS_ICON } from '../../core/report/headline.js';
import { formatByteRateIn, METRIC_DIGITS } from '../../core/units.js';
import { type HtmlValue, html, type SafeHtml } from './escape.js';

/** What each compliance level means, in the words a reviewer needs. */
export const COMPLIANCE_MEANING: Readonly<Record<ComplianceLevel, string>> = {
  FullyCompliant:
    'Both metrics meet their floors with a safety factor of at least 10 and nothing to warn about.',
  ConditionallyCompliant:
    'Both metrics meet their floors without the full margin: the smaller safety factor is below 10, or there are warnings while it is at least 5.',
  RequiresAttention:
    'Both metrics meet their floors, but there are warnings and the smaller safety factor is below 5.',
  NonCompliant: 'A metric is below its floor, missing, or the run reported an error.'
};

export const formatFactor = (value: number | null): string =>
  value === null ? 'n/a' : `${value.toFixed(2)}×`;

/** A metric's throughput in its own unit (DISPLAY in GiB/s, COMP-3 in MiB/s), as perf.json keeps it. */
export function metricValueText(m: Pick<MetricReport, 'unit'>, bytesPerSecond: number | null): string {
  return bytesPerSecond === null ? 'n/a' : formatByteRateIn(bytesPerSecond, m.unit, METRIC_DIGITS);
}

/** The floor as written, plus the metric's unit and MB/s when it is written in another unit. */
export function floorText(m: Pick<MetricReport, 'unit' | 'floor'>): string {
  const written = m.floor.text.trim();
  const also = [
    written.endsWith(m.unit) ? null : metricValueText(m, m.floor.bytes_per_second),
    written.endsWith(' MB/s') ? null : formatByteRateIn(m.floor.bytes_per_second, 'MB/s')
  ].filter((t): t is string => t !== null);
  return also.length > 0 ? `${written} (${also.join(', ')})` : written;
}

export function statusBadge(status: Status | 'missing'): SafeHtml {
  const icon = status === 'missing' ? '❌' : STATUS_ICON[status];
  return html`<span class="badge status-${status}" data-status="${status}">${icon} ${status}</span>`;
}

export function complianceBadge(level: ComplianceLevel): SafeHtml {
  return html`<span class="badge level-${level}" data-compliance="${level}" title="${COMPLIANCE_MEANING[level]}">${level}</span>`;
}

/** The headline card of one metric. */
export function metricCard(
  name: string,
  m: Pick<MetricReport, 'label' | 'unit' | 'floor' | 'safety_factor' | 'status'>,
  bytesPerSecond: number | null
): SafeHtml {
  return html`<div class="card metric" data-metric="${name}">
<div class="label">${m.label} throughput</div>
<div class="value">${metricValueText(m, bytesPerSecond)}</div>
<div class="detail">Floor ${floorText(m)}</div>
<div class="detail">Safety factor <strong class="safety">${formatFactor(m.safety_factor)}</strong> ${statusBadge(m.status)}</div>
</div>`;
}

/** A definition list of facts; null values show as "n/a". */
export function facts(entries: ReadonlyArray<readonly [string, HtmlValue]>): SafeHtml {
  return html`<dl class="facts">${entries.map(
    ([label, value]) =>
      html`<dt>${label}</dt><dd>${value === null || value === undefined ? 'n/a' : value}</dd>`
  )}</dl>`;
}

export function findingsList(errors: readonly string[], warnings: readonly string[]): SafeHtml {
  if (errors.length === 0 && warnings.length === 0) return html`<p>No errors and no warnings.</p>`;
  return html`<ul class="findings">${errors.map((e) => html`<li class="error status-fail">❌ ${e}</li>`)}${warnings.map(
    (w) => html`<li class="warning status-warn">⚠️ ${w}</li>`
  )}</ul>`;
}
