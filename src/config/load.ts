// Reads the config file (TOML) and hands raw settings to buildConfig. Shell: touches the disk.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { InputError, messageOf } from '../errors.js';
import { buildConfig, type Config, type RawSettings } from './config.js';
import { optionSpec } from './options.js';

/** Reads `config-file` (explicit: must exist; default: used when present) relative to `cwd`. */
export function readConfigFile(inputs: RawSettings['inputs'], cwd: string): RawSettings['file'] {
  const explicit = inputs['config-file']?.trim();
  const name = explicit || optionSpec('config-file').default;
  const file = path.resolve(cwd, name);
  if (!existsSync(file)) {
    if (explicit) {
      throw new InputError(
        `Invalid config-file: "${explicit}" does not exist (looked at ${file}). Accepted: a TOML file with the action's settings as keys.`
      );
    }
    return null;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`config-file ${name} cannot be read: ${messageOf(error)}`);
  }
  try {
    return { path: name, values: parseToml(text) as Record<string, unknown> };
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const first = messageOf(error).split('\n')[0];
    throw new InputError(`config-file ${name} is not valid TOML${where}: ${first}`);
  }
}

/** The validated config from inputs/flags, the config file and the defaults. */
export function loadConfig(inputs: RawSettings['inputs'], cwd: string): Config {
  return buildConfig({ inputs, file: readConfigFile(inputs, cwd) });
}
