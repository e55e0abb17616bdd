// The job summary, capped under GitHub's limit for one step. Pure. Like the PR comment's short
// form, it is rendered again with fewer rows rather than cut mid-table: every table and list keeps
// its first N rows (the comparison is worst first, so its regressions stay), N as large as fits,
// with a note where rows were left out. Only when even no rows at all are too much is the text cut,
// after a whole line and never inside a code block.

import { maxOf, pushAll } from '../core/arrays.js';
import { largestFitting } from './fit.js';
import { code } from './markdown.js';

/** GitHub's limit for the job summary of one step, in bytes (1 MiB). */
export const JOB_SUMMARY_LIMIT = 1_048_576;

export interface CapOptions {
  /** Markdown naming where the whole summary is, e.g. "`report/summary.md`". */
  fullSummary: string;
  /** Default JOB_SUMMARY_LIMIT; the result stays below it. Tests lower it. */
  limit?: number;
}

export interface CappedSummary {
  markdown: string;
  shortened: boolean;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const count = (n: number): string => n.toLocaleString('en-US');

const FENCE = /^\s*(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Table body rows and list items: the lines a shortened summary may leave out. */
interface Run {
  /** Index of the run's first line. */
  start: number;
  length: number;
  unit: 'rows' | 'items';
}

/** The runs of table rows and top-level list items outside code blocks. */
function findRuns(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const tableStart = line.startsWith('|') && TABLE_DELIMITER.test(lines[i + 1] ?? '');
    const isItem = (text: string | undefined) => text?.startsWith('- ') === true;
    if (tableStart || isItem(line)) {
      const start = tableStart ? i + 2 : i;
      const inRun = tableStart ? (text: string | undefined) => text?.startsWith('|') === true : isItem;
      let end = start;
      while (end < lines.length && inRun(lines[end])) end++;
      if (end > start) runs.push({ start, length: end - start, unit: tableStart ? 'rows' : 'items' });
      i = Math.max(i, end - 1);
    }
  }
  return runs;
}

/** The lines with each run cut to `keep` entries and a note after each cut one. */
function withRunsCut(lines: readonly string[], runs: readonly Run[], keep: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const run of runs) {
    pushAll(out, lines.slice(at, run.start + Math.min(keep, run.length)));
    at = run.start + run.length;
    if (run.length > keep) {
      // A blank line first: a line right after a table would be read as one more row.
      out.push('', `_… and ${count(run.length - keep)} more ${run.unit}, in the full summary._`);
      if ((lines[at] ?? '') !== '') out.push('');
    }
  }
  pushAll(out, lines.slice(at));
  return out;
}

/** The first `n` lines (at least the headline), stepping back before a code block they would cut. */
function firstLines(lines: readonly string[], n: number): string[] {
  let end = Math.max(1, n);
  let openedAt: number | null = null;
  let fence: string | null = null;
  for (let i = 0; i < end; i++) {
    const marker = FENCE.exec(lines[i] as string)?.[1];
    if (!marker) continue;
    if (fence === null) {
      fence = marker;
      openedAt = i;
    } else if (marker.startsWith(fence)) {
      fence = null;
      openedAt = null;
    }
  }
  if (openedAt !== null) end = Math.max(1, openedAt);
  // Blank lines at the cut add nothing.
  while (end > 1 && (lines[end - 1] as string).trim() === '') end--;
  return lines.slice(0, end);
}

/** Puts the note after the headline (the first line). */
function withNote(lines: readonly string[], note: string): string {
  const [headline = '', ...rest] = lines;
  const text = [headline, '', note, ...(rest[0] === '' ? [] : ['']), ...rest].join('\n');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The summary as it is when it fits, else shortened to fit, with a note that says what was left out. */
export function capJobSummary(markdown: string, options: CapOptions): CappedSummary {
  const limit = options.limit ?? JOB_SUMMARY_LIMIT;
  const fits = (text: string): boolean => bytes(text) < limit;
  if (fits(markdown)) return { markdown, shortened: false };

  const size = `The full summary has ${count(bytes(markdown))} bytes, more than GitHub shows for one step (${count(limit)})`;
  const where = `The full summary is ${options.fullSummary}.`;
  const lines = markdown.replace(/\n$/, '').split('\n');
  const runs = findRuns(lines);
  const longest = Math.max(0, maxOf(runs.map((r) => r.length)));
  const shortened = (keep: number): string =>
    withNote(
      withRunsCut(lines, runs, keep),
      `> [!NOTE]\n> ${size}, so each table and list shows only its first ${count(keep)} ${keep === 1 ? 'entry' : 'entries'}. ${where}`
    );
  if (runs.length > 0 && fits(shortened(0))) {
    return { markdown: shortened(largestFitting(longest, (keep) => fits(shortened(keep)))), shortened: true };
  }

  // Even the tables' headers are too much: whole lines from the top, as many as fit.
  const cut = (n: number): string => {
    const kept = firstLines(lines, n);
    return withNote(
      [
        ...kept,
        '',
        `_… the summary stops here, after line ${count(kept.length)} of ${count(lines.length)}._`
      ],
      `> [!NOTE]\n> ${size}, so it stops after line ${count(kept.length)} of ${count(lines.length)}. ${where}`
    );
  };
  return { markdown: cut(largestFitting(lines.length, (n) => fits(cut(n)))), shortened: true };
}

/**
 * The job summary as capJobSummary leaves it, its note naming where the full one is: summary.md
 * (relative to the workspace) and, when it was uploaded, the run's report artifact.
 */
export function cappedJobSummary(
  markdown: string,
  where: { summaryFile: string; artifact: string | null }
): CappedSummary {
  const artifact = where.artifact === null ? '' : `, also in the run's artifact ${code(where.artifact)}`;
  return capJobSummary(markdown, { fullSummary: `${code(where.summaryFile)}${artifact}` });
}
