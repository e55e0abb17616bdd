// The PR comment: headline, status line, collapsible sections, findings, footer and the hidden
// marker that finds it again. Pure: a report and options in, markdown out. Every text that came
// from files or inputs (ids, messages, floors, the project) is escaped. A body over GitHub's limit
// is rendered again in a shorter form instead of being cut mid-table.

import { pushAll } from '../core/arrays.js';
import type { Status } from '../core/findings.js';
import type { ComplianceLevel } from '../core/floors.js';
import { METRIC_LABEL } from '../core/metrics.js';
import type { MetricReport, PerfReport } from '../core/model.js';
import { metricChange, metricValue, STATUS_ICON } from '../core/report/headline.js';
import { formatByteRateIn, formatNs, formatSignificant, METRIC_DIGITS, round } from '../core/units.js';
import { largestFitting } from './fit.js';
import { code, escapeMarkdown, table } from './markdown.js';
import { benchmarkThroughput, cvNote, metricStatus, variation } from './summary.js';
import { checkTemplate, fillTemplate } from './template.js';

/** GitHub's limit for a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

/** Findings listed in full before "… and N more". */
const MAX_FINDINGS = 5;

/** The hidden line that identifies this instance's comment. */
export function commentMarker(name: string): string {
  return `<!-- copybook-bench-action:${name} -->`;
}

/** More content after the benchmark table, e.g. the baseline comparison. */
export interface CommentSection {
  /** Plain text written by the code (not escaped), e.g. `📉 Baseline comparison`. */
  title: string;
  /** Markdown, already escaped. */
  markdown: string;
  /** Shown expanded (default: collapsed). */
  open?: boolean;
  /** What the short form keeps of this section (e.g. only the regressed rows); left out when absent. */
  short?: string;
}

export interface CommentOptions {
  /** Shown in the headline (escaped here). */
  project: string;
  /** The instance's name, for the marker. */
  name: string;
  /** The workflow run's page, for the footer and the short form's pointer. */
  runUrl?: string | null;
  /** The history dashboard (`history: branch`), linked from the footer. */
  dashboardUrl?: string | null;
  /** The commit to show; default the report's (on a PR, pass the head commit rather than the merge). */
  commit?: string | null;
  sections?: readonly CommentSection[];
  /** A `comment-template` file's text, and its path for messages. */
  template?: { path: string; text: string } | null;
  /** Body limit (default COMMENT_LIMIT); tests lower it. */
  limit?: number;
}

export interface RenderedComment {
  /** What is posted (and kept as comment.md): the full form, or the short form when that is over the limit. */
  body: string;
  /** The full form, always. */
  full: string;
  shortened: boolean;
}

const STATUS_LABEL: Readonly<Record<Status, string>> = {
  pass: `${STATUS_ICON.pass} PASSED`,
  warn: `${STATUS_ICON.warn} WARNING`,
  fail: `${STATUS_ICON.fail} FAILED`
};

export const COMPLIANCE_BADGE: Readonly<Record<ComplianceLevel, string>> = {
  FullyCompliant: '🟢 Fully Compliant',
  ConditionallyCompliant: '🟡 Conditionally Compliant',
  RequiresAttention: '🟠 Requires Attention',
  NonCompliant: '🔴 Non-Compliant'
};

