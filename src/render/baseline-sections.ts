// The baseline's sections of the PR comment and the job summary: the comparison (or "no baseline
// yet"), the DISPLAY/COMP-3 trend over the history, and the "🎯 Baseline promoted" note that a
// promotion adds to the merged pull request's comment.

import type { BaselineFile, BaselineHistoryEntry, PerfReport } from '../core/model.js';
import { metricValue } from '../core/report/headline.js';
import { COMMENT_LIMIT, type CommentSection, commentMarker } from './comment.js';
import { renderComparisonTable, renderNoBaseline, renderTrendTable } from './comparison.js';
import { code, escapeMarkdown } from './markdown.js';
import { renderTrendMermaid } from './mermaid.js';

/** What the run knows about the baseline, for its sections. */
export interface BaselineState {
  /** The run compared (or tried to). */
  compared: boolean;
  /** The baseline's history (empty without a baseline). */
  history: readonly BaselineHistoryEntry[];
  /** The branch whose pushes promote, for "no baseline yet". */
  branch: string | null;
}

// A section title is written into raw HTML (`<summary>`) in the comment: only a hex commit goes there.
const short = (commit: string | null): string =>
  commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : 'unknown';

export function baselineSections(
  report: Pick<PerfReport, 'comparison' | 'metrics' | 'display_gibs' | 'comp3_mibs'>,
  state: BaselineState
): CommentSection[] {
  const { comparison } = report;
  const sections: CommentSection[] = [];
  if (comparison) {
    const regressed = comparison.changes.filter((c) => c.verdict === 'regressed');
    sections.push({
      title: `📊 Compared with the baseline (${short(comparison.baseline.commit)}): ${comparison.regressions} regressed, ${comparison.improvements} improved`,
      markdown: renderComparisonTable(comparison),
      open: comparison.regressions > 0,
      ...(regressed.length > 0 ? { short: renderComparisonTable({ ...comparison, changes: regressed }) } : {})
    });
  } else if (state.compared) {
    sections.push({
      title: '📊 Baseline',
      markdown: renderNoBaseline(state.branch ?? undefined),
      open: true
    });
  }
  if (state.history.length >= 1) {
    // GitHub draws the Mermaid charts; the table below them carries the same numbers as text.
    // This run is the last point, so that a pull request sees itself against the trend.
    const floors = { display: report.metrics.display.floor, comp3: report.metrics.comp3.floor };
    const current = { display_gibs: report.display_gibs, comp3_mibs: report.comp3_mibs };
    const chart = renderTrendMermaid(state.history, floors, current);
    sections.push({
      title: '📈 DISPLAY / COMP-3 trend',
      markdown: [chart, renderTrendTable(state.history, current)].filter((part) => part !== null).join('\n\n')
    });
  }
  return sections;
}

/** The "🎯 Baseline promoted" section for the merged pull request's comment. */
export function promotedSection(file: BaselineFile, runUrl: string | null): string {
  const { report } = file;
  const display = metricValue(report.metrics.display);
  const comp3 = metricValue(report.metrics.comp3);
  const lines = [
    '### 🎯 Baseline promoted',
    '',
    `This change was promoted as the new baseline at ${code(short(file.commit))}${file.ref ? ` (${code(file.ref)})` : ''}: DISPLAY **${display}**, COMP-3 **${comp3}** (${escapeMarkdown(report.compliance_level)}). The baseline history now holds ${file.history.length} promotion${file.history.length === 1 ? '' : 's'}.`
  ];
  if (runUrl) lines.push('', `[Promotion run](${runUrl})`);
  return lines.join('\n');
}

const sectionStart = (name: string): string => `<!-- copybook-bench-action:${name}:promoted -->`;
const sectionEnd = (name: string): string => `<!-- /copybook-bench-action:${name}:promoted -->`;

/**
 * The body with the promoted section added before the marker, or replacing the one a previous
 * promotion added; the marker ends the body (it must stay the last line to be recognised).
 */
export function withPromotedSection(body: string, section: string, name: string): string {
  const marker = commentMarker(name);
  const start = sectionStart(name);
  const end = sectionEnd(name);
  const from = body.indexOf(start);
  const to = body.indexOf(end);
  const kept = (from >= 0 && to > from ? body.slice(0, from) + body.slice(to + end.length) : body).trimEnd();
  const report = kept.endsWith(marker) ? kept.slice(0, -marker.length).trimEnd() : kept;
  return `${report}\n\n${start}\n${section.trim()}\n${end}\n\n${marker}\n`;
}

/**
 * The merged pull request's comment with the promoted section added (withPromotedSection); null
 * when that would take it over GitHub's limit.
 */
export function promotedComment(body: string, section: string, name: string): string | null {
  const edited = withPromotedSection(body, section, name);
  return edited.length > COMMENT_LIMIT ? null : edited;
}

/** Sections as markdown for the job summary (the comment shows them as collapsible blocks). */
export function sectionsAsMarkdown(sections: readonly CommentSection[]): string {
  return sections.map((s) => `### ${s.title}\n\n${s.markdown.trim()}\n`).join('\n');
}
