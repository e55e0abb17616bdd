// The one-liner and the markdown summary (job summary and summary.md).

import type { Status } from '../findings.js';
import type { BenchmarkReport, MetricReport, PerfReport, ResultsOrigin } from '../report/types.js';
import { formatByteRate, formatNs, toMBs } from '../units.js';
import { code, escapeMarkdown, table } from './markdown.js';

export const STATUS_ICON: Readonly<Record<Status, string>> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** `DISPLAY: 4.22 GiB/s, COMP-3: 571.0 MiB/s ✅`, and `(recorded run)` after a recorded run's. */
export function renderOneLiner(
  displayGibs: number | null,
  comp3Mibs: number | null,
  status: Status,
  origin: ResultsOrigin = 'cargo-bench'
): string {
  const display = displayGibs === null ? 'n/a' : `${displayGibs.toFixed(2)} GiB/s`;
  const comp3 = comp3Mibs === null ? 'n/a' : `${comp3Mibs.toFixed(1)} MiB/s`;
  const label = origin === 'recorded' ? ' (recorded run)' : '';
  return `DISPLAY: ${display}, COMP-3: ${comp3} ${STATUS_ICON[status]}${label}`;
}

export function metricValue(m: MetricReport): string {
  if (m.value === null) return 'n/a';
  return `${m.value.toFixed(m.unit === 'GiB/s' ? 2 : 1)} ${m.unit}`;
}

export function metricStatus(m: MetricReport): string {
  return m.status === 'missing' ? '❌ missing' : `${STATUS_ICON[m.status]} ${m.status}`;
}

export function benchmarkThroughput(b: BenchmarkReport): string {
  if (b.bytes_per_second) return formatByteRate(b.bytes_per_second.point);
  if (b.rate && b.throughput) return `${b.rate.point.toPrecision(4)} ${b.throughput.kind}/s`;
  return '—';
}

export function variation(b: BenchmarkReport): string {
  if (b.std_dev_ns === null || b.time_ns.point <= 0) return '—';
  return `${((b.std_dev_ns / b.time_ns.point) * 100).toFixed(1)}%`;
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
        m.bytes_per_second ? `${toMBs(m.bytes_per_second.point).toFixed(2)} MB/s` : 'n/a',
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
    parts.push('', '### Errors', '', ...report.errors.map((e) => `- ❌ ${escapeMarkdown(e)}`));
  }
  if (report.warnings.length > 0) {
    parts.push('', '### Warnings', '', ...report.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`));
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
      )
    );
  }
  if (extra.trim() !== '') parts.push('', extra.trim());
  return `${parts.join('\n')}\n`;
}
