// A run, top to bottom, for the Action and the CLI alike. `prepare` loads and checks every setting,
// path, template and the baseline plan before anything runs; `execute` then runs it: one run per
// report dir, the baseline fetched, the bench run and analyzed, perf.json written, the baseline
// promoted, the HTML pages and audit written, the PR comment kept up to date and the report
// uploaded. Only the performance findings (and bad input) fail a run; a comment, a baseline or an
// upload that cannot be written is a warning.

import path from 'node:path';
import { loadAuditConfig } from '../adapters/audit/collect.js';
import { loadConfig } from '../adapters/config/load.js';
import { type RunPaths, resolveReportPaths, resolveRunPaths } from '../adapters/config/paths.js';
import { describeTakeOver, isReportWorkFile } from '../adapters/fs/lock.js';
import { type GitHubContext, loadGitHubContext } from '../adapters/github/context.js';
import { type AuditConfig, EMPTY_AUDIT_CONFIG } from '../core/audit/config.js';
import { type BaselinePlan, baselinePlan } from '../core/baseline/plan.js';
import { keyPart, reportArtifactName, shardArtifactName } from '../core/baseline/store-naming.js';
import type { Config, RawSettings } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import type { BaselineFile } from '../core/model.js';
import { type MergedShards, mergeShards } from '../core/shard/merge.js';
import { promotedComment, promotedSection } from '../render/baseline-sections.js';
import { commentMarker, renderTestbedsComment, worstFirstParts } from '../render/comment.js';
import {
  baselineInput,
  fetchBaselineForRun,
  type Promotion,
  promoteBaseline,
  readBaselineFile,
  slotOf
} from './baseline.js';
import {
  type CommentStep,
  type CommentTemplate,
  postComment,
  projectName,
  publishComment,
  readCommentTemplate
} from './comment.js';
import { type DocumentPaths, writeDocuments } from './documents.js';
import { gatherShardReports } from './merge.js';
import { type PipelineBaseline, type PipelineResult, type RecordedRun, runPipeline } from './pipeline.js';
import type { Ports } from './ports.js';

export interface RunSettings {
  /** Inputs or flags by setting name, as given (the token already resolved). */
  inputs: RawSettings['inputs'];
  /** bench-args as arguments (the CLI's words after `--`), in place of the setting's text. */
  benchArgs?: RawSettings['benchArgs'];
  /** Where the run started: relative settings resolve against it. */
  cwd: string;
  /** The checkout: GITHUB_WORKSPACE for the Action, the current directory for the CLI. */
  workspace: string;
  /**
   * Where the baseline comes from: `store` (the Action: the cache or an artifact, promoted on the
   * default branch), a baseline.json named on the command line, or none.
   */
  baseline: { kind: 'store' } | { kind: 'file'; path: string } | { kind: 'none' };
  /** Upload the report dir as the run's artifact (the Action, when upload-report says so). */
  upload: boolean;
  /** cargo `--config` arguments for this run only (the demo's crate source); not settings. */
  cargoConfigArgs?: readonly string[];
  /** The results are a recorded run: its facts stand in for this machine's, nothing ran here. */
  recorded?: RecordedRun | null;
}

/** Everything checked, nothing run yet. */
export interface Plan {
  settings: RunSettings;
  config: Config;
  paths: RunPaths;
  template: CommentTemplate | null;
  auditConfig: AuditConfig;
  github: GitHubContext;
  /** Whether the stored baseline is compared with and whether this run promotes. */
  baselinePlan: BaselinePlan;
  /** A baseline.json named on the command line, read and checked. */
  localBaseline: PipelineBaseline | null;
}

export interface ReportUpload {
  /** The artifact's name, whether or not it was uploaded. */
  name: string;
  uploaded: boolean;
  /** What happened; a failure on a runner is worth a warning, no service at all only a note. */
  message: string;
  level: 'info' | 'warning';
}

export interface Outcome {
  plan: Plan;
  result: PipelineResult;
  /** The HTML reports and the audit record. */
  documents: DocumentPaths;
  comment: CommentStep;
  promotion: Promotion | null;
  upload: ReportUpload | null;
  /** A failing finding: the step fails, the CLI exits 1. */
  failed: boolean;
}

/** A bad setting found before anything ran, after a report saying so was written to `reportPath`. */
export class SetupError extends InputError {
  override name = 'SetupError';
  constructor(
    message: string,
    readonly reportPath: string
  ) {
    super(message);
  }
}

