/**
 * The `cargo bench` command line and the parsing of the inputs that feed it. Pure: no env, no I/O.
 */
import { pushAll } from '../arrays.js';
import { InputError } from '../errors.js';
import { redactText } from '../redact.js';

export interface BenchCommandOptions {
  /** Workspace member to benchmark (`cargo bench -p <package>`). */
  packageName: string;
  /** Bench targets (`--bench <name>` each); empty runs every bench target of the package. */
  benches?: readonly string[];
  /** Extra arguments for cargo itself, placed before `--` (e.g. `--features simd`). */
  cargoArgs?: readonly string[];
  /** Arguments for the bench binaries (criterion), placed after `--` (e.g. `--noplot`). */
  benchArgs?: readonly string[];
  /** criterion's `--save-baseline <name>`; empty or absent means not set. */
  saveBaseline?: string | null;
}

export interface Command {
  command: string;
  args: string[];
}

/** `cargo bench -p <package> [--bench <b>]… <cargo-args> [-- <bench-args> [--save-baseline <name>]]`. */
export function buildBenchCommand(opts: BenchCommandOptions): Command {
  if (opts.packageName.trim() === '') {
    throw new InputError("Input 'package' is empty: name the workspace member to benchmark");
  }
  const cargoArgs = opts.cargoArgs ?? [];
  // A `--` inside cargo-args would shift every later argument to the bench binaries.
  if (cargoArgs.includes('--')) {
    throw new InputError("Input 'cargo-args' contains '--': put arguments for the benches in 'bench-args'");
  }
  const args = ['bench', '-p', opts.packageName];
  for (const bench of opts.benches ?? []) {
    if (bench.trim() === '') throw new InputError("Input 'benches' has an empty bench target name");
    args.push('--bench', bench);
  }
  pushAll(args, cargoArgs);

  const binaryArgs = [...(opts.benchArgs ?? [])];
  if (opts.saveBaseline) binaryArgs.push('--save-baseline', opts.saveBaseline);
  if (binaryArgs.length > 0) pushAll(args, ['--'], binaryArgs);
  return { command: 'cargo', args };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
// Inside double quotes a backslash escapes only these (as in POSIX sh); elsewhere it stays literal.
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '$', '`', '\n']);

/**
 * Splits an input into arguments the way a POSIX shell would, without expansion of any kind: words
 * are separated by whitespace or newlines; '…' is literal; "…" honours \" \\ \$ \` and
 * backslash-newline; outside quotes a backslash escapes the next character and backslash-newline
 * joins lines. `''` or `""` yields an empty argument.
 */
export function parseArgList(text: string, inputName = 'arguments'): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  const fail = (what: string, at: number): never => {
    // The text may hold a credential (a --config token): shown redacted.
    throw new InputError(
      `Input '${inputName}': ${what} at character ${at + 1} of ${JSON.stringify(redactText(text))}`
    );
  };

  while (i < text.length) {
    const c = text[i] as string;
    if (WHITESPACE.has(c)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) fail('unterminated single quote', i);
      current += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated double quote', start);
        const d = text[i] as string;
        if (d === '"') break;
        const next = text[i + 1];
        if (d === '\\' && next !== undefined && DOUBLE_QUOTE_ESCAPABLE.has(next)) {
          if (next !== '\n') current += next;
          i += 2;
        } else {
          current += d;
          i++;
        }
      }
      inWord = true;
      i++;
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) fail('a lone backslash ends the text', i);
      if (next === '\n') {
        i += 2; // line continuation: joins, does not split or add anything
        continue;
      }
      current += next;
      inWord = true;
      i += 2;
    } else {
      current += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) args.push(current);
  return args;
}

// Words made of these characters read back as themselves; any other word is single-quoted.
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Arguments as text that parseArgList reads back as the same arguments, for the records that show
 * settings as text (perf.json, the audit). What runs is always the arguments themselves.
 */
export function quoteArgList(words: readonly string[]): string {
  return words.map((word) => (PLAIN_WORD.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(' ');
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses `KEY=VALUE` lines into variables. Blank lines and lines starting with `#` are ignored.
 * The value is everything after the first `=` up to the end of the line (surrounding whitespace
 * trimmed, quotes kept as written); a later line for the same key wins.
 */
export function parseEnvLines(text: string, inputName: string): Record<string, string> {
  const entries: [string, string][] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    // Values are never shown: they may be credentials, so only the name part of a bad line is.
    const accepted =
      'KEY=VALUE (KEY of letters, digits and _, not starting with a digit; blank lines and # comments are ignored)';
    if (eq === -1) {
      throw new InputError(`Input '${inputName}' line ${index + 1} has no "=": each line is ${accepted}`);
    }
    const key = line.slice(0, eq);
    if (!ENV_NAME.test(key)) {
      throw new InputError(
        `Input '${inputName}' line ${index + 1}: ${JSON.stringify(key)} is not a variable name; each line is ${accepted}`
      );
    }
    entries.push([key, line.slice(eq + 1).trim()]);
  });
  // fromEntries defines own properties, so a key like __proto__ stays an ordinary variable.
  return Object.fromEntries(entries);
}

/** The settings the bench command is made of (a Config has them all). */
export interface BenchSettings {
  package: string;
  benches: readonly string[];
  cargoArgs: readonly string[];
  benchArgs: readonly string[];
  saveBaseline: string | null;
}

/**
 * The run's `cargo bench` command from the settings, the one place they become a command line: the
 * config checks it can be built before anything runs, and the run builds it with the targets chosen
 * then and the `--config` arguments meant for that run only.
 */
export function benchCommandOf(
  settings: BenchSettings,
  run: { benches?: readonly string[]; cargoConfigArgs?: readonly string[] } = {}
): Command {
  return buildBenchCommand({
    packageName: settings.package,
    benches: run.benches ?? settings.benches,
    cargoArgs: [...(run.cargoConfigArgs ?? []), ...settings.cargoArgs],
    benchArgs: settings.benchArgs,
    saveBaseline: settings.saveBaseline
  });
}
