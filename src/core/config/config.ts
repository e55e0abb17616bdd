// Builds the one typed, validated Config from raw settings (inputs/flags, the config file and the
// defaults). Pure: the shell reads the inputs and the file and hands their values in.

import { isWithheldVariable, WITHHELD_VARIABLES } from '../child-env.js';
import { MAX_RATE_PER_SECOND, MIN_RATE_PER_SECOND } from '../criterion/plausible.js';
import { InputError } from '../errors.js';
import { compileGlob, type Glob, GlobError, splitList } from '../glob.js';
import { redactText } from '../redact.js';
import { buildBenchCommand, parseArgList, parseEnvLines } from '../runner/args.js';
import { parsePackageSpec } from '../runner/package-spec.js';
import { ACCEPTED_RATE_UNITS, ACCEPTED_SIZE_UNITS, parseByteRate, parseByteSize } from '../units.js';
import { OPTION_NAMES, OPTIONS, optionSpec, SECRET_OPTION_NAMES, type SettingName } from './options.js';

export type Aggregate = 'max' | 'min' | 'median' | 'mean';
export type Source = 'auto' | 'disk' | 'stdout' | 'bencher';
export type FailOn = 'floor' | 'regression' | 'warning';
export type BaselineMode = 'auto' | 'compare' | 'promote' | 'off';
export type SettingOrigin = 'input' | 'config-file' | 'default';
export type CommentMode = 'auto' | 'always' | 'never' | 'on-failure';

export interface Floor {
  /** As written, e.g. `80 MB/s`. */
  text: string;
  bytesPerSecond: number;
}

export interface MetricSelector {
  patterns: string[];
  globs: Glob[];
}

export interface Config {
  workingDirectory: string;
  configFile: string;
  package: string;
  benches: string[];
  cargoArgs: string[];
  benchArgs: string[];
  benchEnv: Record<string, string>;
  saveBaseline: string | null;
  run: boolean;
  timeoutMinutes: number;
  source: Source;
  criterionDir: string | null;
  benchOutput: string | null;
  display: MetricSelector;
  comp3: MetricSelector;
  aggregate: Aggregate;
  displayFloor: Floor;
  comp3Floor: Floor;
  warningFactor: number;
  /** A fraction: 0.05 for `5%`. */
  varianceTolerance: number;
  memoryCeiling: { text: string; bytes: number };
  /** Empty for `none`. */
  failOn: FailOn[];
  reportDir: string;
  /** The audit config file, relative to `working-directory`. */
  auditConfig: string | null;
  jobSummary: boolean;
  /** Upload the report dir as the run's artifact (the Action only). */
  uploadReport: boolean;
  /** null: the repository's name, else the working directory's (resolved where those are known). */
  project: string | null;
  /** The instance's name: its PR comment's marker. */
  name: string;
  comment: CommentMode;
  commentTemplate: string | null;
  /** Never printed, never in `effective`. */
  githubToken: string | null;
  baseline: BaselineMode;
  /** null: the repository's default branch. */
  baselineBranch: string | null;
  testbed: string;
  historySize: number;
  retentionDays: number;
  /** Fractions: 0.05 for `5%`. */
  regressionThreshold: number;
  noiseThreshold: number;
  /**
   * Every setting's effective text as it is recorded (perf.json, the audit, the pages, the baseline)
   * and where it came from: bench-env by its variables' names only, credentials hidden (redactText).
   */
  effective: Record<SettingName, { value: string; origin: SettingOrigin }>;
}

/**
 * Raw settings: text from inputs/flags (absent or empty = not given, but empty is a value for an
 * `explicitEmpty` option) and the parsed config file.
 */
export interface RawSettings {
  inputs: Partial<Record<string, string | undefined>>;
  file?: { path: string; values: Record<string, unknown> } | null;
}

/** Config-file values may be TOML numbers, booleans or arrays; settings are text. */
function fileValueToText(key: string, value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join('\n');
  }
  throw new InputError(
    `${path}: "${key}" must be a string, number, boolean or list of strings, not ${JSON.stringify(value)}`
  );
}

function invalid(name: string, value: string, accepted: string, origin: SettingOrigin, file?: string): never {
  const where = origin === 'config-file' && file ? ` (from ${file})` : '';
  throw new InputError(`Invalid ${name}${where}: "${redactText(value)}". Accepted: ${accepted}.`);
}

