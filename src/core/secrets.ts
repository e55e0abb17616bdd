// Which values are the run's secrets, for the scrubber (scrub.ts): the job's credentials from the
// environment, the github-token setting and the values the workflow passes in bench-env. Pure: the
// environment and the settings are handed in.

import type { Config } from './config/config.js';

/** The variables of the step that hold the job's credentials (child-env.ts keeps them from children). */
const CREDENTIAL_VARIABLES = [
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
];

/**
 * bench-env variables the action reads as places: criterion's results folder is named in the report
 * by design (results_path), so these values are settings, not secrets.
 */
const PLACE_VARIABLES = new Set(['CRITERION_HOME', 'CARGO_TARGET_DIR']);

/** The job's credentials as the step's environment holds them, and the resolved token. */
export function jobCredentials(
  env: Readonly<Record<string, string | undefined>>,
  token: string | null = null
): string[] {
  const values = CREDENTIAL_VARIABLES.map((name) => env[name] ?? '');
  return [...values, token ?? ''].filter((value) => value !== '');
}

/**
 * Everything a run scrubs: the job's credentials and the token, and each bench-env value the
 * workflow (or the command line) set. A config file's bench-env is the pull request's own text, not
 * a secret: scrubbing it would let a pull request blank out any word of its own report.
 */
export function runSecrets(
  config: Pick<Config, 'githubToken' | 'benchEnv' | 'effective'>,
  env: Readonly<Record<string, string | undefined>>
): string[] {
  const fromWorkflow = config.effective['bench-env'].origin === 'input';
  const benchEnv = fromWorkflow
    ? Object.entries(config.benchEnv)
        .filter(([name]) => !PLACE_VARIABLES.has(name.toUpperCase()))
        .map(([, value]) => value)
    : [];
  return [...new Set([...jobCredentials(env, config.githubToken), ...benchEnv])];
}
