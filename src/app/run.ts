// A run, top to bottom, for the Action and the CLI alike: `prepare` (prepare.ts) checks everything
// and decides where the results come from; `execute` then takes every origin down one path:
// gather → compare → analyze → documents → publish, one run per report dir. Only the performance
// findings (and bad input) fail a run; a comment, a baseline or an upload that cannot be written is
// a warning.

import path from 'node:path';
import { describeTakeOver } from '../adapters/fs/lock.js';
import { type Analysis, type AnalysisInput, analyze } from '../core/analyze.js';
import { keyPart } from '../core/baseline/store-naming.js';
import type { Config } from '../core/config/config.js';
import { error, type Finding, shouldFail, warning } from '../core/findings.js';
import { dashboardUrl } from '../core/history/dashboard-url.js';
import type { PerfReport } from '../core/model.js';
import { repairReport } from '../core/report/repair.js';
import type { Scrubber } from '../core/scrub.js';
import { renderTestbedsComment, worstFirstParts } from '../render/comment.js';
import { newBaseline } from './baseline.js';
import { type CommentStep, NO_OWN_COMMENT, postComment } from './comment.js';
import { baselinePath, pairedComparison, runBaseline } from './compare.js';
import { type DocumentPaths, type Written, writeCommentFile, writeRunDocuments } from './documents.js';
import { gatePorts, scrubberOf } from './gate.js';
import { type Gathered, gather } from './gather.js';
import { joinShards } from './merge.js';
import { type Plan, planForTestbed, type RunBaseline } from './plan.js';
import type { Ports } from './ports.js';
import { type PromotionDraft, type Published, publish } from './publish.js';
import { fetchPublished } from './published.js';

export type { RunSettings } from './plan.js';
export type { ReportUpload } from './publish.js';

/** What the run found and wrote, as the entry points and the outputs read it. */
export interface RunResult extends Omit<Written, 'pages' | 'comment'> {
  analysis: Analysis;
  tools: Gathered['tools'];
}

export interface Outcome extends Published {
  plan: Plan;
  result: RunResult;
  /** The HTML reports and the audit record. */
  documents: DocumentPaths;
  /** A failing finding: the step fails, the CLI exits 1. */
  failed: boolean;
}

/**
 * Runs a prepared plan: one report; with `mode: merge` one per testbed of the shards; with
 * `mode: publish` one per report of the measuring run.
 */
export async function execute(plan: Plan, given: Ports): Promise<Outcome> {
  // Whatever the entry point, nothing leaves the run with a secret in it.
  const ports = gatePorts(given, scrubberOf(plan.identity.secrets));
  const { origin } = plan;
  if (origin.kind !== 'shards' && origin.kind !== 'publish') return executeOne(plan, ports, true);
  const testbeds =
    origin.kind === 'shards'
      ? await shardTestbeds(plan, ports)
      : await publishedTestbeds(plan, origin.runId, ports);
  if ('problem' in testbeds)
    return executeOne({ ...plan, origin: { kind: 'problem', message: testbeds.problem } }, ports, true);
  const [only, ...more] = testbeds;
  if (only && more.length === 0) return executeOne(only.plan, ports, true);
  return executeTestbeds(plan, ports, testbeds);
}

/** A testbed's own report in a run that makes several. */
interface Testbed {
  testbed: string;
  os: string;
  plan: Plan;
}

/** Each testbed's shards, joined: its shards as the origin, its slot as the identity. */
async function shardTestbeds(plan: Plan, ports: Ports): Promise<Testbed[] | { problem: string }> {
  const joined = await joinShards(plan, ports);
  if ('problem' in joined) return joined;
  return joined.groups.map((group) => ({
    testbed: group.testbed,
    os: group.os,
    plan: { ...planForTestbed(plan, group.testbed, group.os), origin: { kind: 'merged', group } }
  }));
}

