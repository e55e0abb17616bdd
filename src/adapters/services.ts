// Whether the Actions services are configured in this process, read from the environment the
// runner sets. Apart from clients.ts, which loads the clients: the clients import this.

export const NO_CACHE_SERVICE =
  'no Actions cache service is configured here (ACTIONS_RESULTS_URL is not set, as it is on a GitHub runner)';

/**
 * False where no cache service can be configured: neither protocol's URL is set. Where it is true,
 * the client's own isFeatureAvailable() decides.
 */
export const cacheServiceMayBeConfigured = (): boolean =>
  Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL);

export const NO_ARTIFACT_SERVICE =
  'no artifact service is configured here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, as they are on a GitHub runner)';

/** Whether this process can reach the artifact service (it can on a GitHub runner). */
export const artifactServiceConfigured = (): boolean =>
  Boolean(process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL);
