// How far one commit lies behind another, as the REST API answers it, for a pull request's
// comparison when the checkout has no history to count in.

import { messageOf } from '../../core/errors.js';
import type { GitHubClient } from './client.js';

export type CommitsAhead = { ok: true; aheadBy: number } | { ok: false; reason: string };

/**
 * `GET /repos/{owner}/{repo}/compare/{from}...{to}`: `ahead_by`, the commits `to` has that `from`
 * lacks (what `git rev-list --count from..to` counts).
 */
export async function commitsAhead(
  client: GitHubClient,
  target: { owner: string; repo: string; from: string; to: string }
): Promise<CommitsAhead> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: target.owner,
      repo: target.repo,
      basehead: `${target.from}...${target.to}`,
      // Only the counts are read: no file list, one commit at most.
      per_page: 1
    });
    const ahead = data.ahead_by;
    return typeof ahead === 'number' && Number.isInteger(ahead) && ahead >= 0
      ? { ok: true, aheadBy: ahead }
      : { ok: false, reason: `comparing ${target.from}...${target.to} gave no ahead_by` };
  } catch (error) {
    return { ok: false, reason: `comparing ${target.from}...${target.to} failed: ${messageOf(error)}` };
  }
}
