// The service clients load on first use. Octokit, @actions/cache and @actions/artifact (with the
// Azure storage SDK beneath them) are most of the bundle, and most runs need none of them: `--help`,
// an analysis with no token and no baseline, any run where no Actions service is configured. ncc
// emits each dynamic import as a chunk file next to the bundle, so a run that never calls these
// never reads, compiles or evaluates that code. Everything else imports only the adapters' types.
//
// This module and the libraries are where process.env is read outside the entry points: the
// checks below take the run's env, but @actions/cache and @actions/artifact read the service URLs
// and the runtime token from process.env themselves (their APIs take no environment), and
// loadActionsGitHub must hide GITHUB_EVENT_PATH in process.env itself, as that is what
// @actions/github reads when it is imported.

let actionsGitHub: Promise<unknown> | null = null;

/**
 * Loads @actions/github once, with GITHUB_EVENT_PATH hidden from it. Its modules (github.js and
 * lib/utils.js) each build a `context` when first imported, parsing the event payload with no error
 * handling: a truncated payload would throw out of the import, and a payload rewritten since the run
 * began (the benchmarks run the pull request's code, as the job's user) would be read again. Neither
 * the REST client nor @actions/artifact uses that context: the payload is read once, by
 * github/context.ts. Everything that imports @actions/github loads through here first, so the
 * module is already evaluated, without the payload, when they import it.
 */
function loadActionsGitHub(): Promise<unknown> {
  actionsGitHub ??= (async () => {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_EVENT_PATH;
    try {
      return await import('@actions/github');
    } finally {
      if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath;
    }
  })();
  return actionsGitHub;
}

/** The REST client (Octokit with the retry and throttling plugins, on @actions/github). */
export const loadGitHubClient = async () => {
  await loadActionsGitHub();
  return import('./github/client.js');
};

/** The baseline in the Actions cache (@actions/cache). */
export const loadCacheStore = () => import('./baseline/cache.js');

/** Workflow artifacts (@actions/artifact, which imports @actions/github, and Octokit to list them). */
export const loadArtifactStore = async () => {
  await loadActionsGitHub();
  return import('./baseline/artifact.js');
};
