// The numbers a measurement may hold. criterion writes whatever its f64 arithmetic produced, and a
// pull request controls the bench code and so every result file: a time of 5e-324 ns is a positive
// finite number whose throughput is infinite. A measurement outside these bounds is left out, with a
// finding that names it (see analyze.ts), so that every number in the report stays finite.

import type { Interval, LeftOut, Measurement } from './measurement.js';

/** The shortest believable time per iteration: 1 ps (one cycle of a 5 GHz core is 200 ps). */
const MIN_TIME_NS = 1e-3;
/** The longest: 1e15 ns, about 11.6 days per iteration. */
export const MAX_TIME_NS = 1e15;
/**
 * The highest believable rate per second, in any throughput kind's unit: 1e15 (a petabyte per
 * second, hundreds of times any machine's memory bandwidth).
 */
export const MAX_RATE_PER_SECOND = 1e15;
/** The lowest non-zero rate: one unit per MAX_TIME_NS. A zero rate (zero bytes per iteration) stands. */
export const MIN_RATE_PER_SECOND = 1e-6;

const TIMES = 'the believable range, 0.001 ns (1 ps) to 1e15 ns';
const RATES = 'the believable range, 0 or 1e-6 to 1e15 per second';

/** What is wrong with one interval, or null. `inRange` says whether a single bound is believable. */
function intervalProblem(
  name: string,
  unit: string,
  interval: Interval,
  inRange: (value: number, bound: keyof Interval) => boolean,
  accepted: string
): string | null {
  for (const bound of ['point', 'lower', 'upper'] as const) {
    const value = interval[bound];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return `its ${name} ${bound} ${String(value)} is not a finite number`;
    }
    if (!inRange(value, bound)) return `its ${name} ${bound} ${value}${unit} is outside ${accepted}`;
  }
  if (!(interval.lower <= interval.point && interval.point <= interval.upper)) {
    return `its ${name} interval [${interval.lower}, ${interval.point}, ${interval.upper}] is out of order (lower <= point <= upper expected)`;
  }
  return null;
}

/** Whether one rate bound is believable: 0, or within [MIN_RATE_PER_SECOND, MAX_RATE_PER_SECOND]. */
function isPlausibleRate(value: number): boolean {
  return value === 0 || (value >= MIN_RATE_PER_SECOND && value <= MAX_RATE_PER_SECOND);
}

/**
 * Why a measurement cannot be believed ("its time point 5e-324 ns is outside …"), or null when every
 * number in it lies within the bounds above: times (point and upper bound) within
 * [MIN_TIME_NS, MAX_TIME_NS] with a lower bound of 0 or within them (bencher lines clamp it at 0),
 * lower <= point <= upper, a standard deviation from 0 to MAX_TIME_NS, and rates as isPlausibleRate.
 */
function implausibility(m: Measurement): string | null {
  const time = intervalProblem(
    'time',
    ' ns',
    m.time_ns,
    (value, bound) => (bound === 'lower' && value === 0) || (value >= MIN_TIME_NS && value <= MAX_TIME_NS),
    TIMES
  );
  if (time !== null) return time;
  const sd = m.std_dev_ns;
  if (sd !== null && !(Number.isFinite(sd) && sd >= 0 && sd <= MAX_TIME_NS)) {
    return `its standard deviation ${String(sd)} ns is outside the believable range, 0 to 1e15 ns`;
  }
  const perIteration = m.throughput?.per_iteration ?? null;
  if (perIteration !== null && !(Number.isFinite(perIteration) && perIteration >= 0)) {
    return `its throughput per iteration ${String(perIteration)} is not a finite number >= 0`;
  }
  if (m.rate !== null) {
    return intervalProblem('throughput', '/s', m.rate, isPlausibleRate, RATES);
  }
  return null;
}

/**
 * Splits measurements into those that can be believed and those left out; `where` names the file
 * or line a measurement came from, for the message.
 */
export function screenMeasurements<T>(
  items: readonly T[],
  measurementOf: (item: T) => Measurement,
  where: (item: T) => string
): { plausible: T[]; implausible: LeftOut[] } {
  const plausible: T[] = [];
  const implausible: LeftOut[] = [];
  for (const item of items) {
    const m = measurementOf(item);
    const reason = implausibility(m);
    if (reason === null) plausible.push(item);
    else implausible.push({ id: m.id, message: leftOutMessage(where(item), m.id, reason) });
  }
  return { plausible, implausible };
}

function leftOutMessage(where: string, id: string, reason: string): string {
  return `${where}: benchmark ${JSON.stringify(id)} is left out: ${reason}`;
}
