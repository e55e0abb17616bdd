// Which stored result a pull request is compared with: its own base commit's when one is stored,
// else the latest baseline. The chosen result is shaped as a baseline file, so that the comparison
// (compare.ts, analyze) runs unchanged whatever it came from. Pure: the shell fetches the records.

import type { Interval } from '../criterion/measurement.js';
import { type HistoryRecord, slotOfRecord } from '../history/record.js';
import type {
  BaselineFile,
  BaselineHistoryEntry,
  BenchmarkReport,
  ComparedSource,
  MachineFingerprint,
  MetricReport,
  PerfReport
} from '../model.js';
import { GIB, MIB } from '../units.js';
import { type BaselineSlot, sameSlot } from './store-naming.js';

/** A full commit sha: only such a value goes to git or the REST API as a revision. */
export const isCommitSha = (text: string | null | undefined): text is string =>
  typeof text === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text);

/** The same commit, also when one side is abbreviated (at least 7 hex digits, as git shortens). */
export function sameCommit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && /^[0-9a-f]+$/.test(short) && long.startsWith(short);
}

/** The commits that stand for a pull request's base, in order: its base, then its merge base. */
export function pullRequestBases(base: string, mergeBase: string | null): string[] {
  return mergeBase === null || sameCommit(base, mergeBase) ? [base] : [base, mergeBase];
}

/** Whether `commit` is one of the pull request's bases. */
export const isBase = (commit: string | null, bases: readonly string[]): boolean =>
  bases.some((base) => sameCommit(commit, base));

/** The result a run compares with, shaped as a baseline file, and where it came from. */
export interface ComparedBaseline {
  source: ComparedSource;
  file: BaselineFile;
}

/**
 * The first stored result of a base, by source: the latest baseline itself, a record of the data
 * branch (`records`: what it holds for those commits), an entry of the baseline's history. Within
 * a source the base comes before the merge base. None: the latest baseline, as without a pull
 * request. Whatever is chosen keeps the latest baseline's history, whose spread sets the noise
 * thresholds.
 */
export function comparedBaseline(
  latest: BaselineFile,
  bases: readonly string[],
  records: readonly HistoryRecord[]
): ComparedBaseline {
  const fallback: ComparedBaseline = { source: 'baseline', file: latest };
  if (isBase(latest.commit, bases)) return fallback;
  const slot = { name: latest.name, testbed: latest.runner.testbed, os: latest.runner.os };
  const record = recordOfBase(records, slot, bases);
  if (record) return { source: 'history-branch', file: baselineFromRecord(record, latest) };
  for (const base of bases) {
    const entry = latest.history.findLast((e) => sameCommit(e.commit, base));
    if (entry) return { source: 'baseline-history', file: baselineFromHistoryEntry(entry, latest) };
  }
  return fallback;
}

/**
 * The data branch's record of the first base (then the merge base) for this slot, if any. The
 * branch is anyone's who can push there: only records of this slot count.
 */
export function recordOfBase(
  records: readonly HistoryRecord[],
  slot: BaselineSlot,
  bases: readonly string[]
): HistoryRecord | null {
  const ours = records.filter((r) => sameSlot(slotOfRecord(r), slot));
  for (const base of bases) {
    const record = ours.find((r) => sameCommit(r.commit, base));
    if (record) return record;
  }
  return null;
}

const pointInterval = (value: number): Interval => ({ lower: value, point: value, upper: value });
const boundsInterval = ([lower, point, upper]: readonly number[]): Interval => ({
  lower: lower as number,
  point: point as number,
  upper: upper as number
});

/** A metric of the latest baseline's report with another point value (the record's, in its unit). */
function withMetricValue(metric: MetricReport, value: number | null, unitBytes: number): MetricReport {
  return {
    ...metric,
    bytes_per_second: value === null ? null : pointInterval(value * unitBytes),
    value,
    status: value === null ? 'missing' : metric.status
  };
}

