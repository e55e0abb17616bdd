// The PR comment step, shared by the Action and the CLI: render the comment, keep it in the report
// dir as comment.md (exactly what is posted), and upsert it on the pull request when `comment` says
// so. Nothing here fails the step: a comment that cannot be written is one warning with the reason
// and the fix.

import path from 'node:path';
import { loadGitHubClient } from '../adapters/clients.js';
import { type ConfinedPath, FILE_CAPS, FileReadError, readFileCapped } from '../adapters/fs/confined.js';
import { writeFileAtomic } from '../adapters/fs/write.js';
import {
  type CommentOutcome,
  commentPolicy,
  type StickyCommentRequest,
  upsertStickyComment
} from '../adapters/github/comments.js';
import type { GitHubContext } from '../adapters/github/context.js';
import type { Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import type { Log } from '../core/log.js';
import {
  type CommentSection,
  checkCommentTemplate,
  commentMarker,
  renderComment
} from '../render/comment.js';
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

export interface CommentIO {
  log: Log;
  /** The run's GitHub context (loadGitHubContext). */
  github: GitHubContext;
  /** What `working-directory` is relative to (as for the pipeline). */
  cwd: string;
  /** Back-off unit of the GitHub client in ms (default 1000); see GitHubClientOptions. */
  retryBaseMs?: number;
  /** More sections after the benchmark table, after the pipeline's own (the baseline comparison). */
  sections?: readonly CommentSection[];
}

export async function publishComment(
  config: Config,
  result: PipelineResult,
  template: CommentTemplate | null,
  io: CommentIO
): Promise<CommentStep> {
  const context = io.github;
  const report = result.analysis.report;
  const rendered = renderComment(report, {
    project: projectName(config, context, io.cwd),
    name: config.name,
    runUrl: context.runUrl,
    commit: context.pullRequest?.headSha ?? null,
    template,
    sections: [...result.sections, ...(io.sections ?? [])]
  });
  const file = path.join(result.reportDir, 'comment.md');
  await writeFileAtomic(file, rendered.body);

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
    status: report.status
  };
  // The REST client is loaded only for a comment that will be written.
  const { target } = request;
  const token = config.githubToken;
  const client =
    token && commentPolicy(request.mode, target.eventName, target.issueNumber, request.status).write
      ? (await loadGitHubClient()).createGitHubClient({
          token,
          baseUrl: context.apiUrl,
          log: (message) => io.log.info(message),
          ...(io.retryBaseMs === undefined ? {} : { retryBaseMs: io.retryBaseMs })
        })
      : null;
  const outcome = await upsertStickyComment(client, request);

  if (outcome.warning) io.log.warning(outcome.warning);
  else if (outcome.action === 'skipped') io.log.info(`No PR comment: ${outcome.reason}.`);
  else io.log.info(`PR comment ${outcome.action}: ${outcome.url}`);
  if (rendered.shortened && outcome.action !== 'skipped') {
    io.log.info(
      `The full comment has ${rendered.full.length} characters, over GitHub's limit: posted the short form (${file}); the full report is summary.md next to it.`
    );
  }
  return { markdown: rendered.body, path: file, shortened: rendered.shortened, outcome };
}
