// The one shape every criterion reader (disk, stdout text, bencher lines) produces.

/** What criterion's `Throughput` counts per iteration. */
export type ThroughputKind = 'bytes' | 'bytes_decimal' | 'elements' | 'bits' | 'elements_and_bytes';

/** A point estimate with its 95% confidence bounds (lower <= point <= upper). */
export interface Interval {
  lower: number;
  point: number;
  upper: number;
}

export type MeasurementSource = 'disk' | 'stdout' | 'bencher';

export interface Measurement {
  /** criterion's `full_id` (never derived from a directory name). */
  id: string;
  group: string;
  function: string | null;
  value: string | null;
  /**
   * Throughput declared by the benchmark, or null. `per_iteration` is the amount per iteration
   * (bytes for the byte kinds and `elements_and_bytes`, elements, bits); null when only the
   * printed rate is known (text output).
   */
  throughput: { kind: ThroughputKind; per_iteration: number | null } | null;
  /** Typical time per iteration in ns: criterion's `slope ?? mean`, with its 95% bounds. */
  time_ns: Interval;
  /** Standard deviation of the time per iteration in ns, when known. */
  std_dev_ns: number | null;
  /**
   * Rate per second in the throughput kind's own unit (bytes/s for the byte kinds and
   * `elements_and_bytes`, elements/s, bits/s). Its lower bound comes from the time's upper bound.
   */
  rate: Interval | null;
  source: MeasurementSource;
  /**
   * The fastest sample's time per iteration in ns: read from `sample.json` only when asked for (the
   * paired rounds compare it), else absent.
   */
  fastest_ns?: number;
  /** All samples' times added up, in ns (how long criterion measured): with `fastest_ns`. */
  sampled_ns?: number;
}

/** Splits a criterion id into group / function / value the way criterion builds `full_id`. */
export function splitId(id: string): { group: string; function: string | null; value: string | null } {
  const parts = id.split('/');
  if (parts.length === 1) return { group: id, function: null, value: null };
  if (parts.length === 2) return { group: parts[0] ?? id, function: parts[1] ?? null, value: null };
  return {
    group: parts[0] ?? id,
    function: parts.slice(1, -1).join('/'),
    value: parts[parts.length - 1] ?? null
  };
}

/**
 * The coefficient of variation of a benchmark's time, std_dev / typical, as a fraction (0.05 is 5%):
 * the one every check, comparison and table uses. Null when the source has no samples (std_dev
 * unknown) or the time is not positive.
 */
export function coefficientOfVariation(m: Pick<Measurement, 'std_dev_ns' | 'time_ns'>): number | null {
  if (m.std_dev_ns === null || !(m.time_ns.point > 0)) return null;
  return m.std_dev_ns / m.time_ns.point;
}

/** Bytes per second of a measurement, or null when its throughput is not a byte count. */
export function bytesPerSecond(m: Measurement): Interval | null {
  if (!m.rate || !m.throughput) return null;
  switch (m.throughput.kind) {
    case 'bytes':
    case 'bytes_decimal':
    case 'elements_and_bytes':
      return m.rate;
    case 'bits':
      return { lower: m.rate.lower / 8, point: m.rate.point / 8, upper: m.rate.upper / 8 };
    case 'elements':
      return null;
  }
}

/**
 * A benchmark a reader left out. Whether that fails the run depends on whether a metric needs the
 * benchmark: an error when DISPLAY or COMP-3 selects it, else a warning.
 */
export interface LeftOut {
  id: string;
  /** Names the source (file or line), the benchmark and why it was left out. */
  message: string;
}

/** A benchmark printed in a unit the reader does not know (a custom criterion measurement prints its own, such as `s/2`). */
export interface UnknownUnit extends LeftOut {
  unit: string;
}

/** What a reader found: the measurements it could read and one message per thing it could not. */
export interface ParseResult {
  measurements: Measurement[];
  /** Each names the file (or line) and what is wrong with it; they become report errors. */
  problems: string[];
  /** Benchmarks in units this reader does not know: errors when a metric selects them, else warnings. */
  unknownUnits?: UnknownUnit[];
  /** Benchmarks whose numbers cannot be believed (criterion/plausible.ts), left out the same way. */
  implausible?: LeftOut[];
}
