// Converts the data file of a gh-pages benchmark dashboard (`dev/bench/data.js`:
// `window.BENCHMARK_DATA = {lastUpdate, repoUrl, entries: {<suite>: [result, …]}}`) into history
// records, so that a project that switches keeps its past. The file is data and is never run: the
// prefix is cut off and the rest read as JSON. Every name in it may be hostile (`__proto__`, a
// `</script>`): objects are read through their own properties only and suites kept in a Map. Only
// cargo's results are read (libtest's bencher lines: ns/iter ± a spread); their DISPLAY and COMP-3
// figures and the floors in force are unknown, so the records' metrics stay null. Each refusal is
// one line naming the file, the value's path and what is accepted. Pure.

import type { BaselineSlot } from '../baseline/store-naming.js';
import { splitId } from '../criterion/measurement.js';
import { MAX_TIME_NS } from '../criterion/plausible.js';
import { TIME_UNITS_NS } from '../units.js';
import {
  type Bounds,
  HISTORY_SCHEMA_VERSION,
  type HistoryBenchmark,
  type HistoryRecord,
  historyRecordProblems
} from './record.js';

/** The tool whose results are imported (the dashboard's `tool` field). */
export const IMPORTED_TOOL = 'cargo';

export interface ImportRequest {
  /** The file as messages name it. */
  source: string;
  /** The suite (a key of `entries`) to import; null: the file's only one. */
  suite: string | null;
  /** Where the records are filed. */
  slot: BaselineSlot;
  arch: string;
}

export interface DashboardImport {
  suite: string;
  /** One per commit, oldest first. */
  records: HistoryRecord[];
  /** What was left out, and why: other tools' results, repeated commits and benchmarks. */
  notes: string[];
  /** The dashboard's `repoUrl` when it is an https URL without a user or password; else null. */
  repositoryUrl: string | null;
}

/**
 * `format`: not a dashboard's data at all; `empty`: nothing to import; `suite`: which suite is
 * unclear; `value`: one value, named by its path, is not what the format holds.
 */
export type ImportProblemKind = 'format' | 'empty' | 'suite' | 'value';

export interface ImportProblem {
  kind: ImportProblemKind;
  /** One line, starting with the file's name. */
  message: string;
}

export type ImportResult = { ok: true; value: DashboardImport } | { ok: false; problem: ImportProblem };

const ACCEPTED_FILE =
  'the data.js of a gh-pages benchmark dashboard (window.BENCHMARK_DATA = {"entries": {…}}) or the same object as JSON';
