// report.html: the performance report of one run, for people who would rather look at a chart.

import { machineDifferenceMessage } from '../../core/baseline/machine.js';
import { METRIC_LABEL } from '../../core/metrics.js';
import type {
  BaselineFile,
  BenchmarkChange,
  BenchmarkReport,
  Comparison,
  PerfReport
} from '../../core/model.js';
import {
  formatBytes,
  formatChangePct,
  formatIntervalPct,
  formatNs,
  formatThresholdPct
} from '../../core/units.js';
import {
  type FloorLine,
  type IntervalRow,
  layoutIntervalChart,
  renderIntervalChart
} from '../charts/interval-chart.js';
import { comparedCommitLine, formatValue, shortSha, VERDICT_LABEL } from '../comparison.js';
import { lacksSamples, NO_SAMPLES, rateFormatter, variation } from '../summary.js';
import { html, type SafeHtml } from './escape.js';
import { type PageHeader, page } from './layout.js';
import {
  COMPLIANCE_MEANING,
  complianceBadge,
  facts,
  findingsList,
  metricCard,
  statusBadge
} from './parts.js';

export interface ReportPageOptions {
  /** The comparison with the baseline, when there was one. */
  comparison?: Comparison | null;
  /** The baseline that was compared against (its runner and history size are shown). */
  baseline?: BaselineFile | null;
  header?: PageHeader;
}

function interval(
  format: (n: number) => string,
  i: { lower: number; point: number; upper: number }
): SafeHtml {
  return html`${format(i.point)}<br><small>[${format(i.lower)} – ${format(i.upper)}]</small>`;
}

function throughputCell(b: BenchmarkReport): SafeHtml {
  const format = rateFormatter(b);
  const rate = b.bytes_per_second ?? b.rate;
  return format && rate ? interval(format, rate) : html`—`;
}

/** The CV, or `n/a` with the reason as its tooltip when the source has no samples. */
function cvCell(b: BenchmarkReport): SafeHtml {
  const text = variation(b);
  return text === 'n/a'
    ? html`<td class="num"><abbr class="no-samples" title="${NO_SAMPLES}">n/a</abbr></td>`
    : html`<td class="num">${text}</td>`;
}

function changeCells(change: BenchmarkChange | undefined): SafeHtml {
  if (!change) return html`<td class="num">—</td><td class="num">—</td><td>—</td>`;
  const range = formatIntervalPct(change.lower_pct, change.upper_pct);
  const threshold = `noise threshold ${formatThresholdPct(change.noise_threshold_pct)}${change.threshold_source === 'history' ? ' (from the history)' : change.threshold_source === 'run' ? " (the runs' own variation)" : ''}`;
  return html`<td class="num">${formatValue(change, change.baseline)}</td><td class="num">${formatChangePct(change.change_pct)}${
    change.quantity === 'time' && change.change_pct !== null ? ' (time)' : ''
  }${range === '—' ? null : html`<br><small>[${range}]</small>`}</td><td class="verdict verdict-${change.verdict}" title="${threshold}">${VERDICT_LABEL[change.verdict]}<br><small>${threshold}</small></td>`;
}

