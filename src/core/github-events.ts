// GitHub's names for the events a workflow runs on and the link to a run, where the pure plan, the
// records and the shell all need them.

/** Events whose payload is a pull request and on which `comment: auto` writes. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/**
 * Events whose runs may promote the baseline, on the baseline branch only: each is started by a
 * push to the branch, by its own schedule or by someone allowed to run its workflows. Any other
 * (a comment, a pull request, another workflow's run) can be started from outside the branch.
 */
export const PROMOTING_EVENTS: ReadonlySet<string> = new Set(['push', 'schedule', 'workflow_dispatch']);

const given = (value: string | undefined): string | null => (value ? value : null);

/**
 * The run's page (`https://github.com/o/r/actions/runs/1`, with `/attempts/N` for a re-run), when
 * the run is known: the one link the comment, the pages and audit.json all give. The server is
 * GitHub's unless GITHUB_SERVER_URL names another (GitHub Enterprise).
 */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string | null {
  const server = (given(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
  const repository = given(env.GITHUB_REPOSITORY);
  const id = given(env.GITHUB_RUN_ID);
  if (!repository || !id) return null;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const rerun = Number.isInteger(attempt) && attempt > 1 ? `/attempts/${attempt}` : '';
  return `${server}/${repository}/actions/runs/${id}${rerun}`;
}
