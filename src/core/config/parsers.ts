// Parsers of settings: each turns a setting's effective text into its typed value, or throws an
// InputError naming the setting, the value (credentials hidden) and what is accepted. The options
// table gives every setting one of them, so a setting's type is its parser's return type.

import { VARIABLE_NAME } from '../audit/variables.js';
import { isWithheldVariable, WITHHELD_VARIABLES } from '../child-env.js';
import { MAX_RATE_PER_SECOND, MIN_RATE_PER_SECOND } from '../criterion/plausible.js';
import { InputError } from '../errors.js';
import { compileGlob, type Glob, GlobError, splitList } from '../glob.js';
import { ownerRepo } from '../history/remote.js';
import { isCredentialName, redactText } from '../redact.js';
import { parseArgList, parseEnvLines } from '../runner/args.js';
import { isRevisionName, REVISION_NAME_ACCEPTED } from '../runner/git-revision.js';
import { parsePackageSpec } from '../runner/package-spec.js';
import { MAX_SHARDS, type ShardSpec } from '../shard/plan.js';
import { ACCEPTED_RATE_UNITS, ACCEPTED_SIZE_UNITS, parseByteRate, parseByteSize } from '../units.js';

export type SettingOrigin = 'input' | 'config-file' | 'default';

/** Which setting a text belongs to and where it came from, for the message about a bad value. */
export interface SettingContext {
  name: string;
  origin: SettingOrigin;
  /** The config file's path, named when the value came from it. */
  file?: string | null;
}

export type SettingParser<T> = (text: string, at: SettingContext) => T;

export interface Floor {
  /** As written, e.g. `80 MB/s`. */
  text: string;
  bytesPerSecond: number;
}

export interface MetricSelector {
  patterns: string[];
  globs: Glob[];
}

export interface ByteSize {
  /** As written, e.g. `256 MiB`. */
  text: string;
  bytes: number;
}

export type FailOn = 'floor' | 'regression' | 'warning';

/** The one message for a bad value: `Invalid <name> (from <file>): "<value>". Accepted: <what>.` */
export function invalid(at: SettingContext, value: string, accepted: string): never {
  const where = at.origin === 'config-file' && at.file ? ` (from ${at.file})` : '';
  throw new InputError(`Invalid ${at.name}${where}: "${redactText(value)}". Accepted: ${accepted}.`);
}

/** The text as given. */
export const text: SettingParser<string> = (value) => value;

/** The text, or `fallback` when it is empty (an empty value in the config file). */
export const textOr =
  (fallback: string): SettingParser<string> =>
  (value) =>
    value || fallback;

/** The text, or null when it is empty. */
export const optionalText: SettingParser<string | null> = (value) => (value === '' ? null : value);

/** A workflow run's id (digits), or null when unset. */
export const runId: SettingParser<string | null> = (value, at) => {
  if (value === '') return null;
  if (!/^[1-9][0-9]{0,19}$/.test(value))
    invalid(at, value, 'a workflow run id (digits, as github.event.workflow_run.id gives it)');
  return value;
};

/** A comma or newline separated list. */
export const list: SettingParser<string[]> = (value) => splitList(value);

/** One of `values`, case-insensitively; `choices` lists them for action.yml, the CLI and the docs. */
export function choice<const T extends readonly string[]>(
  values: T
): { choices: T; parse: SettingParser<T[number]> } {
  return {
    choices: values,
    parse: (value, at) => {
      const lower = value.toLowerCase();
      if (!values.includes(lower)) invalid(at, value, values.join(', '));
      return lower as T[number];
    }
  };
}

/** `true` or `false`. */
export function flag(): { choices: readonly ['true', 'false']; parse: SettingParser<boolean> } {
  const { choices, parse } = choice(['true', 'false'] as const);
  return { choices, parse: (value, at) => parse(value, at) === 'true' };
}

/** A finite number from `min` to `max`. */
export const number =
  (min: number, accepted: string, max = Number.MAX_VALUE): SettingParser<number> =>
  (value, at) => {
    const n = Number(value);
    if (value === '' || !Number.isFinite(n) || n < min || n > max) invalid(at, value, accepted);
    return n;
  };

