// The publish stage: what leaves the runner. The promoted baseline stored (cache and artifact) and
// announced on the merged pull request, the sticky comment, the report dir as an artifact. Nothing
// here fails the step: what cannot be published is a warning (or a note) with the reason.

import path from 'node:path';
import { isReportWorkFile } from '../adapters/fs/lock.js';
import { reportArtifactName, shardArtifactName } from '../core/baseline/store-naming.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { promotedComment, promotedSection } from '../render/baseline-sections.js';
import { commentMarker } from '../render/comment.js';
import { type NewBaseline, notPromoted, type Promotion, storePromotion } from './baseline.js';
import { type CommentStep, NO_OWN_COMMENT, postComment } from './comment.js';
import { baselinePath } from './compare.js';
import type { Written } from './documents.js';
import { historyEntry, recordHistory } from './history.js';
import type { Plan } from './plan.js';
import type { Ports } from './ports.js';

export interface ReportUpload {
  /** The artifact's name, whether or not it was uploaded. */
  name: string;
  uploaded: boolean;
  /** What happened; a failure on a runner is worth a warning, no service at all only a note. */
  message: string;
  level: 'info' | 'warning';
}

export interface Published {
  promotion: Promotion | null;
  comment: CommentStep;
  upload: ReportUpload | null;
}

/** The new baseline when this run promotes one: built, or the warning why not. */
export type PromotionDraft = NewBaseline | { warning: string } | null;

/** Publishes a run's written documents. */
export async function publish(
  plan: Plan,
  written: Written,
  report: PerfReport,
  draft: PromotionDraft,
  ports: Ports
): Promise<Published> {
  let promotion: Promotion | null = null;
  if (draft !== null) {
    promotion = await ports.log.group('Promote the baseline', async () =>
      'warning' in draft
        ? notPromoted(draft.warning)
        : storePromotion(plan, draft, baselinePath(written.reportDir), ports)
    );
    for (const note of promotion.notes) ports.log.info(note);
    for (const message of promotion.warnings) ports.log.warning(message);
  }
  if (promotion?.promoted && promotion.file) await announcePromotion(plan, promotion.file, ports);
  const entry = historyEntry(plan, report, draft !== null && !('warning' in draft) ? draft : null);
  if (entry) await recordHistory(plan, entry, ports);
  // A publish job announces what the measuring run promoted: it holds the write token that did not.
  if (plan.origin.kind === 'report' && plan.origin.promoted)
    await announcePromotion(plan, plan.origin.promoted, ports);
  const comment = written.comment
    ? await postComment(plan, written.comment, report.status, ports)
    : NO_OWN_COMMENT;
  const upload = plan.settings.upload ? await uploadReportDir(plan, written.reportDir, ports) : null;
  if (plan.config.commitStatus) await setStatus(plan, report, ports);
  return { promotion, comment, upload };
}

/** The verdict as a commit status on the measured commit, so a fork's pull request shows it too. */
async function setStatus(plan: Plan, report: PerfReport, ports: Ports): Promise<void> {
  const { github, identity, config } = plan;
  const sha = github.headSha;
  if (!identity.auth || !github.owner || !github.repo || !sha) {
    ports.log.warning('No commit status: it needs a token, the repository and the measured commit.');
    return;
  }
  const set = await ports.github.setCommitStatus(identity.auth, {
    owner: github.owner,
    repo: github.repo,
    sha,
    state: report.status === 'fail' ? 'failure' : 'success',
    context: config.name === 'copybook-bench' ? 'copybook-bench' : `copybook-bench (${config.name})`,
    description: shortened(report.summary, 140),
    targetUrl: github.runUrl
  });
  if (set.ok) ports.log.info(`Commit status set on ${sha}: ${report.status}.`);
  else ports.log.warning(`No commit status: ${set.reason}.`);
}

/** At most `max` characters, cut at a character (not inside a surrogate pair). */
function shortened(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Tells the merged pull request's comment about the promotion; a failure is only a note. */
async function announcePromotion(plan: Plan, file: BaselineFile, ports: Ports): Promise<void> {
  const { config, github, identity } = plan;
  const sha = github.headSha;
  if (!identity.auth || !github.owner || !github.repo || !sha) return;
  const outcome = await ports.github.addPromotedSection(
    identity.auth,
    {
      owner: github.owner,
      repo: github.repo,
      sha,
      branch: file.ref?.replace(/^refs\/heads\//, '') ?? null,
      marker: commentMarker(config.name),
      name: config.name
    },
    (body) => promotedComment(body, promotedSection(file, github.runUrl), config.name)
  );
  ports.log.info(`Baseline promoted: ${outcome.reason}.`);
}

/** The report dir, less the run's own work files, as the run's artifact. */
async function uploadReportDir(plan: Plan, reportDir: string, ports: Ports): Promise<ReportUpload> {
  const files = (await ports.files.list(reportDir)).filter((name) => !isReportWorkFile(name));
  const upload = await ports.log.group('Upload the report', () =>
    uploadReport(
      plan,
      reportDir,
      files.map((name) => path.join(reportDir, name)),
      ports
    )
  );
  (upload.level === 'warning' ? ports.log.warning : ports.log.info)(upload.message);
  return upload;
}

/** The report dir as the run's artifact `<name>-report-<testbed>-<os>`. */
async function uploadReport(
  plan: Plan,
  reportDir: string,
  files: readonly string[],
  ports: Ports
): Promise<ReportUpload> {
  const { slot } = plan.identity;
  const { shard } = plan.config;
  // A shard's report is what the merge job reads: it is uploaded whatever upload-report says.
  const name = shard ? shardArtifactName(slot, shard) : reportArtifactName(slot);
  const skipped = (message: string): ReportUpload => ({ name, uploaded: false, message, level: 'info' });
  if (!plan.config.uploadReport && !shard)
    return skipped('The report was not uploaded: upload-report is false.');
  if (!ports.artifacts.configured())
    return skipped(`The report was not uploaded as ${name}: not on a GitHub runner.`);
  const result = await ports.artifacts.upload({ name, files, root: reportDir });
  return result.uploaded
    ? {
        ...skipped(`Report uploaded as artifact ${name} (id ${result.id}, ${files.length} files).`),
        uploaded: true
      }
    : {
        name,
        uploaded: false,
        message: `The report could not be uploaded as artifact ${name}: ${result.reason}`,
        level: 'warning' as const
      };
}
