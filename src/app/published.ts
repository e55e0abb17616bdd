// The gatherer of `mode: publish`: the report artifacts of the measuring run, downloaded with the
// REST API, each perf.json read with a size cap and checked against its schema (the pull request's
// code wrote them), and the pull request they may be published on (core/publish-target.ts).

import path from 'node:path';
import type { GitHubContext, PullRequestInfo } from '../adapters/github/context.js';
import { BASELINE_FILE_NAME, parseSlotArtifactName } from '../core/baseline/store-naming.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { confirmRecorded, type MeasuredRun, publishTarget } from '../core/publish-target.js';
import { readBaselineFile } from './baseline.js';
import type { Plan } from './plan.js';
import type { Ports } from './ports.js';

export interface PublishedReport {
  report: PerfReport;
  /** The baseline the measuring run promoted for this testbed (a push to the baseline branch). */
  promoted: BaselineFile | null;
  /** The artifact it came from, for messages. */
  source: string;
  testbed: string;
  os: string;
}

/** The run's reports and the context to publish them in (its pull request, its commit). */
export async function fetchPublished(
  plan: Plan,
  runId: string,
  ports: Ports
): Promise<{ reports: PublishedReport[]; github: GitHubContext } | { problem: string }> {
  const { github, identity, config } = plan;
  const { owner, repo } = github;
  if (!identity.auth || !owner || !repo)
    return {
      problem: `mode: publish needs the repository and a token with \`actions: read\` to download run ${runId}'s report (github-token)`
    };
  const dir = await ports.files.tempDir('copybook-publish-');
  const downloaded = await ports.log.group(`The report of run ${runId}`, () =>
    ports.artifacts.downloadOfRun({
      token: identity.auth?.token ?? '',
      owner,
      repo,
      runId,
      wanted: (name) =>
        parseSlotArtifactName(name, config.name, 'report') !== null ||
        parseSlotArtifactName(name, config.name, 'baseline') !== null,
      dir
    })
  );
  if (!downloaded.ok)
    return { problem: `mode: publish cannot download the report of run ${runId}: ${downloaded.reason}` };
  const reports: PublishedReport[] = [];
  const problems: string[] = [];
  for (const artifact of downloaded.artifacts) {
    const slot = parseSlotArtifactName(artifact.name, config.name, 'report');
    if (!slot) continue;
    const read = ports.read.shardReport(path.join(artifact.dir, 'perf.json'), artifact.name, artifact.dir);
    if (typeof read === 'string') problems.push(read);
    else {
      const promoted = await promotedIn(plan, downloaded.artifacts, slot, ports);
      reports.push({ report: read.report, promoted, source: artifact.name, ...slot });
    }
  }
  if (problems.length > 0 || reports.length === 0)
    return {
      problem: `mode: publish found no report to publish in run ${runId}${problems.length > 0 ? `: ${problems.join('; ')}` : ` (no artifact named ${config.name}-report-<testbed>-<os>)`}`
    };
  ports.log.info(`Publishing ${reports.map((r) => r.source).join(', ')} of run ${runId}.`);
  return { reports, github: await publishedContext(plan, runId, reports[0]?.report ?? null, ports) };
}

/**
 * The context the reports are published in: on a `workflow_run` event, the measured run's event,
 * commit and pull request (confirmed when only the report names it); else this run's own.
 */
async function publishedContext(
  plan: Plan,
  runId: string,
  report: PerfReport | null,
  ports: Ports
): Promise<GitHubContext> {
  const { github } = plan;
  const info = github.workflowRun;
  if (!info || info.id !== runId) return github;
  const run: MeasuredRun = { ...info };
  const measured = { ...github, eventName: info.event, headSha: info.headSha, pullRequest: null };
  const target = publishTarget(run, report?._metadata.pull_request ?? null);
  if (target.kind === 'none') {
    ports.log.info(`No pull request to comment on: ${target.reason}.`);
    return measured;
  }
  if (target.kind === 'recorded') {
    const head = await confirmedHead(plan, run, target.number, ports);
    if (head === null) return measured;
  }
  const pullRequest: PullRequestInfo = {
    number: target.number,
    headSha: info.headSha,
    headRef: info.headBranch,
    baseRef: null,
    baseSha: null,
    headRepo: info.headRepository,
    fromFork:
      info.headRepository !== null &&
      info.headRepository.toLowerCase() !== `${github.owner}/${github.repo}`.toLowerCase()
  };
  return { ...measured, pullRequest };
}

/** The recorded pull request's head, when it is the measured one; a warning naming both when not. */
async function confirmedHead(
  plan: Plan,
  run: MeasuredRun,
  number: number,
  ports: Ports
): Promise<true | null> {
  const { github, identity } = plan;
  if (!identity.auth || !github.owner || !github.repo) return null;
  const head = await ports.github.pullRequestHead(identity.auth, {
    owner: github.owner,
    repo: github.repo,
    number
  });
  if (!head.ok) {
    ports.log.warning(`No PR comment: ${head.reason}.`);
    return null;
  }
  const confirmed = confirmRecorded(run, number, head);
  if (!confirmed.ok) {
    ports.log.warning(`No PR comment: ${confirmed.reason}.`);
    return null;
  }
  return true;
}

/** The baseline a run promoted for `slot`, read and checked; null when it has none. */
async function promotedIn(
  plan: Plan,
  artifacts: readonly { name: string; dir: string }[],
  slot: { testbed: string; os: string },
  ports: Ports
): Promise<BaselineFile | null> {
  const { name } = plan.config;
  const artifact = artifacts.find((a) => {
    const own = parseSlotArtifactName(a.name, name, 'baseline');
    return own?.testbed === slot.testbed && own.os === slot.os;
  });
  if (!artifact) return null;
  const file = path.join(artifact.dir, BASELINE_FILE_NAME);
  const read = await readBaselineFile(file, { name, ...slot }, artifact.dir, ports);
  if (read.ok) return read.file;
  ports.log.warning(`The promoted baseline ${artifact.name} is not announced: ${read.reason}`);
  return null;
}
