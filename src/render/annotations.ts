// The annotations of a run: GitHub shows at most 10 errors and 10 warnings per step and drops the
// rest without a word, so the verdict comes first, then a few findings of each level, then a line
// saying how many more there are and where they are. Pure.

import type { PerfReport } from '../core/model.js';

/** Findings shown per level: with the verdict and the "more" line, an error step stays at 10. */
export const ANNOTATED_FINDINGS = 8;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** The verdict of a failing step: it fails the step. */
  fails?: true;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The verdict (an error that fails the step, else a notice: the findings carry their own levels),
 * then up to ANNOTATED_FINDINGS errors and as many warnings, each level's rest counted in one line
 * naming `rest` (where the whole list is: "the job summary", say).
 */
export function annotationsOf(
  report: Pick<PerfReport, 'summary' | 'errors' | 'warnings'>,
  options: { failed: boolean; reportPath: string; rest: string }
): Annotation[] {
  const verdict: Annotation = options.failed
    ? { level: 'error', message: failureVerdict(report, options.reportPath), fails: true }
    : { level: 'notice', message: report.summary };
  return [
    verdict,
    ...capped('error', report.errors, options.rest),
    ...capped('warning', report.warnings, options.rest)
  ];
}

/** A failing step's verdict: the summary, how many findings fail it, where the report is. */
function failureVerdict(
  report: Pick<PerfReport, 'summary' | 'errors' | 'warnings'>,
  reportPath: string
): string {
  // fail-on: warning fails on warnings alone.
  const count = report.errors.length || report.warnings.length;
  return `${report.summary} (${plural(count, 'failing finding')}; see ${reportPath})`;
}

function capped(level: 'error' | 'warning', messages: readonly string[], rest: string): Annotation[] {
  const shown = messages.slice(0, ANNOTATED_FINDINGS).map((message) => ({ level, message }));
  const more = messages.length - shown.length;
  if (more <= 0) return shown;
  return [...shown, { level, message: `… and ${plural(more, `more ${level}`)} in ${rest}` }];
}