function benchmarkTable(report: PerfReport, comparison: Comparison | null): SafeHtml {
  const changes = new Map((comparison?.changes ?? []).map((c) => [c.id, c]));
  const compared = comparison !== null;
  const rows = report.benchmarks.map(
    (b) =>
      html`<tr class="benchmark" data-id="${b.id}"><td class="id">${b.id}</td><td>${b.metric ? METRIC_LABEL[b.metric] : ''}</td><td class="num">${interval((n) => formatNs(n), b.time_ns)}</td><td class="num">${throughputCell(b)}</td>${cvCell(b)}${compared ? changeCells(changes.get(b.id)) : null}</tr>`
  );
  // Benchmarks the baseline had and this run did not: a reviewer must see that they vanished.
  const present = new Set(report.benchmarks.map((b) => b.id));
  const gone = (comparison?.changes ?? []).filter((c) => c.verdict === 'missing' && !present.has(c.id));
  const goneRows = gone.map(
    (c) =>
      html`<tr class="gone" data-missing-id="${c.id}"><td class="id">${c.id}</td><td></td><td class="num">—</td><td class="num">not in this run</td><td class="num">—</td>${changeCells(c)}</tr>`
  );
  return html`<table class="benchmarks">
<thead><tr><th>Benchmark</th><th>Metric</th><th class="num">Time / iteration<br><small>95% interval</small></th><th class="num">Throughput<br><small>95% interval</small></th><th class="num">CV</th>${compared ? html`<th class="num">Baseline</th><th class="num">Change<br><small>interval</small></th><th>Verdict</th>` : null}</tr></thead>
<tbody>${rows}${goneRows}</tbody>
</table>${lacksSamples(report.benchmarks) ? html`<p class="note" data-note="no-samples">CV n/a: ${NO_SAMPLES}.</p>` : null}`;
}

function chart(report: PerfReport): SafeHtml {
  const charted: IntervalRow[] = report.benchmarks.flatMap((b) =>
    b.bytes_per_second ? [{ id: b.id, metric: b.metric, interval: b.bytes_per_second }] : []
  );
  const floors: FloorLine[] = (['display', 'comp3'] as const).map((name) => ({
    metric: name,
    label: `${METRIC_LABEL[name]} floor ${report.metrics[name].floor.text}`,
    bytesPerSecond: report.metrics[name].floor.bytes_per_second
  }));
  const notCharted = report.benchmarks.filter((b) => b.bytes_per_second === null);
  const note =
    notCharted.length > 0
      ? html`<p class="legend">Not charted (no byte throughput): ${notCharted.map(
          (b, i) => html`${i > 0 ? ', ' : ''}<code>${b.id}</code>`
        )}.</p>`
      : null;
  if (charted.length === 0) {
    return html`<p class="note">No benchmark has a byte throughput, so there is nothing to chart.</p>${note}`;
  }
  const layout = layoutIntervalChart(charted, floors);
  return html`${renderIntervalChart(layout, `Throughput of ${charted.length} benchmarks with 95% intervals and floors`)}
<p class="legend"><span class="swatch swatch-display"></span>DISPLAY <span class="swatch swatch-comp3"></span>COMP-3 <span class="swatch swatch-other"></span>other <span class="swatch swatch-floor"></span>floor (drawn across its metric's benchmarks)</p>${note}`;
}

function comparisonSection(comparison: Comparison | null, baseline: BaselineFile | null): SafeHtml {
  if (!comparison) {
    return html`<p class="note">No baseline yet: there is nothing to compare this run with. The baseline is promoted from the baseline branch.</p>`;
  }
  const b = comparison.baseline;
  const { paired } = comparison;
  const pairing = paired
    ? ([
        [
          paired.mode === 'paired' ? 'Measured against' : 'Confirmed against',
          html`<code>${paired.commit}</code> (${paired.ref})`
        ],
        [
          'Paired rounds',
          `${paired.rounds} interleaved on this runner (first: ${paired.order.join(', ')}${paired.together ? '; base and head side by side, a core each' : ''}), ${paired.measurement_seconds} s per benchmark and side, +${Math.round(paired.extra_seconds)} s of benchmarking`
        ],
        [
          'Paired rule',
          'Each round measures both revisions back to back, each by its fastest sample (a busy machine only ever adds time); a change is the median of the rounds’ ratios head/base, its interval the sign-test interval of that median (no distribution assumed); fewer than 3 usable rounds, or an interval reaching into the noise, is inconclusive; a benchmark its earlier rounds already placed unchanged is measured no further.'
        ]
      ] as const)
    : [];
  if (paired?.mode === 'paired') {
    return facts([
      ...pairing,
      ['Regressions', String(comparison.regressions)],
      ['Improvements', String(comparison.improvements)]
    ]);
  }
  const line = comparedCommitLine(b, shortSha);
  const differences = comparison.machine_differences ?? [];
  return facts([
    ...pairing,
    ['Baseline commit', b.commit ? html`<code>${b.commit}</code>` : null],
    ...(line ? ([['Pull request base', line]] as const) : []),
    ...(differences.length > 0
      ? ([
          ['Machine', html`<span class="status-warn">⚠️ ${machineDifferenceMessage(differences)}</span>`]
        ] as const)
      : []),
    ['Baseline ref', b.ref],
    ['Promoted at', b.promoted_at],
    ...(baseline
      ? ([
          ['Baseline runner', `${baseline.runner.os} ${baseline.runner.arch} (${baseline.runner.testbed})`],
          ['History', `${baseline.history.length} promotion${baseline.history.length === 1 ? '' : 's'}`]
        ] as const)
      : []),
    ['Regressions', String(comparison.regressions)],
    ['Improvements', String(comparison.improvements)],
    [
      'Rule',
      `A benchmark regressed (or improved) when its change is beyond ±${formatThresholdPct(comparison.thresholds.regression_pct)} and its whole 95% interval lies beyond its noise threshold (${formatThresholdPct(comparison.thresholds.noise_pct)}, or twice its run-to-run variation over the history, or the variation the two runs measured, when that is larger).`
    ]
  ]);
}

