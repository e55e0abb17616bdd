// Unit tables and conversions. Everything is kept in bytes/second, ns and bytes internally;
// conversion happens only for display. Binary prefixes are 1024-based, decimal ones 1000-based.

import type { ThroughputKind } from './criterion/measurement.js';

export const KIB = 1024;
export const MIB = 1024 ** 2;
export const GIB = 1024 ** 3;

/** Nanoseconds per unit of the time units criterion prints (µ as U+00B5 or U+03BC, or `us`). */
export const TIME_UNITS_NS: Readonly<Record<string, number>> = {
  ps: 1e-3,
  ns: 1,
  µs: 1e3,
  μs: 1e3,
  us: 1e3,
  ms: 1e6,
  s: 1e9
};

/** Bytes per unit for byte rates and sizes, binary and decimal. */
const BYTE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  KiB: KIB,
  MiB: MIB,
  GiB: GIB,
  TiB: 1024 ** 4,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12
};

/** Rate units criterion prints on `thrpt:` lines: multiplier to the kind's base unit per second. */
export const RATE_UNITS: Readonly<Record<string, { kind: ThroughputKind; factor: number }>> = {
  'B/s': { kind: 'bytes', factor: 1 },
  'KiB/s': { kind: 'bytes', factor: KIB },
  'MiB/s': { kind: 'bytes', factor: MIB },
  'GiB/s': { kind: 'bytes', factor: GIB },
  'TiB/s': { kind: 'bytes', factor: 1024 ** 4 },
  'KB/s': { kind: 'bytes_decimal', factor: 1e3 },
  'MB/s': { kind: 'bytes_decimal', factor: 1e6 },
  'GB/s': { kind: 'bytes_decimal', factor: 1e9 },
  'TB/s': { kind: 'bytes_decimal', factor: 1e12 },
  'elem/s': { kind: 'elements', factor: 1 },
  'Kelem/s': { kind: 'elements', factor: 1e3 },
  'Melem/s': { kind: 'elements', factor: 1e6 },
  'Gelem/s': { kind: 'elements', factor: 1e9 },
  'b/s': { kind: 'bits', factor: 1 },
  'Kb/s': { kind: 'bits', factor: 1e3 },
  'Mb/s': { kind: 'bits', factor: 1e6 },
  'Gb/s': { kind: 'bits', factor: 1e9 }
};

