// The first stage: every setting, path, template and the baseline policy loaded and checked before
// anything runs, and where the results will come from decided. A bad setting stops here with one
// message; when the report dir is usable, a report saying so is written first and the comment
// updated. A bad config file too: the settings without it place that report.

import path from 'node:path';
import type { ReportPaths, RunPaths } from '../adapters/config/paths.js';
import { EMPTY_AUDIT_CONFIG } from '../core/audit/config.js';
import { baselinePolicy } from '../core/baseline/policy.js';
import { buildConfig, type Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import { readCommentTemplate } from './comment.js';
import { baselineNamed } from './compare.js';
import { gatePorts, scrubberOf } from './gate.js';
import { identityOf, originOf, type Plan, type RunSettings } from './plan.js';
import type { Ports } from './ports.js';
import { type Outcome, reportOnly } from './run.js';

/**
 * A bad setting found before anything ran, after a report saying so was written and the comment
 * updated: `outcome` is that run's, for the outputs.
 */
export class SetupError extends InputError {
  override name = 'SetupError';
  constructor(
    message: string,
    readonly outcome: Outcome
  ) {
    super(message);
  }

  /** perf.json, which names the problem. */
  get reportPath(): string {
    return this.outcome.result.reportPath;
  }
}

/**
 * Loads and checks everything a run needs before it runs. Throws an InputError for a bad input or
 * an unusable working-directory or report-dir, and a SetupError (after writing a report that says
 * so) for any other bad setting, a bad config file among them.
 */
export async function prepare(settings: RunSettings, given: Ports): Promise<Plan> {
  const github = given.read.githubContext(given.env, given.log);
  const { config, problem } = readConfig(settings, given);
  let base: ReportPaths;
  try {
    base = given.read.reportPaths(config, settings);
  } catch (error) {
    // The config file's problem is the one to fix first.
    throw problem && error instanceof InputError ? problem : error;
  }
  const identity = identityOf(config, github, base.workingDirectory, given);
  // From here on the secrets are known: what prepare logs and writes is scrubbed as a run's is.
  const ports = gatePorts(given, scrubberOf(identity.secrets));
  const plan: Plan = {
    settings,
    config,
    paths: withoutSettings(base),
    origin: originOf(config, settings, github),
    identity,
    template: null,
    auditConfig: EMPTY_AUDIT_CONFIG,
    github,
    baselinePolicy: { compare: false, promote: false, branch: null, warning: null },
    localBaseline: null
  };
  if (problem) throw await stopped(plan, problem, ports);
  try {
    return await checked(plan, base, ports);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw await stopped(plan, error, ports);
  }
}

/**
 * The config from the inputs, the config file and the defaults. When only the config file is at
 * fault (the pull request writes it), the config without it places the report that says so; when
 * the inputs are at fault too, there is no place for one.
 */
function readConfig(settings: RunSettings, ports: Ports): { config: Config; problem: InputError | null } {
  const { inputs, cwd, workspace, benchArgs } = settings;
  try {
    return { config: ports.read.config(inputs, cwd, workspace, benchArgs), problem: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    try {
      return { config: buildConfig({ inputs, file: null, benchArgs }), problem: error };
    } catch {
      throw error;
    }
  }
}

/** The SetupError of a plan stopped by `error`, after its report; `error` itself when none can be written. */
async function stopped(plan: Plan, error: InputError, ports: Ports): Promise<InputError> {
  try {
    const outcome = await reportOnly({ ...plan, origin: { kind: 'problem', message: error.message } }, ports);
    return new SetupError(error.message, outcome);
  } catch {
    return error;
  }
}

/** The places a report can be written to, before the other path settings are checked. */
const withoutSettings = (base: ReportPaths): RunPaths => ({
  ...base,
  commentTemplate: null,
  auditConfig: null,
  benchOutput: null,
  shardReports: null
});

/** The plan with every other setting read and checked; throws an InputError naming the first bad one. */
async function checked(plan: Plan, base: ReportPaths, ports: Ports): Promise<Plan> {
  const { config, settings, github } = plan;
  if (config.mode === 'merge' && config.shard)
    throw new InputError(
      `Invalid shard: "${config.effective.shard.value}" with mode: merge. Accepted: no shard in the merge job (it joins the shards of the other jobs).`
    );
  const paths = ports.read.runPaths(config, base, ports.env);
  const template = readCommentTemplate(config, paths.commentTemplate, ports);
  const auditConfig = await ports.read.auditConfig(config.auditConfig, paths.auditConfig);
  const localBaseline =
    settings.baseline.kind === 'file'
      ? await baselineNamed(config, path.resolve(settings.cwd, settings.baseline.path), ports)
      : null;
  const decided =
    settings.baseline.kind === 'store' && config.mode !== 'publish'
      ? baselinePolicy(config.baseline, github, config.baselineBranch)
      : // A publish job compares and promotes nothing: the measuring run did.
        { compare: localBaseline !== null, promote: false, branch: null, warning: null };
  return { ...plan, paths, template, auditConfig, localBaseline, baselinePolicy: forShard(config, decided) };
}

/** A shard promotes nothing (the merge job does, once); it reads the baseline for its times. */
function forShard(config: Config, decided: Plan['baselinePolicy']): Plan['baselinePolicy'] {
  return config.shard ? { ...decided, compare: decided.compare || decided.promote, promote: false } : decided;
}
