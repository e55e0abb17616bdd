// The report's throughput chart: one row per benchmark with a byte throughput, its point estimate as a
// dot and criterion's 95% interval as a whisker, grouped by metric, with each metric's floor drawn
// across its group. Geometry (pure numbers, tested) is separate from the SVG text.

import type { Interval } from '../../core/criterion/measurement.js';
import type { MetricName } from '../../core/metrics.js';
import { html, type SafeHtml } from '../html/escape.js';
import { chooseRateUnit, chooseScaleKind, formatTick, type RateUnit, type Scale, scaleFor } from './scale.js';

export interface IntervalRow {
  id: string;
  metric: MetricName | null;
  /** Bytes per second. */
  interval: Interval;
}

export interface FloorLine {
  metric: MetricName;
  label: string;
  bytesPerSecond: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface IntervalChartLayout {
  width: number;
  height: number;
  plot: Box;
  unit: RateUnit;
  scale: Scale;
  rows: Array<{
    id: string;
    label: string;
    metric: MetricName | null;
    y: number;
    x: number;
    x1: number;
    x2: number;
  }>;
  floors: Array<{ metric: MetricName; label: string; x: number; y1: number; y2: number }>;
  ticks: Array<{ x: number; label: string }>;
  axisLabel: string;
}

export interface IntervalChartOptions {
  width?: number;
  rowHeight?: number;
  /** Room for the benchmark ids left of the plot. */
  labelWidth?: number;
  /** Ids longer than this are cut with … (the full id stays in the mark's tooltip). */
  maxLabelChars?: number;
}

const GROUP_ORDER: ReadonlyArray<MetricName | null> = ['display', 'comp3', null];

/** Cuts a label to `max` characters (code points), ending in … when cut. */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

export function layoutIntervalChart(
  rows: readonly IntervalRow[],
  floors: readonly FloorLine[],
  options: IntervalChartOptions = {}
): IntervalChartLayout {
  const width = options.width ?? 960;
  const rowHeight = options.rowHeight ?? 24;
  const labelWidth = options.labelWidth ?? 320;
  const maxLabelChars = options.maxLabelChars ?? 46;
  const groups = GROUP_ORDER.map((metric) => rows.filter((r) => r.metric === metric)).filter(
    (g) => g.length > 0
  );
  const ordered = groups.flat();
  // A gap between metric groups holds the next group's floor label clear of the rows above it.
  const groupGap = rowHeight * 0.75;
  const top = 34;
  const rowY: number[] = [];
  let y = top;
  groups.forEach((group, g) => {
    if (g > 0) y += groupGap;
    for (const _ of group) {
      rowY.push(y + rowHeight / 2);
      y += rowHeight;
    }
  });
  const plot: Box = { left: labelWidth, top, right: width - 24, bottom: Math.max(y, top + rowHeight) };
  const height = plot.bottom + 48;

  const values = [
    ...ordered.flatMap((r) => [r.interval.lower, r.interval.point, r.interval.upper]),
    ...floors.map((f) => f.bytesPerSecond)
  ].filter((v) => Number.isFinite(v));
  const unit = chooseRateUnit(values);
  const inUnit = values.map((v) => v / unit.bytesPerSecond);
  const kind = chooseScaleKind(inUnit);
  const scale = scaleFor(kind, inUnit.length > 0 ? inUnit : [1], [plot.left, plot.right]);
  const x = (bytesPerSecond: number): number => scale.map(bytesPerSecond / unit.bytesPerSecond);

  const laidOut = ordered.map((r, i) => ({
    id: r.id,
    label: truncateLabel(r.id, maxLabelChars),
    metric: r.metric,
    y: rowY[i] ?? plot.top,
    x: x(r.interval.point),
    x1: x(r.interval.lower),
    x2: x(r.interval.upper)
  }));

  // A floor spans the rows of its own metric: a COMP-3 benchmark is not judged by the DISPLAY floor.
  const floorLines = floors.flatMap((f) => {
    const own = laidOut.filter((r) => r.metric === f.metric);
    if (own.length === 0) return [];
    const first = own[0] as (typeof own)[number];
    const last = own[own.length - 1] as (typeof own)[number];
    return [
      {
        metric: f.metric,
        label: f.label,
        x: x(f.bytesPerSecond),
        y1: first.y - rowHeight / 2,
        y2: last.y + rowHeight / 2
      }
    ];
  });

  return {
    width,
    height,
    plot,
    unit,
    scale,
    rows: laidOut,
    floors: floorLines,
    ticks: scale.ticks.map((t) => ({ x: scale.map(t), label: formatTick(t) })),
    axisLabel: `Throughput (${unit.name}${kind === 'log' ? ', log scale' : ''}); whiskers: 95% interval`
  };
}

const px = (n: number): string => n.toFixed(1);

export function renderIntervalChart(layout: IntervalChartLayout, title: string): SafeHtml {
  const { plot } = layout;
  const ticks = layout.ticks.map(
    (t) =>
      html`<line class="grid" x1="${px(t.x)}" y1="${px(plot.top)}" x2="${px(t.x)}" y2="${px(plot.bottom)}"/><text class="tick" x="${px(t.x)}" y="${px(plot.bottom + 16)}" text-anchor="middle">${t.label}</text>`
  );
  const marks = layout.rows.map(
    (r) =>
      html`<g class="mark mark-${r.metric ?? 'other'}" data-id="${r.id}"><title>${r.id}</title><text class="row-label" x="${px(plot.left - 8)}" y="${px(r.y + 4)}" text-anchor="end">${r.label}</text><line class="whisker" x1="${px(r.x1)}" y1="${px(r.y)}" x2="${px(r.x2)}" y2="${px(r.y)}"/><line class="whisker" x1="${px(r.x1)}" y1="${px(r.y - 5)}" x2="${px(r.x1)}" y2="${px(r.y + 5)}"/><line class="whisker" x1="${px(r.x2)}" y1="${px(r.y - 5)}" x2="${px(r.x2)}" y2="${px(r.y + 5)}"/><circle class="dot" cx="${px(r.x)}" cy="${px(r.y)}" r="4.5"/></g>`
  );
  const floors = layout.floors.map(
    (f) =>
      html`<g class="floor floor-${f.metric}"><line x1="${px(f.x)}" y1="${px(f.y1)}" x2="${px(f.x)}" y2="${px(f.y2)}"/><text x="${px(f.x)}" y="${px(f.y1 - 5)}" text-anchor="${f.x > (plot.left + plot.right) / 2 ? 'end' : 'start'}">${f.label}</text></g>`
  );
  return html`<svg class="chart throughput-chart" role="img" aria-labelledby="throughput-chart-title" viewBox="0 0 ${layout.width} ${px(layout.height)}" width="100%" xmlns="http://www.w3.org/2000/svg"><title id="throughput-chart-title">${title}</title>${ticks}<line class="axis" x1="${px(plot.left)}" y1="${px(plot.bottom)}" x2="${px(plot.right)}" y2="${px(plot.bottom)}"/><line class="axis" x1="${px(plot.left)}" y1="${px(plot.top)}" x2="${px(plot.left)}" y2="${px(plot.bottom)}"/>${marks}${floors}<text class="axis-label" x="${px((plot.left + plot.right) / 2)}" y="${px(plot.bottom + 38)}" text-anchor="middle">${layout.axisLabel}</text></svg>`;
}
