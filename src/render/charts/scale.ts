// Scales and ticks for the SVG charts: a value in data units → a coordinate in pixels.

import { maxOf, minOf } from '../../core/arrays.js';
import { GIB, KIB, MIB } from '../../core/units.js';

export type ScaleKind = 'linear' | 'log';

export interface Scale {
  kind: ScaleKind;
  /** The domain after rounding out to whole ticks. */
  domain: readonly [number, number];
  /** Pixel coordinates the domain maps onto (may run backwards, e.g. bottom → top). */
  range: readonly [number, number];
  ticks: readonly number[];
  map(value: number): number;
}

/** 1, 2 or 5 × a power of ten: the tick step that gives about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes the binary noise of multiplying steps (0.30000000000000004 → 0.3). */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * A linear scale over [min, max] widened to whole steps. Throughput starts at zero, so a chart
 * never exaggerates a difference; a domain of one value is widened around it.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  tickCount = 5
): Scale {
  let [min, max] = domain;
  if (min === max) {
    min = min === 0 ? 0 : Math.min(0, min);
    max = max === 0 ? 1 : Math.max(0, max);
  }
  const step = niceStep(max - min, tickCount);
  const lo = clean(Math.floor(min / step) * step);
  const hi = clean(Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(clean(t));
  const [r0, r1] = range;
  return {
    kind: 'linear',
    domain: [lo, hi],
    range,
    ticks,
    map: (value) => r0 + ((value - lo) / (hi - lo)) * (r1 - r0)
  };
}

/** A log-10 scale over whole decades around [min, max] (both > 0); ticks at 1, 2 and 5 per decade when there are few decades. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [min, max] = domain;
  if (!(min > 0 && max > 0))
    throw new RangeError(`a log scale needs a positive domain, not [${min}, ${max}]`);
  const loExp = Math.floor(Math.log10(min));
  let hiExp = Math.ceil(Math.log10(max));
  if (hiExp === loExp) hiExp += 1;
  const lo = 10 ** loExp;
  const hi = 10 ** hiExp;
  const ticks: number[] = [];
  const multiples = hiExp - loExp <= 2 ? [1, 2, 5] : [1];
  for (let e = loExp; e <= hiExp; e++) {
    for (const m of multiples) {
      const t = clean(m * 10 ** e);
      if (t <= hi) ticks.push(t);
    }
  }
  const [r0, r1] = range;
  const span = Math.log10(hi) - Math.log10(lo);
  return {
    kind: 'log',
    domain: [lo, hi],
    range,
    ticks,
    // Zero or less has no place on a log axis: it sits at the axis start.
    map: (value) => r0 + ((Math.log10(Math.max(value, lo)) - Math.log10(lo)) / span) * (r1 - r0)
  };
}

/**
 * Log when all values are positive and span at least `ratio` (DISPLAY in GiB/s next to COMP-3 in
 * MiB/s would otherwise squash the slower benchmarks against zero), else linear.
 */
export function chooseScaleKind(values: readonly number[], ratio = 50): ScaleKind {
  if (values.length === 0 || values.some((v) => !(v > 0))) return 'linear';
  return maxOf(values) / minOf(values) >= ratio ? 'log' : 'linear';
}

export function scaleFor(
  kind: ScaleKind,
  values: readonly number[],
  range: readonly [number, number]
): Scale {
  const finite = values.filter((v) => Number.isFinite(v));
  const max = finite.length > 0 ? maxOf(finite) : 1;
  if (kind === 'log') return logScale([minOf(finite), max], range);
  return linearScale([Math.min(0, minOf(finite)), max], range);
}

/** A tick label: short, no trailing zeros, thousands unseparated (12000, 0.25, 1e-7). */
export function formatTick(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(0).replace('e+', 'e');
  return String(clean(value));
}

export interface RateUnit {
  name: 'B/s' | 'KiB/s' | 'MiB/s' | 'GiB/s';
  bytesPerSecond: number;
}

const RATE_UNITS: readonly RateUnit[] = [
  { name: 'GiB/s', bytesPerSecond: GIB },
  { name: 'MiB/s', bytesPerSecond: MIB },
  { name: 'KiB/s', bytesPerSecond: KIB },
  { name: 'B/s', bytesPerSecond: 1 }
];

/** The largest binary unit in which the smallest positive value is still at least 1. */
export function chooseRateUnit(bytesPerSecond: readonly number[]): RateUnit {
  const positive = bytesPerSecond.filter((v) => v > 0 && Number.isFinite(v));
  const smallest = positive.length > 0 ? minOf(positive) : MIB;
  return RATE_UNITS.find((u) => smallest >= u.bytesPerSecond) ?? { name: 'B/s', bytesPerSecond: 1 };
}
