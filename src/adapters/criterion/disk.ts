// Reads criterion's on-disk results: `<dir>/<benchmark>/new/{benchmark,estimates}.json`.
// The walk and the reads are here; what the files say is parsed in core/criterion/estimates.ts.

import fs, { type Dirent } from 'node:fs';
import path from 'node:path';
import { byCodeUnits, pushAll } from '../../core/arrays.js';
import { measurementFromFiles, parseResultFile, readSamples } from '../../core/criterion/estimates.js';
import type { Measurement, ParseResult } from '../../core/criterion/measurement.js';
import { screenMeasurements } from '../../core/criterion/plausible.js';
import { messageOf } from '../../core/errors.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../fs/confined.js';

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
  return parseResultFile(text, file);
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
