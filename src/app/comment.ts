// The PR comment step, shared by the Action and the CLI: render the comment, keep it in the report
// dir as comment.md (exactly what is posted), and upsert it on the pull request when `comment` says
// so. Nothing here fails the step: a comment that cannot be written is one warning with the reason
// and the fix.

import path from 'node:path';
import { type ConfinedPath, FILE_CAPS, FileReadError, readFileCapped } from '../adapters/fs/confined.js';
import type { CommentOutcome, StickyCommentRequest } from '../adapters/github/comments.js';
import type { GitHubContext } from '../adapters/github/context.js';
import type { Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import type { PerfReport } from '../core/model.js';
import {
  type CommentSection,
  checkCommentTemplate,
  commentMarker,
  type RenderedComment,
  renderComment
} from '../render/comment.js';
import type { Ports } from './ports.js';
import type { PipelineResult } from './types.js';

export interface CommentTemplate {
  /** As configured (for messages). */
  path: string;
  text: string;
}

/**
 * Reads and checks `comment-template` (resolved and checked by resolveRunPaths) before anything
 * runs, so an unreadable file or an unknown placeholder fails early with one clear message.
 */
export function readCommentTemplate(config: Config, file: ConfinedPath | null): CommentTemplate | null {
  if (!config.commentTemplate || file === null) return null;
  let text: string;
  try {
    text = readFileCapped(file.path, FILE_CAPS.commentTemplate, 'comment-template', file.root);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new InputError(
      `Invalid comment-template: "${config.commentTemplate}" ${error.detail} (${file.path}). Accepted: a markdown file, relative to working-directory.`
    );
  }
  const template = { path: config.commentTemplate, text };
  checkCommentTemplate(template);
  return template;
}

/** The project's name: the `project` setting, else the repository's, else the working directory's. */
export function projectName(config: Config, context: GitHubContext, cwd: string): string {
  return config.project ?? context.repo ?? path.basename(path.resolve(cwd, config.workingDirectory));
}

export interface CommentStep {
  /** What is posted, and what comment.md holds: the full comment, or its short form when over the limit. */
  markdown: string;
  /** comment.md in the report dir. */
  path: string;
  /** Whether the posted body is the short form. */
  shortened: boolean;
  outcome: CommentOutcome;
}

export interface CommentOptions {
  /** Back-off unit of the GitHub client in ms (default 1000); see GitHubClientOptions. */
  retryBaseMs?: number;
  /** More sections after the benchmark table, after the pipeline's own (the baseline comparison). */
  sections?: readonly CommentSection[];
}

export async function publishComment(
  config: Config,
  result: Pick<PipelineResult, 'analysis' | 'sections' | 'reportDir'>,
  template: CommentTemplate | null,
  where: { github: GitHubContext; cwd: string },
  ports: Pick<Ports, 'log' | 'files' | 'github'>,
  options: CommentOptions = {}
): Promise<CommentStep> {
  const context = where.github;
  const report = result.analysis.report;
  const rendered = renderComment(report, {
    project: projectName(config, context, where.cwd),
    name: config.name,
    runUrl: context.runUrl,
    commit: context.pullRequest?.headSha ?? null,
    template,
    sections: [...result.sections, ...(options.sections ?? [])]
  });
  return postComment(config, rendered, report.status, result.reportDir, context, ports, options);
}

/** Writes comment.md in `reportDir` and keeps the one sticky comment up to date with it. */
export async function postComment(
  config: Config,
  rendered: RenderedComment,
  status: PerfReport['status'],
  reportDir: string,
  context: GitHubContext,
  ports: Pick<Ports, 'log' | 'files' | 'github'>,
  options: CommentOptions = {}
): Promise<CommentStep> {
  const file = path.join(reportDir, 'comment.md');
  await ports.files.write(file, rendered.body);

  const known = context.owner !== null && context.repo !== null;
  const request: StickyCommentRequest = {
    target: {
      owner: context.owner ?? '',
      repo: context.repo ?? '',
      issueNumber: known ? (context.pullRequest?.number ?? null) : null,
      eventName: context.eventName,
      fromFork: context.pullRequest?.fromFork ?? false
    },
    marker: commentMarker(config.name),
    body: rendered.body,
    mode: config.comment,
    status
  };
  if (config.shard) {
    // Every shard of the matrix would race for the one sticky comment: the merge job posts it.
    const outcome: CommentOutcome = {
      action: 'skipped',
      id: null,
      url: null,
      reason: `shard ${config.shard.index} of ${config.shard.count} leaves the comment to the merge job`
    };
    ports.log.info(`No PR comment: ${outcome.reason}.`);
    return { markdown: rendered.body, path: file, shortened: rendered.shortened, outcome };
  }
  const token = config.githubToken;
  const auth = token
    ? {
        token,
        apiUrl: context.apiUrl,
        ...(options.retryBaseMs === undefined ? {} : { retryBaseMs: options.retryBaseMs })
      }
    : null;
  const outcome = await ports.github.upsertComment(request, auth, (message) => ports.log.info(message));

  if (outcome.warning) ports.log.warning(outcome.warning);
  else if (outcome.action === 'skipped') ports.log.info(`No PR comment: ${outcome.reason}.`);
  else ports.log.info(`PR comment ${outcome.action}: ${outcome.url}`);
  if (rendered.shortened && outcome.action !== 'skipped') {
    ports.log.info(
      `The full comment has ${rendered.full.length} characters, over GitHub's limit: posted the short form (${file}); the full report is summary.md next to it.`
    );
  }
  return { markdown: rendered.body, path: file, shortened: rendered.shortened, outcome };
}
