// The pure core of the pipeline: measurements in, report out. No I/O, no environment.

import { pushAll } from './arrays.js';
import { compareToBaseline } from './baseline/compare.js';
import { comparisonFindings } from './baseline/findings.js';
import { machineDifferences, machineFindings } from './baseline/machine.js';
import { type Config, effectiveSettings } from './config/config.js';
import { bytesPerSecond, type LeftOut, type Measurement, type ParseResult } from './criterion/measurement.js';
import { screenMeasurements } from './criterion/plausible.js';
import { error, type Finding, shouldFail, statusOf, warning } from './findings.js';
import { checkFloor, checkMemory, checkVariance, complianceLevel } from './floors.js';
import {
  computeMetric,
  listIds,
  METRIC_LABEL,
  type MetricName,
  type MetricValue,
  metricsSelecting
} from './metrics.js';
import type {
  BaselineFile,
  BenchmarkReport,
  Comparison,
  MetricReport,
  PerfReport,
  RunFacts,
  ShardReport
} from './model.js';
import { type PairedInput, withPairedChanges } from './paired/compare.js';
import { headline } from './report/headline.js';
import { statusReasons } from './status-reasons.js';
import { METRIC_DIGITS, round, roundSignificant, toGiBs, toMiBs } from './units.js';

export interface Analysis {
  report: PerfReport;
  findings: Finding[];
  /** Whether `fail-on` makes the step fail. */
  failed: boolean;
}

const UNIT: Readonly<Record<MetricName, 'GiB/s' | 'MiB/s'>> = { display: 'GiB/s', comp3: 'MiB/s' };
const IN_UNIT: Readonly<Record<MetricName, (bps: number) => number>> = { display: toGiBs, comp3: toMiBs };

/** A promoted baseline to compare with, and how. */
export interface BaselineInput {
  file: BaselineFile;
  regressionThreshold: number;
  noiseThreshold: number;
  /** Regressions are errors (they fail the step) rather than warnings. */
  failOnRegression: boolean;
  /** Which result `file` is and how it stands to the pull request's base (perf.json's `comparison.baseline`). */
  reference?: Required<Pick<Comparison['baseline'], 'source' | 'base_commit' | 'commits_behind'>>;
}

/** What an analysis takes: the results and facts of a run, and what to compare them with. */
export interface AnalysisInput {
  config: Config;
  results: ParseResult;
  facts: RunFacts;
  /** Findings made before the analysis (a failed run, an ignored baseline): the report carries them. */
  findings?: readonly Finding[];
  /** The stored baseline: every benchmark is compared with it, regressions become findings. */
  baseline?: BaselineInput | null;
  /** Benchmarks measured on this runner against a second revision: their verdicts stand. */
  paired?: PairedInput | null;
  /** A shard's share: no floors and no comparison (the merge judges the union). */
  shard?: ShardReport | null;
}

/** The results criterion's readers and this screening believe, with the findings about the rest. */
function screened(input: AnalysisInput): {
  measurements: Measurement[];
  findings: Finding[];
  implausible: number;
} {
  const { config, results, facts } = input;
  // The readers leave out what cannot be believed; results handed in from elsewhere are checked here.
  const checked = screenMeasurements(
    results.measurements,
    (m) => m,
    () => facts.resultsPath ?? 'the results'
  );
  const measurements = checked.plausible;
  const earlier = input.findings ?? [];
  // After a run that failed and left no results, the reader can only say that it found none, which
  // would read as a second cause: the run's error is the one to see.
  const runFailed = earlier.some((f) => f.kind === 'run' && f.level === 'error');
  const problems = runFailed && measurements.length === 0 ? [] : results.problems;
  const findings: Finding[] = [...earlier, ...problems.map((p) => error('input', p))];
  pushAll(
    findings,
    leftOutFindings(results.unknownUnits ?? [], config),
    leftOutFindings(results.implausible ?? [], config),
    leftOutFindings(checked.implausible, config)
  );
  const implausible = (results.implausible?.length ?? 0) + checked.implausible.length;
  return { measurements, findings, implausible };
}

/**
 * The believed benchmarks and the stored baseline's comparison of them, as the analysis makes it
 * (null without a baseline, and in a shard): the paired comparison takes its benchmarks from them.
 */
export function storedComparison(input: AnalysisInput): Pick<PerfReport, 'benchmarks' | 'comparison'> {
  const benchmarks = benchmarkReports(screened(input).measurements, null, null);
  return { benchmarks, comparison: compared(input, benchmarks) };
}

function compared(input: AnalysisInput, benchmarks: readonly BenchmarkReport[]): Comparison | null {
  const { baseline, shard } = input;
  if (!baseline || shard) return null;
  const comparison = compareToBaseline({ benchmarks: [...benchmarks] }, baseline.file, {
    regressionThreshold: baseline.regressionThreshold,
    noiseThreshold: baseline.noiseThreshold
  });
  return baseline.reference
    ? { ...comparison, baseline: { ...comparison.baseline, ...baseline.reference } }
    : comparison;
}