const ACCEPTED_UNITS = 'a time per iteration: ns/iter, us/iter, ms/iter or s/iter';
/** The longest benchmark name a record holds (schema/history-record.schema.json). */
const MAX_NAME = 1000;
/** The most benchmarks a record holds (the schema's maxItems). */
const MAX_BENCHMARKS = 100_000;
/** 9999-12-31T23:59:59.999Z: later times have no four-digit year. */
const MAX_DATE_MS = 253_402_300_799_999;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const SPREAD = /^(?:±|\+\/-)\s*(\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;
const SHOWN_LENGTH = 80;
/** `1e15`. */
const MAX_TIME = MAX_TIME_NS.toExponential().replace('+', '');
const SHOWN_SUITES = 20;

class Refusal extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

const refuse = (kind: ImportProblemKind, message: string): never => {
  throw new Refusal({ kind, message });
};

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property of the object itself, never one it inherits (`constructor`, `__proto__`). */
const own = (object: Data, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** A name in quotes, cut to a readable length: for messages. */
export const quoted = (text: string): string =>
  JSON.stringify(text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text);

/** A value as a message shows it. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** `"a", "b" and "c"`, the first few of many. */
function listed(names: readonly string[]): string {
  const shownNames = names.slice(0, SHOWN_SUITES).map(quoted);
  if (names.length > SHOWN_SUITES) shownNames.push(`${names.length - SHOWN_SUITES} more`);
  return shownNames.length < 2
    ? shownNames.join('')
    : `${shownNames.slice(0, -1).join(', ')} and ${shownNames.at(-1)}`;
}

/** ` (line 3, column 7)` from JSON.parse's "at position N", when it gives one. */
function placeOf(error: unknown, text: string, start: number): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return '';
  const offset = start + Number(position);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return ` (line ${line}, column ${offset - lineStart + 1})`;
}

/** The dashboard's object: the text after `window.BENCHMARK_DATA =` (a `;` after it dropped), or all of it. */
function parseData(text: string, source: string): unknown {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const prefix = /\s*window\.BENCHMARK_DATA\s*=/y;
  prefix.lastIndex = bom;
  const prefixed = prefix.exec(text) !== null;
  const start = prefixed ? prefix.lastIndex : bom;
  let body = text.slice(start).trimEnd();
  if (prefixed && body.endsWith(';')) body = body.slice(0, -1);
  try {
    return JSON.parse(body);
  } catch (error) {
    const what = prefixed ? 'the text after "window.BENCHMARK_DATA ="' : 'the file';
    return refuse(
      'format',
      `${source} is not the data of a benchmark dashboard: ${what} is not valid JSON${placeOf(error, text, start)}. Accepted: ${ACCEPTED_FILE}.`
    );
  }
}

/** The suite to import and its results. */
function chosenSuite(data: unknown, request: ImportRequest): { suite: string; results: unknown } {
  const { source } = request;
  if (!isObject(data)) {
    refuse('format', `${source} holds ${shown(data)}, not a dashboard's object. Accepted: ${ACCEPTED_FILE}.`);
  }
  const entries = own(data as Data, 'entries');
  if (!isObject(entries)) {
    refuse(
      'format',
      `${source}: entries is ${shown(entries)}; expected an object of suites, each a list of results. Accepted: ${ACCEPTED_FILE}.`
    );
  }
  const suites = new Map(Object.entries(entries as Data));
  const names = [...suites.keys()];
  if (names.length === 0) refuse('empty', `${source}: entries is empty; there are no results to import.`);
  if (request.suite !== null && !suites.has(request.suite)) {
    refuse('suite', `${source} has no suite ${quoted(request.suite)}; it has ${listed(names)}.`);
  }
  if (request.suite === null && names.length > 1) {
    refuse(
      'suite',
      `${source} holds ${names.length} suites, ${listed(names)}; choose one with --suite NAME.`
    );
  }
  const suite = request.suite ?? (names[0] as string);
  return { suite, results: suites.get(suite) };
}

/** A time unit per iteration's factor to ns, or null. */
function nsPer(unit: unknown): number | null {
  const match = typeof unit === 'string' ? /^(.{1,2})\/iter$/.exec(unit) : null;
  const prefix = match?.[1];
  return prefix !== undefined && Object.hasOwn(TIME_UNITS_NS, prefix)
    ? (TIME_UNITS_NS[prefix] as number)
    : null;
}

/** The spread of a `± N` range, in the value's unit; a missing range has none. */
function spreadOf(range: unknown, at: string, source: string): number {
  if (range === undefined || range === null || range === '') return 0;
  const spread = typeof range === 'string' ? SPREAD.exec(range.trim())?.[1] : undefined;
  if (spread === undefined) {
    return refuse(
      'value',
      `${source}: ${at} is ${shown(range)}; expected "± N" or "+/- N", N in the value's unit.`
    );
  }
  return Number(spread.replaceAll(',', ''));
}

/** One bench as a benchmark: time_ns is value ± range, the lower bound clamped at 0. */
function benchmarkOf(bench: unknown, at: string, source: string): HistoryBenchmark {
  const fail = (path: string, value: unknown, expected: string): never =>
    refuse('value', `${source}: ${at}${path} is ${shown(value)}; expected ${expected}.`);
  if (!isObject(bench)) return fail('', bench, 'a benchmark ({"name", "value", "unit", "range"})');
  const name = own(bench, 'name');
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME) {
    fail('.name', name, `the benchmark's name, 1 to ${MAX_NAME} characters`);
  }
  const unit = own(bench, 'unit');
  const factor = nsPer(unit) ?? fail('.unit', unit, ACCEPTED_UNITS);
  const value = own(bench, 'value');
  if (typeof value !== 'number') return fail('.value', value, `a number of ${unit}`);
  if (!(value >= 0 && value * factor <= MAX_TIME_NS)) {
    fail('.value', value, `a number of ${unit} from 0 to ${MAX_TIME} ns`);
  }
  const range = own(bench, 'range');
  const spread = spreadOf(range, `${at}.range`, source);
  if (!((value + spread) * factor <= MAX_TIME_NS)) {
    fail('.range', range, `a spread that keeps value + spread within ${MAX_TIME} ns`);
  }
  const time_ns: Bounds = [Math.max(0, value - spread) * factor, value * factor, (value + spread) * factor];
  return { id: name as string, group: splitId(name as string).group, time_ns, throughput: null };
}

