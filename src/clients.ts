// The service clients load on first use. Octokit, @actions/cache and @actions/artifact (with the
// Azure storage SDK beneath them) are most of the bundle, and most runs need none of them: `--help`,
// an analysis with no token and no baseline, any run where no Actions service is configured. ncc
// emits each dynamic import as a chunk file next to the bundle, so a run that never calls these
// never reads, compiles or evaluates that code. Everything else imports only the adapters' types.

/** The REST client (Octokit with the retry and throttling plugins). */
export const loadGitHubClient = () => import('./github/client.js');

/** The baseline in the Actions cache (@actions/cache). */
export const loadCacheStore = () => import('./baseline/cache.js');

/** Workflow artifacts (@actions/artifact, and Octokit to list them). */
export const loadArtifactStore = () => import('./baseline/artifact.js');

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
