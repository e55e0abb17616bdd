// Reads the config file (TOML) and hands raw settings to buildConfig. Shell: touches the disk.

import { parse as parseToml, TomlError } from 'smol-toml';
import { buildConfig, type Config, type RawSettings } from '../../core/config/config.js';
import { optionSpec } from '../../core/config/options.js';
import { InputError, messageOf } from '../../core/errors.js';
import { confinePath, FILE_CAPS, FileReadError, readFileCapped } from '../fs/confined.js';

/**
 * Reads `config-file` (explicit: must exist; default: used when present) relative to `cwd`. The
 * default one lies in the checkout, so it may not lead out of `workspace` through a symlink.
 */
function readConfigFile(
  inputs: RawSettings['inputs'],
  cwd: string,
  workspace: string = cwd
): RawSettings['file'] {
  const explicit = inputs['config-file']?.trim();
  const name = explicit || optionSpec('config-file').default;
  const accepted = "a TOML file with the action's settings as keys";
  // Only an input names it: the workflow's (or the terminal's) choice.
  const file = confinePath({
    setting: 'config-file',
    value: name,
    base: cwd,
    workspace,
    trusted: true,
    accepted
  });
  let text: string;
  try {
    text = readFileCapped(file.path, FILE_CAPS.configFile, 'config-file', file.root);
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') {
      if (!explicit) return null;
      throw new InputError(
        `Invalid config-file: "${explicit}" does not exist (looked at ${file.path}). Accepted: ${accepted}.`
      );
    }
    if (error instanceof FileReadError) {
      throw new InputError(
        `Invalid config-file: "${name}" ${error.detail} (${file.path}). Accepted: ${accepted}.`
      );
    }
    throw error;
  }
  try {
    return { path: name, values: parseToml(text) as Record<string, unknown> };
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const first = messageOf(error).split('\n')[0];
    throw new InputError(`config-file ${name} is not valid TOML${where}: ${first}`);
  }
}

/** The validated config from inputs/flags (and bench-args given as arguments), the config file and the defaults. */
export function loadConfig(
  inputs: RawSettings['inputs'],
  cwd: string,
  workspace: string = cwd,
  benchArgs: RawSettings['benchArgs'] = null
): Config {
  return buildConfig({ inputs, file: readConfigFile(inputs, cwd, workspace), benchArgs });
}