/** An entry's benchmarks, each name once (the first kept). */
function benchmarksOf(benches: unknown, at: string, source: string, notes: string[]): HistoryBenchmark[] {
  if (!Array.isArray(benches)) {
    return refuse('value', `${source}: ${at} is ${shown(benches)}; expected a list of benchmarks.`);
  }
  if (benches.length > MAX_BENCHMARKS) {
    refuse(
      'value',
      `${source}: ${at} holds ${benches.length} benchmarks; at most ${MAX_BENCHMARKS} are read.`
    );
  }
  const seen = new Set<string>();
  const out: HistoryBenchmark[] = [];
  benches.forEach((bench, j) => {
    const benchmark = benchmarkOf(bench, `${at}[${j}]`, source);
    if (seen.has(benchmark.id)) {
      notes.push(`${source}: ${at}[${j}] repeats the benchmark ${quoted(benchmark.id)}: skipped.`);
      return;
    }
    seen.add(benchmark.id);
    out.push(benchmark);
  });
  return out;
}

/** The commit's id, lowercase. */
function commitOf(commit: unknown, at: string, source: string): string {
  if (!isObject(commit)) {
    return refuse('value', `${source}: ${at} is ${shown(commit)}; expected an object with the commit's id.`);
  }
  const id = own(commit, 'id');
  if (typeof id !== 'string' || !/^[0-9a-fA-F]{7,64}$/.test(id)) {
    refuse('value', `${source}: ${at}.id is ${shown(id)}; expected a commit id of 7 to 64 hex digits.`);
  }
  return (id as string).toLowerCase();
}

/** When the result was measured: its `date` (ms since 1970), else its commit's timestamp; ISO UTC. */
function timestampOf(entry: Data, at: string, source: string): string {
  const date = own(entry, 'date');
  if (date !== undefined) {
    if (typeof date === 'number' && date >= 0 && date <= MAX_DATE_MS) return new Date(date).toISOString();
    return refuse(
      'value',
      `${source}: ${at}.date is ${shown(date)}; expected the time of the result in milliseconds since 1970 (0 to ${MAX_DATE_MS}).`
    );
  }
  const commit = own(entry, 'commit') as Data;
  const stamp = own(commit, 'timestamp');
  const ms = typeof stamp === 'string' && ISO_TIME.test(stamp) ? Date.parse(stamp) : Number.NaN;
  if (ms >= 0 && ms <= MAX_DATE_MS) return new Date(ms).toISOString();
  return refuse(
    'value',
    `${source}: ${at} has no date, and its commit.timestamp is ${shown(stamp)}; expected a date in milliseconds since 1970 or an ISO 8601 commit timestamp.`
  );
}

interface Read {
  at: string;
  index: number;
  record: HistoryRecord;
}

