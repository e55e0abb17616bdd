// Where a run begins, for the Action and the CLI alike: the config, every path setting, the comment
// template and the audit config, all checked before anything runs. A bad one fails the run with one
// message; when the report dir is usable, a report saying so is written first.

import { loadAuditConfig } from '../adapters/audit/collect.js';
import { loadConfig } from '../adapters/config/load.js';
import { type RunPaths, resolveReportPaths, resolveRunPaths } from '../adapters/config/paths.js';
import type { AuditConfig } from '../core/audit/config.js';
import type { Config, RawSettings } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import { type CommentTemplate, readCommentTemplate } from './comment.js';
import { type PipelineIO, runPipeline } from './pipeline.js';

export interface RunSetup {
  config: Config;
  paths: RunPaths;
  template: CommentTemplate | null;
  auditConfig: AuditConfig;
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

export type SetupIO = Omit<PipelineIO, 'paths'> & {
  /** The checkout: GITHUB_WORKSPACE for the Action, the current directory for the CLI. */
  workspace: string;
};

/**
 * Loads and checks everything a run needs before it runs. Throws an InputError for a bad config or
 * an unusable working-directory or report-dir, and a SetupError for any other bad setting.
 */
export async function prepareRun(inputs: RawSettings['inputs'], io: SetupIO): Promise<RunSetup> {
  const config = loadConfig(inputs, io.cwd, io.workspace);
  const base = resolveReportPaths(config, io);
  try {
    const paths = resolveRunPaths(config, base, io.env);
    const template = readCommentTemplate(config, paths.commentTemplate);
    const auditConfig = await loadAuditConfig(config.auditConfig, paths.auditConfig);
    return { config, paths, template, auditConfig };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const paths: RunPaths = { ...base, commentTemplate: null, auditConfig: null, benchOutput: null };
    let reportPath: string;
    try {
      reportPath = (await runPipeline(config, { ...io, paths }, { setupProblem: error.message })).reportPath;
    } catch {
      throw error;
    }
    throw new SetupError(error.message, reportPath);
  }
}
