// The sticky PR comment: one per pull request and action instance, found by its hidden marker and
// its author, edited in place. The author is the token's identity when `GET /user` tells it; a
// GitHub App's installation token (the job's default token is one) cannot read `GET /user`, and
// then the author must be a bot, as every App's comments are by `<app>[bot]`. The decisions (is it
// ours, do we write, create or update) are pure functions; upsertStickyComment does the HTTP and
// never throws: what went wrong comes back as a warning, because only the performance findings
// decide the step's result.

import type { CommentMode } from '../../core/config/config.js';
import { messageOf } from '../../core/errors.js';
import type { Status } from '../../core/findings.js';
import { PULL_REQUEST_EVENTS } from '../../core/github-events.js';
import type { GitHubClient } from './client.js';

/** The fields of an issue comment this module reads. */
export interface IssueComment {
  id: number;
  body?: string | null | undefined;
  user: { login: string; type?: string } | null;
  created_at: string;
  html_url: string;
}

/**
 * Who the token writes as: its login, or null when `GET /user` is refused, as it is for a GitHub
 * App's installation token.
 */
export type CommentIdentity = string | null;

export type CommentPolicy = { write: false; reason: string } | { write: true; mayCreate: boolean };

/** Whether the comment is written at all, and whether it may be created or only updated. */
export function commentPolicy(
  mode: CommentMode,
  eventName: string | null,
  issueNumber: number | null,
  status: Status
): CommentPolicy {
  if (mode === 'never') return { write: false, reason: 'comment is set to never' };
  if (eventName === null)
    return { write: false, reason: 'not running on a GitHub event (GITHUB_EVENT_NAME is unset)' };
  if (mode !== 'always' && !PULL_REQUEST_EVENTS.has(eventName)) {
    return { write: false, reason: `this is a ${eventName} event, not a pull request (comment: ${mode})` };
  }
  if (issueNumber === null) return { write: false, reason: `the ${eventName} event names no pull request` };
  // on-failure still updates an existing comment, so that a fixed problem shows as fixed.
  return { write: true, mayCreate: mode !== 'on-failure' || status !== 'pass' };
}

/** A comment written by a bot account: a GitHub App's `<app>[bot]`, which no person can write as. */
function byBot(comment: IssueComment): boolean {
  return comment.user?.type === 'Bot' || comment.user?.login.endsWith('[bot]') === true;
}

/**
 * The body's last line, trimmed (trailing blank lines aside); every line break counts, a lone CR too.
 * Our comment ends with its marker there, and only there: a marker anywhere else in a body (in a
 * benchmark id, a quote, a template) is text, so no comment can carry another instance's marker.
 */
export function lastLine(body: string): string {
  const lines = body.trimEnd().split(/\r\n|\r|\n/);
  return (lines[lines.length - 1] ?? '').trim();
}

/**
 * Ours: this instance's marker is the body's last line (a quote or a mention of it is not), and the
 * author is the token's identity, or, when that is unknown, a bot. A person's comment that carries
 * the marker is never ours, not even one made through an App (`performed_via_github_app` with a
 * person as the author).
 */
export function isOwnComment(comment: IssueComment, marker: string, identity: CommentIdentity): boolean {
  if (lastLine(comment.body ?? '') !== marker) return false;
  if (identity === null) return byBot(comment);
  return comment.user?.login.toLowerCase() === identity.toLowerCase();
}

