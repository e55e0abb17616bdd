// A history record: one promoted result of one commit on one testbed and OS, as the data branch
// keeps it (schema/history-record.schema.json). Compact (a few numbers per benchmark) so that
// hundreds of commits stay small, yet complete enough to compare a pull request with exactly its
// base commit: each benchmark keeps its time interval and, when it has one, its byte throughput's.
// Pure: the shell reads and writes the bytes.

import historySchema from '../../../schema/history-record.schema.json' with { type: 'json' };
import type { BaselineSlot } from '../baseline/store-naming.js';
import type { Interval } from '../criterion/measurement.js';
import type { MachineFingerprint, PerfReport } from '../model.js';
import { validateAgainst } from '../report/schema.js';

export const HISTORY_SCHEMA_VERSION = '1.0';

/** `[lower, point, upper]`. */
export type Bounds = [number, number, number];

export interface HistoryBenchmark {
  id: string;
  group: string;
  /** ns per iteration. */
  time_ns: Bounds;
  /** Bytes per second, when the benchmark counts bytes. */
  throughput: Bounds | null;
}

export interface HistoryRecord {
  schema_version: '1.0';
  /** The action instance's `name`, the testbed label and the runner's OS: the record's slot. */
  name: string;
  testbed: string;
  os: string;
  arch: string;
  /** The measured commit (hex). */
  commit: string;
  ref: string | null;
  run_id: string | null;
  /** ISO 8601 UTC: when the result was promoted (or, imported, measured). */
  timestamp: string;
  /** A tag pointing at the commit (a release), when the run saw one. */
  release: string | null;
  machine: MachineFingerprint | null;
  metrics: {
    display_gibs: number | null;
    comp3_mibs: number | null;
    /** The floors in force, in the same units. */
    display_floor_gibs: number | null;
    comp3_floor_mibs: number | null;
  };
  benchmarks: HistoryBenchmark[];
}

/** Who promoted what, where: what a record holds besides the report. */
export interface RecordFacts {
  slot: BaselineSlot;
  arch: string;
  commit: string;
  ref: string | null;
  runId: string | null;
  timestamp: string;
  release: string | null;
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

const bounds = (i: Interval): Bounds => [i.lower, i.point, i.upper];
const finite = (b: Bounds): boolean => b.every((n) => Number.isFinite(n) && n >= 0);

/** The record of a promoted report; benchmarks whose numbers are not finite are left out. */
export function historyRecord(report: PerfReport, facts: RecordFacts): HistoryRecord {
  const seen = new Set<string>();
  const benchmarks: HistoryBenchmark[] = [];
  for (const b of report.benchmarks) {
    if (seen.has(b.id)) continue;
    const time = bounds(b.time_ns);
    if (!finite(time)) continue;
    const throughput = b.bytes_per_second ? bounds(b.bytes_per_second) : null;
    seen.add(b.id);
    benchmarks.push({
      id: b.id,
      group: b.group,
      time_ns: time,
      throughput: throughput && finite(throughput) ? throughput : null
    });
  }
  return {
    schema_version: HISTORY_SCHEMA_VERSION,
    name: facts.slot.name,
    testbed: facts.slot.testbed,
    os: facts.slot.os,
    arch: facts.arch,
    commit: facts.commit,
    ref: facts.ref,
    run_id: facts.runId,
    timestamp: facts.timestamp,
    release: facts.release,
    machine: report._metadata.machine ?? null,
    metrics: {
      display_gibs: report.display_gibs,
      comp3_mibs: report.comp3_mibs,
      display_floor_gibs: report.metrics.display.floor.bytes_per_second / GIB,
      comp3_floor_mibs: report.metrics.comp3.floor.bytes_per_second / MIB
    },
    benchmarks
  };
}

/** The problems that make `data` not a history record (empty when it is one). */
export function historyRecordProblems(data: unknown): string[] {
  return validateAgainst(historySchema, data);
}

export type ParsedRecord = { ok: true; record: HistoryRecord } | { ok: false; reason: string };

/** Reads a record's text; `source` (its path) starts the reason when it is not one. */
export function parseHistoryRecord(text: string, source: string): ParsedRecord {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (caught) {
    return {
      ok: false,
      reason: `${source} is not valid JSON (${caught instanceof Error ? caught.message : String(caught)})`
    };
  }
  const problems = historyRecordProblems(data);
  if (problems.length > 0)
    return {
      ok: false,
      reason: `${source} does not match schema/history-record.schema.json: ${problems.slice(0, 5).join('; ')}`
    };
  return { ok: true, record: data as HistoryRecord };
}

/** The record's slot. */
export const slotOfRecord = (r: HistoryRecord): BaselineSlot => ({
  name: r.name,
  testbed: r.testbed,
  os: r.os
});
