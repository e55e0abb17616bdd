// criterion's result files, parsed: their text into JSON, `benchmark.json` and `estimates.json` into
// one Measurement, `sample.json` into its fastest sample and its total time. Every error names the file.

import { join } from 'node:path';
import { InputError, messageOf } from '../errors.js';
import type { Interval, Measurement, ThroughputKind } from './measurement.js';

/** A criterion result file whose content is not what criterion writes. The message names the file. */
export class CriterionDataError extends InputError {
  override name = 'CriterionDataError';
}

/**
 * The JSON value of a criterion result file's text (`file` names it in the problem), or why there is
 * none: empty, truncated or malformed.
 */
export function parseResultFile(
  text: string,
  file: string
): { kind: 'ok'; value: unknown } | { kind: 'problem'; problem: string } {
  if (text.trim() === '')
    return { kind: 'problem', problem: `${file}: file is empty (was the run interrupted?)` };
  try {
    return { kind: 'ok', value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const reason = messageOf(error);
    // A cut-off file fails at its very end: "Unexpected end of JSON input", or V8 naming that position.
    const at = /at position (\d+)/.exec(reason);
    const atEnd = at !== null && Number(at[1]) >= text.trimEnd().length;
    const what =
      atEnd || /end of JSON input|Unterminated/i.test(reason) ? 'truncated JSON' : 'malformed JSON';
    return { kind: 'problem', problem: `${file}: ${what} (${reason})` };
  }
}

const THROUGHPUT_KINDS: Readonly<Record<string, ThroughputKind>> = {
  Bytes: 'bytes',
  BytesDecimal: 'bytes_decimal',
  Elements: 'elements',
  Bits: 'bits',
  ElementsAndBytes: 'elements_and_bytes'
};
const ACCEPTED_THROUGHPUT = `null, ${Object.keys(THROUGHPUT_KINDS)
  .map((kind) =>
    kind === 'ElementsAndBytes' ? '{"ElementsAndBytes":{"elements":n,"bytes":m}}' : `{"${kind}":n}`
  )
  .join(', ')}`;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short rendering of a bad value for an error message. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Validates one criterion JSON file, naming it and the field path in every error. */
class Checker {
  constructor(readonly file: string) {}

  fail(message: string): never {
    throw new CriterionDataError(`${this.file}: ${message}`);
  }

  object(value: unknown, at: string): Json {
    if (!isObject(value)) this.fail(`${at} must be a JSON object, got ${show(value)}`);
    return value;
  }

  string(obj: Json, key: string): string {
    const value = obj[key];
    if (typeof value !== 'string') this.fail(`${key} must be a string, got ${show(value)}`);
    return value;
  }

  stringOrNull(obj: Json, key: string): string | null {
    const value = obj[key];
    if (value === undefined) this.fail(`${key} is missing (expected a string or null)`);
    if (value !== null && typeof value !== 'string') {
      this.fail(`${key} must be a string or null, got ${show(value)}`);
    }
    return value;
  }

  /** A finite number; criterion (serde_json) writes NaN and infinities as null. */
  number(obj: Json, key: string, at: string, min: 'positive' | 'non-negative' | 'any'): number {
    const value = obj[key];
    if (value === null) this.fail(`${at} is null (criterion writes NaN or infinity as null)`);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${at} must be a number, got ${show(value)}`);
    }
    if (min === 'positive' && !(value > 0)) this.fail(`${at} must be a positive number of ns, got ${value}`);
    if (min === 'non-negative' && value < 0) this.fail(`${at} must not be negative, got ${value}`);
    return value;
  }

  count(value: unknown, at: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(`${at} must be a whole number >= 0, got ${show(value)}`);
    }
    return value;
  }
}

function readThroughput(check: Checker, bench: Json): Measurement['throughput'] {
  if (bench.throughput === undefined) check.fail(`throughput is missing (expected ${ACCEPTED_THROUGHPUT})`);
  const raw = bench.throughput;
  if (raw === null) return null;
  const keys = isObject(raw) ? Object.keys(raw) : [];
  const name = keys[0];
  if (!isObject(raw) || keys.length !== 1 || name === undefined) {
    check.fail(`throughput must be one of ${ACCEPTED_THROUGHPUT}; got ${show(raw)}`);
  }
  const kind = Object.hasOwn(THROUGHPUT_KINDS, name) ? THROUGHPUT_KINDS[name] : undefined;
  if (kind === undefined) {
    check.fail(
      `throughput has an unknown kind ${show(name)}; accepted: ${Object.keys(THROUGHPUT_KINDS).join(', ')}`
    );
  }
  if (kind === 'elements_and_bytes') {
    const pair = check.object(raw[name], 'throughput.ElementsAndBytes');
    check.count(pair.elements, 'throughput.ElementsAndBytes.elements');
    // Floors are byte rates, so the byte count is the amount that matters.
    return { kind, per_iteration: check.count(pair.bytes, 'throughput.ElementsAndBytes.bytes') };
  }
  return { kind, per_iteration: check.count(raw[name], `throughput.${name}`) };
}

const TIME_STATISTICS = ['mean', 'median', 'slope'];
const ESTIMATE_KEYS = ['mean', 'median', 'median_abs_dev', 'slope', 'std_dev'] as const;

/** Validates one `{confidence_interval, point_estimate, standard_error}` and returns it as an Interval. */
function readEstimate(check: Checker, estimates: Json, key: string): Interval {
  const estimate = check.object(estimates[key], key);
  const ci = check.object(estimate.confidence_interval, `${key}.confidence_interval`);
  const level = check.number(ci, 'confidence_level', `${key}.confidence_interval.confidence_level`, 'any');
  if (!(level > 0 && level < 1)) {
    check.fail(`${key}.confidence_interval.confidence_level must be between 0 and 1, got ${level}`);
  }
  // Times must be positive; spreads (std_dev, median_abs_dev) may legitimately be 0.
  const min = TIME_STATISTICS.includes(key) ? 'positive' : 'non-negative';
  const lower = check.number(ci, 'lower_bound', `${key}.confidence_interval.lower_bound`, min);
  const upper = check.number(ci, 'upper_bound', `${key}.confidence_interval.upper_bound`, min);
  const point = check.number(estimate, 'point_estimate', `${key}.point_estimate`, min);
  check.number(estimate, 'standard_error', `${key}.standard_error`, 'non-negative');
  if (lower > upper) {
    check.fail(`${key}.confidence_interval.lower_bound ${lower} is above upper_bound ${upper}`);
  }
  return { lower, point, upper };
}

/**
 * One Measurement from the parsed `benchmark.json` and `estimates.json` of a criterion `new/`
 * folder (`where` names that folder in errors). Throws CriterionDataError when a file is not what
 * criterion writes.
 */
export function measurementFromFiles(
  benchmarkJson: unknown,
  estimatesJson: unknown,
  where: string
): Measurement {
  const benchCheck: Checker = new Checker(join(where, 'benchmark.json'));
  const bench = benchCheck.object(benchmarkJson, 'benchmark.json');
  const id = benchCheck.string(bench, 'full_id');
  if (id === '') benchCheck.fail('full_id is empty');
  const group = benchCheck.string(bench, 'group_id');
  const fn = benchCheck.stringOrNull(bench, 'function_id');
  const value = benchCheck.stringOrNull(bench, 'value_str');
  const throughput = readThroughput(benchCheck, bench);

  const estCheck: Checker = new Checker(join(where, 'estimates.json'));
  const estimates = estCheck.object(estimatesJson, 'estimates.json');
  if (estimates.Mean !== undefined && estimates.mean === undefined) {
    estCheck.fail(
      'uses the capitalised keys of criterion 0.2 (Mean, Slope, ...); criterion 0.3 or newer is needed'
    );
  }
  const read: Partial<Record<(typeof ESTIMATE_KEYS)[number], Interval>> = {};
  for (const key of ESTIMATE_KEYS) {
    if (estimates[key] === undefined) {
      estCheck.fail(`${key} is missing${key === 'slope' ? ' (expected an estimate or null)' : ''}`);
    }
    if (key === 'slope' && estimates.slope === null) continue;
    read[key] = readEstimate(estCheck, estimates, key);
  }
  // criterion prints and compares `slope ?? mean`; slope is null in flat sampling mode.
  const typical = read.slope ?? (read.mean as Interval);
  // A bootstrap interval can, rarely, miss its own point estimate; widen it so lower <= point <= upper.
  const time_ns: Interval = {
    lower: Math.min(typical.lower, typical.point),
    point: typical.point,
    upper: Math.max(typical.upper, typical.point)
  };

  let rate: Interval | null = null;
  if (throughput?.per_iteration != null) {
    const n = throughput.per_iteration;
    // The slowest time gives the lowest rate.
    rate = {
      lower: (n * 1e9) / time_ns.upper,
      point: (n * 1e9) / time_ns.point,
      upper: (n * 1e9) / time_ns.lower
    };
  }

  return {
    id,
    group,
    function: fn,
    value,
    throughput,
    time_ns,
    std_dev_ns: (read.std_dev as Interval).point,
    rate,
    source: 'disk'
  };
}

/**
 * The fastest time per iteration among a benchmark's samples (`sample.json`: `iters` and `times`,
 * one entry per sample), in ns. Delays on a busy machine only ever add time, so the fastest sample
 * is the one least touched by them. Throws CriterionDataError when the file is not what criterion
 * writes.
 */
export function fastestFromSamples(sampleJson: unknown, where: string): number {
  return readSamples(sampleJson, where).fastest_ns;
}

/**
 * What a benchmark's samples say: the fastest time per iteration (fastestFromSamples) and the time
 * all samples took together, in ns (how long criterion measured it: what a shard plan balances).
 */
export function readSamples(sampleJson: unknown, where: string): { fastest_ns: number; sampled_ns: number } {
  const check: Checker = new Checker(join(where, 'sample.json'));
  const sample = check.object(sampleJson, 'sample.json');
  const iters = sample.iters;
  const times = sample.times;
  if (!Array.isArray(iters) || !Array.isArray(times))
    check.fail(`iters and times must be arrays of numbers, got ${show(iters)} and ${show(times)}`);
  if (iters.length === 0 || iters.length !== times.length)
    check.fail(`iters and times must be equally long and not empty, got ${iters.length} and ${times.length}`);
  let fastest = Number.POSITIVE_INFINITY;
  let sampled = 0;
  for (let i = 0; i < iters.length; i++) {
    const n: unknown = iters[i];
    const t: unknown = times[i];
    if (typeof n !== 'number' || !(n > 0) || !Number.isFinite(n))
      check.fail(`iters[${i}] must be a positive number of iterations, got ${show(n)}`);
    if (typeof t !== 'number' || !(t > 0) || !Number.isFinite(t))
      check.fail(`times[${i}] must be a positive number of ns, got ${show(t)}`);
    fastest = Math.min(fastest, t / n);
    sampled += t;
  }
  // Two finite positive numbers can still divide to 0 or infinity (5e-324 / 1e308).
  if (!(fastest > 0 && Number.isFinite(fastest)))
    check.fail(`the fastest sample's time per iteration is ${fastest} ns, which no machine measures`);
  if (!Number.isFinite(sampled))
    check.fail(`the samples' times add up to ${sampled} ns, which no machine measures`);
  return { fastest_ns: fastest, sampled_ns: sampled };
}