/** Each report of the measuring run, in the context of its pull request and commit. */
async function publishedTestbeds(
  plan: Plan,
  runId: string,
  ports: Ports
): Promise<Testbed[] | { problem: string }> {
  const fetched = await fetchPublished(plan, runId, ports);
  if ('problem' in fetched) return fetched;
  return fetched.reports.map(({ report, source, testbed, os, promoted }) => ({
    testbed,
    os,
    plan: {
      ...planForTestbed(plan, testbed, os),
      github: fetched.github,
      origin: { kind: 'report', report, source, promoted }
    }
  }));
}

/** One report dir, locked: the baseline, the report, then what is published. */
async function executeOne(plan: Plan, ports: Ports, ownComment: boolean): Promise<Outcome> {
  // Before anything is written there: one run per report dir.
  const lock = await ports.files.lockReportDir(plan.paths.reportDir.path);
  try {
    for (const line of describeTakeOver(lock)) ports.log.info(line);
    // One place for the stored baseline: restored there, compared with, replaced by a promotion.
    const baseline = await runBaseline(plan, baselinePath(lock.dir), ports);
    const reported = await report(plan, baseline, ports, { comment: ownComment });
    const { analysis, written, gathered } = reported;
    const published = await publish(plan, written, analysis.report, reported.draft, ports);
    return {
      plan,
      result: { ...written, analysis, tools: gathered.tools },
      documents: written.pages,
      ...published,
      failed: analysis.failed
    };
  } finally {
    lock.release();
  }
}

interface Reported {
  gathered: Gathered;
  analysis: Analysis;
  draft: PromotionDraft;
  written: Written;
}

/** gather → compare → analyze → documents: every origin's path, up to what is published. */
async function report(
  plan: Plan,
  baseline: RunBaseline | null,
  ports: Ports,
  options: { comment: boolean }
): Promise<Reported> {
  const { config } = plan;
  const scrub = scrubberOf(plan.identity.secrets);
  const gathered = scrubbedOutput(await gather(plan, baseline?.input?.file ?? null, ports), scrub);
  const input: AnalysisInput = {
    config,
    results: gathered.results,
    facts: gathered.facts,
    findings: [...gathered.findings, ...(baseline?.findings ?? []), ...shardComparisonFindings(config)],
    baseline: baseline?.input ?? null,
    shard: gathered.shard
  };
  const pairing = await pairedComparison(plan, gathered, input, ports);
  // Scrubbed before anything is rendered from it: a page may shorten or escape an id, and then the
  // gate's exact match would miss it. Repaired after, should a scrubbed field no longer fit the schema.
  const analysis = writable(
    scrub.deep(
      plan.origin.kind === 'report'
        ? published(plan.origin.report, config)
        : analyze({
            ...input,
            findings: [...(input.findings ?? []), ...pairing.findings],
            paired: pairing.input
          })
    ),
    config
  );
  // Shards that could not be joined, like any stopped run, promote nothing.
  const draft =
    plan.baselinePolicy.promote && plan.origin.kind !== 'problem'
      ? newBaseline(plan, analysis.report, baseline?.input?.file ?? null, ports)
      : null;
  const promoted = draft !== null && !('warning' in draft) ? draft : null;
  const written = await writeRunDocuments(
    { plan, analysis, gathered, baseline, promoted, comment: options.comment },
    ports
  );
  return { gathered, analysis, draft, written };
}

/** What cargo printed, kept as cargo-bench.txt, without the run's secrets. */
const scrubbedOutput = (gathered: Gathered, scrub: Scrubber): Gathered =>
  gathered.output === null ? gathered : { ...gathered, output: scrub.text(gathered.output) };

/**
 * A report with nothing run, stored or uploaded: a setting stopped the run (prepare). On a pull
 * request the comment says so, so that an earlier one (a ✅ of the last push) does not stand;
 * elsewhere there is none to replace, and the message stays the one line a bad setting prints.
 */