/**
 * Loads and checks everything a run needs before it runs. Throws an InputError for a bad config or
 * an unusable working-directory or report-dir, and a SetupError (after writing a report that says
 * so) for any other bad setting.
 */
export async function prepare(settings: RunSettings, ports: Ports): Promise<Plan> {
  const github = loadGitHubContext(ports.env, ports.log);
  const config = loadConfig(settings.inputs, settings.cwd, settings.workspace, settings.benchArgs);
  const base = resolveReportPaths(config, settings);
  try {
    if (config.mode === 'merge' && config.shard)
      throw new InputError(
        `Invalid shard: "${config.effective.shard.value}" with mode: merge. Accepted: no shard in the merge job (it joins the shards of the other jobs).`
      );
    const paths = resolveRunPaths(config, base, ports.env);
    const template = readCommentTemplate(config, paths.commentTemplate);
    const auditConfig = await loadAuditConfig(config.auditConfig, paths.auditConfig);
    const localBaseline =
      settings.baseline.kind === 'file'
        ? await baselineNamed(config, path.resolve(settings.cwd, settings.baseline.path))
        : null;
    const decided =
      settings.baseline.kind === 'store'
        ? baselinePlan(config.baseline, github, config.baselineBranch)
        : { compare: localBaseline !== null, promote: false, branch: null, warning: null };
    // A shard promotes nothing (the merge job does, once); it reads the baseline for its times.
    const plan = config.shard
      ? { ...decided, compare: decided.compare || decided.promote, promote: false }
      : decided;
    return { settings, config, paths, template, auditConfig, github, baselinePlan: plan, localBaseline };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const paths: RunPaths = {
      ...base,
      commentTemplate: null,
      auditConfig: null,
      benchOutput: null,
      shardReports: null
    };
    let reportPath: string;
    try {
      const where = { github, cwd: settings.cwd, paths };
      const result = await runPipeline(config, where, ports, { setupProblem: error.message });
      await writeDocuments(documentsInput(config, result, paths, ports, null, null), ports);
      reportPath = result.reportPath;
    } catch {
      throw error;
    }
    throw new SetupError(error.message, reportPath);
  }
}

/** A baseline.json named on the command line: it must be valid; it is what the user asked for. */
async function baselineNamed(config: Config, file: string): Promise<PipelineBaseline> {
  const checked = await readBaselineFile(file, null);
  if (!checked.ok) throw new InputError(`Invalid baseline: ${checked.reason}`);
  return {
    input: baselineInput(config, checked.file),
    findings: [],
    path: file,
    sha256: checked.sha256,
    state: { compared: true, history: checked.file.history, branch: null }
  };
}

/** The stored baseline, fetched into the report dir, where a promotion replaces it. */
async function storedBaseline(plan: Plan, file: string, ports: Ports): Promise<PipelineBaseline | null> {
  const { baselinePlan: decided, config } = plan;
  if (decided.warning) ports.log.warning(decided.warning);
  if (!decided.compare && !decided.promote) return null;
  const fetched = await ports.log.group('Baseline', () =>
    fetchBaselineForRun(config, plan.github, file, ports)
  );
  ports.log.info(`Baseline: ${fetched.source}.`);
  return {
    input: fetched.file && decided.compare ? baselineInput(config, fetched.file) : null,
    findings: fetched.findings,
    path: fetched.file ? file : null,
    sha256: fetched.sha256,
    state: { compared: decided.compare, history: fetched.file?.history ?? [], branch: decided.branch }
  };
}

function documentsInput(
  config: Config,
  result: PipelineResult,
  paths: RunPaths,
  ports: Ports,
  baseline: PipelineBaseline | null,
  auditConfig: AuditConfig | null,
  promoted: BaselineFile | null = null
): Parameters<typeof writeDocuments>[0] {
  return {
    report: result.analysis.report,
    reportDir: result.reportDir,
    reportFile: result.reportFile,
    baseline:
      baseline?.input && baseline.path && baseline.sha256
        ? { file: baseline.input.file, path: baseline.path, sha256: baseline.sha256 }
        : null,
    // After a promotion the trend ends with this run.
    ...(promoted ? { history: promoted.history } : {}),
    settings: config.effective,
    auditConfig: auditConfig ?? EMPTY_AUDIT_CONFIG,
    env: ports.env,
    workingDirectory: paths.workingDirectory,
    tools: result.tools,
    workspace: paths.workspace,
    header: result.pageHeader
  };
}

