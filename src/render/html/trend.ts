// trend.html: DISPLAY and COMP-3 over the baseline history with their floors, every benchmark's
// sparkline, and the benchmarks that moved most.

import { METRIC_LABEL, type MetricName } from '../../core/metrics.js';
import type { BaselineHistoryEntry, ComparedQuantity, MetricReport, PerfReport } from '../../core/model.js';
import {
  formatByteRate,
  formatChangePct,
  formatNs,
  formatSignificant,
  METRIC_DIGITS
} from '../../core/units.js';
import { benchmarkSeries, floorInUnit, METRIC_UNIT, metricSeries, shortCommit } from '../charts/history.js';
import { layoutLineChart, renderLineChart } from '../charts/line-chart.js';
import { layoutSparkline, renderSparkline } from '../charts/sparkline.js';
import { html, type SafeHtml } from './escape.js';
import { type PageHeader, page } from './layout.js';
import { floorText } from './parts.js';

export type TrendFloors = Readonly<Record<MetricName, MetricReport['floor']>>;

export interface TrendOptions {
  header?: PageHeader;
  /**
   * Which quantity each benchmark's history holds: bytes per second (higher is better) or ns per
   * iteration (lower is better). The history itself does not say; see `quantitiesOf`.
   */
  quantities?: Readonly<Record<string, ComparedQuantity>>;
  /** How many movers to list (default 10). */
  moversLimit?: number;
}

/** A benchmark's history holds its byte throughput when it has one, else its time. */
export function quantitiesOf(report: PerfReport): Record<string, ComparedQuantity> {
  return Object.fromEntries(report.benchmarks.map((b) => [b.id, b.bytes_per_second ? 'throughput' : 'time']));
}

export interface Mover {
  id: string;
  quantity: ComparedQuantity | null;
  first: { index: number; value: number };
  last: { index: number; value: number };
  /** (last / first − 1) × 100. */
  change_pct: number;
  /** Whether the change is for the better; null when the quantity is unknown or nothing changed. */
  better: boolean | null;
}

/**
 * The benchmarks whose value changed most (by magnitude of percent) between their oldest and newest
 * point in the history. A benchmark needs two points to move.
 */
