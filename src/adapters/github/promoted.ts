// After a push from a merged pull request promotes the baseline, that pull request's sticky comment
// gains a "🎯 Baseline promoted" section, so its author sees what the new baseline is. The section
// goes before the marker: the marker must stay the comment's last line to be recognised.

import { messageOf } from '../../core/errors.js';
import { COMMENT_LIMIT, commentMarker } from '../../render/comment.js';
import type { GitHubClient } from './client.js';
import { commentAuthor, type IssueComment, ownComments } from './comments.js';

const sectionStart = (name: string): string => `<!-- copybook-bench-action:${name}:promoted -->`;
const sectionEnd = (name: string): string => `<!-- /copybook-bench-action:${name}:promoted -->`;

/**
 * The body with the promoted section added before the marker, or replacing the one a previous
 * promotion added; the marker ends the body.
 */
export function withPromotedSection(body: string, section: string, name: string): string {
  const marker = commentMarker(name);
  const start = sectionStart(name);
  const end = sectionEnd(name);
  const from = body.indexOf(start);
  const to = body.indexOf(end);
  const kept = (from >= 0 && to > from ? body.slice(0, from) + body.slice(to + end.length) : body).trimEnd();
  const report = kept.endsWith(marker) ? kept.slice(0, -marker.length).trimEnd() : kept;
  return `${report}\n\n${start}\n${section.trim()}\n${end}\n\n${marker}\n`;
}

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
  target: { owner: string; repo: string; sha: string; branch: string | null; marker: string; name: string },
  section: string
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
    const body = withPromotedSection(newest.body ?? '', section, target.name);
    if (body.length > COMMENT_LIMIT) {
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
