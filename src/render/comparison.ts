// Markdown for the comparison with the baseline: the per-benchmark table, the "no baseline yet"
// note and the DISPLAY/COMP-3 trend over the baseline history.

import { maxOf, minOf } from '../core/arrays.js';
import { worstFirst } from '../core/baseline/compare.js';
import { sameCommit } from '../core/baseline/compared.js';
import { machineDifferenceMessage } from '../core/baseline/machine.js';
import type { BaselineHistoryEntry, BenchmarkChange, Comparison, Verdict } from '../core/model.js';
import {
  formatByteRate,
  formatChangePct,
  formatIntervalPct,
  formatNs,
  formatSignificant,
  formatThresholdPct,
  METRIC_DIGITS
} from '../core/units.js';
import { code, escapeMarkdown, table } from './markdown.js';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  regressed: '⬇️ regressed',
  improved: '⬆️ improved',
  unchanged: '➖ unchanged',
  inconclusive: '❔ inconclusive',
  new: '🆕 new',
  missing: '❓ missing'
};

/** A compared value in its quantity's unit: a byte rate, or a time per iteration. */
export function formatValue(change: BenchmarkChange, value: number | null): string {
  if (value === null) return '—';
  return change.quantity === 'throughput' ? formatByteRate(value) : formatNs(value);
}

function thresholdCell(change: BenchmarkChange): string {
  const pct = formatThresholdPct(change.noise_threshold_pct);
  return change.threshold_source === 'fixed' ? pct : `${pct} (${change.threshold_source})`;
}

function changeCell(change: BenchmarkChange): string {
  const pct = formatChangePct(change.change_pct);
  // A time that grew is a slowdown: say which quantity the sign belongs to.
  return change.quantity === 'time' && change.change_pct !== null ? `${pct} (time)` : pct;
}

/** `2026-11-26T12:00:00.000Z` → `2026-11-26 12:00 UTC`; anything else is shown as it is, escaped. */
function formatTimestamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})[^Z]*Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : escapeMarkdown(iso);
}

/** A full sha as git shortens it (7 digits); anything else whole. */
export const shortSha = (commit: string): string =>
  /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit;