const NUMBER = String.raw`[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;

/** Parses `<number> <unit>` against a unit table; null when the shape or the unit is wrong. */
function parseQuantity(text: string, units: Readonly<Record<string, number>>): number | null {
  const match = new RegExp(`^\\s*(${NUMBER})\\s*([A-Za-z/]+)\\s*$`).exec(text);
  if (!match) return null;
  const factor = units[match[2] ?? ''];
  if (factor === undefined) return null;
  const value = Number(match[1]) * factor;
  return Number.isFinite(value) ? value : null;
}

/** A byte rate unit: a unit of BYTE_UNITS per second. */
export type ByteRateUnit = 'B/s' | 'KiB/s' | 'MiB/s' | 'GiB/s' | 'TiB/s' | 'KB/s' | 'MB/s' | 'GB/s' | 'TB/s';

const RATE_FLOOR_UNITS: Record<string, number> = Object.fromEntries(
  Object.entries(BYTE_UNITS).map(([unit, factor]) => [`${unit}/s`, factor])
);

export const ACCEPTED_RATE_UNITS = Object.keys(RATE_FLOOR_UNITS).join(', ');
export const ACCEPTED_SIZE_UNITS = Object.keys(BYTE_UNITS).join(', ');

/** `80 MB/s`, `560 MiB/s`, `4.1 GiB/s`, `1.5e8 B/s` → bytes per second (null when invalid). */
export function parseByteRate(text: string): number | null {
  return parseQuantity(text, RATE_FLOOR_UNITS);
}

/** `256 MiB`, `1 GB`, `512000 B` → bytes (null when invalid). */
export function parseByteSize(text: string): number | null {
  return parseQuantity(text, BYTE_UNITS);
}

export const toGiBs = (bytesPerSecond: number): number => bytesPerSecond / GIB;
export const toMiBs = (bytesPerSecond: number): number => bytesPerSecond / MIB;

/** Rounds half away from zero to `digits` decimals, without binary surprises like 1.005 → 1. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.sign(value) * (Math.round(Number(shifted.toPrecision(15))) / factor);
  // Near the largest number (1e300 to 4 decimals, or 1.7976931348623157e308 to 15 digits) the
  // shift or the rounding overflows: such a value has nothing left to round.
  return Number.isFinite(rounded) ? rounded : value;
}

/** Significant digits of every displayed rate and time: 33.99 MB/s in GiB/s is 0.0317, not 0.03. */
const SIGNIFICANT_DIGITS = 3;

/**
 * Significant digits of the DISPLAY and COMP-3 values in perf.json, the outputs and the headline:
 * a 1% change shows at any magnitude (4.218 → 4.176 GiB/s).
 */
export const METRIC_DIGITS = 4;

/**
 * The most decimals a number is written or rounded with: toFixed throws past 100, and no rate or time
 * the report believes needs more than 20 (smaller values show as 0).
 */
const MAX_DECIMALS = 20;

/** How many decimals keep `significant` digits of `value` (from 0 to MAX_DECIMALS). */
function decimalsFor(value: number, significant: number): number {
  if (value === 0 || !Number.isFinite(value)) return Math.max(0, significant - 1);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.min(MAX_DECIMALS, Math.max(0, significant - 1 - magnitude));
}

/** `value` rounded to at least `significant` significant digits (whole numbers keep all of theirs). */
export function roundSignificant(value: number, significant: number): number {
  return round(value, decimalsFor(value, significant));
}

/**
 * The one way numbers are written for people: at least `significant` significant digits, trailing
 * zeros kept, never an exponent (`0.0317`, `4.22`, `572`, `10737`). Every rate, time and size goes
 * through here, whatever its unit.
 */
export function formatSignificant(value: number, significant = SIGNIFICANT_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = decimalsFor(value, significant);
  return round(value, decimals).toFixed(decimals);
}

/** Bytes per second in the given unit (`GiB/s`, `MiB/s`, `MB/s`, …), e.g. `0.0317 GiB/s`. */
export function formatByteRateIn(
  bytesPerSecond: number,
  unit: ByteRateUnit,
  significant = SIGNIFICANT_DIGITS
): string {
  const factor = RATE_FLOOR_UNITS[unit] ?? 1;
  return `${formatSignificant(bytesPerSecond / factor, significant)} ${unit}`;
}

/** A human label for a byte rate in the largest binary unit that keeps the number >= 1. */
export function formatByteRate(bytesPerSecond: number): string {
  const units: Array<[string, number]> = [
    ['GiB/s', GIB],
    ['MiB/s', MIB],
    ['KiB/s', KIB]
  ];
  for (const [unit, factor] of units) {
    if (Math.abs(bytesPerSecond) >= factor) return `${formatSignificant(bytesPerSecond / factor)} ${unit}`;
  }
  return `${formatSignificant(bytesPerSecond)} B/s`;
}

/** A human label for a size in bytes (binary units). */
export function formatBytes(bytes: number): string {
  return formatByteRate(bytes).replace('/s', '');
}

/** Elements per second as criterion prints them: decimal prefixes, `5.98 Melem/s`. */
export function formatElementRate(perSecond: number): string {
  const abs = Math.abs(perSecond);
  if (abs < 1e3) return `${formatSignificant(perSecond)} elem/s`;
  if (abs < 1e6) return `${formatSignificant(perSecond / 1e3)} Kelem/s`;
  if (abs < 1e9) return `${formatSignificant(perSecond / 1e6)} Melem/s`;
  return `${formatSignificant(perSecond / 1e9)} Gelem/s`;
}

/** A time in ns with the unit criterion would choose. */
export function formatNs(ns: number): string {
  const abs = Math.abs(ns);
  if (abs >= 1e9) return `${formatSignificant(ns / 1e9)} s`;
  if (abs >= 1e6) return `${formatSignificant(ns / 1e6)} ms`;
  if (abs >= 1e3) return `${formatSignificant(ns / 1e3)} µs`;
  if (abs >= 1) return `${formatSignificant(ns)} ns`;
  return `${formatSignificant(ns * 1e3)} ps`;
}

/** `−12.3%`, `+4.0%`, `0.0%` (a true minus sign, as criterion prints); `—` when unknown. */
export function formatChangePct(pct: number | null): string {
  if (pct === null) return '—';
  const digits = Math.abs(pct).toFixed(1);
  if (digits === '0.0') return '0.0%';
  return `${pct < 0 ? '−' : '+'}${digits}%`;
}

/** `5%`, `2.5%`, `15.8%`: a threshold needs no trailing zeros. */
export function formatThresholdPct(pct: number): string {
  return `${Number(pct.toFixed(1))}%`;
}

/** `−14.0% … −10.6%`; `—` when either end is unknown. */
export function formatIntervalPct(lower: number | null, upper: number | null): string {
  if (lower === null || upper === null) return '—';
  return `${formatChangePct(lower)} … ${formatChangePct(upper)}`;
}