/** Our comments, oldest first (the newest is the sticky one; others are leftovers of a race). */
export function ownComments(
  comments: readonly IssueComment[],
  marker: string,
  identity: CommentIdentity
): IssueComment[] {
  return comments
    .filter((c) => isOwnComment(c, marker, identity))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

/** Bodies equal up to line endings and trailing space, which GitHub may normalise. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
  return normal(a ?? '') === normal(b);
}

export type WritePlan =
  | { kind: 'create' }
  | { kind: 'update'; id: number }
  | { kind: 'unchanged'; comment: IssueComment }
  | { kind: 'skip'; reason: string };

export function planWrite(existing: IssueComment | null, body: string, mayCreate: boolean): WritePlan {
  if (existing) {
    return sameBody(existing.body, body)
      ? { kind: 'unchanged', comment: existing }
      : { kind: 'update', id: existing.id };
  }
  if (!mayCreate)
    return {
      kind: 'skip',
      reason: 'the status is pass and there is no comment to update (comment: on-failure)'
    };
  return { kind: 'create' };
}

export interface HttpFailure {
  status?: number | undefined;
  message: string;
}

/** What an API failure means for the comment, and how to fix it; never includes the token. */
export function explainFailure(failure: HttpFailure, target: { pr: string; fromFork: boolean }): string {
  const said = failure.message.split(' - https://')[0]?.trim() || 'no message';
  const writeFix =
    'Give the job `permissions: pull-requests: write`, or write the comment from a `workflow_run` workflow that runs after this one.';
  if (failure.status === 403 && /not accessible by integration/i.test(said)) {
    const why = target.fromFork
      ? 'the pull request comes from a fork, and GitHub gives such runs a read-only token'
      : 'the token may read but not write pull requests';
    return `The token cannot comment on ${target.pr} (403 ${said}): ${why}. ${writeFix}`;
  }
  if (failure.status === 401) {
    return `GitHub rejected the github-token (401 ${said}). Pass a valid token, e.g. \`github-token: \${{ github.token }}\`.`;
  }
  if (failure.status === 404) {
    return `GitHub answered 404 (${said}) for ${target.pr}: it does not exist, or the token cannot see it. ${writeFix}`;
  }
  if (failure.status !== undefined)
    return `GitHub answered ${failure.status} (${said}) for ${target.pr}, after retries.`;
  return `GitHub could not be reached for ${target.pr}: ${said}.`;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  /** The pull request (issue) number; null when the event names none. */
  issueNumber: number | null;
  eventName: string | null;
  fromFork: boolean;
}

export interface StickyCommentRequest {
  target: CommentTarget;
  marker: string;
  body: string;
  mode: CommentMode;
  status: Status;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id: number | null;
  url: string | null;
  /** What happened, in words. */
  reason: string;
  /** Set when the comment could not be written for a reason the user can fix: the reason and the fix. */
  warning?: string;
  /** Older copies of our comment (left by a race) that were deleted. */
  removedDuplicates?: number;
}

const failureOf = (error: unknown): HttpFailure => {
  const status = (error as { status?: unknown }).status;
  return { status: typeof status === 'number' ? status : undefined, message: messageOf(error) };
};

/**
 * The login the token writes as; null when `GET /user` answers 403 or 404, as it does for an App's
 * installation token. Any other failure (a bad token, a server that keeps failing) is thrown.
 */
export async function commentAuthor(client: GitHubClient): Promise<CommentIdentity> {
  try {
    const { data } = await client.request('GET /user');
    return data.login;
  } catch (error) {
    const { status } = failureOf(error);
    if (status === 403 || status === 404) return null;
    throw error;
  }
}

const skippedOutcome = (reason: string, warning?: string): CommentOutcome => ({
  action: 'skipped',
  id: null,
  url: null,
  reason,
  ...(warning ? { warning } : {})
});

const withRemoved = (outcome: CommentOutcome, removed: number): CommentOutcome =>
  removed > 0 ? { ...outcome, removedDuplicates: removed } : outcome;

/** The pull request's comments, reached through the client. */
interface CommentThread {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  issue: { owner: string; repo: string; issue_number: number };
}

function listComments(thread: CommentThread): Promise<IssueComment[]> {
  return thread.client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...thread.issue,
    per_page: 100
  });
}

/** Deletes our comments other than `keep`; the number deleted. */
async function removeOlderComments(
  thread: CommentThread,
  own: readonly IssueComment[],
  keep: number
): Promise<number> {
  let removed = 0;
  for (const duplicate of own.filter((c) => c.id !== keep)) {
    try {
      await thread.client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...thread.repo,
        comment_id: duplicate.id
      });
      removed++;
    } catch {
      // Another run removed it first, or it cannot be removed: one extra comment is no failure.
    }
  }
  return removed;
}

