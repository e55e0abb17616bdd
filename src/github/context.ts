// Where the run happens on GitHub: the event, the repository, the pull request, the run's URL.
// githubContext is pure (env + the event payload in, plain data out); readGitHubContext reads the
// payload file. @actions/github's own `context` is not used: it is built at import time.

import { messageOf } from '../errors.js';
import { FILE_CAPS, readFileCapped } from '../fs/confined.js';

export interface PullRequestInfo {
  number: number;
  headSha: string | null;
  headRef: string | null;
  baseRef: string | null;
  /** `owner/repo` the head branch lives in. */
  headRepo: string | null;
  /** The head branch is in another repository: GitHub gives such runs a read-only token. */
  fromFork: boolean;
}

export interface GitHubContext {
  /** GITHUB_EVENT_NAME, e.g. `pull_request`; null outside Actions. */
  eventName: string | null;
  owner: string | null;
  repo: string | null;
  /** The pull request the event is about (pull_request*, or one named by workflow_run/issue_comment). */
  pullRequest: PullRequestInfo | null;
  /** GITHUB_SHA: for pull requests, the test merge commit. */
  sha: string | null;
  /** The commit that was benchmarked as people know it: the PR's head, else GITHUB_SHA. */
  headSha: string | null;
  ref: string | null;
  runId: string | null;
  runAttempt: number | null;
  /** The workflow run's page, when the run is known. */
  runUrl: string | null;
  serverUrl: string;
  /** REST API base: GITHUB_API_URL (GitHub Enterprise: https://host/api/v3). */
  apiUrl: string;
  defaultBranch: string | null;
}

/** Events whose payload is a pull request and on which `comment: auto` writes. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

type Json = Record<string, unknown>;

const object = (value: unknown): Json | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
const string = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const positiveInteger = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
const nonEmpty = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);
const trimSlash = (url: string): string => url.replace(/\/+$/, '');

function pullRequestFrom(pr: Json | null, baseRepo: string | null): PullRequestInfo | null {
  const number = positiveInteger(pr?.number);
  if (!pr || number === null) return null;
  const head = object(pr.head);
  const base = object(pr.base);
  const headRepo = string(object(head?.repo)?.full_name);
  const prBaseRepo = string(object(base?.repo)?.full_name) ?? baseRepo;
  return {
    number,
    headSha: string(head?.sha),
    headRef: string(head?.ref),
    baseRef: string(base?.ref),
    headRepo,
    fromFork: headRepo !== null && prBaseRepo !== null && headRepo.toLowerCase() !== prBaseRepo.toLowerCase()
  };
}

/** The pull request an event names, if any. */
function pullRequestOf(
  eventName: string | null,
  payload: Json,
  baseRepo: string | null
): PullRequestInfo | null {
  if (eventName !== null && PULL_REQUEST_EVENTS.has(eventName)) {
    return pullRequestFrom(object(payload.pull_request), baseRepo);
  }
  if (eventName === 'workflow_run') {
    // A follow-up workflow: GitHub lists the run's pull requests (empty for forks' runs).
    const run = object(payload.workflow_run);
    const first = Array.isArray(run?.pull_requests) ? object(run.pull_requests[0]) : null;
    return pullRequestFrom(first, baseRepo);
  }
  if (eventName === 'issue_comment') {
    const issue = object(payload.issue);
    if (!object(issue?.pull_request)) return null;
    const number = positiveInteger(issue?.number);
    return number === null
      ? null
      : { number, headSha: null, headRef: null, baseRef: null, headRepo: null, fromFork: false };
  }
  return null;
}

/** The context from the runner's environment and the event payload (GITHUB_EVENT_PATH's JSON). */
export function githubContext(env: NodeJS.ProcessEnv, payload: unknown): GitHubContext {
  const event = object(payload) ?? {};
  const repository = object(event.repository);
  const fullName = nonEmpty(env.GITHUB_REPOSITORY) ?? string(repository?.full_name);
  const [owner, repo] = fullName?.includes('/') ? fullName.split('/', 2) : [null, null];
  const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
  const pullRequest = pullRequestOf(eventName, event, fullName);
  const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
  const runId = nonEmpty(env.GITHUB_RUN_ID);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const runAttempt = Number.isInteger(attempt) && attempt > 0 ? attempt : null;
  const sha = nonEmpty(env.GITHUB_SHA);
  return {
    eventName,
    owner: owner || null,
    repo: repo || null,
    pullRequest,
    sha,
    headSha: pullRequest?.headSha ?? sha,
    ref: nonEmpty(env.GITHUB_REF),
    runId,
    runAttempt,
    runUrl:
      runId && fullName
        ? `${serverUrl}/${fullName}/actions/runs/${runId}${runAttempt && runAttempt > 1 ? `/attempts/${runAttempt}` : ''}`
        : null,
    serverUrl,
    apiUrl: trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com'),
    defaultBranch: string(repository?.default_branch)
  };
}

/**
 * The run's context, read once per run: a payload that cannot be read is a warning on pull request
 * events (the comment needs the PR) and a note elsewhere.
 */
export function loadGitHubContext(
  env: NodeJS.ProcessEnv,
  log: { info(message: string): void; warning(message: string): void }
): GitHubContext {
  const { context, problem } = readGitHubContext(env);
  if (problem) (PULL_REQUEST_EVENTS.has(context.eventName ?? '') ? log.warning : log.info)(problem);
  return context;
}

/**
 * Reads GITHUB_EVENT_PATH and builds the context. A payload that cannot be read is not fatal (the
 * benchmarks still count): the context is built without it and `problem` says why.
 */
export function readGitHubContext(env: NodeJS.ProcessEnv): {
  context: GitHubContext;
  problem: string | null;
} {
  const file = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!file) return { context: githubContext(env, {}), problem: null };
  try {
    const payload = readFileCapped(file, FILE_CAPS.eventPayload, 'GITHUB_EVENT_PATH');
    return { context: githubContext(env, JSON.parse(payload)), problem: null };
  } catch (error) {
    return {
      context: githubContext(env, {}),
      problem: `The event payload GITHUB_EVENT_PATH=${file} cannot be read as JSON (${messageOf(error)}); the pull request is unknown.`
    };
  }
}
