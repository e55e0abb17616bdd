// The DISPLAY/COMP-3 trend as Mermaid `xychart-beta` charts for the PR comment and the job summary,
// which GitHub renders. Labels come from data, so they are reduced to characters that cannot end a
// quoted string, a list or the code fence.

import type { BaselineHistoryEntry } from '../baseline/types.js';
import { METRIC_LABEL, type MetricName } from '../metrics.js';
import type { MetricReport } from '../report/types.js';
import { floorInUnit, METRIC_UNIT, metricSeries } from './charts/history.js';
import { linearScale } from './charts/scale.js';

/** Keeps letters, digits and a few harmless marks; everything else (quotes, brackets, backticks, newlines) becomes `_`. */
export function mermaidText(text: string, max = 60): string {
  const safe = text.replace(/[^\p{L}\p{N} ._\-/#:()+%,×]/gu, '_');
  const chars = [...safe];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe;
}

const DIGITS: Readonly<Record<MetricName, number>> = { display: 2, comp3: 1 };

function metricChart(
  history: readonly BaselineHistoryEntry[],
  metric: MetricName,
  floor: MetricReport['floor'] | undefined
): string | null {
  const points = metricSeries(history, metric).filter(
    (p): p is typeof p & { value: number } => p.value !== null && Number.isFinite(p.value)
  );
  if (points.length < 2) return null;
  const unit = METRIC_UNIT[metric];
  const digits = DIGITS[metric];
  const floorValue = floor ? floorInUnit(metric, floor.bytes_per_second) : null;
  const top = linearScale([0, Math.max(...points.map((p) => p.value), floorValue ?? 0)], [0, 1]).domain[1];
  const title = `${METRIC_LABEL[metric]} throughput (${unit})${floor ? `, floor ${floor.text}` : ''}`;
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(title, 80)}"`,
    `    x-axis [${points.map((p) => `"${mermaidText(p.label, 16)}"`).join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${top}`,
    `    line [${points.map((p) => p.value.toFixed(digits)).join(', ')}]`
  ];
  // The floor as a flat second line; xychart-beta has no legend, so the title names it.
  if (floorValue !== null)
    lines.push(`    line [${points.map(() => floorValue.toFixed(digits)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

/**
 * Markdown with one fenced `xychart-beta` chart per metric (DISPLAY in GiB/s, COMP-3 in MiB/s; the
 * units differ too much to share an axis) over the baseline history, oldest first; null when the
 * history has fewer than two points. A metric with fewer than two known values is left out.
 */
export function renderTrendMermaid(
  history: readonly BaselineHistoryEntry[],
  floors?: Readonly<Record<MetricName, MetricReport['floor']>>
): string | null {
  if (history.length < 2) return null;
  const charts = (['display', 'comp3'] as const).flatMap((metric) => {
    const chart = metricChart(history, metric, floors?.[metric]);
    return chart ? [chart] : [];
  });
  return charts.length > 0 ? charts.join('\n\n') : null;
}