export async function reportOnly(plan: Plan, ports: Ports): Promise<Outcome> {
  const onPullRequest = plan.github.pullRequest !== null;
  const { analysis, written, gathered } = await report(plan, null, ports, { comment: onPullRequest });
  const comment = written.comment
    ? await postComment(plan, written.comment, analysis.report.status, ports)
    : NO_COMMENT;
  return {
    plan,
    result: { ...written, analysis, tools: gathered.tools },
    documents: written.pages,
    promotion: null,
    comment,
    upload: null,
    // A setting that stops the run fails it, whatever fail-on says.
    failed: true
  };
}

/** No pull request, so no comment to keep up to date. */
const NO_COMMENT: CommentStep = {
  ...NO_OWN_COMMENT,
  outcome: { action: 'skipped', id: null, url: null, reason: 'the run names no pull request' }
};

/** A shard measures its share plainly: a paired comparison asked for is not made there. */
function shardComparisonFindings(config: Config): Finding[] {
  if (!config.shard || config.comparison === 'baseline') return [];
  return [
    warning(
      'input',
      `comparison: ${config.comparison} is not measured in a sharded job: shard ${config.shard.index} of ${config.shard.count} measured its share only`
    )
  ];
}

/**
 * The analysis with a report that matches its schema: a value that does not is left out (see
 * repairReport) and each problem is an input error, which fails the step unless fail-on is none.
 */
function writable(analysis: Analysis, config: Config): Analysis {
  const repair = repairReport(analysis.report);
  if (repair.problems.length === 0) return analysis;
  const added = repair.report.errors.slice(analysis.report.errors.length).map((m) => error('input', m));
  const findings = [...analysis.findings, ...added];
  return { report: repair.report, findings, failed: shouldFail(findings, config.failOn) };
}

/**
 * Another run's report, published as it is: its findings are its errors and warnings, and it fails
 * the step as it failed the measuring one, unless fail-on is none.
 */
function published(report: PerfReport, config: Config): Analysis {
  const findings = [
    ...report.errors.map((message) => error('input', message)),
    ...report.warnings.map((message) => warning('input', message))
  ];
  return { report, findings, failed: config.failOn.length > 0 && report.status === 'fail' };
}

/**
 * A run over several testbeds (a merge of a matrix over OSes, or the publication of its reports):
 * each testbed makes a report of its own in `<report-dir>/<testbed>-<os>/`, compared with and
 * promoted to that testbed's baseline, and uploaded; then one comment holds them all, worst first.
 * The outcome is the worst testbed's, and fails when any does.
 */
async function executeTestbeds(plan: Plan, ports: Ports, groups: readonly Testbed[]): Promise<Outcome> {
  const outcomes: { group: Testbed; outcome: Outcome }[] = [];
  for (const group of groups) {
    const own = group.plan;
    const reportDir = {
      ...plan.paths.reportDir,
      path: path.join(plan.paths.reportDir.path, `${keyPart(group.testbed)}-${keyPart(group.os)}`)
    };
    const groupPlan = { ...own, paths: { ...own.paths, reportDir } };
    const outcome = await ports.log.group(`Testbed ${group.testbed} on ${group.os}`, () =>
      executeOne(groupPlan, ports, false)
    );
    outcomes.push({ group, outcome });
  }
  const parts = outcomes.map(({ group, outcome }) => ({
    testbed: group.testbed,
    os: group.os,
    report: outcome.result.analysis.report,
    sections: outcome.result.sections,
    outcome
  }));
  const [worst] = worstFirstParts(parts);
  if (!worst) throw new Error('a merge over testbeds needs at least one');
  const { config } = plan;
  // Published reports are commented on in their pull request's context.
  const github = groups[0]?.plan.github ?? plan.github;
  const rendered = renderTestbedsComment(parts, {
    project: plan.identity.project,
    name: config.name,
    runUrl: github.runUrl,
    dashboardUrl: dashboardUrl(config, plan.github),
    commit: github.pullRequest?.headSha ?? null
  });
  const written = await writeCommentFile(plan.paths.reportDir.path, rendered, ports);
  const comment = await postComment({ ...plan, github }, written, worst.report.status, ports);
  return { ...worst.outcome, comment, failed: outcomes.some(({ outcome }) => outcome.failed) };
}
