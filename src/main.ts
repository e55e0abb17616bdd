// The Action's shell: inputs in, pipeline, the PR comment, then the job summary, annotations,
// outputs and the step's result. Only the performance findings (and bad input) decide whether the
// step fails; a comment that cannot be written is a warning.

import * as core from '@actions/core';
import { loadConfig } from './config/load.js';
import { OPTIONS } from './config/options.js';
import { InputError, messageOf } from './errors.js';
import { publishComment, readCommentTemplate } from './github/publish.js';
import type { Log } from './log.js';
import { outputValues } from './outputs.js';
import { runPipeline } from './pipeline.js';

const actionLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  group: (name, fn) => core.group(name, fn)
};

function readInputs(): Record<string, string> {
  const inputs: Record<string, string> = Object.fromEntries(
    OPTIONS.map((o) => [o.name, core.getInput(o.name)])
  );
  // The input defaults to the job's token; GITHUB_TOKEN in the step's env is the fallback.
  const token = inputs['github-token'] || process.env.GITHUB_TOKEN || '';
  // Masked before anything else runs, so no later message can show it.
  if (token) core.setSecret(token);
  return { ...inputs, 'github-token': token };
}

export async function run(): Promise<void> {
  try {
    const cwd = process.cwd();
    const config = loadConfig(readInputs(), cwd);
    const template = readCommentTemplate(config, cwd);
    const result = await runPipeline(config, { log: actionLog, env: process.env, cwd });
    const { report } = result.analysis;
    const { outcome } = await publishComment(config, result, template, {
      log: actionLog,
      env: process.env,
      cwd
    });
    const comment = outcome.id !== null && outcome.url !== null ? { id: outcome.id, url: outcome.url } : null;

    for (const [name, value] of Object.entries(outputValues(report, result.reportPath, comment)))
      core.setOutput(name, value);
    if (config.jobSummary) await core.summary.addRaw(result.summaryMarkdown).write();
    for (const message of report.errors) core.error(message, { title: 'copybook-bench' });
    for (const message of report.warnings) core.warning(message, { title: 'copybook-bench' });
    core.info(report.summary);
    core.info(`Report: ${result.reportPath}`);

    if (result.analysis.failed) {
      const count = report.errors.length || report.warnings.length;
      core.setFailed(
        `${report.summary} (${count} failing finding${count === 1 ? '' : 's'}; see ${result.reportPath})`
      );
    }
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? error.message : `copybook-bench failed: ${messageOf(error)}`
    );
  }
}
