// A metric over commits: one point per baseline promotion (oldest left), a line through the known
// values, and the floor as a horizontal dashed line. Geometry is separate from the SVG text.

import { maxOf } from '../../core/arrays.js';
import { html, type SafeHtml } from '../html/escape.js';
import type { Box } from './interval-chart.js';
import { formatTick, linearScale, type Scale } from './scale.js';

export interface LinePoint {
  /** The x-axis label (a short commit). */
  label: string;
  /** Tooltip text. */
  title: string;
  value: number | null;
}

export interface LineChartLayout {
  width: number;
  height: number;
  plot: Box;
  scale: Scale;
  points: Array<{ x: number; y: number; value: number; label: string; title: string }>;
  /** Runs of consecutive known values; a missing value breaks the line. */
  segments: Array<Array<{ x: number; y: number }>>;
  floor: { y: number; label: string } | null;
  yTicks: Array<{ y: number; label: string }>;
  xLabels: Array<{ x: number; label: string }>;
  axisLabel: string;
}

export interface LineChartInput {
  points: readonly LinePoint[];
  /** In the same unit as the values. */
  floor: { value: number; label: string } | null;
  /** The y axis label, with the unit, e.g. `DISPLAY throughput (GiB/s)`. */
  yLabel: string;
  width?: number;
  height?: number;
  /** At most this many x labels; the others are thinned out. */
  maxXLabels?: number;
}

export function layoutLineChart(input: LineChartInput): LineChartLayout {
  const width = input.width ?? 720;
  const height = input.height ?? 260;
  const plot: Box = { left: 64, top: 16, right: width - 16, bottom: height - 52 };
  const known = input.points.flatMap((p) => (p.value !== null && Number.isFinite(p.value) ? [p.value] : []));
  const values = input.floor ? [...known, input.floor.value] : known;
  const scale = linearScale([0, values.length > 0 ? maxOf(values) : 1], [plot.bottom, plot.top]);
  const n = input.points.length;
  // Each point sits in the middle of its slot, so a single point is centred, not on the axis.
  const slot = (plot.right - plot.left) / Math.max(1, n);
  const xOf = (i: number): number => plot.left + (i + 0.5) * slot;

  const points: LineChartLayout['points'] = [];
  const segments: LineChartLayout['segments'] = [];
  let run: Array<{ x: number; y: number }> = [];
  input.points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      if (run.length > 0) segments.push(run);
      run = [];
      return;
    }
    const point = { x: xOf(i), y: scale.map(p.value) };
    points.push({ ...point, value: p.value, label: p.label, title: p.title });
    run.push(point);
  });
  if (run.length > 0) segments.push(run);

  const every = Math.max(1, Math.ceil(n / (input.maxXLabels ?? 12)));
  const labelled: number[] = [];
  for (let i = 0; i < n; i += every) labelled.push(i);
  // The newest commit is always labelled; a thinned-in neighbour too close to it gives way.
  const lastLabelled = labelled[labelled.length - 1];
  if (lastLabelled !== undefined && lastLabelled !== n - 1) {
    if (n - 1 - lastLabelled < every / 2) labelled.pop();
    labelled.push(n - 1);
  }
  const xLabels = labelled.map((i) => ({ x: xOf(i), label: input.points[i]?.label ?? '' }));

  return {
    width,
    height,
    plot,
    scale,
    points,
    segments,
    floor: input.floor ? { y: scale.map(input.floor.value), label: input.floor.label } : null,
    yTicks: scale.ticks.map((t) => ({ y: scale.map(t), label: formatTick(t) })),
    xLabels,
    axisLabel: input.yLabel
  };
}

const px = (n: number): string => n.toFixed(1);

export function renderLineChart(layout: LineChartLayout, title: string, className: string): SafeHtml {
  const { plot } = layout;
  const grid = layout.yTicks.map(
    (t) =>
      html`<line class="grid" x1="${px(plot.left)}" y1="${px(t.y)}" x2="${px(plot.right)}" y2="${px(t.y)}"/><text class="tick" x="${px(plot.left - 6)}" y="${px(t.y + 4)}" text-anchor="end">${t.label}</text>`
  );
  const xLabels = layout.xLabels.map(
    (l) =>
      html`<text class="tick" x="${px(l.x)}" y="${px(plot.bottom + 16)}" text-anchor="middle">${l.label}</text>`
  );
  const lines = layout.segments.map(
    (s) => html`<polyline class="series" points="${s.map((p) => `${px(p.x)},${px(p.y)}`).join(' ')}"/>`
  );
  const dots = layout.points.map(
    (p) =>
      html`<circle class="point" cx="${px(p.x)}" cy="${px(p.y)}" r="3.5"><title>${p.title}</title></circle>`
  );
  const floor = layout.floor
    ? html`<g class="floor"><line x1="${px(plot.left)}" y1="${px(layout.floor.y)}" x2="${px(plot.right)}" y2="${px(layout.floor.y)}"/><text x="${px(plot.right - 4)}" y="${px(layout.floor.y - 5)}" text-anchor="end">${layout.floor.label}</text></g>`
    : null;
  return html`<svg class="chart ${className}" role="img" viewBox="0 0 ${layout.width} ${layout.height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${grid}<line class="axis" x1="${px(plot.left)}" y1="${px(plot.bottom)}" x2="${px(plot.right)}" y2="${px(plot.bottom)}"/><line class="axis" x1="${px(plot.left)}" y1="${px(plot.top)}" x2="${px(plot.left)}" y2="${px(plot.bottom)}"/>${floor}${lines}${dots}${xLabels}<text class="axis-label" x="${px((plot.left + plot.right) / 2)}" y="${px(plot.bottom + 38)}" text-anchor="middle">Commit (oldest → newest)</text><text class="axis-label" transform="translate(14 ${px((plot.top + plot.bottom) / 2)}) rotate(-90)" text-anchor="middle">${layout.axisLabel}</text></svg>`;
}