export function largestMovers(
  history: readonly BaselineHistoryEntry[],
  quantities: Readonly<Record<string, ComparedQuantity>> = {},
  limit = 10
): Mover[] {
  const movers: Mover[] = [];
  for (const [id, values] of benchmarkSeries(history)) {
    const known = values.flatMap((value, index) => (value !== null && value > 0 ? [{ index, value }] : []));
    const first = known[0];
    const last = known[known.length - 1];
    if (!first || !last || first.index === last.index) continue;
    const change = (last.value / first.value - 1) * 100;
    const quantity = Object.hasOwn(quantities, id) ? (quantities[id] ?? null) : null;
    const better =
      quantity === null || change === 0 ? null : quantity === 'throughput' ? change > 0 : change < 0;
    movers.push({ id, quantity, first, last, change_pct: change, better });
  }
  return movers
    .sort((a, b) => Math.abs(b.change_pct) - Math.abs(a.change_pct) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

function valueText(value: number | null, quantity: ComparedQuantity | null): string {
  if (value === null) return '—';
  if (quantity === 'throughput') return formatByteRate(value);
  if (quantity === 'time') return formatNs(value);
  return formatSignificant(value);
}

function metricChart(
  history: readonly BaselineHistoryEntry[],
  metric: MetricName,
  floors: TrendFloors
): SafeHtml {
  const unit = METRIC_UNIT[metric];
  const floor = floors[metric];
  const floorValue = floorInUnit(metric, floor.bytes_per_second);
  const layout = layoutLineChart({
    points: metricSeries(history, metric),
    floor: { value: floorValue, label: `floor ${floorText({ unit, floor })}` },
    yLabel: `${METRIC_LABEL[metric]} throughput (${unit})`
  });
  return html`<figure class="trend" data-metric="${metric}">${renderLineChart(
    layout,
    `${METRIC_LABEL[metric]} throughput over ${history.length} baseline promotion${history.length === 1 ? '' : 's'}, in ${unit}, with the floor`,
    `trend-chart series-${metric}`
  )}</figure>`;
}

function shortNote(length: number): SafeHtml | null {
  if (length === 0) {
    return html`<p class="note" data-note="history-short">No baseline history yet. The trend starts with the first promotion on the baseline branch and needs at least two points.</p>`;
  }
  if (length === 1) {
    return html`<p class="note" data-note="history-short">The history has a single point so far: there is no trend to show until the next promotion.</p>`;
  }
  return null;
}

function moversTable(history: readonly BaselineHistoryEntry[], movers: readonly Mover[]): SafeHtml {
  if (movers.length === 0) return html`<p>No benchmark has two points in the history yet.</p>`;
  const commit = (index: number): string => shortCommit(history[index]?.commit ?? null, index);
  return html`<table class="movers"><thead><tr><th>Benchmark</th><th class="num">Oldest</th><th class="num">Newest</th><th class="num">Change</th><th>Direction</th></tr></thead><tbody>${movers.map(
    (m) =>
      html`<tr data-id="${m.id}"><td class="id">${m.id}</td><td class="num">${valueText(m.first.value, m.quantity)}<br><small>${commit(m.first.index)}</small></td><td class="num">${valueText(m.last.value, m.quantity)}<br><small>${commit(m.last.index)}</small></td><td class="num">${formatChangePct(m.change_pct)}</td><td class="${m.better === true ? 'verdict-improved' : m.better === false ? 'verdict-regressed' : ''}">${m.better === null ? (m.quantity === null ? 'unknown quantity' : 'no change') : m.better ? '⬆️ better' : '⬇️ worse'}${m.quantity === 'time' ? ' (time)' : ''}</td></tr>`
  )}</tbody></table>`;
}

function sparklineTable(
  series: ReadonlyMap<string, ReadonlyArray<number | null>>,
  quantities: Readonly<Record<string, ComparedQuantity>>
): SafeHtml {
  if (series.size === 0) return html`<p>No benchmarks in the history yet.</p>`;
  const rows = [...series].map(([id, values]) => {
    const quantity = Object.hasOwn(quantities, id) ? (quantities[id] ?? null) : null;
    const layout = layoutSparkline(values);
    const latest = [...values].reverse().find((v) => v !== null) ?? null;
    const spark = renderSparkline(layout, `${id} over ${values.length} promotions`);
    return html`<tr data-id="${id}"><td class="id">${id}</td><td>${spark ?? '—'}</td><td class="num">${valueText(latest, quantity)}</td><td class="num">${valueText(layout.min, quantity)} – ${valueText(layout.max, quantity)}</td><td class="num">${layout.points.length}</td></tr>`;
  });
  return html`<table class="sparklines"><thead><tr><th>Benchmark</th><th>Trend (own scale)</th><th class="num">Latest</th><th class="num">Range</th><th class="num">Points</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const historyValue = (value: number | null): string =>
  value === null ? 'n/a' : formatSignificant(value, METRIC_DIGITS);

function historyTable(history: readonly BaselineHistoryEntry[]): SafeHtml {
  return html`<table class="history"><thead><tr><th>#</th><th>Commit</th><th>Promoted at</th><th class="num">DISPLAY (GiB/s)</th><th class="num">COMP-3 (MiB/s)</th></tr></thead><tbody>${history.map(
    (e, i) =>
      html`<tr><td class="num">${i + 1}</td><td><code>${e.commit ?? '—'}</code></td><td>${e.timestamp}</td><td class="num">${historyValue(e.display_gibs)}</td><td class="num">${historyValue(e.comp3_mibs)}</td></tr>`
  )}</tbody></table>`;
}

/** trend.html over the baseline history (oldest first), with the floors in force now. */
export function renderTrendHtml(
  history: readonly BaselineHistoryEntry[],
  floors: TrendFloors,
  options: TrendOptions = {}
): string {
  const quantities = options.quantities ?? {};
  const newest = history[history.length - 1];
  const header: PageHeader = {
    commit: newest?.commit ?? null,
    generatedAt: newest?.timestamp ?? null,
    ...options.header
  };
  const charts =
    history.length === 0
      ? null
      : html`${metricChart(history, 'display', floors)}${metricChart(history, 'comp3', floors)}`;
  const body = html`${shortNote(history.length)}
<h2>DISPLAY and COMP-3 over commits</h2>
${charts ?? html`<p>Nothing to chart yet.</p>`}
<h2>Largest movers (oldest → newest)</h2>
${moversTable(history, largestMovers(history, quantities, options.moversLimit ?? 10))}
<h2>Every benchmark</h2>
${sparklineTable(benchmarkSeries(history), quantities)}
<h2>History</h2>
${history.length === 0 ? html`<p>Empty.</p>` : historyTable(history)}`;
  return page({
    title: 'Performance trend',
    header,
    headline: html`<p>${history.length} baseline promotion${history.length === 1 ? '' : 's'}</p>`,
    body
  });
}