/** Placeholders of `comment-template`, with what each becomes (docs/reports.md lists the same). */
const TEMPLATE_PLACEHOLDERS = {
  project: 'The project name (escaped).',
  name: 'The instance name (`name`).',
  headline: 'The headline, `## 🚀 Performance Report - <project>`.',
  status: 'The status with its icon: `✅ PASSED`, `⚠️ WARNING` or `❌ FAILED`.',
  status_code: '`pass`, `warn` or `fail`.',
  status_line:
    'The whole status line: the status and why it did not pass, both metrics with their change against the baseline and their safety factors.',
  summary:
    'The one-liner, e.g. `DISPLAY: 4.218 GiB/s (−2.1%), COMP-3: 571.0 MiB/s ❌ 3 regressed` (changes against the baseline, and why a run did not pass).',
  display_gibs:
    'DISPLAY throughput in GiB/s as in perf.json, 4 significant digits, e.g. `4.218` (`n/a` when missing).',
  comp3_mibs:
    'COMP-3 throughput in MiB/s as in perf.json, 4 significant digits, e.g. `571.0` (`n/a` when missing).',
  display_safety: 'DISPLAY safety factor (throughput / floor), e.g. `56.6` (`n/a` when missing).',
  comp3_safety: 'COMP-3 safety factor, e.g. `14.3` (`n/a` when missing).',
  display_floor: 'The DISPLAY floor as configured, e.g. `80 MB/s`.',
  comp3_floor: 'The COMP-3 floor as configured.',
  compliance: 'The compliance badge, e.g. `🟢 Fully Compliant`.',
  production_ready: '`✅ Yes` or `❌ No`.',
  metrics: 'The throughput analysis table (both units, floor, safety margin, headroom).',
  readiness: 'The readiness table (status, compliance, production ready).',
  table: 'The per-benchmark table.',
  context: 'The execution context list (bench duration, commit, timestamp, runner, Rust).',
  sections: 'Further sections (e.g. the baseline comparison), as collapsible blocks; empty when none.',
  report: 'Everything between the status line and the findings in the default layout.',
  warnings: `The warnings as a list (at most ${MAX_FINDINGS}, then "… and N more"); empty when none.`,
  errors: `The errors as a list (at most ${MAX_FINDINGS}, then "… and N more"); empty when none.`,
  commit: 'The short commit, e.g. `0123456`.',
  timestamp: 'When the report was made (ISO 8601, UTC).',
  run_url: "The workflow run's URL; empty outside GitHub Actions."
} as const;

export type Placeholder = keyof typeof TEMPLATE_PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(TEMPLATE_PLACEHOLDERS) as Placeholder[];

/** Checks a `comment-template` before anything runs: unknown placeholders are an InputError. */
export function checkCommentTemplate(template: { path: string; text: string }): void {
  checkTemplate(template.text, PLACEHOLDER_NAMES, `comment-template ${template.path}`);
}

const metricOrNa = (value: number | null): string =>
  value === null ? 'n/a' : formatSignificant(value, METRIC_DIGITS);
/** `56.6`, `1.1`; below 1 two decimals, so that a deep breach does not read as `0.0`. */
const safety = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(value < 1 ? 2 : 1));
const sign = (value: number): string => (value < 0 ? '−' : '+');

/** A metric's rate in its own unit and in MB/s, e.g. `4.218 GiB/s (4529 MB/s)`. */
function bothUnits(m: MetricReport, bytesPerSecond: number): string {
  return `${formatByteRateIn(bytesPerSecond, m.unit, METRIC_DIGITS)} (${formatByteRateIn(bytesPerSecond, 'MB/s')})`;
}

function headroom(m: MetricReport): string {
  if (!m.bytes_per_second) return 'n/a';
  const above = m.bytes_per_second.point - m.floor.bytes_per_second;
  const pct = (above / m.floor.bytes_per_second) * 100;
  return `${sign(above)}${formatByteRateIn(Math.abs(above), 'MB/s')} (${sign(pct)}${Math.abs(pct).toFixed(1)}%)`;
}

function metricRow(m: MetricReport): string[] {
  return [
    m.label,
    m.bytes_per_second ? bothUnits(m, m.bytes_per_second.point) : 'n/a',
    `${escapeMarkdown(m.floor.text)} (${formatByteRateIn(m.floor.bytes_per_second, 'MB/s')})`,
    m.safety_factor === null ? 'n/a' : `${safety(m.safety_factor)}x`,
    headroom(m),
    metricStatus(m)
  ];
}

function metricsTable(metrics: readonly MetricReport[]): string {
  return table(
    ['Metric', 'Throughput', 'Floor', 'Safety margin', 'Above floor', 'Status'],
    metrics.map(metricRow),
    ['left', 'right', 'right', 'right', 'right', 'left']
  );
}

function productionReady(report: PerfReport): boolean {
  return (
    report.status !== 'fail' &&
    (report.compliance_level === 'FullyCompliant' || report.compliance_level === 'ConditionallyCompliant')
  );
}

function readinessTable(report: PerfReport): string {
  return table(
    ['Check', 'Result'],
    [
      ['Status', STATUS_LABEL[report.status]],
      ['Compliance', COMPLIANCE_BADGE[report.compliance_level]],
      ['Production ready', productionReady(report) ? '✅ Yes' : '❌ No']
    ]
  );
}

