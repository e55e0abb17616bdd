/**
 * What a failed `cargo bench` says about why it failed. Its stderr is mostly build progress and
 * compiler warnings; the cause is in the `error:` lines of cargo, rustc and the bench harness and in
 * a panic, so those come first, then a short tail for context. Pure.
 */
import { redactText } from '../redact.js';

/** The last `count` lines of `text`, without trailing blank lines. */
export function lastLines(text: string, count: number): string {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  return lines.slice(-count).join('\n');
}

// cargo's and the harness's `error: …`, rustc's `error[E0425]: …`.
const ERROR_LINE = /^error(\[E\d+\])?: /;
// `thread 'main' panicked at src/x.rs:1:2:` (Rust 1.73+, a thread id from 1.92) or, older,
// `thread 'main' panicked at 'message', src/x.rs:1:2`.
const PANIC_LINE = /^thread '[^']*'( \(\d+\))? panicked at /;
// A rustc code excerpt (`  |`, `12 | let x = …`): the location line above it says enough.
const SOURCE_EXCERPT = /^\s*\d*\s*\|/;
const MAX_CONTINUATION = 8;
const MAX_PICKED = 20;

/**
 * The lines that say why the run failed, in order: each `error:` line with the lines that belong to
 * it (cargo's `help:`, `Caused by:` and indented details, rustc's `-->` location; not the code
 * excerpt), and each
 * panic with its message. At most MAX_PICKED lines.
 */
export function errorLines(stderr: string): string[] {
  const lines = stderr.split(/\r?\n/).map((line) => line.replace(/\s+$/, ''));
  const picked: string[] = [];
  for (let i = 0; i < lines.length && picked.length < MAX_PICKED; i++) {
    const line = lines[i] as string;
    const isError = ERROR_LINE.test(line);
    const isPanic = PANIC_LINE.test(line);
    if (!isError && !isPanic) continue;
    picked.push(line);
    let kept = 0;
    for (let j = i + 1; j < lines.length && kept < MAX_CONTINUATION; j++) {
      const next = lines[j] as string;
      // cargo sets each `Caused by:` of an error apart with a blank line.
      if (next === '' && !isPanic && lines[j + 1]?.startsWith('Caused by:')) continue;
      if (next === '' || ERROR_LINE.test(next) || PANIC_LINE.test(next) || /^warning\b/.test(next)) break;
      i = j;
      if (!isPanic && SOURCE_EXCERPT.test(next)) continue;
      if (isPanic) {
        // The message follows the location; the backtrace and its note do not explain anything.
        if (/^(stack backtrace:|note: )/.test(next)) break;
      } else if (!/^(\s|help: |note: |- |Caused by:)/.test(next)) break;
      picked.push(next);
      kept++;
    }
  }
  return picked.slice(0, MAX_PICKED);
}

const TAIL_LINES = 12;

/**
 * The failure message: `what` with the first line of the cause on the same line, the other cause
 * lines under it, then the tail of stderr. Without an error line, the tail alone.
 */
export function failureMessage(what: string, stderr: string): string {
  const tail = lastLines(stderr, TAIL_LINES);
  const cause = errorLines(stderr);
  if (cause.length === 0) {
    return tail === ''
      ? `${what} (stderr was empty)`
      : `${what}\nLast ${TAIL_LINES} lines of stderr:\n${tail}`;
  }
  return [`${what}: ${cause[0]}`, ...cause.slice(1), `Last ${TAIL_LINES} lines of stderr:`, tail].join('\n');
}

/** One line for cargo's failure: its first error with the innermost cause of that error's chain. */
export function cargoFailureLine(stderr: string): string {
  const picked = errorLines(stderr)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = picked[0];
  if (first === undefined) return lastLines(stderr, 1).trim() || '(cargo printed nothing)';
  const innermost = picked.at(-1) as string;
  return innermost === first ? first : `${first} (${innermost})`;
}

/** Why a program (cargo, git, a bench) failed, in one line shown without credentials. */
export const failureCause = (result: { error: string | null; stderr: string }): string =>
  redactText(result.error ?? cargoFailureLine(result.stderr));
