// Reads criterion's on-disk results: `<dir>/<benchmark>/new/{benchmark,estimates}.json`.
// `measurementFromFiles` and `resolveCriterionDir` are pure; the walk does the I/O.

import fs, { type Dirent } from 'node:fs';
import path from 'node:path';
import { byCodeUnits, pushAll } from '../../core/arrays.js';
import type { Interval, Measurement, ParseResult, ThroughputKind } from '../../core/criterion/measurement.js';
import { screenMeasurements } from '../../core/criterion/plausible.js';
import { InputError, messageOf } from '../../core/errors.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../fs/confined.js';

/** A criterion result file whose content is not what criterion writes. The message names the file. */
export class CriterionDataError extends InputError {
  override name = 'CriterionDataError';
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
  const benchCheck: Checker = new Checker(path.join(where, 'benchmark.json'));
  const bench = benchCheck.object(benchmarkJson, 'benchmark.json');
  const id = benchCheck.string(bench, 'full_id');
  if (id === '') benchCheck.fail('full_id is empty');
  const group = benchCheck.string(bench, 'group_id');
  const fn = benchCheck.stringOrNull(bench, 'function_id');
  const value = benchCheck.stringOrNull(bench, 'value_str');
  const throughput = readThroughput(benchCheck, bench);

  const estCheck: Checker = new Checker(path.join(where, 'estimates.json'));
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
  const check: Checker = new Checker(path.join(where, 'sample.json'));
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

// I/O: plain synchronous fs calls, in slices that give the event loop back every few milliseconds.
// Measured on a 2-core VM with 10,000 benchmarks (walk + 20,000 small files, warm page cache, as
// right after cargo bench): 0.4-0.6 s this way against 0.6-1.5 s for a bounded pool of async fs calls,
// whose thread-pool round trips (open, read, close: three per file) cost more than the reads.
const SLICE_MS = 8;

/**
 * The most directories one walk lists and benchmark folders one parse reads. A project with 10,000
 * benchmarks lists about 25,000 directories; the caps bound a tree that a pull request's code wrote.
 */
const WALK_LIMITS = { directories: 500_000, benchmarks: 50_000 } as const;

/** Folders criterion keeps inside a benchmark's own directory. */
const RESULT_FOLDERS = new Set(['new', 'base', 'change', 'report']);

/**
 * Walks the tree under `root` depth-first. For each directory with a `new` subfolder, `probe` says
 * whether that is criterion's result folder; if so its siblings `base/`, `change/` and `report/`
 * are not listed (three or four directory reads saved per benchmark). If not (a group, function or
 * value literally called `new`, `base`, ...), they are walked like any other folder. Named
 * baselines are walked but only `new/` counts. Symlinked directories are not followed (criterion
 * makes none, and it rules out cycles).
 */
async function walk(
  root: string,
  probe: (newDir: string) => boolean,
  onError: (dir: string, error: unknown) => void,
  stopped: () => boolean
): Promise<'complete' | 'directory-limit'> {
  const stack = [root];
  let sliceStart = performance.now();
  let listed = 0;
  while (stack.length > 0 && !stopped()) {
    if (listed++ >= WALK_LIMITS.directories) return 'directory-limit';
    const dir = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      onError(dir, error);
      continue;
    }
    const later: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      if (RESULT_FOLDERS.has(entry.name)) later.push(entry.name);
      else stack.push(path.join(dir, entry.name));
    }
    if (!(later.includes('new') && probe(path.join(dir, 'new')))) {
      for (const name of later) stack.push(path.join(dir, name));
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resume) => setImmediate(resume));
      sliceStart = performance.now();
    }
  }
  return 'complete';
}

type Read = { kind: 'ok'; value: unknown } | { kind: 'missing' } | { kind: 'problem'; problem: string };