/** A whole number >= 0. */
export const count =
  (example: string): SettingParser<number> =>
  (value, at) => {
    if (!/^\s*\d{1,9}\s*$/.test(value)) invalid(at, value, `a whole number >= 0, e.g. "${example}"`);
    return Number(value);
  };

/** A whole number >= 1. */
export const wholeNumber =
  (example: string): SettingParser<number> =>
  (value, at) => {
    if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1)
      invalid(at, value, `a whole number >= 1, e.g. "${example}"`);
    return Number(value);
  };

/** `5%` or `5` → 0.05; above 0 and up to 100. */
export const percentage =
  (example: string): SettingParser<number> =>
  (value, at) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
    const percent = match ? Number(match[1]) : Number.NaN;
    if (!(percent > 0 && percent <= 100)) {
      invalid(at, value, `a percentage above 0 and up to 100, e.g. "${example}"`);
    }
    return percent / 100;
  };

/** A throughput with a unit, within the rates a measurement may have (so throughput / floor is a number). */
export const rate: SettingParser<Floor> = (value, at) => {
  const bytesPerSecond = parseByteRate(value);
  if (
    bytesPerSecond === null ||
    bytesPerSecond < MIN_RATE_PER_SECOND ||
    bytesPerSecond > MAX_RATE_PER_SECOND
  ) {
    invalid(
      at,
      value,
      `a positive number with a unit, one of ${ACCEPTED_RATE_UNITS}, from 1e-6 B/s to 1000 TB/s (e.g. "80 MB/s")`
    );
  }
  return { text: value, bytesPerSecond };
};

/** A positive size with a unit. */
export const size: SettingParser<ByteSize> = (value, at) => {
  const bytes = parseByteSize(value);
  if (bytes === null || bytes <= 0) {
    invalid(at, value, `a positive size with a unit, one of ${ACCEPTED_SIZE_UNITS} (e.g. "256 MiB")`);
  }
  return { text: value, bytes };
};

/** Globs over criterion ids, comma or newline separated; a bad one is named on its own. */
export const selector: SettingParser<MetricSelector> = (value, at) => {
  const patterns = splitList(value);
  if (patterns.length === 0)
    invalid(at, value, 'one or more globs over criterion ids, comma or newline separated');
  const globs = patterns.map((pattern) => {
    try {
      return compileGlob(pattern);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      return invalid(at, pattern, `globs with *, **, ?, [abc], {a,b} (this one has ${error.message})`);
    }
  });
  return { patterns, globs };
};

/** Arguments separated by spaces, quoted with " or '; never run through a shell. */
export const args: SettingParser<string[]> = (value, at) => {
  try {
    return parseArgList(value, at.name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return invalid(at, value, 'arguments separated by spaces, quoted with " or \'');
  }
};

/** `KEY=VALUE` lines for the bench; the job's credentials are refused by name. */
export const environment: SettingParser<Record<string, string>> = (value, at) => {
  const variables = parseEnvLines(value, at.name);
  const withheld = Object.keys(variables).filter(isWithheldVariable);
  if (withheld.length > 0) {
    // cargo hands its environment to the pull request's build scripts and benches.
    invalid(
      at,
      withheld.join(', '),
      `variables other than ${WITHHELD_VARIABLES}: those hold the job's credentials and no child process gets them`
    );
  }
  return variables;
};

/**
 * Environment variable names, comma or newline separated, each once. One that looks like a
 * credential is refused: the record that lists them never holds a secret.
 */
export const variableNames: SettingParser<string[]> = (value, at) => {
  const names = [...new Set(splitList(value))];
  for (const name of names) {
    if (!VARIABLE_NAME.test(name))
      invalid(at, name, 'environment variable names (letters, digits and _, not starting with a digit)');
    if (isCredentialName(name))
      invalid(at, name, 'names that do not look like credentials: the audit record never holds secrets');
  }
  return names;
};

const FAIL_ON = ['floor', 'regression', 'warning', 'none'] as const;

/** Which findings fail the step; empty for `none`. */
export const failOn: { choices: typeof FAIL_ON; parse: SettingParser<FailOn[]> } = {
  choices: FAIL_ON,
  parse: (value, at) => {
    const values = splitList(value.toLowerCase());
    const accepted = 'floor, regression, warning or none (comma separated)';
    if (values.length === 0) invalid(at, value, accepted);
    for (const v of values) {
      if (!(FAIL_ON as readonly string[]).includes(v)) invalid(at, value, accepted);
    }
    if (values.includes('none')) {
      if (values.length > 1) invalid(at, value, `${accepted}; "none" stands alone`);
      return [];
    }
    return [...new Set(values)] as FailOn[];
  }
};

/** A Cargo package name or package spec, kept as written. */
export const cargoPackage: SettingParser<string> = (value, at) => {
  if (parsePackageSpec(value) === null) {
    invalid(
      at,
      value,
      'a Cargo package name (letters, digits, - and _) or package spec (`name@1.2.3`, `path+file:///…#1.2.3`)'
    );
  }
  return value;
};

/** An instance's name: it goes into the PR comment's marker. */
export const instanceName: SettingParser<string> = (value, at) => {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value)) {
    invalid(
      at,
      value,
      'letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 (e.g. "copybook-bench")'
    );
  }
  return value;
};

