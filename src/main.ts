// The Action's shell: inputs in, pipeline, then the job summary, annotations, outputs and the
// step's result. Only the performance findings (and bad input) decide whether the step fails.

import * as core from '@actions/core';
import { loadConfig } from './config/load.js';
import { OPTIONS } from './config/options.js';
import { InputError, messageOf } from './errors.js';
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
  return Object.fromEntries(OPTIONS.map((o) => [o.name, core.getInput(o.name)]));
}

export async function run(): Promise<void> {
  try {
    const config = loadConfig(readInputs(), process.cwd());
    const result = await runPipeline(config, { log: actionLog, env: process.env, cwd: process.cwd() });
    const { report } = result.analysis;

    for (const [name, value] of Object.entries(outputValues(report, result.reportPath)))
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
