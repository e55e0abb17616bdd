// baseline.json: built from a promoted run, validated on write and on read, and checked against the
// run that wants to compare with it. Pure: the shell reads and writes the bytes.

import baselineSchema from '../../../schema/baseline.schema.json' with { type: 'json' };
import type { BaselineFile, BaselineHistoryEntry, PerfReport } from '../model.js';
import { validateAgainst, withQuantities } from '../report/schema.js';

const BASELINE_SCHEMA_VERSION = '1.0';
const SCHEMA_PATH = 'schema/baseline.schema.json';

/** The compact record of one promotion: the metrics and each benchmark's point value. */
export function historyEntry(
  report: PerfReport,
  commit: string | null,
  timestamp: string
): BaselineHistoryEntry {
  const values = new Map<string, number>();
  for (const b of report.benchmarks) {
    const value = b.bytes_per_second?.point ?? b.time_ns.point;
    // JSON cannot hold NaN or Infinity; a value that is not a number is no evidence of anything.
    if (!values.has(b.id) && Number.isFinite(value) && value >= 0) values.set(b.id, value);
  }
  return {
    commit,
    timestamp,
    display_gibs: report.display_gibs,
    comp3_mibs: report.comp3_mibs,
    // fromEntries defines own properties, so an id such as `__proto__` stays an ordinary key.
    benchmarks: Object.fromEntries(values)
  };
}

export interface BaselineMeta {
  /** The action instance's `name`. */
  name: string;
  commit: string | null;
  ref: string | null;
  runId: string | null;
  /** ISO 8601 UTC. */
  promotedAt: string;
  runner: { os: string; arch: string; testbed: string };
  /** How many promotions the history keeps, this one included. */
  historySize: number;
}

/**
 * The new baseline: this run's report, and the previous baseline's history carried forward with
 * this promotion appended, keeping the newest `historySize` entries. The caller passes `previous`
 * only when it belongs to the same name, testbed and os (see baselineMismatch).
 */
export function buildBaselineFile(
  report: PerfReport,
  previous: BaselineFile | null,
  meta: BaselineMeta
): BaselineFile {
  if (!Number.isInteger(meta.historySize) || meta.historySize < 1) {
    throw new RangeError(`historySize must be a whole number >= 1, got ${meta.historySize}`);
  }
  const history = [...(previous?.history ?? []), historyEntry(report, meta.commit, meta.promotedAt)];
  return {
    schema_version: BASELINE_SCHEMA_VERSION,
    name: meta.name,
    promoted_at: meta.promotedAt,
    commit: meta.commit,
    ref: meta.ref,
    run_id: meta.runId,
    runner: { os: meta.runner.os, arch: meta.runner.arch, testbed: meta.runner.testbed },
    report,
    history: history.slice(-meta.historySize)
  };
}

/** The problems that make `data` not a baseline file (empty when it is one). */
export function validateBaselineFile(data: unknown): string[] {
  return validateAgainst(baselineSchema, data);
}

/** What a run expects of the baseline it compares with; `ref` only when the baseline branch is known. */
export interface ExpectedBaseline {
  name: string;
  testbed: string;
  os: string;
  /** `refs/heads/<baseline branch>`: the only ref a baseline may have been promoted on. */
  ref?: string | null;
}

/**
 * Why a baseline does not belong to this run, or null when it does: numbers from another machine
 * class or another package say nothing about this one, and a baseline promoted anywhere but on
 * the baseline branch (or whose ref is unknown) may have been written by anyone who can run a
 * workflow there.
 */
export function baselineMismatch(file: BaselineFile, expected: ExpectedBaseline): string | null {
  const pairs: Array<[string, string, string]> = [
    ['name', file.name, expected.name],
    ['testbed', file.runner.testbed, expected.testbed],
    ['os', file.runner.os, expected.os]
  ];
  const differences = pairs
    .filter(([, theirs, ours]) => theirs !== ours)
    .map(([field, theirs, ours]) => `${field} ${JSON.stringify(theirs)} (this run: ${JSON.stringify(ours)})`);
  const what = differences.length === 1 ? 'a different setting' : 'different settings';
  const reasons = [
    differences.length > 0 ? `it was promoted for ${what}: ${differences.join(', ')}` : null,
    refMismatch(file.ref, expected.ref ?? null)
  ].filter((reason): reason is string => reason !== null);
  return reasons.length > 0 ? reasons.join('; ') : null;
}

function refMismatch(theirs: string | null, ours: string | null): string | null {
  if (ours === null || theirs === ours) return null;
  if (theirs === null)
    return `it names no ref (the CLI's \`baseline promote\` writes none outside a workflow run), so nothing shows it was promoted on ${ours}, the baseline branch`;
  return `it was promoted on ${JSON.stringify(theirs)}, not on ${ours}, the baseline branch`;
}

export type ParsedBaseline = { ok: true; file: BaselineFile } | { ok: false; reason: string };

const SHOWN_PROBLEMS = 5;

function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; … and ${more} more` : shown;
}

/**
 * Reads baseline.json text. `source` names where it came from (a path, a cache key, an artifact)
 * and starts the reason, so that the warning saying it was ignored says which one and why.
 */
export function parseBaselineText(text: string, source: string): ParsedBaseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, reason: `${source} is not valid JSON (${message})` };
  }
  // A file from another version of the action is expected, not corrupt: say that rather than list
  // every field that changed.
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'schema_version' in data) {
    const version = (data as { schema_version: unknown }).schema_version;
    if (version !== BASELINE_SCHEMA_VERSION) {
      return {
        ok: false,
        reason: `${source} has schema_version ${JSON.stringify(version)}; this version of the action reads "${BASELINE_SCHEMA_VERSION}"`
      };
    }
  }
  const problems = validateBaselineFile(data);
  if (problems.length > 0) {
    return { ok: false, reason: `${source} does not match ${SCHEMA_PATH}: ${listProblems(problems)}` };
  }
  const file = data as BaselineFile;
  return { ok: true, file: { ...file, report: withQuantities(file.report) } };
}
