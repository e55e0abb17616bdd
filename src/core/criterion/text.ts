// Reads criterion's human report from captured output:
//
//   <id padded to 24 columns>time:   [lo pt hi]          (id on its own line when longer than 23 bytes)
//                           thrpt:  [lo pt hi]          (a second thrpt line for ElementsAndBytes, 0.8+)
//
// Every number carries its own unit. Everything else (progress lines, `change:` blocks, outliers,
// warnings, verbose slope/mean/median lines, libtest chatter) is skipped. One pass over the lines, no
// backtracking-prone patterns: 10,000-benchmark logs stay fast.

import { RATE_UNITS, TIME_UNITS_NS } from '../units.js';
import {
  type Interval,
  type Measurement,
  type ParseResult,
  splitId,
  type ThroughputKind,
  type UnknownUnit
} from './measurement.js';
import { screenMeasurements } from './plausible.js';

/** Three printed values, each with the unit token printed after it. */
export interface TextBracket {
  values: [number, number, number];
  units: [string, string, string];
}

/** One benchmark as printed, before any unit conversion or validation. */
export interface TextEntry {
  /** The printed id (criterion's title; over 100 bytes it is cut and ends in `...`). */
  id: string;
  /** 1-based line number of the `time:` line. */
  line: number;
  time: TextBracket;
  thrpt: TextBracket | null;
  /** Criterion 0.8+ prints `Throughput::ElementsAndBytes` as an elements line then a bytes line. */
  secondThrpt: TextBracket | null;
}

interface Note {
  line: number;
  message: string;
}

interface Scan {
  entries: TextEntry[];
  /** Lines that look like results but cannot be read, and panics, in line order. */
  notes: Note[];
  /** `time:` lines seen outside change blocks, readable or not. */
  timeLines: number;
  bencherLines: number;
}

const ESC = '\u001b';

/** Drops ANSI escape sequences (criterion colours its output with `--color always`). */
function stripAnsi(line: string): string {
  if (!line.includes(ESC)) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ESC && line[i + 1] === '[') {
      // CSI: parameters and intermediates, then one final byte in @..~
      i += 2;
      while (i < line.length) {
        const code = line.charCodeAt(i);
        i++;
        if (code >= 0x40 && code <= 0x7e) break;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * What a terminal would show for one captured line: CRLF ending removed, progress text that was
 * overwritten with `\r` dropped (criterion rewrites its "Benchmarking …" line in place), colours removed.
 */
export function visibleLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const cr = line.lastIndexOf('\r');
  if (cr >= 0) line = line.slice(cr + 1);
  return stripAnsi(line);
}

/** The text of a Rust panic line (`thread 'main' panicked at …`), or null. */
export function panicText(line: string): string | null {
  const trimmed = line.trim();
  return /^thread '[^']*' panicked at /.test(trimmed) ? trimmed : null;
}

export function panicMessage(panic: string): string {
  return `the benchmark process panicked (${panic}): benchmarks it had not finished are missing`;
}

const WS = /\s/;

