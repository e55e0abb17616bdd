// Builds the one typed, validated Config from raw settings (inputs/flags, the config file and the
// defaults). Pure: the shell reads the inputs and the file and hands their values in.

import { InputError } from '../errors.js';
import { redactText } from '../redact.js';
import { benchCommandOf, quoteArgList } from '../runner/args.js';
import {
  OPTION_NAMES,
  OPTIONS,
  type OptionValues,
  optionKey,
  SECRET_OPTION_NAMES,
  type SettingName,
  WORKFLOW_ONLY_OPTION_NAMES
} from './options.js';
import type { SettingContext, SettingOrigin } from './parsers.js';

export type { ByteSize, FailOn, Floor, MetricSelector, SettingOrigin } from './parsers.js';

/** The typed, validated settings: one field per option (see OPTIONS), plus how each was set. */
export interface Config extends OptionValues {
  /**
   * Every setting's effective text as it is recorded (perf.json, the audit, the pages, the baseline)
   * and where it came from: bench-env by its variables' names only, credentials hidden (redactText).
   */
  effective: Record<SettingName, { value: string; origin: SettingOrigin }>;
}

export type Aggregate = Config['aggregate'];
export type Source = Config['source'];
export type BaselineMode = Config['baseline'];
export type CommentMode = Config['comment'];

/**
 * Raw settings: text from inputs/flags (absent or empty = not given, but empty is a value for an
 * `explicitEmpty` option) and the parsed config file.
 */
export interface RawSettings {
  inputs: Partial<Record<string, string | undefined>>;
  file?: { path: string; values: Record<string, unknown> } | null;
  /**
   * bench-args given as arguments, not as text (the CLI's words after `--`): they replace the input,
   * the config file and the default, and are used as they are, never split.
   */
  benchArgs?: readonly string[] | null;
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

/** `a`, `a and b`, `a, b and c`. */
function spoken(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Refuses the workflow-only settings in the config file: a pull request controls that file, and
 * these decide whom the run trusts (which comment it edits, whether it promotes, what the audit
 * records, the token). Then any key that is no setting.
 */
function checkFileKeys(file: { path: string; values: Record<string, unknown> }): void {
  const keys = Object.keys(file.values);
  const secret = keys.find((k) => SECRET_OPTION_NAMES.has(k));
  if (secret) {
    // A token in a committed file is a leaked token.
    throw new InputError(
      `${file.path}: "${secret}" cannot be set in the config file, which is committed to the repository. Use the ${secret} input (it defaults to the job's token) or the GITHUB_TOKEN environment variable.`
    );
  }
  const workflowOnly = keys.filter((k) => WORKFLOW_ONLY_OPTION_NAMES.has(k));
  if (workflowOnly.length > 0) {
    const inputs = workflowOnly.length > 1 ? 'inputs' : 'input';
    throw new InputError(
      `${file.path}: ${spoken(workflowOnly.map((k) => `"${k}"`))} cannot be set in the config file: a pull request controls that file. Set the action's ${spoken(workflowOnly)} ${inputs} (or ${workflowOnly.map((k) => `--${k}`).join(', ')}) instead.`
    );
  }
  const unknown = keys.filter((k) => !OPTION_NAMES.has(k));
  if (unknown.length > 0) {
    throw new InputError(
      `${file.path}: unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}. Accepted keys: ${[...OPTION_NAMES].filter((k) => !WORKFLOW_ONLY_OPTION_NAMES.has(k)).join(', ')}.`
    );
  }
}

export function buildConfig(raw: RawSettings): Config {
  const file = raw.file ?? null;
  if (file) checkFileKeys(file);

  const effective = effectiveTexts(raw);
  const values = {} as Record<string, unknown>;
  for (const spec of OPTIONS) {
    // A credential comes from the input alone (the file was refused above) and is never recorded.
    const setting =
      'secret' in spec
        ? { value: raw.inputs[spec.name]?.trim() ?? '', origin: 'input' as const }
        : effective[spec.name];
    const at: SettingContext = { name: spec.name, origin: setting.origin, file: file?.path };
    values[optionKey(spec.name)] = spec.parse(setting.value, at);
  }
  // Arguments given as such stay as given: splitting their text could differ from them.
  if (raw.benchArgs) values.benchArgs = [...raw.benchArgs];
  const parsed = values as unknown as OptionValues;
  const config: Config = { ...parsed, effective: recordedSettings(effective, parsed.benchEnv) };
  // Rejects what would make a wrong command line (a `--` inside cargo-args, say) before anything runs.
  benchCommandOf(config);
  return config;
}

/** Each setting's text and where it came from: input (or flag), config file or default. */
function effectiveTexts(raw: RawSettings): Config['effective'] {
  const file = raw.file ?? null;
  const effective = {} as Config['effective'];
  for (const spec of OPTIONS) {
    if ('secret' in spec) continue;
    const input = raw.inputs[spec.name];
    if (spec.name === 'bench-args' && raw.benchArgs) {
      // Recorded as text that reads back as the same arguments.
      effective[spec.name] = { value: quoteArgList(raw.benchArgs), origin: 'input' };
    } else if (input !== undefined && (input.trim() !== '' || 'explicitEmpty' in spec)) {
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
  return effective;
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