/**
 * Analyzes a run's results: metrics, floors, variance, memory, the comparison and the findings,
 * as the report that says all of it.
 */
export function analyze(input: AnalysisInput): Analysis {
  const { config, facts } = input;
  const shard = input.shard ?? null;
  const { measurements, findings, implausible } = screened(input);
  const display = computeMetric('display', config.displayBenchmarks, config.aggregate, measurements);
  const comp3 = computeMetric('comp3', config.comp3Benchmarks, config.aggregate, measurements);
  // A run that already failed has no results to select from; do not pile on metric errors.
  // Results that were all left out as unbelievable are not missing: the metrics say what they lack.
  const resultsMissing = measurements.length === 0 && implausible === 0;
  // A shard holds part of the benchmarks: the merge judges floors and variance over all of them.
  if (shard) pushAll(findings, shardFindings(shard, measurements));
  else if (!resultsMissing) findings.push(...display.findings, ...comp3.findings);
  else if (findings.every((f) => f.level !== 'error')) {
    findings.push(error('input', 'no benchmark results were found, so no metric could be computed'));
  }

  const displayFloor = checkFloor(display.metric, config.displayFloor, config.warningFactor);
  const comp3Floor = checkFloor(comp3.metric, config.comp3Floor, config.warningFactor);
  if (!shard) {
    findings.push(...displayFloor.findings, ...comp3Floor.findings);
    pushAll(findings, checkVariance([display.metric, comp3.metric], measurements, config.varianceTolerance));
  }
  findings.push(...checkMemory(facts.peakRssBytes, config.memoryCeiling));

  const benchmarks = benchmarkReports(measurements, display.metric, comp3.metric);
  const comparison = withMachineDifferences(input, comparisonOf(input, benchmarks));
  const failOnRegression = input.baseline?.failOnRegression ?? config.failOn.includes('regression');
  if (comparison) pushAll(findings, comparisonFindings(comparison, failOnRegression));
  pushAll(findings, machineFindings(comparison?.machine_differences ?? []));

  const safety = { display: displayFloor.safetyFactor, comp3: comp3Floor.safetyFactor };
  const metrics = {
    display: metricReport(display.metric, { input, findings, comparison, safety: safety.display }),
    comp3: metricReport(comp3.metric, { input, findings, comparison, safety: safety.comp3 })
  };
  const report = reportOf({
    input,
    findings,
    metrics,
    benchmarks,
    comparison,
    safety,
    measured: measurements.length
  });
  return { report, findings, failed: shouldFail(findings, config.failOn) };
}

/** The stored comparison, with the paired verdicts standing where there are some. */
function comparisonOf(input: AnalysisInput, benchmarks: readonly BenchmarkReport[]): Comparison | null {
  const { config, paired, shard } = input;
  const stored = compared(input, benchmarks);
  const thresholds = {
    regressionThreshold: config.regressionThreshold,
    noiseThreshold: config.noiseThreshold
  };
  return paired && !shard ? withPairedChanges(paired, stored, thresholds, input.facts.timestamp) : stored;
}

/**
 * The comparison with the fields in which the compared result's machine differs from this run's; a
 * paired comparison measured both sides here, so only a stored result's machine can differ.
 */
function withMachineDifferences(input: AnalysisInput, comparison: Comparison | null): Comparison | null {
  if (!comparison || !input.baseline || comparison.paired?.mode === 'paired') return comparison;
  const differences = machineDifferences(input.baseline.file.report._metadata.machine, input.facts.machine);
  return differences.length > 0 ? { ...comparison, machine_differences: differences } : comparison;
}

function metricReport(
  metric: MetricValue,
  context: {
    input: AnalysisInput;
    findings: readonly Finding[];
    comparison: Comparison | null;
    safety: number | null;
  }
): MetricReport {
  const { config, baseline } = context.input;
  const floor = metric.name === 'display' ? config.displayFloor : config.comp3Floor;
  const bps = metric.bytesPerSecond;
  const own = context.findings.filter((f) => f.kind === 'floor' && f.metric === metric.name);
  const before = baseline?.file.report.metrics[metric.name]?.bytes_per_second?.point;
  return {
    label: METRIC_LABEL[metric.name],
    bytes_per_second: bps,
    value: bps ? IN_UNIT[metric.name](bps.point) : null,
    unit: UNIT[metric.name],
    patterns: metric.patterns,
    ids: metric.ids,
    aggregate: config.aggregate,
    floor: { text: floor.text, bytes_per_second: floor.bytesPerSecond },
    safety_factor: context.safety,
    status: bps === null ? 'missing' : statusOf(own),
    // Against the baseline's unrounded value, rounded as compare.ts rounds benchmark changes.
    change_pct:
      context.comparison && bps && before ? finiteOrNull(round((bps.point / before - 1) * 100, 4)) : null
  };
}

