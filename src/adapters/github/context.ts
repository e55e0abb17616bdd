// Where the run happens on GitHub: the event, the repository, the pull request, the run's URL.
// githubContext is pure (env + the event payload in, plain data out); readGitHubContext reads the
// payload file, once per run. @actions/github's own `context` is not used: it parses the file when
// the module is first imported, and throws there on a broken one (see clients.ts).

import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { messageOf } from '../../core/errors.js';
import { PULL_REQUEST_EVENTS, runUrl } from '../../core/github-events.js';

export interface PullRequestInfo {
  number: number;
  headSha: string | null;
  headRef: string | null;
  baseRef: string | null;
  /** The base branch's commit the pull request was opened or last synchronized against. */
  baseSha: string | null;
  /** `owner/repo` the head branch lives in. */
  headRepo: string | null;
  /** The head branch is in another repository: GitHub gives such runs a read-only token. */
  fromFork: boolean;
}

/** The run a `workflow_run` event is about: what a publish job checks a pull request against. */
export interface WorkflowRunInfo {
  id: string;
  /** The event that triggered that run (`pull_request`, `push`, …). */
  event: string | null;
  headSha: string | null;
  headBranch: string | null;
  /** `owner/repo` the run's head lives in (a fork's, for a fork's pull request). */
  headRepository: string | null;
  /** The pull requests GitHub names for it: empty for a fork's. */
  pullRequests: number[];
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
  /** On a `workflow_run` event: the run it is about. */
  workflowRun: WorkflowRunInfo | null;
}

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
    baseSha: string(base?.sha),
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
      : {
          number,
          headSha: null,
          headRef: null,
          baseRef: null,
          baseSha: null,
          headRepo: null,
          fromFork: false
        };
  }
  return null;
}

/** The `workflow_run` payload's run, when the event is one. */
function workflowRunOf(eventName: string | null, payload: Json): WorkflowRunInfo | null {
  const run = eventName === 'workflow_run' ? object(payload.workflow_run) : null;
  const id = positiveInteger(run?.id);
  if (!run || id === null) return null;
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: String(id),
    event: string(run.event),
    headSha: string(run.head_sha),
    headBranch: string(run.head_branch),
    headRepository: string(object(run.head_repository)?.full_name),
    pullRequests: pulls
      .map((pr) => positiveInteger(object(pr)?.number))
      .filter((n): n is number => n !== null)
  };
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
    runUrl: runUrl({ ...env, GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: fullName ?? undefined }),
    serverUrl,
    apiUrl: trimSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com'),
    defaultBranch: string(repository?.default_branch),
    workflowRun: workflowRunOf(eventName, event)
  };
}

/**
 * GitHub caps webhook payloads at 25 MB; a file far beyond that is not an event payload, and reading
 * it whole would only cost memory.
 */
export const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024 ** 2;

const mib = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The event payload in `file`, read once: an object, or why it cannot be used. Never waits and never
 * throws: a FIFO or a device is refused before it is read (opened non-blocking), a file over
 * MAX_EVENT_PAYLOAD_BYTES is not read, and bad JSON is named with the parser's reason.
 */
export function readEventPayload(file: string): { payload: Json } | { problem: string } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. (0 where it does not exist.)
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return { problem: code === 'ENOENT' ? 'does not exist' : `cannot be opened (${messageOf(error)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'is not a regular file' };
    if (stat.size > MAX_EVENT_PAYLOAD_BYTES) {
      return {
        problem: `is ${mib(stat.size)} (${stat.size} bytes), over the ${MAX_EVENT_PAYLOAD_BYTES / 1024 ** 2} MiB an event payload can be`
      };
    }
    // Read at most one byte past the limit: a file that grows meanwhile is still bounded.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_EVENT_PAYLOAD_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_EVENT_PAYLOAD_BYTES) return { problem: 'grew past the size an event payload can be' };
    let value: unknown;
    try {
      value = JSON.parse(buffer.toString('utf8', 0, length));
    } catch (error) {
      return { problem: `is not valid JSON (${messageOf(error)}; ${length} bytes: truncated or damaged?)` };
    }
    const payload = object(value);
    return payload ? { payload } : { problem: `is not a JSON object (${kindOf(value)})` };
  } catch (error) {
    return { problem: `cannot be read (${messageOf(error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * The run's context, read once per run: a payload that cannot be used is one warning (the run goes
 * on without it; on a runner the file is always there and valid, so a broken one is worth seeing).
 */
export function loadGitHubContext(
  env: NodeJS.ProcessEnv,
  log: { info(message: string): void; warning(message: string): void }
): GitHubContext {
  const { context, problem } = readGitHubContext(env);
  if (problem) log.warning(problem);
  return context;
}

/**
 * Reads GITHUB_EVENT_PATH and builds the context. A payload that cannot be used is not fatal (the
 * benchmarks still count): the context is built without it and `problem` says why and what is lost.
 */
export function readGitHubContext(env: NodeJS.ProcessEnv): {
  context: GitHubContext;
  problem: string | null;
} {
  const file = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!file) return { context: githubContext(env, {}), problem: null };
  const read = readEventPayload(file);
  if ('payload' in read) return { context: githubContext(env, read.payload), problem: null };
  return {
    context: githubContext(env, {}),
    problem: `The event payload GITHUB_EVENT_PATH=${file} ${read.problem}. Going on without it: ${withoutPayload(nonEmpty(env.GITHUB_EVENT_NAME))}`
  };
}

/** What a run of this event loses without its payload. */
function withoutPayload(eventName: string | null): string {
  if (
    eventName !== null &&
    (PULL_REQUEST_EVENTS.has(eventName) || ['workflow_run', 'issue_comment'].includes(eventName))
  )
    return 'the pull request is unknown, so no PR comment is written.';
  if (eventName === 'push')
    return 'the default branch is unknown, so `baseline: auto` promotes only when baseline-branch names the branch.';
  return "the repository's default branch and any pull request are unknown.";
}
