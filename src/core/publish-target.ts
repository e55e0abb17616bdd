// Which pull request a publish job (`mode: publish`) may comment on. GitHub names the pull request
// of a `workflow_run` event only for runs of this repository's branches; for a fork's it names
// none, so the number comes from the report, which the fork's code wrote: attacker data, taken
// only once the REST API shows that this pull request's head is the very commit and repository
// the triggering run measured. Pure.

import type { RecordedPullRequest } from './model.js';

/** The triggering run, as the event payload gives it. */
export interface MeasuredRun {
  id: string;
  headSha: string | null;
  headRepository: string | null;
  /** The pull requests GitHub names for the run (empty for a fork's). */
  pullRequests: readonly number[];
}

export type PublishTarget =
  /** GitHub named it: no check needed. */
  | { kind: 'named'; number: number }
  /** The report named it: confirm with the API first. */
  | { kind: 'recorded'; number: number }
  | { kind: 'none'; reason: string };

/** Where the comment may go, before any check. */
export function publishTarget(run: MeasuredRun, recorded: RecordedPullRequest | null): PublishTarget {
  const named = run.pullRequests[0];
  if (named !== undefined) return { kind: 'named', number: named };
  if (recorded) return { kind: 'recorded', number: recorded.number };
  return { kind: 'none', reason: `run ${run.id} names no pull request, and its report records none` };
}

/**
 * A recorded pull request is accepted only when its head, as the API gives it now, is the commit
 * and repository the run measured; otherwise one line naming both.
 */
export function confirmRecorded(
  run: MeasuredRun,
  number: number,
  head: { headSha: string | null; headRepository: string | null }
): { ok: true } | { ok: false; reason: string } {
  const same = (a: string | null, b: string | null): boolean =>
    a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
  if (same(head.headSha, run.headSha) && same(head.headRepository, run.headRepository)) return { ok: true };
  const show = (sha: string | null, repo: string | null) =>
    `${sha ?? '(unknown commit)'} of ${repo ?? '(unknown repository)'}`;
  return {
    ok: false,
    reason: `pull request #${number} has head ${show(head.headSha, head.headRepository)}, but run ${run.id} measured ${show(run.headSha, run.headRepository)}: no comment`
  };
}