/** perf.json's content. */
function reportOf(parts: {
  input: AnalysisInput;
  findings: readonly Finding[];
  metrics: PerfReport['metrics'];
  benchmarks: BenchmarkReport[];
  comparison: Comparison | null;
  safety: { display: number | null; comp3: number | null };
  measured: number;
}): PerfReport {
  const { input, findings, metrics, safety } = parts;
  const { config, facts } = input;
  const shard = input.shard ?? null;
  const status = statusOf(findings);
  const reasons = statusReasons(findings);
  const inUnit = (m: MetricReport): number | null =>
    m.value === null ? null : roundSignificant(m.value, METRIC_DIGITS);
  return {
    schema_version: '1.0',
    display_gibs: inUnit(metrics.display),
    comp3_mibs: inUnit(metrics.comp3),
    status,
    status_reasons: reasons,
    compliance_level: complianceLevel(findings, [safety.display, safety.comp3]),
    summary: shard
      ? shardHeadline(shard, parts.measured, status)
      : headline({ status, status_reasons: reasons, metrics }, facts.origin),
    ...(shard ? { shard } : {}),
    warnings: findings.filter((f) => f.level === 'warning').map((f) => f.message),
    errors: findings.filter((f) => f.level === 'error').map((f) => f.message),
    metrics,
    benchmarks: parts.benchmarks,
    comparison: parts.comparison,
    memory: { peak_rss_bytes: facts.peakRssBytes, ceiling_bytes: config.memoryCeiling.bytes },
    _metadata: {
      source: facts.origin,
      timestamp: facts.timestamp,
      ...(facts.pullRequest ? { pull_request: facts.pullRequest } : {}),
      git_commit: facts.gitCommit,
      rust_version: facts.rustVersion,
      machine: facts.machine,
      environment: {
        platform: facts.platform,
        // cargo bench builds with the `bench` profile, which inherits `release`.
        optimization_level: 'bench (release)',
        cpu_cores: facts.cpuCores,
        memory_gb: facts.memoryGb
      },
      execution_context: {
        execution_time_seconds: facts.executionTimeSeconds,
        results_source: facts.resultsSource,
        results_path: facts.resultsPath,
        config: effectiveSettings(config),
        safety_margins: { display_safety_factor: safety.display, comp3_safety_factor: safety.comp3 }
      }
    }
  };
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * A shard's own finding: the benchmarks of its share it did not measure. An empty share (more
 * shards than benchmarks) is no finding: the printed plan and the headline show it.
 */
function shardFindings(shard: ShardReport, measurements: readonly Measurement[]): Finding[] {
  const measured = new Set(measurements.map((m) => m.id));
  const missed = shard.ids.filter((id) => !measured.has(id));
  if (missed.length === 0) return [];
  return [
    error(
      'input',
      `shard ${shard.index} of ${shard.count} did not measure ${missed.length} of its ${shard.ids.length} benchmarks: ${listIds(missed)}`
    )
  ];
}

/** `Shard 2 of 4: 12 benchmarks measured (plan 0123abcd…); floors and comparison come with the merge.` */
function shardHeadline(shard: ShardReport, measured: number, status: PerfReport['status']): string {
  const what = `Shard ${shard.index} of ${shard.count}: ${measured} of ${shard.ids.length} benchmarks measured`;
  const verdict = status === 'pass' ? '' : ` (${status})`;
  return `${what}${verdict}; floors and the comparison come with the merge of all ${shard.count} shards.`;
}

/**
 * A benchmark left out (a unit nobody knows, numbers nobody measures) costs only itself when no
 * metric needs it: a warning. A DISPLAY or COMP-3 benchmark that cannot be used is an error, as any
 * bad input.
 */
function leftOutFindings(leftOut: readonly LeftOut[], config: Config): Finding[] {
  return leftOut.map((u) => {
    const metrics = metricsSelecting(u.id, {
      display: config.displayBenchmarks,
      comp3: config.comp3Benchmarks
    });
    if (metrics.length > 0) {
      return error(
        'input',
        `${u.message}; it is a ${metrics.map((m) => METRIC_LABEL[m]).join(' and ')} benchmark`
      );
    }
    return warning('input', `${u.message}; it is in neither DISPLAY nor COMP-3, so the run goes on`);
  });
}

function benchmarkReports(
  measurements: readonly Measurement[],
  display: MetricValue | null,
  comp3: MetricValue | null
): BenchmarkReport[] {
  const displayIds = new Set(display?.ids ?? []);
  const comp3Ids = new Set(comp3?.ids ?? []);
  return measurements.map((m) =>
    benchmarkReport(m, displayIds.has(m.id) ? 'display' : comp3Ids.has(m.id) ? 'comp3' : null)
  );
}

function benchmarkReport(m: Measurement, metric: MetricName | null): BenchmarkReport {
  return {
    id: m.id,
    group: m.group,
    function: m.function,
    value: m.value,
    metric,
    throughput: m.throughput,
    time_ns: m.time_ns,
    std_dev_ns: m.std_dev_ns,
    rate: m.rate,
    bytes_per_second: bytesPerSecond(m),
    source: m.source,
    ...(m.sampled_ns === undefined ? {} : { measured_seconds: round(m.sampled_ns / 1e9, 6) })
  };
}
