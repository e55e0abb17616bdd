// The Action's shell: inputs in; the baseline fetched; the pipeline; the baseline promoted; the PR
// comment; then the job summary, annotations, outputs and the step's result. Only the performance
// findings (and bad input) decide whether the step fails; a comment or a baseline that cannot be
// written is a warning.

import path from 'node:path';
import * as core from '@actions/core';
import { loadGitHubClient } from './adapters/clients.js';
import { actionInput } from './adapters/config/action-inputs.js';
import { describeTakeOver, lockReportDir, type ReportDirLock } from './adapters/fs/lock.js';
import { type GitHubContext, loadGitHubContext } from './adapters/github/context.js';
import { writeJobSummary } from './adapters/github/job-summary.js';
import { addPromotedSection } from './adapters/github/promoted.js';
import { uploadReportArtifact } from './adapters/report-artifact.js';
import { baselineInput, fetchBaselineForRun, type Promotion, promoteBaseline } from './app/baseline.js';
import { publishComment } from './app/comment.js';
import { writeTrendHtml } from './app/documents.js';
import { type PipelineBaseline, runPipeline } from './app/pipeline.js';
import { baselinePlan } from './core/baseline/plan.js';
import type { Config } from './core/config/config.js';
import { OPTIONS } from './core/config/options.js';
import { InputError, messageOf } from './core/errors.js';
import { type Log, logText } from './core/log.js';
import type { BaselineFile } from './core/model.js';
import { outputValues } from './core/outputs.js';
import { promotedComment, promotedSection } from './render/baseline-sections.js';
import { commentMarker } from './render/comment.js';
import { cappedJobSummary } from './render/job-summary.js';

// Every message printed goes through logText: ids and paths in it come from files a pull request
// controls, and core.info prints a message as it is (see logText).
const info = (message: string): void => core.info(logText(message));
const warning = (message: string, props?: core.AnnotationProperties): void =>
  core.warning(logText(message), props);
const error = (message: string, props?: core.AnnotationProperties): void =>
  core.error(logText(message), props);

import { prepareRun, SetupError } from './app/prepare.js';

const actionLog: Log = {
  info,
  warning,
  error,
  group: (name, fn) => core.group(name, fn)
};

function readInputs(): Record<string, string | undefined> {
  const inputs = Object.fromEntries(OPTIONS.map((o) => [o.name, actionInput(o, process.env)]));
  // The input defaults to the job's token; GITHUB_TOKEN in the step's env is the fallback.
  const token = inputs['github-token'] || process.env.GITHUB_TOKEN || '';
  // Masked before anything else runs, so no later message can show it.
  if (token) core.setSecret(token);
  return { ...inputs, 'github-token': token };
}