/** Edits our comment in place; null when it was deleted meanwhile and may be created again. */
async function updateComment(
  thread: CommentThread,
  own: readonly IssueComment[],
  commentId: number,
  body: string,
  mayCreate: boolean
): Promise<CommentOutcome | null> {
  try {
    const { data } = await thread.client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...thread.repo,
      comment_id: commentId,
      body
    });
    const id = Number(data.id);
    return withRemoved(
      { action: 'updated', id, url: data.html_url, reason: `updated comment ${id}` },
      await removeOlderComments(thread, own, id)
    );
  } catch (error) {
    if (failureOf(error).status !== 404) throw error;
    if (!mayCreate) return skippedOutcome('the comment was deleted meanwhile (comment: on-failure)');
    // Deleted between the listing and the update: write it again.
    return null;
  }
}

/** Writes a new comment, then keeps only the newest of ours. */
async function createComment(
  thread: CommentThread,
  body: string,
  marker: string,
  identity: CommentIdentity
): Promise<CommentOutcome> {
  const { data } = await thread.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...thread.issue,
    body
  });
  const id = Number(data.id);
  const created: IssueComment = {
    id,
    body,
    user: data.user,
    created_at: data.created_at,
    html_url: data.html_url
  };
  // Two runs that listed at the same time both create; each keeps only the newest, so they agree.
  let listed: IssueComment[];
  try {
    listed = await listComments(thread);
  } catch {
    // The comment is written; a duplicate is left for the next run to remove.
    return { action: 'created', id, url: data.html_url, reason: `created comment ${id}` };
  }
  const after = ownComments(
    listed.some((c) => c.id === id) ? listed : [...listed, created],
    marker,
    // The comment just written says who the token writes as, even when GET /user did not.
    data.user?.login ?? identity
  );
  const newest = after[after.length - 1] ?? created;
  const removed = await removeOlderComments(thread, after, newest.id);
  const reason =
    newest.id === id
      ? `created comment ${id}`
      : `created comment ${id}, then kept the newer comment ${newest.id} of a concurrent run`;
  return withRemoved({ action: 'created', id: newest.id, url: newest.html_url, reason }, removed);
}

/** Finds our comment and leaves it, updates it or creates it (see planWrite); throws what the API throws. */
async function writeStickyComment(
  thread: CommentThread,
  request: StickyCommentRequest,
  mayCreate: boolean
): Promise<CommentOutcome> {
  const { marker, body } = request;
  const identity = await commentAuthor(thread.client);
  const own = ownComments(await listComments(thread), marker, identity);
  const plan = planWrite(own[own.length - 1] ?? null, body, mayCreate);
  if (plan.kind === 'skip') return skippedOutcome(plan.reason);
  if (plan.kind === 'unchanged') {
    const { id, html_url } = plan.comment;
    return withRemoved(
      { action: 'unchanged', id, url: html_url, reason: 'the body is unchanged' },
      await removeOlderComments(thread, own, id)
    );
  }
  if (plan.kind === 'update') {
    const updated = await updateComment(thread, own, plan.id, body, mayCreate);
    if (updated !== null) return updated;
  }
  return createComment(thread, body, marker, identity);
}

/** The comment policy of a request. */
export const policyOf = (request: StickyCommentRequest): CommentPolicy =>
  commentPolicy(request.mode, request.target.eventName, request.target.issueNumber, request.status);

/**
 * Creates or updates this instance's comment on the pull request (see commentPolicy, planWrite);
 * `policy` when the caller already decided it (to load a client only for a comment it writes).
 */
export async function upsertStickyComment(
  client: GitHubClient | null,
  request: StickyCommentRequest,
  policy: CommentPolicy = policyOf(request)
): Promise<CommentOutcome> {
  const { target } = request;
  if (!policy.write) return skippedOutcome(policy.reason);
  const pr = `pull request #${target.issueNumber} of ${target.owner}/${target.repo}`;
  if (client === null) {
    return skippedOutcome(
      'no token',
      `No GitHub token (the github-token input is empty and GITHUB_TOKEN is unset), so ${pr} gets no comment. Pass \`github-token: \${{ github.token }}\` and give the job \`permissions: pull-requests: write\`.`
    );
  }
  const repo = { owner: target.owner, repo: target.repo };
  const thread: CommentThread = {
    client,
    repo,
    issue: { ...repo, issue_number: target.issueNumber as number }
  };
  try {
    return await writeStickyComment(thread, request, policy.mayCreate);
  } catch (error) {
    const reason = explainFailure(failureOf(error), { pr, fromFork: target.fromFork });
    return skippedOutcome(reason, reason);
  }
}
