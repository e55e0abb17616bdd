// Writes the summary to the job summary page: the file GITHUB_STEP_SUMMARY names, capped under
// GitHub's limit. Runners without job summaries (act, Gitea and Forgejo runners) set no such file,
// and a file may not be writable: either is one warning, and the run goes on (summary.md in the
// report dir holds the same). Shell.

import { appendFile } from 'node:fs/promises';
import { messageOf } from '../../core/errors.js';
import type { Log } from '../../core/log.js';
import { capJobSummary } from '../../render/job-summary.js';
import { code } from '../../render/markdown.js';

export interface JobSummaryWrite {
  written: boolean;
  shortened: boolean;
}

export async function writeJobSummary(
  markdown: string,
  opts: {
    env: NodeJS.ProcessEnv;
    log: Log;
    /** summary.md, as the log should name it (relative to the workspace). */
    summaryFile: string;
    /** The run's report artifact holding summary.md; null when it was not uploaded. */
    artifact: string | null;
  }
): Promise<JobSummaryWrite> {
  const inArtifact = (name: (text: string) => string): string =>
    opts.artifact === null ? '' : `, also in the run's artifact ${name(opts.artifact)}`;
  const fallback = `${opts.summaryFile}${inArtifact((a) => a)}`;
  const file = opts.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    opts.log.warning(
      `No job summary: GITHUB_STEP_SUMMARY is not set, as on runners without job summaries (act, Gitea, Forgejo). The summary is in ${fallback}.`
    );
    return { written: false, shortened: false };
  }
  const capped = capJobSummary(markdown, {
    fullSummary: `${code(opts.summaryFile)}${inArtifact(code)}`
  });
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
