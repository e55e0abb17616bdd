// After a push from a merged pull request promotes the baseline, that pull request's sticky comment
// gains a "🎯 Baseline promoted" section, so its author sees what the new baseline is. The caller
// renders the new body (render/baseline-sections.ts: promotedComment); this finds the comment and
// writes it.

import { messageOf } from '../../core/errors.js';
import type { GitHubClient } from './client.js';
import { commentAuthor, type IssueComment, ownComments } from './comments.js';

interface PullFromCommit {
  number: number;
  merged_at: string | null;
  base: { ref: string };
}

/** The merged pull request a commit came from (on `branch` when given), or null. */
export function mergedPullRequest(pulls: readonly PullFromCommit[], branch: string | null): number | null {
  const merged = pulls.filter((p) => p.merged_at !== null && (branch === null || p.base.ref === branch));
  return merged[0]?.number ?? null;
}

export interface PromotedSectionOutcome {
  pullRequest: number | null;
  action: 'updated' | 'none';
  reason: string;
}

/** Adds the section to the sticky comment of the pull request `sha` was merged from, if both exist. */
export async function addPromotedSection(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string; branch: string | null; marker: string },
  /** The comment's new body, given its body now; null when it would exceed GitHub's limit. */
  withSection: (body: string) => string | null
): Promise<PromotedSectionOutcome> {
  const repo = { owner: target.owner, repo: target.repo };
  try {
    const { data: pulls } = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      ...repo,
      commit_sha: target.sha
    });
    const number = mergedPullRequest(pulls as PullFromCommit[], target.branch);
    if (number === null)
      return { pullRequest: null, action: 'none', reason: `${target.sha} is not from a merged pull request` };
    const identity = await commentAuthor(client);
    const comments: IssueComment[] = await client.paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...repo,
        issue_number: number,
        per_page: 100
      }
    );
    const own = ownComments(comments, target.marker, identity);
    const newest = own[own.length - 1];
    if (!newest)
      return {
        pullRequest: number,
        action: 'none',
        reason: `pull request #${number} has no comment of this action`
      };
    const body = withSection(newest.body ?? '');
    if (body === null) {
      return {
        pullRequest: number,
        action: 'none',
        reason: `the comment on #${number} would exceed GitHub's limit`
      };
    }
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: newest.id,
      body
    });
    return {
      pullRequest: number,
      action: 'updated',
      reason: `added the promoted baseline to the comment on #${number}`
    };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    return {
      pullRequest: null,
      action: 'none',
      reason: `the merged pull request's comment could not be updated (${typeof status === 'number' ? `${status} ` : ''}${messageOf(error)}); it needs \`pull-requests: write\``
    };
  }
}
