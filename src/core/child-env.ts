// The environment of every process this action starts. cargo runs the pull request's build scripts
// and bench binaries, so whatever cargo gets, the pull request's code gets: never the job's
// credentials. Pure: the caller hands in its process's environment.

// The runtime token opens the cache and artifact services (ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL
// stay: without the token they open nothing); the OIDC pair mints identity tokens; INPUT_* holds
// every input of this step, the github-token among them.
const WITHHELD = new Set(['ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN']);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_'];

/** What `bench-env` may not set and no child gets, in words, for messages and docs. */
export const WITHHELD_VARIABLES =
  'INPUT_*, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN and GITHUB_TOKEN';

/** Whether a variable carries the job's credentials (names compared as Windows does, ignoring case). */
export function isWithheldVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return WITHHELD.has(upper) || WITHHELD_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/**
 * A child's environment: `base` (this process's) with `extra` on top (bench-env, say), without
 * unset entries and without the withheld variables, whichever layer they come from.
 */
export function childEnv(
  extra: Readonly<Record<string, string>>,
  base: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  const entries = [...Object.entries(base), ...Object.entries(extra)].filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !isWithheldVariable(entry[0])
  );
  // fromEntries defines own properties (a later layer wins), so `__proto__` stays a variable.
  return Object.fromEntries(entries);
}
