// What a publish job asks GitHub about the run it publishes: a pull request's head (to confirm that
// the number a report recorded names the pull request that was measured), and the commit status it
// sets on the measured commit.

import { messageOf } from '../../core/errors.js';
import type { GitHubClient } from './client.js';

/** A pull request's head as the REST API gives it now. */
export type PullRequestHead =
  | { ok: true; number: number; headSha: string | null; headRepository: string | null; state: string | null }
  | { ok: false; reason: string };

/** `GET /repos/{owner}/{repo}/pulls/{number}`: its head commit and repository. */
export async function pullRequestHead(
  client: GitHubClient,
  target: { owner: string; repo: string; number: number }
): Promise<PullRequestHead> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number
    });
    return {
      ok: true,
      number: target.number,
      headSha: typeof data.head?.sha === 'string' ? data.head.sha : null,
      headRepository: typeof data.head?.repo?.full_name === 'string' ? data.head.repo.full_name : null,
      state: typeof data.state === 'string' ? data.state : null
    };
  } catch (error) {
    return { ok: false, reason: `reading pull request #${target.number} failed: ${messageOf(error)}` };
  }
}

export interface CommitStatus {
  owner: string;
  repo: string;
  sha: string;
  state: 'success' | 'failure';
  context: string;
  /** At most 140 characters (GitHub's limit). */
  description: string;
  targetUrl: string | null;
}

/** `POST /repos/{owner}/{repo}/statuses/{sha}`; a reason when it could not be set. */
export async function setCommitStatus(
  client: GitHubClient,
  status: CommitStatus
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await client.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner: status.owner,
      repo: status.repo,
      sha: status.sha,
      state: status.state,
      context: status.context,
      description: status.description,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {})
    });
    return { ok: true };
  } catch (error) {
    const why = messageOf(error);
    const permission = /resource not accessible|403/i.test(why)
      ? ' (the job needs `permissions: statuses: write`)'
      : '';
    return { ok: false, reason: `setting the commit status on ${status.sha} failed: ${why}${permission}` };
  }
}
