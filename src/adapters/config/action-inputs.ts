// How the Actions runner passes inputs, and what each value means. Pure.
//
// The runner sets INPUT_<NAME> for every input action.yml declares: the workflow's value, else
// action.yml's `default:`, else ''. So without a default an unset input and one set to '' are the
// same '', and with one an unset input is that default.

import type { OptionSpec } from '../../core/config/options.js';

/** The variable the runner passes an input in (the name @actions/core reads). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * An input's value, trimmed, or undefined when the workflow did not set it: when the variable is
 * absent, or holds the option's action.yml default, which stands for the config file and the
 * built-in default. '' is returned as given: only an `explicitEmpty` option (which has an
 * action.yml default, so '' came from the workflow) takes it as a value.
 */
export function actionInput(spec: OptionSpec, env: NodeJS.ProcessEnv): string | undefined {
  const raw = env[inputVariable(spec.name)];
  if (raw === undefined) return undefined;
  const value = raw.trim();
  return spec.actionDefault !== undefined && value === spec.actionDefault ? undefined : value;
}
