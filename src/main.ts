// The Action's entry point: inputs in, the run (src/app/run.ts), then the job summary, annotations,
// outputs and the step's result.

import path from 'node:path';
import * as core from '@actions/core';
import { actionInput } from './adapters/config/action-inputs.js';
import { writeJobSummary } from './adapters/github/job-summary.js';
import { outcomeOutputs } from './app/outputs.js';
import { prepare, SetupError } from './app/prepare.js';
import { execute } from './app/run.js';
import { OPTIONS } from './core/config/options.js';
import { InputError, messageOf } from './core/errors.js';
import { type Log, logText } from './core/log.js';
import { realPorts } from './real-ports.js';
import { cappedJobSummary } from './render/job-summary.js';

// Every message goes through logText: ids and paths in it come from files a pull request controls.
const log: Log = {
  info: (message) => core.info(logText(message)),
  warning: (message) => core.warning(logText(message)),
  error: (message) => core.error(logText(message)),
  group: (name, fn) => core.group(name, fn)
};

function readInputs(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const inputs = Object.fromEntries(OPTIONS.map((o) => [o.name, actionInput(o, env)]));
  // The input defaults to the job's token; GITHUB_TOKEN in the step's env is the fallback.
  const token = inputs['github-token'] || env.GITHUB_TOKEN || '';
  // Masked before anything else runs, so no later message can show it.
  if (token) core.setSecret(token);
  return { ...inputs, 'github-token': token };
}

export async function run(): Promise<void> {
  const env = process.env;
  const cwd = process.cwd();
  try {
    const ports = realPorts({ log, env });
    const settings = { inputs: readInputs(env), cwd, workspace: env.GITHUB_WORKSPACE || cwd };
    const plan = await prepare({ ...settings, baseline: { kind: 'store' }, upload: true }, ports);
    const outcome = await execute(plan, ports);
    const { report } = outcome.result.analysis;
    for (const [name, value] of Object.entries(outcomeOutputs(outcome))) core.setOutput(name, value);
    if (plan.config.jobSummary) {
      const file = outcome.result.summaryPath;
      const where = {
        summaryFile: path.relative(cwd, file) || file,
        artifact: outcome.upload?.uploaded ? outcome.upload.name : null
      };
      await writeJobSummary(cappedJobSummary(outcome.result.summaryMarkdown, where), { env, log, ...where });
    }
    const annotation = { title: 'copybook-bench' };
    for (const message of report.errors) core.error(logText(message), annotation);
    for (const message of report.warnings) core.warning(logText(message), annotation);
    log.info(report.summary);
    log.info(`Report: ${outcome.result.reportPath}`);
    if (outcome.failed) {
      const count = report.errors.length || report.warnings.length;
      const findings = `${count} failing finding${count === 1 ? '' : 's'}`;
      core.setFailed(logText(`${report.summary} (${findings}; see ${outcome.result.reportPath})`));
    }
  } catch (caught) {
    if (caught instanceof SetupError) {
      // The report says what stopped the run: the outputs point at it, as after any run.
      for (const [name, value] of Object.entries(outcomeOutputs(caught.outcome))) core.setOutput(name, value);
      core.info(`Report: ${caught.reportPath}`);
    }
    core.setFailed(
      logText(caught instanceof InputError ? caught.message : `copybook-bench failed: ${messageOf(caught)}`)
    );
  }
}
