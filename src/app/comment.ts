// The PR comment, shared by the Action and the CLI: the template read and checked before anything
// runs, and comment.md (written by the documents stage, exactly what is posted) upserted on the pull
// request when `comment` says so. Nothing here fails the step: a comment that cannot be written is
// one warning with the reason and the fix.

import { type ConfinedPath, FILE_CAPS, FileReadError } from '../adapters/fs/confined.js';
import type { CommentOutcome, StickyCommentRequest } from '../adapters/github/comments.js';
import type { Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import type { PerfReport } from '../core/model.js';
import { checkCommentTemplate, commentMarker, type RenderedComment } from '../render/comment.js';
import type { CommentTemplate, Plan } from './plan.js';
import type { Ports } from './ports.js';

/**
 * Reads and checks `comment-template` (resolved and checked by resolveRunPaths) before anything
 * runs, so an unreadable file or an unknown placeholder fails early with one clear message.
 */
export function readCommentTemplate(
  config: Config,
  file: ConfinedPath | null,
  ports: Pick<Ports, 'read'>
): CommentTemplate | null {
  if (!config.commentTemplate || file === null) return null;
  let text: string;
  try {
    text = ports.read.text(file.path, FILE_CAPS.commentTemplate, 'comment-template', file.root);
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

export interface CommentStep {
  /** What is posted, and what comment.md holds: the full comment, or its short form when over the limit. */
  markdown: string;
  /** comment.md in the report dir. */
  path: string;
  /** Whether the posted body is the short form. */
  shortened: boolean;
  outcome: CommentOutcome;
}

/** No comment of this report's own (a testbed of a merge over several shares one). */
export const NO_OWN_COMMENT: CommentStep = {
  markdown: '',
  path: '',
  shortened: false,
  outcome: { action: 'skipped', id: null, url: null, reason: 'one comment holds every testbed of the merge' }
};

/** Keeps the one sticky comment up to date with comment.md (written by the documents stage). */
export async function postComment(
  plan: Pick<Plan, 'config' | 'identity' | 'github'>,
  written: { path: string; rendered: RenderedComment },
  status: PerfReport['status'],
  ports: Pick<Ports, 'log' | 'github'>
): Promise<CommentStep> {
  const { config, github: context } = plan;
  const { rendered, path: file } = written;
  const step = (outcome: CommentOutcome): CommentStep => ({
    markdown: rendered.body,
    path: file,
    shortened: rendered.shortened,
    outcome
  });
  if (config.shard) {
    // Every shard of the matrix would race for the one sticky comment: the merge job posts it.
    const reason = `shard ${config.shard.index} of ${config.shard.count} leaves the comment to the merge job`;
    ports.log.info(`No PR comment: ${reason}.`);
    return step({ action: 'skipped', id: null, url: null, reason });
  }
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
  const outcome = await ports.github.upsertComment(request, plan.identity.auth, (message) =>
    ports.log.info(message)
  );
  if (outcome.warning) ports.log.warning(outcome.warning);
  else if (outcome.action === 'skipped') ports.log.info(`No PR comment: ${outcome.reason}.`);
  else ports.log.info(`PR comment ${outcome.action}: ${outcome.url}`);
  if (rendered.shortened && outcome.action !== 'skipped') {
    ports.log.info(
      `The full comment has ${rendered.full.length} characters, over GitHub's limit: posted the short form (${file}); the full report is summary.md next to it.`
    );
  }
  return step(outcome);
}