function benchmarkTable(report: PerfReport, ids?: ReadonlySet<string>): string {
  const rows = report.benchmarks
    .filter((b) => !ids || ids.has(b.id))
    .map((b) => [
      code(b.id),
      b.metric ? METRIC_LABEL[b.metric] : '',
      formatNs(b.time_ns.point),
      benchmarkThroughput(b),
      variation(b)
    ]);
  const shown = ids ? report.benchmarks.filter((b) => ids.has(b.id)) : report.benchmarks;
  return (
    table(['Benchmark', 'Metric', 'Time', 'Throughput', 'CV'], rows, [
      'left',
      'left',
      'right',
      'right',
      'right'
    ]) + cvNote(shown)
  );
}

function duration(seconds: number): string {
  if (seconds < 60) return `${round(seconds, 1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

function shortCommit(report: PerfReport, options: CommentOptions): string | null {
  const commit = options.commit ?? report._metadata.git_commit;
  return commit ? commit.slice(0, 7) : null;
}

function contextList(report: PerfReport, options: CommentOptions): string {
  const meta = report._metadata;
  const env = meta.environment;
  const commit = shortCommit(report, options);
  return [
    `- Bench duration: ${duration(meta.execution_context.execution_time_seconds)}`,
    `- Commit: ${commit ? code(commit) : 'unknown'}`,
    `- Timestamp: ${escapeMarkdown(meta.timestamp)}`,
    `- Runner: ${code(env.platform)}, ${env.cpu_cores} CPU cores, ${env.memory_gb} GB memory`,
    `- Rust: ${meta.rust_version ? code(meta.rust_version) : 'unknown'}`,
    `- Results: ${meta.execution_context.results_source ?? 'none'}`
  ].join('\n');
}

/** At most MAX_FINDINGS messages as a list, then "… and N more". */
function findingList(messages: readonly string[], icon: string): string {
  const shown = messages.slice(0, MAX_FINDINGS).map((m) => `- ${icon} ${escapeMarkdown(m)}`);
  if (messages.length > MAX_FINDINGS) {
    shown.push(`- … and ${messages.length - MAX_FINDINGS} more (see the job summary or perf.json)`);
  }
  return shown.join('\n');
}

function details(title: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}>\n<summary><strong>${title}</strong></summary>\n\n${body}\n\n</details>`;
}

function headline(options: CommentOptions): string {
  return `## 🚀 Performance Report - ${escapeMarkdown(options.project)}`;
}