/** Finds `<label> [ … ]` in a line: where the label starts, the text inside, whether `]` closes it. */
function findBracket(line: string, label: string): { at: number; inner: string; closed: boolean } | null {
  // The last occurrence: an id may itself contain the label, the bracket never does.
  const at = line.lastIndexOf(label);
  if (at < 0) return null;
  if (at > 0 && !WS.test(line[at - 1] ?? '')) return null;
  let i = at + label.length;
  while (i < line.length && WS.test(line[i] ?? '')) i++;
  if (line[i] !== '[') return null;
  const close = line.indexOf(']', i + 1);
  return close < 0
    ? { at, inner: line.slice(i + 1), closed: false }
    : { at, inner: line.slice(i + 1, close), closed: true };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;

/** A printed number: plain decimals, and NaN/inf as Rust prints them so they can be reported. */
function readNumber(token: string): number | null {
  const t = token.replace('\u2212', '-');
  if (NUMBER.test(t)) return Number(t);
  if (NON_FINITE.test(t)) {
    if (/nan/i.test(t)) return Number.NaN;
    return t.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  return null;
}

/** `1.0 ms 1.1 ms 1.2 ms` → values and per-value units; null when it is not three number/unit pairs. */
function readBracket(inner: string): TextBracket | null {
  const tokens = inner.trim().split(/\s+/);
  if (tokens.length !== 6) return null;
  const values: number[] = [];
  const units: string[] = [];
  for (let k = 0; k < 6; k += 2) {
    const value = readNumber(tokens[k] ?? '');
    const unit = tokens[k + 1] ?? '';
    if (value === null || readNumber(unit) !== null) return null;
    values.push(value);
    units.push(unit);
  }
  return {
    values: [values[0] ?? 0, values[1] ?? 0, values[2] ?? 0],
    units: [units[0] ?? '', units[1] ?? '', units[2] ?? '']
  };
}

/** A labelled bracket holding something numeric: `time: [computing]` from a program is not a result. */
function resultBracket(line: string, label: string): ReturnType<typeof findBracket> {
  const found = findBracket(line, label);
  return found && /\d|nan|inf/i.test(found.inner) ? found : null;
}

function expectedThree(found: { inner: string; closed: boolean }): string {
  return `expected three "<number> <unit>" values, found "[${found.inner}${found.closed ? ']' : ''}"`;
}

// Lines criterion prints around results; none of them can be the id of a following `time:` line.
const CHATTER = new RegExp(
  `^(?:${[
    'change:',
    String.raw`Found \d+ outliers`,
    String.raw`\d+ \(\d+(?:\.\d+)?%\) (?:low|high) (?:mild|severe)`,
    'No change in performance',
    'Performance has',
    'Change within noise',
    'Warning: ',
    'WARNING: ',
    'Benchmarking .*: (?:Warming up|Collecting|Analyzing|Profiling|Complete)'
  ].join('|')})`
);

/** What the scan carries from one line to the next. */
interface ScanState extends Scan {
  // The previous non-blank line when it could be an id (ids over 23 bytes stand on their own line).
  idCandidate: string | null;
  // The benchmark whose `thrpt:` lines may follow; 'skip' after an unreadable time line.
  open: TextEntry | 'skip' | null;
}

type FoundBracket = NonNullable<ReturnType<typeof findBracket>>;

function scanTimeLine(state: ScanState, line: string, lineNo: number, time: FoundBracket): void {
  // `change:` blocks repeat the labels with percentages (criterion's format::change always adds %).
  if (time.inner.includes('%')) {
    state.open = null;
    state.idCandidate = null;
    return;
  }
  state.timeLines++;
  const before = line.slice(0, time.at).trim();
  const id = before !== '' ? before : state.idCandidate;
  state.idCandidate = null;
  state.open = 'skip';
  if (id === null) {
    state.notes.push({
      line: lineNo,
      message: 'a "time:" line with no benchmark id on it or on the line before'
    });
    return;
  }
  const bracket = time.closed ? readBracket(time.inner) : null;
  if (!bracket) {
    state.notes.push({
      line: lineNo,
      message: `cannot read the "time:" line of "${id}": ${expectedThree(time)}`
    });
    return;
  }
  const entry: TextEntry = { id, line: lineNo, time: bracket, thrpt: null, secondThrpt: null };
  state.entries.push(entry);
  state.open = entry;
}

function scanThrptLine(state: ScanState, lineNo: number, thrpt: FoundBracket): void {
  state.idCandidate = null;
  if (thrpt.inner.includes('%')) {
    state.open = null;
    return;
  }
  const open = state.open;
  if (open === 'skip') return;
  if (open === null) {
    state.notes.push({
      line: lineNo,
      message: 'a "thrpt:" line that does not follow a benchmark\'s "time:" line'
    });
    return;
  }
  const bracket = thrpt.closed ? readBracket(thrpt.inner) : null;
  if (!bracket) {
    state.notes.push({
      line: lineNo,
      message: `cannot read the "thrpt:" line of "${open.id}": ${expectedThree(thrpt)}`
    });
    state.open = 'skip';
  } else if (open.thrpt === null) {
    open.thrpt = bracket;
  } else if (open.secondThrpt === null) {
    open.secondThrpt = bracket;
  } else {
    state.notes.push({ line: lineNo, message: `a third "thrpt:" line for "${open.id}"` });
    state.open = 'skip';
  }
}

/** A line that is no result: a panic, a bencher-format line, or maybe the id of the next `time:` line. */
function scanOtherLine(state: ScanState, line: string, trimmed: string, lineNo: number): void {
  state.open = null;
  const panic = panicText(line);
  if (panic) state.notes.push({ line: lineNo, message: panicMessage(panic) });
  if (line.startsWith('test ') && line.includes(' ... bench:')) state.bencherLines++;
  state.idCandidate = panic || CHATTER.test(trimmed) ? null : trimmed;
}

function scan(text: string): Scan {
  const state: ScanState = {
    entries: [],
    notes: [],
    timeLines: 0,
    bencherLines: 0,
    idCandidate: null,
    open: null
  };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = visibleLine(lines[index] ?? '');
    const lineNo = index + 1;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const time = resultBracket(line, 'time:');
    if (time) {
      scanTimeLine(state, line, lineNo, time);
      continue;
    }
    const thrpt = resultBracket(line, 'thrpt:');
    if (thrpt) {
      scanThrptLine(state, lineNo, thrpt);
      continue;
    }
    scanOtherLine(state, line, trimmed, lineNo);
  }
  const { entries, notes, timeLines, bencherLines } = state;
  return { entries, notes, timeLines, bencherLines };
}

/**
 * Every benchmark criterion printed, as printed: id, the `time:` bracket and any `thrpt:` brackets with
 * the unit token of each number. Values are not checked here (see `parseCriterionText`).
 */
export function readCriterionText(text: string): TextEntry[] {
  return scan(text).entries;
}

/** A reason a bracket cannot be read; `unit` when the reason is a unit this reader does not know. */
type Unreadable = { error: string; unit?: string };
type Converted = { interval: Interval } | Unreadable;

/** Converts a bracket with a unit table; each value must be a positive finite number, in order. */
function toInterval(
  bracket: TextBracket,
  factorOf: (unit: string) => number | undefined,
  what: string
): Converted {
  const out: number[] = [];
  for (let k = 0; k < 3; k++) {
    const value = bracket.values[k] ?? Number.NaN;
    const unit = bracket.units[k] ?? '';
    const factor = factorOf(unit);
    if (factor === undefined) return { error: `unknown ${what} unit "${unit}"`, unit };
    if (Number.isNaN(value)) return { error: `${what} value ${value} ${unit} is not a number` };
    if (!Number.isFinite(value)) return { error: `${what} value ${value} ${unit} is infinite` };
    if (value < 0) return { error: `${what} value ${value} ${unit} is negative` };
    if (value === 0) return { error: `${what} value ${value} ${unit} is zero` };
    out.push(value * factor);
  }
  const [lower = 0, point = 0, upper = 0] = out;
  if (!(lower <= point && point <= upper)) {
    return { error: `${what} values are out of order (lower <= point <= upper expected)` };
  }
  return { interval: { lower, point, upper } };
}

/**
 * The throughput kind of a `thrpt:` bracket. `B/s` is printed by both binary and decimal byte
 * throughputs (below 1 KiB/s or 1 KB/s), so it does not decide between them.
 */
function kindOf(bracket: TextBracket): { kind: ThroughputKind } | Unreadable {
  let kind: ThroughputKind | null = null;
  for (const unit of bracket.units) {
    const entry = RATE_UNITS[unit];
    if (!entry) return { error: `unknown throughput unit "${unit}"`, unit };
    if (unit === 'B/s') continue;
    if (kind !== null && kind !== entry.kind) return { error: `mixes ${kind} and ${entry.kind} units` };
    kind = entry.kind;
  }
  return { kind: kind ?? 'bytes' };
}

function rateOf(bracket: TextBracket): { kind: ThroughputKind; rate: Interval } | Unreadable {
  const kind = kindOf(bracket);
  if ('error' in kind) return kind;
  const converted = toInterval(bracket, (unit) => RATE_UNITS[unit]?.factor, 'throughput');
  if ('error' in converted) return converted;
  return { kind: kind.kind, rate: converted.interval };
}

const isBytes = (kind: ThroughputKind): boolean => kind === 'bytes' || kind === 'bytes_decimal';

/** The declared throughput and the rate in the kind's base unit per second, from the thrpt lines. */
function throughputOf(
  entry: TextEntry
): { throughput: Measurement['throughput']; rate: Interval | null } | Unreadable {
  if (!entry.thrpt) return { throughput: null, rate: null };
  const first = rateOf(entry.thrpt);
  if ('error' in first) return first;
  if (!entry.secondThrpt) return { throughput: { kind: first.kind, per_iteration: null }, rate: first.rate };
  const second = rateOf(entry.secondThrpt);
  if ('error' in second) return second;
  // ElementsAndBytes: the contract keeps the byte rate (bytes/s) for this kind.
  if (first.kind === 'elements' && isBytes(second.kind)) {
    return { throughput: { kind: 'elements_and_bytes', per_iteration: null }, rate: second.rate };
  }
  return { error: `two "thrpt:" lines that are not elements then bytes (${first.kind}, ${second.kind})` };
}

const TIME_UNIT_LIST = 'ps, ns, µs, us, ms or s';

/**
 * Criterion's human report (stdout, or a file holding it) as measurements. Unreadable result lines and
 * panics become problems naming the source and line; every readable benchmark is still returned.
 */
export function parseCriterionText(text: string, sourceName: string): ParseResult {
  const { entries, notes, timeLines, bencherLines } = scan(text);
  const located: Note[] = [...notes];
  const read: Array<{ measurement: Measurement; line: number }> = [];
  const unknownUnits: UnknownUnit[] = [];
  const where = (line: number): string => `${sourceName}, line ${line}`;

  for (const entry of entries) {
    const time = toInterval(entry.time, (unit) => TIME_UNITS_NS[unit], 'time');
    if ('error' in time) {
      const message = `cannot read the time of "${entry.id}": ${time.error}`;
      if (time.unit === undefined) {
        located.push({ line: entry.line, message });
      } else {
        unknownUnits.push({
          id: entry.id,
          unit: time.unit,
          message: `${where(entry.line)}: ${message} (expected ${TIME_UNIT_LIST}), so it is left out`
        });
      }
      continue;
    }
    const thrpt = throughputOf(entry);
    if ('error' in thrpt) {
      const message = `cannot read the throughput of "${entry.id}": ${thrpt.error}; it is kept without throughput`;
      if (thrpt.unit === undefined) located.push({ line: entry.line, message });
      else unknownUnits.push({ id: entry.id, unit: thrpt.unit, message: `${where(entry.line)}: ${message}` });
    }
    const measurement: Measurement = {
      id: entry.id,
      ...splitId(entry.id),
      throughput: 'error' in thrpt ? null : thrpt.throughput,
      time_ns: time.interval,
      std_dev_ns: null,
      rate: 'error' in thrpt ? null : thrpt.rate,
      source: 'stdout'
    };
    read.push({ measurement, line: entry.line });
  }
  const { plausible, implausible } = screenMeasurements(
    read,
    (r) => r.measurement,
    (r) => where(r.line)
  );
  const measurements = plausible.map((r) => r.measurement);

  located.sort((a, b) => a.line - b.line);
  const problems = located.map((note) => `${where(note.line)}: ${note.message}`);
  if (timeLines === 0) {
    const hint =
      bencherLines > 0
        ? ` (it holds ${bencherLines} bencher-format "test <id> ... bench:" lines: read it as bencher output)`
        : '';
    problems.unshift(
      `no criterion results in ${sourceName}: expected lines like "<id>  time: [1.0 ms 1.1 ms 1.2 ms]"${hint}`
    );
  }
  return {
    measurements,
    problems,
    ...(unknownUnits.length > 0 ? { unknownUnits } : {}),
    ...(implausible.length > 0 ? { implausible } : {})
  };
}
