// The first stage: every setting, path, template and the baseline policy loaded and checked before
// anything runs, and where the results will come from decided. A bad setting stops here with one
// message; when the report dir is usable, a report saying so is written first.

import path from 'node:path';
import type { ReportPaths, RunPaths } from '../adapters/config/paths.js';
import { EMPTY_AUDIT_CONFIG } from '../core/audit/config.js';
import { baselinePolicy } from '../core/baseline/policy.js';
import type { Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import { readCommentTemplate } from './comment.js';
import { baselineNamed } from './compare.js';
import { gatePorts, scrubberOf } from './gate.js';
import { identityOf, originOf, type Plan, type RunSettings } from './plan.js';
import type { Ports } from './ports.js';
import { reportOnly } from './run.js';

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
export async function prepare(settings: RunSettings, given: Ports): Promise<Plan> {
  const github = given.read.githubContext(given.env, given.log);
  const config = given.read.config(settings.inputs, settings.cwd, settings.workspace, settings.benchArgs);
  const base = given.read.reportPaths(config, settings);
  const identity = identityOf(config, github, base.workingDirectory, given);
  // From here on the secrets are known: what prepare logs and writes is scrubbed as a run's is.
  const ports = gatePorts(given, scrubberOf(identity.secrets));
  const plan: Plan = {
    settings,
    config,
    paths: withoutSettings(base),
    origin: originOf(config, settings),
    identity,
    template: null,
    auditConfig: EMPTY_AUDIT_CONFIG,
    github,
    baselinePolicy: { compare: false, promote: false, branch: null, warning: null },
    localBaseline: null
  };
  try {
    return await checked(plan, base, ports);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    let reportPath: string;
    try {
      const stopped: Plan = { ...plan, origin: { kind: 'problem', message: error.message } };
      reportPath = (await reportOnly(stopped, ports)).reportPath;
    } catch {
      throw error;
    }
    throw new SetupError(error.message, reportPath);
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
    settings.baseline.kind === 'store'
      ? baselinePolicy(config.baseline, github, config.baselineBranch)
      : { compare: localBaseline !== null, promote: false, branch: null, warning: null };
  return { ...plan, paths, template, auditConfig, localBaseline, baselinePolicy: forShard(config, decided) };
}

/** A shard promotes nothing (the merge job does, once); it reads the baseline for its times. */
function forShard(config: Config, decided: Plan['baselinePolicy']): Plan['baselinePolicy'] {
  return config.shard ? { ...decided, compare: decided.compare || decided.promote, promote: false } : decided;
}
