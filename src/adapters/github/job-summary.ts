// Writes the summary to the job summary page: the file GITHUB_STEP_SUMMARY names. The summary comes
// already capped under GitHub's limit (render/job-summary.ts: cappedJobSummary). Runners without job
// summaries (act, Gitea and Forgejo runners) set no such file, and a file may not be writable:
// either is one warning, and the run goes on (summary.md in the report dir holds the same). Shell.

import { appendFile } from 'node:fs/promises';
import { messageOf } from '../../core/errors.js';
import type { Log } from '../../core/log.js';

export interface JobSummaryWrite {
  written: boolean;
  shortened: boolean;
}

export async function writeJobSummary(
  capped: { markdown: string; shortened: boolean },
  opts: {
    env: NodeJS.ProcessEnv;
    log: Log;
    /** summary.md, as the log should name it (relative to the workspace). */
    summaryFile: string;
    /** The run's report artifact holding summary.md; null when it was not uploaded. */
    artifact: string | null;
  }
): Promise<JobSummaryWrite> {
  const fallback = `${opts.summaryFile}${opts.artifact === null ? '' : `, also in the run's artifact ${opts.artifact}`}`;
  const file = opts.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    opts.log.warning(
      `No job summary: GITHUB_STEP_SUMMARY is not set, as on runners without job summaries (act, Gitea, Forgejo). The summary is in ${fallback}.`
    );
    return { written: false, shortened: false };
  }
  try {
    await appendFile(file, capped.markdown, 'utf8');
  } catch (error) {
    opts.log.warning(
      `No job summary: the file GITHUB_STEP_SUMMARY names cannot be written (${messageOf(error)}). The summary is in ${fallback}.`
    );
    return { written: false, shortened: capped.shortened };
  }
  if (capped.shortened) {
    opts.log.info(
      `The summary is over GitHub's limit for a job summary: wrote a shortened one (the full one is ${fallback}).`
    );
  }
  return { written: true, shortened: capped.shortened };
}
