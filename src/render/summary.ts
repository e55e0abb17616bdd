// The markdown summary (job summary and summary.md).

import { pushAll } from '../core/arrays.js';
import { coefficientOfVariation } from '../core/criterion/measurement.js';
import type { BenchmarkReport, MetricReport, PerfReport } from '../core/model.js';
import { metricValue, STATUS_ICON } from '../core/report/headline.js';
import { formatByteRate, formatByteRateIn, formatElementRate, formatNs } from '../core/units.js';
import { code, escapeMarkdown, table } from './markdown.js';

export function metricStatus(m: MetricReport): string {
  return m.status === 'missing' ? '❌ missing' : `${STATUS_ICON[m.status]} ${m.status}`;
}

/** How a benchmark's rate is written: a byte rate, or elements as criterion prints them; null without one. */
export function rateFormatter(b: BenchmarkReport): ((value: number) => string) | null {
  if (b.bytes_per_second) return formatByteRate;
  if (b.rate && b.throughput?.kind === 'elements') return formatElementRate;
  return null;
}

export function benchmarkThroughput(b: BenchmarkReport): string {
  const format = rateFormatter(b);
  const rate = b.bytes_per_second ?? b.rate;
  return format && rate ? format(rate.point) : '—';
}

/** Why a CV cell is empty: criterion's printed text carries no samples to take a variation from. */
export const NO_SAMPLES =
  "criterion's printed output (source stdout or bencher) has no samples, so it has no variation; read criterion's files (source disk) to see the CV";

/** The coefficient of variation of the time; `n/a` when the source has no samples, `—` when it is unknown. */
export function variation(b: BenchmarkReport): string {
  if (b.std_dev_ns === null) return b.source === 'disk' ? '—' : 'n/a';
  const cv = coefficientOfVariation(b);
  return cv === null ? '—' : `${(cv * 100).toFixed(1)}%`;
}

/** Whether some benchmark's CV is `n/a` for want of samples (its table then says why). */
export function lacksSamples(benchmarks: readonly BenchmarkReport[]): boolean {
  return benchmarks.some((b) => b.std_dev_ns === null && b.source !== 'disk');
}

/** The markdown note under a benchmark table whose CV column holds `n/a`; empty when none does. */
export function cvNote(benchmarks: readonly BenchmarkReport[]): string {
  return lacksSamples(benchmarks) ? `\n\nCV n/a: ${NO_SAMPLES}.` : '';
}

/** The markdown summary: headline, metric table, findings, per-benchmark table, then `extra` markdown. */
export function renderSummary(report: PerfReport, extra = ''): string {
  const metrics = [report.metrics.display, report.metrics.comp3];
  const parts = [
    `## copybook-bench: ${report.summary}`,
    '',
    ...(report._metadata.source === 'recorded'
      ? [
          `> Recorded run of the example crate (${report._metadata.timestamp.slice(0, 10)}, ${report._metadata.rust_version ?? 'rustc unknown'}), shown because cargo or criterion is not available on this machine: these numbers were not measured here.`,
          ''
        ]
      : []),
    table(
      ['Metric', 'Value', 'In MB/s', 'Floor', 'Safety factor', 'Status'],
      metrics.map((m) => [
        m.label,
        metricValue(m),
        m.bytes_per_second ? formatByteRateIn(m.bytes_per_second.point, 'MB/s') : 'n/a',
        escapeMarkdown(m.floor.text),
        m.safety_factor === null ? 'n/a' : `${m.safety_factor.toFixed(1)}x`,
        metricStatus(m)
      ]),
      ['left', 'right', 'right', 'right', 'right', 'left']
    ),
    '',
    `Compliance: **${report.compliance_level}**`
  ];
  if (report.errors.length > 0) {
    pushAll(
      parts,
      ['', '### Errors', ''],
      report.errors.map((e) => `- ❌ ${escapeMarkdown(e)}`)
    );
  }
  if (report.warnings.length > 0) {
    pushAll(
      parts,
      ['', '### Warnings', ''],
      report.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`)
    );
  }
  if (report.benchmarks.length > 0) {
    parts.push(
      '',
      '### Benchmarks',
      '',
      table(
        ['Benchmark', 'Metric', 'Time', 'Throughput', 'CV'],
        report.benchmarks.map((b) => [
          code(b.id),
          b.metric === 'display' ? 'DISPLAY' : b.metric === 'comp3' ? 'COMP-3' : '',
          formatNs(b.time_ns.point),
          benchmarkThroughput(b),
          variation(b)
        ]),
        ['left', 'left', 'right', 'right', 'right']
      ) + cvNote(report.benchmarks)
    );
  }
  if (extra.trim() !== '') parts.push('', extra.trim());
  return `${parts.join('\n')}\n`;
}
