// A word-sized line of one benchmark's values over the history, scaled to its own min..max, so the
// shape of a change shows even when it is small. Missing values break the line.

import { maxOf, minOf } from '../../core/arrays.js';
import { html, type SafeHtml } from '../html/escape.js';

export interface SparklineLayout {
  width: number;
  height: number;
  points: Array<{ x: number; y: number; value: number }>;
  segments: Array<Array<{ x: number; y: number }>>;
  min: number | null;
  max: number | null;
}

export function layoutSparkline(
  values: ReadonlyArray<number | null>,
  options: { width?: number; height?: number; pad?: number } = {}
): SparklineLayout {
  const width = options.width ?? 120;
  const height = options.height ?? 24;
  const pad = options.pad ?? 3;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = known.length > 0 ? minOf(known) : null;
  const max = known.length > 0 ? maxOf(known) : null;
  const n = values.length;
  const xOf = (i: number): number => (n <= 1 ? width / 2 : pad + (i / (n - 1)) * (width - 2 * pad));
  const yOf = (v: number): number =>
    min === null || max === null || max === min
      ? height / 2
      : height - pad - ((v - min) / (max - min)) * (height - 2 * pad);

  const points: SparklineLayout['points'] = [];
  const segments: SparklineLayout['segments'] = [];
  let run: Array<{ x: number; y: number }> = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length > 0) segments.push(run);
      run = [];
      return;
    }
    const point = { x: xOf(i), y: yOf(v) };
    points.push({ ...point, value: v });
    run.push(point);
  });
  if (run.length > 0) segments.push(run);
  return { width, height, points, segments, min, max };
}

const px = (n: number): string => n.toFixed(1);

/** The sparkline as inline SVG; null when there is no value to draw. */
export function renderSparkline(layout: SparklineLayout, title: string): SafeHtml | null {
  const last = layout.points[layout.points.length - 1];
  if (!last) return null;
  const lines = layout.segments
    .filter((s) => s.length > 1)
    .map((s) => html`<polyline points="${s.map((p) => `${px(p.x)},${px(p.y)}`).join(' ')}"/>`);
  return html`<svg class="sparkline" role="img" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${lines}<circle cx="${px(last.x)}" cy="${px(last.y)}" r="2.5"/></svg>`;
}