export function buildConfig(raw: RawSettings): Config {
  const file = raw.file ?? null;
  if (file) {
    const secrets = Object.keys(file.values).filter((k) => SECRET_OPTION_NAMES.has(k));
    if (secrets.length > 0) {
      // A token in a committed file is a leaked token.
      throw new InputError(
        `${file.path}: "${secrets[0]}" cannot be set in the config file, which is committed to the repository. Use the ${secrets[0]} input (it defaults to the job's token) or the GITHUB_TOKEN environment variable.`
      );
    }
    const unknown = Object.keys(file.values).filter((k) => !OPTION_NAMES.has(k));
    if (unknown.length > 0) {
      throw new InputError(
        `${file.path}: unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}. Accepted keys: ${[...OPTION_NAMES].filter((k) => !SECRET_OPTION_NAMES.has(k)).join(', ')}.`
      );
    }
  }

  const effective = {} as Config['effective'];
  for (const spec of OPTIONS) {
    if ('secret' in spec) continue;
    const input = raw.inputs[spec.name];
    if (input !== undefined && (input.trim() !== '' || 'explicitEmpty' in spec)) {
      effective[spec.name] = { value: input.trim(), origin: 'input' };
    } else if (file && spec.name in file.values) {
      effective[spec.name] = {
        value: fileValueToText(spec.name, file.values[spec.name], file.path).trim(),
        origin: 'config-file'
      };
    } else {
      effective[spec.name] = { value: spec.default, origin: 'default' };
    }
  }

  const text = (name: SettingName): string => effective[name].value;
  const fail = (name: SettingName, accepted: string): never =>
    invalid(name, text(name), accepted, effective[name].origin, file?.path);

  const choice = <T extends string>(name: SettingName): T => {
    const choices = optionSpec(name).choices ?? [];
    const value = text(name).toLowerCase();
    if (!choices.includes(value)) fail(name, choices.join(', '));
    return value as T;
  };
  const bool = (name: SettingName): boolean => choice<'true' | 'false'>(name) === 'true';
  const number = (name: SettingName, min: number, accepted: string, max = Number.MAX_VALUE): number => {
    const value = Number(text(name));
    if (text(name) === '' || !Number.isFinite(value) || value < min || value > max) fail(name, accepted);
    return value;
  };
  const optional = (name: SettingName): string | null => (text(name) === '' ? null : text(name));
  const rate = (name: SettingName): Floor => {
    const bytesPerSecond = parseByteRate(text(name));
    // Within the rates a measurement may have, so that throughput / floor is a number.
    if (
      bytesPerSecond === null ||
      bytesPerSecond < MIN_RATE_PER_SECOND ||
      bytesPerSecond > MAX_RATE_PER_SECOND
    ) {
      fail(
        name,
        `a positive number with a unit, one of ${ACCEPTED_RATE_UNITS}, from 1e-6 B/s to 1000 TB/s (e.g. "80 MB/s")`
      );
    }
    return { text: text(name), bytesPerSecond: bytesPerSecond as number };
  };
  const selector = (name: SettingName): MetricSelector => {
    const patterns = splitList(text(name));
    if (patterns.length === 0) fail(name, 'one or more globs over criterion ids, comma or newline separated');
    const globs = patterns.map((pattern) => {
      try {
        return compileGlob(pattern);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        return invalid(
          name,
          pattern,
          `globs with *, **, ?, [abc], {a,b} (this one has ${error.message})`,
          effective[name].origin,
          file?.path
        );
      }
    });
    return { patterns, globs };
  };
  const benchEnv = (): Record<string, string> => {
    const variables = parseEnvLines(text('bench-env'), 'bench-env');
    const withheld = Object.keys(variables).filter(isWithheldVariable);
    if (withheld.length > 0) {
      // cargo hands its environment to the pull request's build scripts and benches.
      invalid(
        'bench-env',
        withheld.join(', '),
        `variables other than ${WITHHELD_VARIABLES}: those hold the job's credentials and no child process gets them`,
        effective['bench-env'].origin,
        file?.path
      );
    }
    return variables;
  };
  const args = (name: SettingName): string[] => {
    try {
      return parseArgList(text(name), name);
    } catch (error) {
      if (error instanceof InputError) throw error;
      return fail(name, 'arguments separated by spaces, quoted with " or \'');
    }
  };

  /** `5%` or `5` → 0.05; above 0 and up to 100. */
  const percentage = (name: SettingName, example: string): number => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text(name));
    const percent = match ? Number(match[1]) : Number.NaN;
    if (!(percent > 0 && percent <= 100)) fail(name, `a percentage above 0 and up to 100, e.g. "${example}"`);
    return percent / 100;
  };
  const wholeNumber = (name: SettingName, example: string): number => {
    const value = Number(text(name));
    if (!/^\s*\d+\s*$/.test(text(name)) || value < 1) fail(name, `a whole number >= 1, e.g. "${example}"`);
    return value;
  };

  const failOn = (): FailOn[] => {
    const values = splitList(text('fail-on').toLowerCase());
    const accepted = 'floor, regression, warning or none (comma separated)';
    if (values.length === 0) fail('fail-on', accepted);
    for (const v of values) {
      if (!['floor', 'regression', 'warning', 'none'].includes(v)) fail('fail-on', accepted);
    }
    if (values.includes('none')) {
      if (values.length > 1) fail('fail-on', `${accepted}; "none" stands alone`);
      return [];
    }
    return [...new Set(values)] as FailOn[];
  };

  const memory = (): Config['memoryCeiling'] => {
    const bytes = parseByteSize(text('memory-ceiling'));
    if (bytes === null || bytes <= 0) {
      fail('memory-ceiling', `a positive size with a unit, one of ${ACCEPTED_SIZE_UNITS} (e.g. "256 MiB")`);
    }
    return { text: text('memory-ceiling'), bytes: bytes as number };
  };

  const instanceName = text('name');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(instanceName)) {
    fail(
      'name',
      'letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 (e.g. "copybook-bench")'
    );
  }
  const project = text('project');
  if (/[\r\n]/.test(project) || project.length > 100)
    fail('project', 'a name on one line, at most 100 characters');
  const token = raw.inputs['github-token']?.trim();

  const packageName = text('package');
  if (parsePackageSpec(packageName) === null)
    fail(
      'package',
      'a Cargo package name (letters, digits, - and _) or package spec (`name@1.2.3`, `path+file:///…#1.2.3`)'
    );

  const variables = benchEnv();
  const config: Config = {
    workingDirectory: text('working-directory') || '.',
    configFile: text('config-file'),
    package: packageName,
    benches: splitList(text('benches')),
    cargoArgs: args('cargo-args'),
    benchArgs: args('bench-args'),
    benchEnv: variables,
    saveBaseline: optional('save-baseline'),
    run: bool('run'),
    timeoutMinutes: number('timeout-minutes', Number.MIN_VALUE, 'a number of minutes above 0, e.g. "60"'),
    source: choice<Source>('source'),
    criterionDir: optional('criterion-dir'),
    benchOutput: optional('bench-output'),
    display: selector('display-benchmarks'),
    comp3: selector('comp3-benchmarks'),
    aggregate: choice<Aggregate>('aggregate'),
    displayFloor: rate('display-floor'),
    comp3Floor: rate('comp3-floor'),
    warningFactor: number('warning-factor', 1, 'a number from 1 to 1000, e.g. "1.25"', 1000),
    varianceTolerance: percentage('variance-tolerance', '5%'),
    memoryCeiling: memory(),
    failOn: failOn(),
    reportDir: text('report-dir') || 'copybook-bench-report',
    auditConfig: optional('audit-config'),
    jobSummary: bool('job-summary'),
    uploadReport: bool('upload-report'),
    project: optional('project'),
    name: instanceName,
    comment: choice<CommentMode>('comment'),
    commentTemplate: optional('comment-template'),
    githubToken: token ? token : null,
    baseline: choice<BaselineMode>('baseline'),
    baselineBranch: optional('baseline-branch'),
    testbed: text('testbed') || 'default',
    historySize: wholeNumber('history-size', '30'),
    retentionDays: wholeNumber('retention-days', '90'),
    regressionThreshold: percentage('regression-threshold', '5%'),
    noiseThreshold: percentage('noise-threshold', '2%'),
    effective: recordedSettings(effective, variables)
  };
  // Rejects what would make a wrong command line (a `--` inside cargo-args, say) before anything runs.
  buildBenchCommand({
    packageName: config.package,
    benches: config.benches,
    cargoArgs: config.cargoArgs,
    benchArgs: config.benchArgs,
    saveBaseline: config.saveBaseline
  });
  return config;
}

/**
 * The settings as everything that records them shows them: bench-env by its names only (its values
 * are for the bench alone), every other value with its credentials hidden.
 */
function recordedSettings(
  effective: Config['effective'],
  benchEnv: Readonly<Record<string, string>>
): Config['effective'] {
  const recorded = {} as Config['effective'];
  for (const [name, setting] of Object.entries(effective) as [
    SettingName,
    Config['effective'][SettingName]
  ][]) {
    const value = name === 'bench-env' ? Object.keys(benchEnv).join(', ') : redactText(setting.value);
    recorded[name] = { value, origin: setting.origin };
  }
  return recorded;
}

/** The effective settings as plain text, for the report. */
export function effectiveSettings(config: Config): Record<string, string> {
  return Object.fromEntries(Object.entries(config.effective).map(([k, v]) => [k, v.value]));
}
