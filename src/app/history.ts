// `history: branch`: a promoted result added to the data branch, as a file of its own, with the
// dashboard regenerated. Only a promotion writes there (a push, schedule or workflow_dispatch run on
// the baseline branch), or a publish job for such a run of this repository. Like the rest of the
// publish stage, nothing here fails the step: what cannot be added is a warning with the reason.

import type { HistoryRemote } from '../adapters/git/history-branch.js';
import { promotionRefusal } from '../core/baseline/policy.js';
import { historyRecord } from '../core/history/record.js';
import { historyRemoteUrl, isPushRefused, repositoryPageUrl } from '../core/history/remote.js';
import type { PerfReport } from '../core/model.js';
import { plural } from '../core/words.js';
import type { NewBaseline } from './baseline.js';
import type { Plan } from './plan.js';
import { isoNow, type Ports } from './ports.js';

/** The promoted result to add: the report, and which run of which commit promoted it. */
export interface HistoryEntry {
  report: PerfReport;
  commit: string;
  ref: string | null;
  runId: string | null;
  /** The measuring runner's architecture. */
  arch: string;
}

/**
 * Where the data branch is: `history-repository`, else the checkout's origin, else the run's own
 * repository (see historyRemoteUrl); with the run's token for git's header. Null when none is known.
 */
export async function historyRemote(
  plan: Pick<Plan, 'config' | 'github' | 'identity' | 'settings'>,
  ports: Pick<Ports, 'history'>
): Promise<HistoryRemote | null> {
  const { config, github, identity, settings } = plan;
  const origin = config.historyRepository ? null : await ports.history.originUrl(settings.workspace);
  const repository = github.owner && github.repo ? `${github.owner}/${github.repo}` : null;
  const url = historyRemoteUrl(config.historyRepository, origin, github.serverUrl, repository);
  return url === null ? null : { url, branch: config.historyBranch, token: identity.auth?.token ?? null };
}

/** Adds the entry to the data branch when the run keeps its history there; one line either way. */
export async function recordHistory(plan: Plan, entry: HistoryEntry, ports: Ports): Promise<void> {
  const { config, github, identity, settings } = plan;
  if (config.history !== 'branch') return;
  const branch = config.historyBranch;
  const remote = await historyRemote(plan, ports);
  if (remote === null) {
    ports.log.warning(
      `History: nothing was added to ${branch}: the checkout has no origin and the repository is unknown; set history-repository.`
    );
    return;
  }
  const now = isoNow(ports.clock);
  const record = historyRecord(entry.report, {
    slot: identity.slot,
    arch: entry.arch,
    commit: entry.commit,
    ref: entry.ref,
    runId: entry.runId,
    timestamp: now,
    release: await ports.history.releaseTag(settings.workspace, entry.commit)
  });
  const result = await ports.log.group(`Add the result to ${branch}`, () =>
    ports.history.append(remote, record, {
      max: config.historyMax,
      repositoryUrl: repositoryPageUrl(github.serverUrl, github.owner, github.repo),
      generatedAt: now
    })
  );
  if (!result.ok) {
    if (isPushRefused(result.reason))
      ports.log.info(
        `History: this job may not push to ${branch} (it needs contents: write); a publish job (mode: publish, history: branch) with that permission adds the result. ${result.reason}`
      );
    else ports.log.warning(`History: nothing was added to ${branch}: ${result.reason}`);
    return;
  }
  const attempts = plural(result.attempts, 'attempt');
  ports.log.info(
    result.added
      ? `History: added ${result.path} to ${branch} (${attempts})`
      : `History: ${branch} already holds ${result.path}; nothing added`
  );
  if (result.pruned.length > 0)
    ports.log.info(
      `History: removed ${result.pruned.length} older results (history-max ${config.historyMax}).`
    );
}

/**
 * What this run adds to the data branch, if anything: its own report when it promoted one; in a
 * publish job, the measured run's report when that run was a push (or a schedule or
 * workflow_dispatch run) on the baseline branch of this repository, as the event says, not as its
 * report says.
 */
export function historyEntry(
  plan: Plan,
  report: PerfReport,
  promoted: NewBaseline | null
): HistoryEntry | null {
  const { github, identity, origin } = plan;
  if (promoted)
    return { report, commit: promoted.commit, ref: github.ref, runId: github.runId, arch: identity.arch };
  if (origin.kind !== 'report') return null;
  const run = github.workflowRun;
  // The context is the measured run's only when the published run is the event's (published.ts).
  if (!run?.headSha || !run.headBranch || github.eventName !== run.event || github.headSha !== run.headSha)
    return null;
  const ref = `refs/heads/${run.headBranch}`;
  const event = { eventName: run.event, ref, defaultBranch: null };
  const own =
    github.owner !== null &&
    github.repo !== null &&
    run.headRepository?.toLowerCase() === `${github.owner}/${github.repo}`.toLowerCase();
  // A publish job's policy names no branch (it promotes nothing): the same rule names it here.
  const branch = plan.baselinePolicy.branch ?? plan.config.baselineBranch ?? github.defaultBranch;
  if (!own || promotionRefusal(event, branch) !== null) return null;
  const arch = origin.promoted?.runner.arch ?? identity.arch;
  return { report, commit: run.headSha, ref, runId: run.id, arch };
}