/**
 * The latest baseline's report with another commit's numbers: its benchmarks, metrics and machine.
 * What a stored result does not keep (findings, settings, the environment) stays the latest
 * report's; the comparison reads only the benchmarks, the metrics and the machine.
 */
function reportWith(
  latest: PerfReport,
  of: {
    commit: string | null;
    timestamp: string;
    display_gibs: number | null;
    comp3_mibs: number | null;
    benchmarks: BenchmarkReport[];
    machine: MachineFingerprint | null;
  }
): PerfReport {
  const { machine: _latestMachine, ...metadata } = latest._metadata;
  return {
    ...latest,
    display_gibs: of.display_gibs,
    comp3_mibs: of.comp3_mibs,
    metrics: {
      display: withMetricValue(latest.metrics.display, of.display_gibs, GIB),
      comp3: withMetricValue(latest.metrics.comp3, of.comp3_mibs, MIB)
    },
    benchmarks: of.benchmarks,
    comparison: null,
    _metadata: {
      ...metadata,
      git_commit: of.commit,
      timestamp: of.timestamp,
      ...(of.machine ? { machine: of.machine } : {})
    }
  };
}

/** A benchmark with only the numbers a stored result keeps; the rest is unknown. */
function benchmarkOf(id: string, group: string, time: Interval, bytes: Interval | null): BenchmarkReport {
  return {
    id,
    group,
    function: null,
    value: null,
    metric: null,
    throughput: bytes ? { kind: 'bytes', per_iteration: null } : null,
    time_ns: time,
    std_dev_ns: null,
    rate: bytes,
    bytes_per_second: bytes,
    source: 'disk'
  };
}

/** A data branch's record as a baseline file: each benchmark with its time and throughput intervals. */
export function baselineFromRecord(record: HistoryRecord, latest: BaselineFile): BaselineFile {
  const benchmarks = record.benchmarks.map((b) =>
    benchmarkOf(b.id, b.group, boundsInterval(b.time_ns), b.throughput ? boundsInterval(b.throughput) : null)
  );
  return {
    ...latest,
    promoted_at: record.timestamp,
    commit: record.commit,
    ref: record.ref,
    run_id: record.run_id,
    runner: { os: record.os, arch: record.arch, testbed: record.testbed },
    report: reportWith(latest.report, {
      commit: record.commit,
      timestamp: record.timestamp,
      display_gibs: record.metrics.display_gibs,
      comp3_mibs: record.metrics.comp3_mibs,
      benchmarks,
      machine: record.machine
    }),
    history: latest.history
  };
}

/**
 * An entry of the baseline's history as a baseline file. An entry keeps one point value per
 * benchmark (bytes/s when it had a byte throughput, else ns per iteration), so each interval has
 * zero width at that point: the verdict then rests on this run's interval and on the noise
 * threshold, which the history's spread still sets. Which of the two a value is comes from the
 * latest baseline's benchmark of that id; an id it does not have cannot be read and is left out.
 */
export function baselineFromHistoryEntry(entry: BaselineHistoryEntry, latest: BaselineFile): BaselineFile {
  const known = new Map(latest.report.benchmarks.map((b) => [b.id, b]));
  const benchmarks: BenchmarkReport[] = [];
  for (const [id, value] of Object.entries(entry.benchmarks)) {
    const now = known.get(id);
    if (!now || !(Number.isFinite(value) && value > 0)) continue;
    const bytes = now.bytes_per_second;
    // Time per iteration is inverse to the throughput of the same bytes per iteration.
    const time = bytes ? (now.time_ns.point * bytes.point) / value : value;
    benchmarks.push(benchmarkOf(id, now.group, pointInterval(time), bytes ? pointInterval(value) : null));
  }
  return {
    ...latest,
    promoted_at: entry.timestamp,
    commit: entry.commit,
    // The same branch's promotion, by another run.
    run_id: null,
    report: reportWith(latest.report, {
      commit: entry.commit,
      timestamp: entry.timestamp,
      display_gibs: entry.display_gibs,
      comp3_mibs: entry.comp3_mibs,
      benchmarks,
      machine: null
    }),
    history: latest.history
  };
}