/** Tells the merged pull request's comment about the promotion; a failure is only a note. */
async function announcePromotion(plan: Plan, file: BaselineFile, ports: Ports): Promise<void> {
  const { config, github } = plan;
  const sha = github.headSha;
  if (!config.githubToken || !github.owner || !github.repo || !sha) return;
  const outcome = await ports.github.addPromotedSection(
    { token: config.githubToken, apiUrl: github.apiUrl },
    {
      owner: github.owner,
      repo: github.repo,
      sha,
      branch: file.ref?.replace(/^refs\/heads\//, '') ?? null,
      marker: commentMarker(config.name),
      name: config.name
    },
    (body) => promotedComment(body, promotedSection(file, github.runUrl), config.name)
  );
  ports.log.info(`Baseline promoted: ${outcome.reason}.`);
}

/** The report dir as the run's artifact `<name>-report-<testbed>-<os>`. */
async function uploadReport(
  plan: Plan,
  reportDir: string,
  files: readonly string[],
  ports: Ports
): Promise<ReportUpload> {
  const slot = slotOf(plan.config, ports.env, ports.host);
  const { shard } = plan.config;
  // A shard's report is what the merge job reads: it is uploaded whatever upload-report says.
  const name = shard ? shardArtifactName(slot, shard) : reportArtifactName(slot);
  const skipped = (message: string): ReportUpload => ({ name, uploaded: false, message, level: 'info' });
  if (!plan.config.uploadReport && !shard)
    return skipped('The report was not uploaded: upload-report is false.');
  if (!ports.artifacts.configured())
    return skipped(`The report was not uploaded as ${name}: not on a GitHub runner.`);
  const result = await ports.artifacts.upload({ name, files, root: reportDir });
  return result.uploaded
    ? {
        ...skipped(`Report uploaded as artifact ${name} (id ${result.id}, ${files.length} files).`),
        uploaded: true
      }
    : {
        name,
        uploaded: false,
        message: `The report could not be uploaded as artifact ${name}: ${result.reason}`,
        level: 'warning' as const
      };
}

/**
 * `mode: merge`: the shards of this workflow run, checked and joined per testbed and OS; a reason
 * (naming what is missing or mixed) when they cannot be merged.
 */
async function mergedShards(
  plan: Plan,
  ports: Ports
): Promise<{ groups: MergedShards[] } | { problem: string }> {
  const gathered = await ports.log.group('Shards', () =>
    gatherShardReports(plan.config, plan.paths.shardReports?.path ?? null, ports)
  );
  const merged = mergeShards(gathered.inputs);
  const problems = [...gathered.problems, ...(merged.ok ? [] : merged.problems)];
  if (problems.length > 0 || !merged.ok)
    return { problem: `mode: merge cannot join the shards from ${gathered.from}: ${problems.join('; ')}` };
  for (const group of merged.groups)
    ports.log.info(
      `Merged ${group.count} shard${group.count === 1 ? '' : 's'} of ${group.testbed} on ${group.os} (plan ${group.plan}): ${group.measurements.length} benchmarks.`
    );
  return { groups: merged.groups };
}

/**
 * The plan and ports for one testbed's merge: its baseline is the one of its testbed and OS (the
 * shards'), not the merge job's own.
 */
function forTestbed(plan: Plan, ports: Ports, group: MergedShards): { plan: Plan; ports: Ports } {
  const { config } = plan;
  if (group.testbed === config.testbed && group.os === slotOf(config, ports.env, ports.host).os)
    return { plan, ports };
  const effective = { ...config.effective, testbed: { ...config.effective.testbed, value: group.testbed } };
  return {
    plan: { ...plan, config: { ...config, testbed: group.testbed, effective } },
    ports: { ...ports, env: { ...ports.env, RUNNER_OS: group.os } }
  };
}

export async function execute(plan: Plan, ports: Ports): Promise<Outcome> {
  if (plan.config.mode !== 'merge') return executeOne(plan, ports, {});
  const merged = await mergedShards(plan, ports);
  if ('problem' in merged) return executeOne(plan, ports, { mergeProblem: merged.problem });
  const [only, ...more] = merged.groups;
  if (only && more.length === 0) {
    const group = forTestbed(plan, ports, only);
    return executeOne(group.plan, group.ports, { merged: only });
  }
  return executeTestbeds(plan, ports, merged.groups);
}

/**
 * A merge over several testbeds (a matrix over OSes): each testbed's shards make a report of their
 * own in `<report-dir>/<testbed>-<os>/`, compared with and promoted to that testbed's baseline, and
 * uploaded; then one comment holds them all, worst first. The outcome is the worst testbed's, and
 * fails when any does.
 */
async function executeTestbeds(plan: Plan, ports: Ports, groups: readonly MergedShards[]): Promise<Outcome> {
  const outcomes: { group: MergedShards; outcome: Outcome }[] = [];
  for (const group of groups) {
    const own = forTestbed(plan, ports, group);
    const reportDir = {
      ...plan.paths.reportDir,
      path: path.join(plan.paths.reportDir.path, `${keyPart(group.testbed)}-${keyPart(group.os)}`)
    };
    const groupPlan = { ...own.plan, paths: { ...own.plan.paths, reportDir } };
    const outcome = await ports.log.group(`Testbed ${group.testbed} on ${group.os}`, () =>
      executeOne(groupPlan, own.ports, { merged: group, comment: false })
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
  const { config, github } = plan;
  const rendered = renderTestbedsComment(parts, {
    project: projectName(config, github, plan.settings.cwd),
    name: config.name,
    runUrl: github.runUrl,
    commit: github.pullRequest?.headSha ?? null
  });
  const comment = await postComment(
    config,
    rendered,
    worst.report.status,
    plan.paths.reportDir.path,
    github,
    ports
  );
  return { ...worst.outcome, comment, failed: outcomes.some(({ outcome }) => outcome.failed) };
}

async function executeOne(
  plan: Plan,
  ports: Ports,
  merge: { merged?: MergedShards; mergeProblem?: string; comment?: boolean }
): Promise<Outcome> {
  const { config, paths, settings } = plan;
  // Before anything is written there: one run per report dir.
  const lock = await ports.files.lockReportDir(paths.reportDir.path);
  try {
    for (const line of describeTakeOver(lock)) ports.log.info(line);
    // One place for the stored baseline: restored there, compared with, replaced by a promotion.
    const baselineFile = path.join(lock.dir, 'baseline.json');
    const baseline =
      settings.baseline.kind === 'store'
        ? await storedBaseline(plan, baselineFile, ports)
        : plan.localBaseline;
    const where = { github: plan.github, cwd: settings.cwd, paths };
    const result = await runPipeline(config, where, ports, {
      baseline,
      cargoConfigArgs: settings.cargoConfigArgs ?? [],
      recorded: settings.recorded ?? null,
      merged: merge.merged ?? null,
      ...(merge.mergeProblem === undefined ? {} : { setupProblem: merge.mergeProblem })
    });
    const { report } = result.analysis;

    let promotion: Promotion | null = null;
    // Shards that could not be merged promote nothing.
    if (plan.baselinePlan.promote && merge.mergeProblem === undefined) {
      promotion = await ports.log.group('Promote the baseline', () =>
        promoteBaseline(config, plan.github, report, baseline?.input?.file ?? null, baselineFile, ports)
      );
      for (const note of promotion.notes) ports.log.info(note);
      for (const message of promotion.warnings) ports.log.warning(message);
    }
    const documents = await writeDocuments(
      documentsInput(config, result, paths, ports, baseline, plan.auditConfig, promotion?.file ?? null),
      ports
    );
    if (promotion?.promoted && promotion.file) await announcePromotion(plan, promotion.file, ports);

    // A testbed of a merge over several shares one comment (executeTestbeds); its comment.md is its own.
    const comment =
      merge.comment === false
        ? {
            markdown: '',
            path: '',
            shortened: false,
            outcome: {
              action: 'skipped' as const,
              id: null,
              url: null,
              reason: 'one comment holds every testbed of the merge'
            }
          }
        : await publishComment(config, result, plan.template, where, ports);
    let upload: ReportUpload | null = null;
    if (settings.upload) {
      const files = (await ports.files.list(result.reportDir)).filter((name) => !isReportWorkFile(name));
      upload = await ports.log.group('Upload the report', () =>
        uploadReport(
          plan,
          result.reportDir,
          files.map((name) => path.join(result.reportDir, name)),
          ports
        )
      );
      (upload.level === 'warning' ? ports.log.warning : ports.log.info)(upload.message);
    }
    return { plan, result, documents, comment, promotion, upload, failed: result.analysis.failed };
  } finally {
    lock.release();
  }
}