/** Reads one criterion file, which must really lie inside the results folder `root`. */
function readJson(file: string, root: string): Read {
  let text: string;
  try {
    text = readFileCapped(file, FILE_CAPS.criterionFile, 'criterion result', root);
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') return { kind: 'missing' };
    return { kind: 'problem', problem: messageOf(error) };
  }
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

type Folder =
  | { kind: 'none' }
  | { kind: 'ok'; measurement: Measurement }
  | { kind: 'problems'; problems: string[]; hasBenchmarkJson: boolean };

/**
 * What `sample.json` is read for: `required` (a paired round compares the fastest sample: a problem
 * when it cannot be read, and the benchmark is left out), `optional` (a shard records how long each
 * benchmark measured: read when it can be, else the benchmark stands without it), or not at all.
 */
export type SamplesWanted = 'required' | 'optional' | false;

/** Reads one `new/` folder; `none` when it holds neither result file. */
function readFolder(dir: string, root: string, samples: SamplesWanted): Folder {
  const benchFile = path.join(dir, 'benchmark.json');
  const estimatesFile = path.join(dir, 'estimates.json');
  const bench = readJson(benchFile, root);
  const estimates = readJson(estimatesFile, root);
  if (bench.kind === 'missing' && estimates.kind === 'missing') return { kind: 'none' };
  const hasBenchmarkJson = bench.kind !== 'missing';
  if (bench.kind === 'ok' && estimates.kind === 'ok') {
    try {
      const measurement = measurementFromFiles(bench.value, estimates.value, dir);
      if (!samples) return { kind: 'ok', measurement };
      const sample = readJson(path.join(dir, 'sample.json'), root);
      if (samples === 'optional') {
        if (sample.kind !== 'ok') return { kind: 'ok', measurement };
        try {
          return { kind: 'ok', measurement: { ...measurement, ...readSamples(sample.value, dir) } };
        } catch {
          return { kind: 'ok', measurement };
        }
      }
      if (sample.kind !== 'ok') {
        const problem =
          sample.kind === 'missing'
            ? `${path.join(dir, 'sample.json')}: missing next to estimates.json (criterion 0.3 or newer writes it)`
            : sample.problem;
        return { kind: 'problems', problems: [problem], hasBenchmarkJson };
      }
      return {
        kind: 'ok',
        measurement: { ...measurement, ...readSamples(sample.value, dir) }
      };
    } catch (error) {
      return { kind: 'problems', problems: [messageOf(error)], hasBenchmarkJson };
    }
  }
  const problems: string[] = [];
  if (bench.kind === 'problem') problems.push(bench.problem);
  if (bench.kind === 'missing') {
    problems.push(`${benchFile}: missing next to estimates.json (criterion 0.3 or newer writes both)`);
  }
  if (estimates.kind === 'problem') problems.push(estimates.problem);
  if (estimates.kind === 'missing') {
    problems.push(`${estimatesFile}: missing next to benchmark.json (was the run interrupted?)`);
  }
  return { kind: 'problems', problems, hasBenchmarkJson };
}

function rootProblem(dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const expected = 'expected criterion results (<benchmark>/new/benchmark.json) from cargo bench';
  if (code === 'ENOENT') return `criterion results directory ${dir} does not exist; ${expected}`;
  if (code === 'ENOTDIR') return `criterion results directory ${dir} is not a directory; ${expected}`;
  return `cannot read criterion results directory ${dir}: ${messageOf(error)}`;
}

const isFile = (file: string): boolean => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/** One measurement per id: the same id in several folders is left over from an older layout. */
function dropDuplicates(
  found: Array<{ measurement: Measurement; dir: string }>,
  problems: string[]
): Measurement[] {
  found.sort((a, b) => byCodeUnits(a.measurement.id, b.measurement.id) || byCodeUnits(a.dir, b.dir));
  const measurements: Measurement[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    while (j < found.length && found[j]?.measurement.id === found[i]?.measurement.id) j++;
    const same = found.slice(i, j);
    let keep = same[0];
    if (same.length > 1) {
      const mtime = (dir: string): number =>
        fs.statSync(path.join(dir, 'estimates.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
      for (const candidate of same) if (keep && mtime(candidate.dir) > mtime(keep.dir)) keep = candidate;
      problems.push(
        `benchmark id ${JSON.stringify(keep?.measurement.id)} has results in ${same.length} folders ` +
          `(${same.map((f) => f.dir).join(', ')}); using the newest, ${keep?.dir}`
      );
    }
    if (keep) measurements.push(keep.measurement);
    i = j;
  }
  return measurements;
}

/**
 * Reads every benchmark under a criterion results directory. Ids come from `full_id` (directory
 * names are sanitised and truncated). Each unreadable or invalid file becomes one problem and the
 * rest is still read. Measurements are sorted by id, problems alphabetically. With
 * `modifiedSince` (ms since the epoch), results written before it are left out and listed as stale.
 * With `samples` (SamplesWanted; true is `required`), each measurement also has `fastest_ns` and
 * `sampled_ns` from its `sample.json`.
 */
export async function parseCriterionDir(
  dir: string,
  opts: { modifiedSince?: number; samples?: boolean | SamplesWanted } = {}
): Promise<ParseResult & { stale: string[] }> {
  const problems: string[] = [];
  const found: Array<{ measurement: Measurement; dir: string }> = [];
  let withBenchmarkJson = 0;
  let folders = 0;
  let capped = false;
  let rootFailed = false;

  const walked = await walk(
    dir,
    (newDir) => {
      if (folders >= WALK_LIMITS.benchmarks) {
        capped = true;
        return true;
      }
      const folder = readFolder(newDir, dir, opts.samples === true ? 'required' : (opts.samples ?? false));
      if (folder.kind === 'none') return false;
      folders++;
      if (folder.kind === 'ok') found.push({ measurement: folder.measurement, dir: newDir });
      else pushAll(problems, folder.problems);
      if (folder.kind === 'ok' || folder.hasBenchmarkJson) withBenchmarkJson++;
      return true;
    },
    (failed, error) => {
      if (failed === dir) {
        rootFailed = true;
        problems.push(rootProblem(dir, error));
      } else {
        problems.push(`${failed}: cannot read directory: ${messageOf(error)}`);
      }
    },
    () => capped
  );
  if (walked === 'directory-limit' || capped) {
    const limit =
      walked === 'directory-limit'
        ? `${WALK_LIMITS.directories} directories`
        : `${WALK_LIMITS.benchmarks} benchmark folders`;
    problems.push(
      `stopped reading ${dir} after ${limit}, the most read from one results folder; the rest was left out`
    );
  }

  if (!rootFailed && withBenchmarkJson === 0) {
    problems.push(
      `no criterion results in ${dir}: expected <benchmark>/new/benchmark.json and estimates.json ` +
        '(written by criterion 0.3 or newer during cargo bench)'
    );
  }
  // Results a run did not rewrite (a cached target/, a removed benchmark) are not this run's.
  const stale: string[] = [];
  const since = opts.modifiedSince;
  const current =
    since === undefined
      ? found
      : found.filter((f) => {
          const mtime =
            fs.statSync(path.join(f.dir, 'estimates.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
          if (mtime >= since) return true;
          stale.push(f.measurement.id);
          return false;
        });
  // Numbers no machine measures (5e-324 ns, an infinite throughput) leave their benchmark out.
  const { plausible, implausible } = screenMeasurements(
    current,
    (f) => f.measurement,
    (f) => f.dir
  );
  const measurements = dropDuplicates(plausible, problems);
  problems.sort(byCodeUnits);
  stale.sort(byCodeUnits);
  implausible.sort((a, b) => byCodeUnits(a.id, b.id) || byCodeUnits(a.message, b.message));
  return { measurements, problems, stale, ...(implausible.length > 0 ? { implausible } : {}) };
}

/** Whether `dir` holds at least one criterion result (`<benchmark>/new/benchmark.json`). */
export async function hasCriterionResults(dir: string): Promise<boolean> {
  let found = false;
  await walk(
    dir,
    (newDir) => {
      found = isFile(path.join(newDir, 'benchmark.json'));
      return found || isFile(path.join(newDir, 'estimates.json'));
    },
    () => {},
    () => found
  );
  return found;
}
