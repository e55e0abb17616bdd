// The Action's entry point: inputs in, the run (src/app/run.ts), then the job summary, annotations,
// outputs and the step's result.

import path from 'node:path';
import * as core from '@actions/core';
import { actionInput } from './adapters/config/action-inputs.js';
import { writeJobSummary } from './adapters/github/job-summary.js';
import { scrubberOf } from './app/gate.js';
import { outcomeOutputs } from './app/outputs.js';
import { prepare, SetupError } from './app/prepare.js';
import { execute, type Outcome } from './app/run.js';
import { OPTIONS } from './core/config/options.js';
import { InputError, messageOf } from './core/errors.js';
import { type Log, logText } from './core/log.js';
import type { Scrubber } from './core/scrub.js';
import { jobCredentials } from './core/secrets.js';
import { realPorts } from './real-ports.js';
import { type Annotation, annotationsOf } from './render/annotations.js';
import { cappedJobSummary } from './render/job-summary.js';

/**
 * What the step prints: scrubbed of the run's secrets, then through logText (ids and paths in a
 * message come from files a pull request controls).
 */
const shown = (scrub: Scrubber, message: string): string => logText(scrub.text(message));

function actionLog(scrub: Scrubber): Log {
  return {
    info: (message) => core.info(shown(scrub, message)),
    warning: (message) => core.warning(shown(scrub, message)),
    error: (message) => core.error(shown(scrub, message)),
    group: (name, fn) => core.group(shown(scrub, name), fn)
  };
}

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
  const inputs = readInputs(env);
  // The job's credentials are known from the start; the plan adds the workflow's bench-env values.
  let scrub = scrubberOf(jobCredentials(env, inputs['github-token']));
  try {
    // cargo's output is echoed through the ports, so that the run's gate scrubs it too.
    const echo = (text: string): void => void process.stdout.write(text);
    const echoCommand = (line: string): void => void process.stdout.write(`[command]${line}\n`);
    const ports = realPorts({ log: actionLog(scrub), env, echo, echoCommand });
    const settings = { inputs, cwd, workspace: env.GITHUB_WORKSPACE || cwd };
    const plan = await prepare({ ...settings, baseline: { kind: 'store' }, upload: true }, ports);
    scrub = scrubberOf(plan.identity.secrets);
    const outcome = await execute(plan, ports);
    await finish(outcome, { env, cwd, scrub });
  } catch (caught) {
    if (caught instanceof SetupError) {
      // The report says what stopped the run: the outputs point at it, as after any run.
      for (const [name, value] of Object.entries(outcomeOutputs(caught.outcome)))
        core.setOutput(name, scrub.text(value));
      core.info(shown(scrub, `Report: ${caught.reportPath}`));
    }
    const message =
      caught instanceof InputError ? caught.message : `copybook-bench failed: ${messageOf(caught)}`;
    core.setFailed(shown(scrub, message));
  }
}

/** The outputs, the job summary, the annotations and the step's result of a run. */
async function finish(
  outcome: Outcome,
  where: { env: NodeJS.ProcessEnv; cwd: string; scrub: Scrubber }
): Promise<void> {
  const { env, cwd, scrub } = where;
  const { result, plan } = outcome;
  for (const [name, value] of Object.entries(outcomeOutputs(outcome)))
    core.setOutput(name, scrub.text(value));
  const summaryFile = path.relative(cwd, result.summaryPath) || result.summaryPath;
  if (plan.config.jobSummary) {
    const place = { summaryFile, artifact: outcome.upload?.uploaded ? outcome.upload.name : null };
    const capped = cappedJobSummary(result.summaryMarkdown, place);
    const log = actionLog(scrub);
    await writeJobSummary({ ...capped, markdown: scrub.text(capped.markdown) }, { env, log, ...place });
  }
  const annotations = annotationsOf(result.analysis.report, {
    failed: outcome.failed,
    reportPath: result.reportPath,
    rest: plan.config.jobSummary ? 'the job summary' : summaryFile
  });
  for (const annotation of annotations) annotate(annotation, scrub);
  core.info(shown(scrub, `Report: ${result.reportPath}`));
}

const ANNOTATION = { title: 'copybook-bench' };

function annotate({ level, message, fails }: Annotation, scrub: Scrubber): void {
  const text = shown(scrub, message);
  // setFailed writes the verdict as an error and fails the step.
  if (fails) core.setFailed(text);
  else if (level === 'error') core.error(text, ANNOTATION);
  else if (level === 'warning') core.warning(text, ANNOTATION);
  else core.notice(text, ANNOTATION);
}
