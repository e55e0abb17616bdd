// The DISPLAY/COMP-3 trend as Mermaid `xychart-beta` charts for the PR comment and the job summary,
// which GitHub renders. Labels come from data, so they are reduced to characters that cannot end a
// quoted string, a list or the code fence.

import { maxOf } from '../core/arrays.js';
import { METRIC_LABEL, type MetricName } from '../core/metrics.js';
import type { BaselineHistoryEntry, MetricReport } from '../core/model.js';
import { formatSignificant, METRIC_DIGITS } from '../core/units.js';
import { floorInUnit, historyValue, METRIC_UNIT, metricSeries } from './charts/history.js';
import { linearScale } from './charts/scale.js';
import { escapeMarkdown } from './markdown.js';

/** Keeps letters, digits and a few harmless marks; everything else (quotes, brackets, backticks, newlines) becomes `_`. */
export function mermaidText(text: string, max = 60): string {
  const safe = text.replace(/[^\p{L}\p{N} ._\-/#:()+%,×]/gu, '_');
  const chars = [...safe];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe;
}

/** One run's DISPLAY and COMP-3, in the history's units: the point after the promotions. */
export type TrendRun = Pick<BaselineHistoryEntry, 'display_gibs' | 'comp3_mibs'>;

/** The label of the current run's point. */
const THIS_RUN = 'this run';

/**
 * The line colours, set explicitly: xychart-beta's default palette starts with `#ECECFF`, which is
 * invisible on white. Each shows on light and dark pages (the HTML report uses the same ones).
 */
export const SERIES_COLOUR: Readonly<
  Record<MetricName | 'floor', { hex: string; name: string; swatch: string }>
> = {
  display: { hex: '#0969da', name: 'blue', swatch: '🟦' },
  comp3: { hex: '#8250df', name: 'purple', swatch: '🟪' },
  floor: { hex: '#cf222e', name: 'red', swatch: '🟥' }
};

/** The init directive that gives the chart its line colours, in the order the lines are written. */
function initDirective(colours: readonly string[]): string {
  const config = { themeVariables: { xyChart: { plotColorPalette: colours.join(', ') } } };
  return `%%{init: ${JSON.stringify(config)}}%%`;
}

function metricChart(
  history: readonly BaselineHistoryEntry[],
  metric: MetricName,
  floor: MetricReport['floor'] | undefined,
  current: TrendRun | null
): string | null {
  const series = metricSeries(history, metric);
  if (current) series.push({ label: THIS_RUN, title: THIS_RUN, value: historyValue(current, metric) });
  const points = series.filter(
    (p): p is typeof p & { value: number } => p.value !== null && Number.isFinite(p.value)
  );
  if (points.length < 2) return null;
  const unit = METRIC_UNIT[metric];
  const label = METRIC_LABEL[metric];
  const own = SERIES_COLOUR[metric];
  const floorValue = floor ? floorInUnit(metric, floor.bytes_per_second) : null;
  const top = linearScale([0, Math.max(maxOf(points.map((p) => p.value)), floorValue ?? 0)], [0, 1])
    .domain[1];
  const last = current ? 'baseline then this run' : 'baseline promotions';
  // xychart-beta has no legend: the title names each line by its colour, and so does the caption.
  const title = `${label} ${unit} - ${own.name}: ${last}${floor ? `, ${SERIES_COLOUR.floor.name}: floor ${floor.text}` : ''}`;
  const value = (v: number): string => formatSignificant(v, METRIC_DIGITS);
  const lines = [
    '```mermaid',
    initDirective(floorValue === null ? [own.hex] : [own.hex, SERIES_COLOUR.floor.hex]),
    'xychart-beta',
    `    title "${mermaidText(title, 90)}"`,
    `    x-axis [${points.map((p) => `"${mermaidText(p.label, 16)}"`).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${top}`,
    `    line [${points.map((p) => value(p.value)).join(', ')}]`
  ];
  if (floorValue !== null) lines.push(`    line [${points.map(() => value(floorValue)).join(', ')}]`);
  lines.push('```');
  const caption = [
    `${own.swatch} ${label} in ${unit}, oldest promotion first${current ? `; the last point is ${THIS_RUN}` : ''}`,
    ...(floor ? [`${SERIES_COLOUR.floor.swatch} floor ${escapeMarkdown(mermaidText(floor.text))}`] : [])
  ].join(' · ');
  return `${lines.join('\n')}\n\n${caption}`;
}

/**
 * Markdown with one fenced `xychart-beta` chart per metric (DISPLAY in GiB/s, COMP-3 in MiB/s; the
 * units differ too much to share an axis) over the baseline history, oldest first, then `current`
 * (this run) as the last point, each with a caption naming its lines; null when there are fewer than
 * two points. A metric with fewer than two known values is left out.
 */
export function renderTrendMermaid(
  history: readonly BaselineHistoryEntry[],
  floors?: Readonly<Record<MetricName, MetricReport['floor']>>,
  current: TrendRun | null = null
): string | null {
  if (history.length + (current ? 1 : 0) < 2) return null;
  const charts = (['display', 'comp3'] as const).flatMap((metric) => {
    const chart = metricChart(history, metric, floors?.[metric], current);
    return chart ? [chart] : [];
  });
  return charts.length > 0 ? charts.join('\n\n') : null;
}