function shortCommit(commit: string): string {
  return code(shortSha(commit));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function tally(changes: readonly BenchmarkChange[]): string {
  const count = (verdict: Verdict) => changes.filter((c) => c.verdict === verdict).length;
  const regressions = plural(count('regressed'), 'regression');
  const parts = [
    count('regressed') > 0 ? `**${regressions}**` : regressions,
    plural(count('improved'), 'improvement'),
    `${count('unchanged')} unchanged`
  ];
  if (count('inconclusive') > 0) parts.push(`${count('inconclusive')} inconclusive`);
  if (count('new') > 0) parts.push(`${count('new')} new`);
  if (count('missing') > 0) parts.push(`${count('missing')} missing`);
  return parts.join(', ');
}

const FROM: Readonly<Record<NonNullable<Comparison['baseline']['source']>, string>> = {
  baseline: 'the latest baseline ',
  'history-branch': "the data branch's record of ",
  'baseline-history': "the baseline history's entry of "
};

/**
 * On a pull request, which commit was compared and how it stands to the pull request's base:
 * `Compared with abc1234, this pull request's base.` or `Compared with the latest baseline abc1234,
 * 3 commits behind this pull request's base def5678 (no stored result of the base).`, each commit
 * written by `show` (markdown code, or plain text for a page that escapes it). Null outside a pull
 * request.
 */
export function comparedCommitLine(
  baseline: Comparison['baseline'],
  show: (commit: string) => string = shortCommit
): string | null {
  const { commit, base_commit: base, commits_behind: behind } = baseline;
  if (base === undefined || base === null) return null;
  const which = commit === null ? 'a baseline of unknown commit' : show(commit);
  if (sameCommit(commit, base)) return `Compared with ${which}, this pull request's base.`;
  const from = commit === null ? '' : FROM[baseline.source ?? 'baseline'];
  // Nothing behind the base yet not the base: the base is among its ancestors.
  const distance =
    behind === null || behind === undefined
      ? 'not'
      : behind === 0
        ? 'newer than'
        : `${plural(behind, 'commit')} behind`;
  return `Compared with ${from}${which}, ${distance} this pull request's base ${show(base)} (no stored result of the base).`;
}

/** The comparison's notes next to its verdicts: which commit, and a machine that differs. */
function comparisonNotes(comparison: Comparison): string[] {
  const differences = comparison.machine_differences ?? [];
  return [
    comparedCommitLine(comparison.baseline),
    differences.length > 0 ? `⚠️ ${escapeMarkdown(machineDifferenceMessage(differences))}` : null
  ].filter((line): line is string => line !== null);
}

/**
 * The comparison as markdown: which baseline, the tally, which commit and a machine that differs,
 * one row per benchmark (worst first) with the noise threshold its verdict used, and the rule in
 * one sentence.
 */
export function renderComparisonTable(comparison: Comparison): string {
  const { baseline, thresholds, paired } = comparison;
  const changes = [...comparison.changes].sort(worstFirst);
  const which =
    paired?.mode === 'paired'
      ? pairedWhich(paired)
      : [
          baseline.commit === null ? 'the baseline' : `baseline ${shortCommit(baseline.commit)}`,
          baseline.ref === null ? '' : ` (${code(baseline.ref)})`,
          `, promoted ${formatTimestamp(baseline.promoted_at)}`
        ].join('');
  const lead = paired?.mode === 'paired' ? `Measured ${which}` : `Compared with ${which}`;
  const notes = comparisonNotes(comparison);
  if (changes.length === 0) return `${[`${lead}: no benchmarks on either side.`, ...notes].join('\n\n')}\n`;

  const rows = changes.map((c) => [
    code(c.id),
    formatValue(c, c.baseline),
    formatValue(c, c.current),
    changeCell(c),
    formatIntervalPct(c.lower_pct, c.upper_pct),
    VERDICT_LABEL[c.verdict],
    c.method === 'paired' ? roundsCell(c) : thresholdCell(c)
  ]);
  const regression = formatThresholdPct(thresholds.regression_pct);
  const confirmed =
    paired?.mode === 'confirm'
      ? [
          `${confirmedCount(changes)} measured again ${pairedWhich(paired)}; ` +
            'the paired verdict stands (rows with rounds).',
          ''
        ]
      : [];
  return [
    `${lead}: ${tally(changes)}.`,
    '',
    ...notes.flatMap((note) => [note, '']),
    ...confirmed,
    table(
      [
        'Benchmark',
        paired?.mode === 'paired' ? 'Base' : 'Baseline',
        paired?.mode === 'paired' ? 'Head' : 'Current',
        'Change',
        paired?.mode === 'paired' ? 'Interval' : '95% interval',
        'Verdict',
        paired?.mode === 'paired' ? 'Rounds (head/base)' : 'Noise threshold'
      ],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'left', 'right']
    ),
    '',
    `A benchmark regressed (or improved) when its change is beyond ±${regression} and its whole ${paired?.mode === 'paired' ? '' : '95% '}interval ` +
      'lies beyond its noise threshold; a threshold marked "history" is twice the run-to-run variation of ' +
      'that benchmark over the baseline history, one marked "run" the variation the two runs themselves ' +
      'measured (a busy runner). Rows marked (time) have no byte throughput and compare ' +
      'the time per iteration, where lower is better.' +
      (paired
        ? ' A paired row compares the two revisions measured back to back in each round, each by its ' +
          'fastest sample (a busy machine only ever adds time): its change is ' +
          "the median of the rounds' ratios, its interval the sign-test interval of that median (no " +
          'distribution assumed), and fewer than 3 usable rounds, or an interval that reaches into the ' +
          'noise, is inconclusive. A round shown as — did not measure the benchmark: either side failed, or ' +
          'its earlier rounds had already placed it unchanged whatever the rest would measure.'
        : ''),
    ''
  ].join('\n');
}

function confirmedCount(changes: readonly BenchmarkChange[]): string {
  const n = changes.filter((c) => c.method === 'paired').length;
  return n === 1 ? 'The benchmark the baseline flagged was' : `The ${n} benchmarks the baseline flagged were`;
}

