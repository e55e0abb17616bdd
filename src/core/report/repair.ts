// The last line of defence for perf.json. Every number reaching the report has been checked
// upstream (criterion/plausible.ts, the config's bounds), but if one still breaks the schema (an
// infinity, a NaN, a negative rate), the report is written anyway: the offending benchmark or
// comparison row is left out, an offending metric value becomes null, and each problem becomes
// an error of the report. Bad numbers never mean "nothing written".

import type { Comparison, MetricReport, PerfReport } from '../model.js';
import { headline } from './headline.js';
import { describeIssue, perfReportIssues, type SchemaIssue } from './schema.js';

/** A metric with nothing known about its value (the floor and the selection stay). */
function withoutValue(metric: MetricReport): MetricReport {
  return {
    ...metric,
    bytes_per_second: null,
    value: null,
    safety_factor: null,
    status: 'missing',
    ...(metric.change_pct === undefined ? {} : { change_pct: null })
  };
}

/** Recounts a comparison's verdicts after rows were left out. */
function recounted(comparison: Comparison, changes: Comparison['changes']): Comparison {
  return {
    ...comparison,
    changes,
    regressions: changes.filter((c) => c.verdict === 'regressed').length,
    improvements: changes.filter((c) => c.verdict === 'improved').length
  };
}

/**
 * Leaves out what each issue points at. Returns false when an issue points somewhere that cannot
 * be left out (a text, the floor), so that the caller falls back to the bare report.
 */
function leaveOut(report: PerfReport, issues: readonly SchemaIssue[]): boolean {
  const benchmarks = new Set<number>();
  const changes = new Set<number>();
  let comparison = false;
  for (const { path } of issues) {
    const parts = path.split('/').slice(1);
    const [top, second, third] = parts;
    if (top === 'benchmarks' && second !== undefined) benchmarks.add(Number(second));
    else if (top === 'comparison' && second === 'changes' && third !== undefined) changes.add(Number(third));
    else if (top === 'comparison') comparison = true;
    else if (top === 'metrics' && (second === 'display' || second === 'comp3') && third !== 'floor') {
      report.metrics[second] = withoutValue(report.metrics[second]);
    } else if (top === 'display_gibs') {
      report.display_gibs = null;
      report.metrics.display = withoutValue(report.metrics.display);
    } else if (top === 'comp3_mibs') {
      report.comp3_mibs = null;
      report.metrics.comp3 = withoutValue(report.metrics.comp3);
    } else if (path === '/memory/peak_rss_bytes') report.memory.peak_rss_bytes = null;
    else if (path === '/_metadata/execution_context/safety_margins/display_safety_factor') {
      report._metadata.execution_context.safety_margins.display_safety_factor = null;
    } else if (path === '/_metadata/execution_context/safety_margins/comp3_safety_factor') {
      report._metadata.execution_context.safety_margins.comp3_safety_factor = null;
    } else return false;
  }
  if (benchmarks.size > 0) report.benchmarks = report.benchmarks.filter((_, i) => !benchmarks.has(i));
  if (comparison) report.comparison = null;
  else if (report.comparison && changes.size > 0) {
    report.comparison = recounted(
      report.comparison,
      report.comparison.changes.filter((_, i) => !changes.has(i))
    );
  }
  return true;
}

/** The report with no benchmarks, no comparison and no metric values: what is left when nothing else holds. */
function bare(report: PerfReport): PerfReport {
  const metrics = {
    display: withoutValue(report.metrics.display),
    comp3: withoutValue(report.metrics.comp3)
  };
  return {
    ...report,
    display_gibs: null,
    comp3_mibs: null,
    metrics,
    benchmarks: [],
    comparison: null,
    memory: { ...report.memory, peak_rss_bytes: null },
    _metadata: {
      ...report._metadata,
      execution_context: {
        ...report._metadata.execution_context,
        safety_margins: { display_safety_factor: null, comp3_safety_factor: null }
      }
    }
  };
}

export interface Repair {
  /** The report to write: the one given when it matches the schema. */
  report: PerfReport;
  /** The schema problems found (empty when there were none); each is an error of `report`. */
  problems: string[];
}

/** A reason for the headline, like the findings' (`3 regressed`). */
const REASON = 'invalid values left out';

/**
 * The report as it can be written: unchanged when it matches schema/perf-report.schema.json, else
 * repaired as described above, with status `fail`. Throws only when even the bare report does not
 * match (a bug, not bad input).
 */
export function repairReport(report: PerfReport): Repair {
  const issues = perfReportIssues(report);
  if (issues.length === 0) return { report, problems: [] };
  const problems = issues.map(describeIssue);
  // As JSON would write it: NaN and the infinities become null (and are found again below).
  let repaired = JSON.parse(JSON.stringify(report)) as PerfReport;
  // Leaving a row out can reveal nothing new, but a metric reset can: a few rounds, then the bare report.
  for (let round = 0; round < 3; round++) {
    const left = perfReportIssues(repaired);
    if (left.length === 0 || !leaveOut(repaired, left)) break;
  }
  if (perfReportIssues(repaired).length > 0) repaired = bare(repaired);
  const errors = problems.map(
    (p) => `perf.json: ${p}: a value the schema does not accept; it was left out of the report`
  );
  const reasons = [...(repaired.status_reasons ?? []), REASON];
  repaired = {
    ...repaired,
    status: 'fail',
    status_reasons: repaired.status === 'fail' ? reasons : [REASON],
    compliance_level: 'NonCompliant',
    errors: [...repaired.errors, ...errors]
  };
  repaired.summary = headline(repaired, repaired._metadata.source);
  const still = perfReportIssues(repaired);
  if (still.length > 0) {
    throw new Error(
      `perf.json does not match schema/perf-report.schema.json: ${still.map(describeIssue).join('; ')}`
    );
  }
  return { report: repaired, problems };
}