/** Tells the merged pull request's comment about the promotion; a failure is only a note. */
async function announcePromotion(config: Config, context: GitHubContext, file: BaselineFile): Promise<void> {
  const sha = context.headSha;
  if (!config.githubToken || !context.owner || !context.repo || !sha) return;
  const { createGitHubClient } = await loadGitHubClient();
  const client = createGitHubClient({ token: config.githubToken, baseUrl: context.apiUrl });
  const outcome = await addPromotedSection(
    client,
    {
      owner: context.owner,
      repo: context.repo,
      sha,
      branch: file.ref?.replace(/^refs\/heads\//, '') ?? null,
      marker: commentMarker(config.name)
    },
    (body) => promotedComment(body, promotedSection(file, context.runUrl), config.name)
  );
  info(`Baseline promoted: ${outcome.reason}.`);
}

export async function run(): Promise<void> {
  let lock: ReportDirLock | null = null;
  try {
    const cwd = process.cwd();
    const env = process.env;
    const context = loadGitHubContext(env, actionLog);
    const { config, paths, template, auditConfig } = await prepareRun(readInputs(), {
      log: actionLog,
      env,
      cwd,
      workspace: env.GITHUB_WORKSPACE || cwd,
      github: context
    });
    // Before anything is written there: one run per report dir.
    lock = await lockReportDir(paths.reportDir.path);
    for (const line of describeTakeOver(lock)) core.info(line);

    const plan = baselinePlan(config.baseline, context, config.baselineBranch);
    if (plan.warning) warning(plan.warning);
    // One place for the baseline file: restored there, compared with, replaced by a promotion.
    const baselineFile = path.join(lock.dir, 'baseline.json');
    let baseline: PipelineBaseline | null = null;
    if (plan.compare || plan.promote) {
      const fetched = await core.group('Baseline', () =>
        fetchBaselineForRun(config, context, baselineFile, env)
      );
      info(`Baseline: ${fetched.source}.`);
      baseline = {
        input: fetched.file && plan.compare ? baselineInput(config, fetched.file) : null,
        findings: fetched.findings,
        path: fetched.file ? baselineFile : null,
        sha256: fetched.sha256,
        state: { compared: plan.compare, history: fetched.file?.history ?? [], branch: plan.branch }
      };
    }

    const result = await runPipeline(
      config,
      { log: actionLog, env, cwd, github: context, paths },
      { baseline, auditConfig }
    );
    const { report } = result.analysis;

    let promotion: Promotion | null = null;
    if (plan.promote) {
      promotion = await core.group('Promote the baseline', () =>
        promoteBaseline(config, context, report, baseline?.input?.file ?? null, baselineFile, env)
      );
      for (const note of promotion.notes) info(note);
      for (const message of promotion.warnings) warning(message);
      if (promotion.file && result.documents) {
        // The trend now ends with this run.
        await writeTrendHtml(result.documents.trendHtml, report, promotion.file.history, result.pageHeader);
      }
      if (promotion.promoted && promotion.file) await announcePromotion(config, context, promotion.file);
    }

    const { outcome } = await publishComment(config, result, template, {
      log: actionLog,
      github: context,
      cwd
    });
    const uploaded = await core.group('Upload the report', () =>
      uploadReportArtifact(config, result.reportDir, env)
    );
    (uploaded.level === 'warning' ? warning : info)(uploaded.message);

    const outputs = outputValues(report, result.reportPath, {
      ...(outcome.id !== null && outcome.url !== null
        ? { 'comment-id': String(outcome.id), 'comment-url': outcome.url }
        : {}),
      ...(promotion?.promoted && promotion.key ? { 'baseline-key': promotion.key } : {}),
      ...(promotion?.artifactId ? { 'artifact-id': String(promotion.artifactId) } : {}),
      promoted: promotion?.promoted ?? false,
      ...(result.documents
        ? { 'html-report-path': result.documents.reportHtml, 'audit-path': result.documents.auditJson }
        : {})
    });
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    if (config.jobSummary) {
      const where = {
        summaryFile: path.relative(cwd, result.summaryPath) || result.summaryPath,
        artifact: uploaded.uploaded ? uploaded.name : null
      };
      await writeJobSummary(cappedJobSummary(result.summaryMarkdown, where), {
        env,
        log: actionLog,
        ...where
      });
    }
    for (const message of report.errors) error(message, { title: 'copybook-bench' });
    for (const message of report.warnings) warning(message, { title: 'copybook-bench' });
    info(report.summary);
    info(`Report: ${result.reportPath}`);

    if (result.analysis.failed) {
      const count = report.errors.length || report.warnings.length;
      core.setFailed(
        logText(
          `${report.summary} (${count} failing finding${count === 1 ? '' : 's'}; see ${result.reportPath})`
        )
      );
    }
  } catch (caught) {
    if (caught instanceof SetupError) core.info(`Report: ${caught.reportPath}`);
    core.setFailed(
      logText(caught instanceof InputError ? caught.message : `copybook-bench failed: ${messageOf(caught)}`)
    );
  } finally {
    lock?.release();
  }
}