/** One result as a record, or a note saying why it is skipped. */
function readEntry(
  entry: unknown,
  at: string,
  request: ImportRequest,
  notes: string[]
): HistoryRecord | null {
  const { source } = request;
  if (!isObject(entry)) {
    return refuse(
      'value',
      `${source}: ${at} is ${shown(entry)}; expected a result ({"commit", "date", "tool", "benches"}).`
    );
  }
  const tool = own(entry, 'tool');
  if (tool !== IMPORTED_TOOL) {
    notes.push(
      `${source}: ${at} is a result of ${typeof tool === 'string' ? `the tool ${quoted(tool)}` : 'no named tool'}, not ${IMPORTED_TOOL}: skipped.`
    );
    return null;
  }
  const commit = commitOf(own(entry, 'commit'), `${at}.commit`, source);
  const timestamp = timestampOf(entry, at, source);
  const benchmarks = benchmarksOf(own(entry, 'benches'), `${at}.benches`, source, notes);
  if (benchmarks.length === 0) {
    notes.push(`${source}: ${at} has no benchmarks: skipped.`);
    return null;
  }
  const record: HistoryRecord = {
    schema_version: HISTORY_SCHEMA_VERSION,
    name: request.slot.name,
    testbed: request.slot.testbed,
    os: request.slot.os,
    arch: request.arch,
    commit,
    ref: null,
    run_id: null,
    timestamp,
    release: null,
    machine: null,
    metrics: { display_gibs: null, comp3_mibs: null, display_floor_gibs: null, comp3_floor_mibs: null },
    benchmarks
  };
  const problems = historyRecordProblems(record);
  if (problems.length > 0)
    refuse('value', `${source}: ${at} does not make a valid history record: ${problems[0]}.`);
  return record;
}

/** Later wins: by time, then by place in the file. */
const newer = (a: Read, b: Read): boolean =>
  a.record.timestamp > b.record.timestamp || (a.record.timestamp === b.record.timestamp && a.index > b.index);

/** One record per commit, the latest; a note for each one dropped. Oldest first. */
function latestPerCommit(reads: readonly Read[], source: string, notes: string[]): HistoryRecord[] {
  const latest = new Map<string, Read>();
  for (const read of reads) {
    const kept = latest.get(read.record.commit);
    if (!kept || newer(read, kept)) latest.set(read.record.commit, read);
  }
  for (const read of reads) {
    const kept = latest.get(read.record.commit) as Read;
    if (kept !== read) {
      notes.push(
        `${source}: ${read.at} is commit ${read.record.commit} again; kept ${kept.at}, the latest: skipped.`
      );
    }
  }
  return [...latest.values()].sort((a, b) => (newer(a, b) ? 1 : -1)).map((read) => read.record);
}

/** The dashboard's repoUrl, for commit links, when it is an https URL that holds no credential. */
function repositoryUrlOf(data: Data, source: string, notes: string[]): string | null {
  const value = own(data, 'repoUrl');
  if (value === undefined || value === null || value === '') return null;
  let url: URL | null = null;
  try {
    url = typeof value === 'string' && value.startsWith('https://') ? new URL(value) : null;
  } catch {
    url = null;
  }
  if (url && url.username === '' && url.password === '' && !url.search && !url.hash) {
    return (value as string).replace(/\/+$/, '');
  }
  notes.push(
    `${source}: repoUrl ${shown(value)} is not an https URL without a user or password: the dashboard links no commits.`
  );
  return null;
}

/** The records of one suite of a dashboard's data file, or the one problem that stops the import. */
export function importDashboard(text: string, request: ImportRequest): ImportResult {
  try {
    const { source } = request;
    const data = parseData(text, source);
    const { suite, results } = chosenSuite(data, request);
    const at = `entries[${quoted(suite)}]`;
    if (!Array.isArray(results)) {
      return refuse('value', `${source}: ${at} is ${shown(results)}; expected a list of results.`);
    }
    if (results.length === 0) refuse('empty', `${source}: ${at} is empty; there are no results to import.`);
    const notes: string[] = [];
    const reads: Read[] = [];
    results.forEach((entry, index) => {
      const record = readEntry(entry, `${at}[${index}]`, request, notes);
      if (record) reads.push({ at: `${at}[${index}]`, index, record });
    });
    if (reads.length === 0) {
      refuse(
        'empty',
        `${source}: ${at} holds no ${IMPORTED_TOOL} results with benchmarks; there is nothing to import.`
      );
    }
    const records = latestPerCommit(reads, source, notes);
    return {
      ok: true,
      value: { suite, records, notes, repositoryUrl: repositoryUrlOf(data as Data, source, notes) }
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}