/** The status (and why it did not pass), then each metric with its change against the baseline and safety. */
function statusLine(report: PerfReport): string {
  const reasons = report.status_reasons ?? [];
  const part = (m: MetricReport): string => {
    const change = metricChange(m);
    const notes = [
      change === null ? null : `${change} vs baseline`,
      m.safety_factor === null ? null : `${safety(m.safety_factor)}x safety`
    ].filter((n): n is string => n !== null);
    return `${m.label}: **${metricValue(m)}**${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  };
  return [
    `**${STATUS_LABEL[report.status]}**${reasons.length > 0 ? `: ${escapeMarkdown(reasons.join(', '))}` : ''}`,
    part(report.metrics.display),
    part(report.metrics.comp3)
  ].join(' | ');
}

function sectionsMarkdown(sections: readonly CommentSection[]): string {
  return sections.map((s) => details(s.title, s.markdown, s.open)).join('\n\n');
}

/**
 * A link destination in angle brackets, where `(`, `)` and spaces cannot end it; the URL comes from
 * a parsed https URL (history-url) or the repository's name, so it holds no `<`, `>` or newline.
 */
const linkTarget = (url: string): string => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** The job summary's line pointing at the history dashboard. */
export const dashboardLine = (url: string): string => `📈 [History dashboard](${linkTarget(url)})`;

function footer(options: CommentOptions): string {
  const run = options.runUrl ? `[Workflow run](${options.runUrl}) · ` : '';
  const history = options.dashboardUrl ? `[History](${linkTarget(options.dashboardUrl)}) · ` : '';
  return `---\n<sub>${run}${history}copybook-bench-action</sub>`;
}

function placeholderValues(report: PerfReport, options: CommentOptions): Record<Placeholder, string> {
  const metrics = [report.metrics.display, report.metrics.comp3];
  const margins = report._metadata.execution_context.safety_margins;
  const sections = options.sections ?? [];
  const values = {
    metrics: metricsTable(metrics),
    readiness: readinessTable(report),
    table: report.benchmarks.length > 0 ? benchmarkTable(report) : '_No benchmark results._',
    context: contextList(report, options),
    sections: sectionsMarkdown(sections)
  };
  return {
    project: escapeMarkdown(options.project),
    name: options.name,
    headline: headline(options),
    status: STATUS_LABEL[report.status],
    status_code: report.status,
    status_line: statusLine(report),
    summary: escapeMarkdown(report.summary),
    display_gibs: metricOrNa(report.display_gibs),
    comp3_mibs: metricOrNa(report.comp3_mibs),
    display_safety: safety(margins.display_safety_factor),
    comp3_safety: safety(margins.comp3_safety_factor),
    display_floor: escapeMarkdown(report.metrics.display.floor.text),
    comp3_floor: escapeMarkdown(report.metrics.comp3.floor.text),
    compliance: COMPLIANCE_BADGE[report.compliance_level],
    production_ready: productionReady(report) ? '✅ Yes' : '❌ No',
    ...values,
    report: [
      details('📊 Throughput analysis', values.metrics),
      details('🏁 Production readiness', values.readiness),
      details(`🧪 Benchmarks (${report.benchmarks.length})`, values.table),
      ...(sections.length > 0 ? [values.sections] : []),
      details('⚙️ Execution context', values.context)
    ].join('\n\n'),
    warnings: findingList(report.warnings, '⚠️'),
    errors: findingList(report.errors, '❌'),
    commit: escapeMarkdown(shortCommit(report, options) ?? ''),
    timestamp: escapeMarkdown(report._metadata.timestamp),
    run_url: options.runUrl ?? ''
  };
}

function defaultLayout(v: Record<Placeholder, string>, report: PerfReport, options: CommentOptions): string {
  const parts = [v.headline, v.status_line, v.report];
  if (report.warnings.length > 0) parts.push(`### ⚠️ Warnings (${report.warnings.length})\n\n${v.warnings}`);
  if (report.errors.length > 0) parts.push(`### ❌ Errors (${report.errors.length})\n\n${v.errors}`);
  parts.push(footer(options));
  return parts.join('\n\n');
}

const withMarker = (markdown: string, options: CommentOptions): string =>
  `${markdown.trimEnd()}\n\n${commentMarker(options.name)}\n`;

/**
 * The short form: headline, status, a pointer to the full report, the failing metrics and their
 * benchmarks, the findings and each section's `short` part. Benchmark rows are dropped from the end
 * until it fits; at worst only the headline, status and pointer remain.
 */
function shortForm(report: PerfReport, options: CommentOptions, fullLength: number, limit: number): string {
  const where = options.runUrl
    ? `the job summary of [the workflow run](${options.runUrl})`
    : 'the job summary';
  const pointer = `> [!NOTE]\n> The full report has ${fullLength.toLocaleString('en-US')} characters, more than a PR comment holds (${limit.toLocaleString('en-US')}), so this shows only what is not passing. The full report is in ${where} and in \`summary.md\` and \`perf.json\` in the report directory.`;
  const top = [headline(options), statusLine(report), pointer];
  const failing = [report.metrics.display, report.metrics.comp3].filter((m) => m.status !== 'pass');
  const failingIds = failing.flatMap((m) => m.ids);
  const findings: string[] = [];
  if (report.warnings.length > 0)
    findings.push(`### ⚠️ Warnings (${report.warnings.length})\n\n${findingList(report.warnings, '⚠️')}`);
  if (report.errors.length > 0)
    findings.push(`### ❌ Errors (${report.errors.length})\n\n${findingList(report.errors, '❌')}`);
  const shorts = (options.sections ?? []).flatMap((s) =>
    s.short ? [details(s.title, s.short, s.open)] : []
  );

  const compose = (rows: number, withRest: boolean): string => {
    const parts = [...top];
    if (withRest && failing.length > 0)
      parts.push(details('📊 Throughput analysis (not passing)', metricsTable(failing), true));
    if (withRest && rows > 0) {
      const ids = new Set(failingIds.slice(0, rows));
      const more = failingIds.length - rows;
      const note = more > 0 ? `\n\n… and ${more} more in the full report.` : '';
      parts.push(
        details(
          `🧪 Benchmarks of failing metrics (${failingIds.length})`,
          `${benchmarkTable(report, ids)}${note}`
        )
      );
    }
    if (withRest) pushAll(parts, shorts, findings);
    parts.push(footer(options));
    return withMarker(parts.join('\n\n'), options);
  };

  if (compose(0, true).length > limit) return compose(0, false);
  return compose(
    largestFitting(failingIds.length, (rows) => compose(rows, true).length <= limit),
    true
  );
}

/** Renders the comment (default layout, or the `comment-template`), with the marker last. */
export function renderComment(report: PerfReport, options: CommentOptions): RenderedComment {
  const limit = options.limit ?? COMMENT_LIMIT;
  const values = placeholderValues(report, options);
  let markdown: string;
  if (options.template) {
    checkCommentTemplate(options.template);
    markdown = fillTemplate(options.template.text, values);
  } else {
    markdown = defaultLayout(values, report, options);
  }
  const full = withMarker(markdown, options);
  if (full.length <= limit) return { body: full, full, shortened: false };
  return { body: shortForm(report, options, full.length, limit), full, shortened: true };
}

/** One testbed's report in a merge over several (a matrix over OSes). */
export interface TestbedPart {
  testbed: string;
  os: string;
  report: PerfReport;
  sections: readonly CommentSection[];
}

const STATUS_RANK: Readonly<Record<Status, number>> = { pass: 0, warn: 1, fail: 2 };

/** The parts, worst status first (then in the order given). */
export function worstFirstParts<T extends { report: PerfReport }>(parts: readonly T[]): T[] {
  return [...parts].sort((a, b) => STATUS_RANK[b.report.status] - STATUS_RANK[a.report.status]);
}

/**
 * One comment for several testbeds: the headline, the worst testbed's status, a table of every
 * testbed, then a section per testbed as its own comment would show it, worst first; the marker
 * last. Over the limit, each testbed keeps only its status line.
 */
export function renderTestbedsComment(
  parts: readonly TestbedPart[],
  options: Omit<CommentOptions, 'sections' | 'template'>
): RenderedComment {
  const limit = options.limit ?? COMMENT_LIMIT;
  const ordered = worstFirstParts(parts);
  const worst = ordered[0];
  const where = (p: TestbedPart): string => `${escapeMarkdown(p.testbed)} (${escapeMarkdown(p.os)})`;
  const top = [
    headline(options as CommentOptions),
    worst
      ? `Worst of ${parts.length} testbeds: ${where(worst)}, ${statusLine(worst.report)}`
      : '_No testbed reported._',
    table(
      ['Testbed', 'OS', 'Status', 'DISPLAY', 'COMP-3'],
      ordered.map((p) => [
        escapeMarkdown(p.testbed),
        escapeMarkdown(p.os),
        STATUS_LABEL[p.report.status],
        metricValue(p.report.metrics.display),
        metricValue(p.report.metrics.comp3)
      ])
    )
  ];
  const section = (p: TestbedPart, full: boolean): string => {
    const v = placeholderValues(p.report, { ...(options as CommentOptions), sections: p.sections });
    const body = [`### ${where(p)}`, v.status_line];
    if (full) {
      body.push(v.report);
      if (p.report.warnings.length > 0)
        body.push(`#### ⚠️ Warnings (${p.report.warnings.length})\n\n${v.warnings}`);
      if (p.report.errors.length > 0) body.push(`#### ❌ Errors (${p.report.errors.length})\n\n${v.errors}`);
    }
    return body.join('\n\n');
  };
  const compose = (full: boolean): string =>
    withMarker(
      [...top, ...ordered.map((p) => section(p, full)), footer(options as CommentOptions)].join('\n\n'),
      options as CommentOptions
    );
  const full = compose(true);
  if (full.length <= limit) return { body: full, full, shortened: false };
  return { body: compose(false), full, shortened: true };
}