/** `on this runner against `abc1234` (`main`), 5 interleaved rounds, base and head side by side (+2.1 min)`. */
function pairedWhich(paired: NonNullable<Comparison['paired']>): string {
  const ref = paired.ref === paired.commit ? '' : ` (${code(paired.ref)})`;
  const minutes = formatSignificant(paired.extra_seconds / 60, 2);
  const sideBySide = paired.together ? ', base and head side by side' : '';
  return `on this runner against ${shortCommit(paired.commit)}${ref}, ${plural(paired.rounds, 'interleaved round')}${sideBySide} (+${minutes} min of benchmarking)`;
}

/** Each round's ratio head/base, "higher is better", and the interval's confidence. */
function roundsCell(change: BenchmarkChange): string {
  const ratios = (change.paired?.ratios ?? []).map((r) => (r === null ? '—' : formatSignificant(r, 3)));
  const confidence = change.paired?.confidence;
  return `${ratios.join(' ')}${confidence == null ? '' : ` (${formatSignificant(confidence * 100, 3)}%)`}`;
}

/** What the report says when no usable baseline exists: not an error, and what happens next. */
export function renderNoBaseline(baselineBranch?: string): string {
  const branch = baselineBranch ? code(baselineBranch) : 'the baseline branch';
  return (
    'No baseline yet, so nothing was compared. ' +
    `The next push to ${branch} promotes its result as the baseline; ` +
    'pull requests after that are compared with it, benchmark by benchmark.\n'
  );
}

const BARS = '▁▂▃▄▅▆▇█';

/** A text sparkline, one bar per value scaled between the smallest and largest; `·` for a gap. */
export function sparkline(values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return '';
  const min = minOf(known);
  const span = maxOf(known) - min;
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return '·';
      // A flat series sits mid-height rather than pretending to be a floor or a peak.
      const level = span === 0 ? 3 : Math.round(((v - min) / span) * (BARS.length - 1));
      return BARS[level];
    })
    .join('');
}

function trendLine(label: string, unit: string, values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return `- ${label}: no values`;
  const text = (v: number): string => formatSignificant(v, METRIC_DIGITS);
  return `- ${label}: \`${sparkline(values)}\` ${text(first)} → ${text(last)} ${unit}`;
}

const metricCell = (value: number | null): string =>
  value === null ? 'n/a' : formatSignificant(value, METRIC_DIGITS);

/**
 * DISPLAY and COMP-3 over the baseline history and then `current` (this run), when given: a
 * sparkline each (oldest to newest), then a table of the promotions, newest first.
 */
export function renderTrendTable(
  history: readonly BaselineHistoryEntry[],
  current: Pick<BaselineHistoryEntry, 'display_gibs' | 'comp3_mibs'> | null = null
): string {
  if (history.length === 0 && !current) return 'No baseline history yet.\n';
  const rows = history.map((entry, index) => [
    String(index + 1),
    entry.commit === null ? '—' : shortCommit(entry.commit),
    formatTimestamp(entry.timestamp),
    metricCell(entry.display_gibs),
    metricCell(entry.comp3_mibs)
  ]);
  if (current)
    rows.push(['', 'this run', '', metricCell(current.display_gibs), metricCell(current.comp3_mibs)]);
  const series = current ? [...history, current] : history;
  const what = `the last ${plural(history.length, 'promotion')} of the baseline${current ? ' and this run' : ''}`;
  return [
    `Trend over ${what} (oldest to newest):`,
    '',
    trendLine(
      'DISPLAY',
      'GiB/s',
      series.map((e) => e.display_gibs)
    ),
    trendLine(
      'COMP-3',
      'MiB/s',
      series.map((e) => e.comp3_mibs)
    ),
    '',
    table(['#', 'Commit', 'Promoted', 'DISPLAY (GiB/s)', 'COMP-3 (MiB/s)'], rows.reverse(), [
      'right',
      'left',
      'left',
      'right',
      'right'
    ]),
    ''
  ].join('\n');
}