function environment(report: PerfReport): SafeHtml {
  const m = report._metadata;
  const settings = Object.entries(m.execution_context.config);
  return html`${facts([
    ['Commit', m.git_commit ? html`<code>${m.git_commit}</code>` : null],
    ['Measured at', m.timestamp],
    ['Rust', m.rust_version],
    ['Platform', m.environment.platform],
    ['CPU cores', String(m.environment.cpu_cores)],
    ['Memory', `${m.environment.memory_gb} GB`],
    ['Build profile', m.environment.optimization_level],
    ['Bench wall time', `${m.execution_context.execution_time_seconds.toFixed(1)} s`],
    [
      'Peak RSS',
      report.memory.peak_rss_bytes === null
        ? null
        : `${formatBytes(report.memory.peak_rss_bytes)} (ceiling ${formatBytes(report.memory.ceiling_bytes)})`
    ],
    ['Results read from', m.execution_context.results_source],
    [
      'Results path',
      m.execution_context.results_path ? html`<code>${m.execution_context.results_path}</code>` : null
    ]
  ])}
<h3>Settings</h3>
<table class="settings"><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody>${settings.map(
    ([name, value]) => html`<tr><td><code>${name}</code></td><td><code>${value}</code></td></tr>`
  )}</tbody></table>`;
}

/** report.html for a run; the comparison is optional (no baseline yet is normal). */
export function renderReportHtml(report: PerfReport, options: ReportPageOptions = {}): string {
  const comparison = options.comparison ?? null;
  const header: PageHeader = {
    commit: report._metadata.git_commit,
    generatedAt: report._metadata.timestamp,
    ...options.header
  };
  const headline = html`<p class="badges">${statusBadge(report.status)} ${complianceBadge(report.compliance_level)}</p>
<p class="summary">${report.summary}</p>`;
  const body = html`<section class="headline">
${metricCard('display', report.metrics.display, report.metrics.display.bytes_per_second?.point ?? null)}
${metricCard('comp3', report.metrics.comp3, report.metrics.comp3.bytes_per_second?.point ?? null)}
</section>
<p>Compliance: ${complianceBadge(report.compliance_level)} ${COMPLIANCE_MEANING[report.compliance_level]}</p>
<h2>Throughput by benchmark</h2>
${chart(report)}
<h2>Benchmarks (${report.benchmarks.length})</h2>
${benchmarkTable(report, comparison)}
<h2>Baseline comparison</h2>
${comparisonSection(comparison, options.baseline ?? null)}
<h2>Errors and warnings</h2>
${findingsList(report.errors, report.warnings)}
<h2>Environment</h2>
${environment(report)}`;
  return page({ title: 'Performance report', header, headline, body });
}