/** A headline name on one line; null when empty. */
export const projectName: SettingParser<string | null> = (value, at) => {
  if (/[\r\n]/.test(value) || value.length > 100)
    invalid(at, value, 'a name on one line, at most 100 characters');
  return optionalText(value, at);
};

/**
 * A git revision (a commit, branch or tag), or null when empty. It becomes an argument of git: one
 * that starts with `-` would be read as an option (`--upload-pack=…` runs a program), so only the
 * characters of commit ids and ref names are accepted, never first a `-`, never `..` or `@{`.
 */
export const gitRevision: SettingParser<string | null> = (value, at) => {
  if (value === '') return null;
  if (!isRevisionName(value)) invalid(at, value, REVISION_NAME_ACCEPTED);
  return value;
};

/** `i/n` (this leg is shard i of n, 1 ≤ i ≤ n ≤ 256), or null when empty (not sharded). */
export const shardSpec: SettingParser<ShardSpec | null> = (value, at) => {
  if (value.trim() === '') return null;
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS))
    invalid(
      at,
      value,
      `i/n with 1 <= i <= n <= ${MAX_SHARDS}, e.g. "2/4" (the second of four shards), or empty`
    );
  return { index, count };
};

/** An https URL holding no user or password (a credential never goes in a URL); null otherwise. */
function credentialFreeHttps(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' ? url : null;
}

/**
 * Where a git remote is: `owner/repo` (on the workflow's GitHub server), an `https://` or `file://`
 * URL, or an absolute path; null when empty. A credential never goes in a URL (it would reach git's
 * log and the remote's config), so a URL with a user or password is refused.
 */
export const gitRemote: SettingParser<string | null> = (value, at) => {
  const v = value.trim();
  if (v === '') return null;
  const accepted =
    "`owner/repo`, an https:// or file:// URL without a user or password, or an absolute path (empty: the checkout's origin)";
  if (ownerRepo(v)) return v;
  if (/^file:\/\/\//.test(v) || (v.startsWith('/') && !v.includes('\0'))) return v;
  if (credentialFreeHttps(v)) return v;
  return invalid(at, value, accepted);
};

/** A branch name git cannot take for anything else (as a revision name, without `^` and `~`). */
export const historyBranch: SettingParser<string> = (value, at) => {
  const v = value.trim();
  if (!isRevisionName(v) || /[\^~]/.test(v) || v.endsWith('/') || v.includes('//'))
    invalid(
      at,
      value,
      'a branch name: letters, digits, "_", ".", "/" and "-", not starting with "-" or "." (e.g. "copybook-bench-data")'
    );
  return v;
};

/** An https:// URL without a user or password, or null when empty. */
export const httpsUrl: SettingParser<string | null> = (value, at) => {
  const v = value.trim();
  if (v === '') return null;
  const url = credentialFreeHttps(v);
  if (!url)
    invalid(at, value, 'an https:// URL without a user or password, e.g. "https://octo.github.io/bench/"');
  return url.href;
};
