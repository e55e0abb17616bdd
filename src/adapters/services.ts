// Whether the Actions services are configured, read from the environment the runner sets. Apart
// from clients.ts, which loads the clients: the clients import this.

export const NO_CACHE_SERVICE =
  'no Actions cache service is configured here (ACTIONS_RESULTS_URL is not set, as it is on a GitHub runner)';

/**
 * False where no cache service can be configured: neither protocol's URL is set in `env` (the
 * process's, which is where the client looks). Where it is true, the client's own
 * isFeatureAvailable() decides.
 */
export const cacheServiceMayBeConfigured = (env: NodeJS.ProcessEnv): boolean =>
  Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);

export const NO_ARTIFACT_SERVICE =
  'no artifact service is configured here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, as they are on a GitHub runner)';

/**
 * Whether `env` (the process's, which is where the client looks) reaches the artifact service (it
 * does on a GitHub runner).
 */
export const artifactServiceConfigured = (env: NodeJS.ProcessEnv): boolean =>
  Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
