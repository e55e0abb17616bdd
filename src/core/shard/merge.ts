// The merge job's check and join of the shards' partial reports. Every shard 1..n of a plan must
// be there once, all of one commit, one plan and one configuration; then their benchmarks join
// into the measurements of one run, whose analysis (core/analyze.ts) judges the floors over the
// union and compares every benchmark, exactly as a single job would. Pure.

import { byCodeUnits } from '../arrays.js';
import type { Measurement } from '../criterion/measurement.js';
import { error, type Finding, warning } from '../findings.js';
import { listIds } from '../metrics.js';
import type { BenchmarkReport, PerfReport, ShardReport } from '../model.js';

/** One shard's report, and where it came from (an artifact's name, a file). */
export interface ShardInput {
  source: string;
  report: PerfReport;
}

/** The shards of one testbed and OS, checked, joined. */
export interface MergedShards {
  testbed: string;
  os: string;
  count: number;
  plan: string;
  commit: string | null;
  measurements: Measurement[];
  /** What the shards themselves reported (each message prefixed with its shard). */
  findings: Finding[];
  /** The shards' bench time added up, and the largest peak memory of any shard. */
  executionTimeSeconds: number;
  peakRssBytes: number | null;
  /** The shards in order: 1..n. */
  shards: ShardInput[];
}

export type MergeResult = { ok: true; groups: MergedShards[] } | { ok: false; problems: string[] };

/**
 * The settings that decide what a shard measured and how it read it: shards that differ in one of
 * them measured different things. Places (report-dir, criterion's folder) and what only the merge
 * job judges with (floors, thresholds) may differ.
 */
const MEASURED_ALIKE = [
  'name',
  'package',
  'benches',
  'cargo-args',
  'bench-args',
  'bench-env',
  'run',
  'source',
  'display-benchmarks',
  'comp3-benchmarks'
] as const;

const describe = (input: ShardInput): string => {
  const s = input.report.shard;
  return s ? `shard ${s.index} of ${s.count} (${input.source})` : input.source;
};

/** A benchmark of perf.json as the measurement it was made from. */
export function measurementOf(b: BenchmarkReport): Measurement {
  return {
    id: b.id,
    group: b.group,
    function: b.function,
    value: b.value,
    throughput: b.throughput,
    time_ns: b.time_ns,
    std_dev_ns: b.std_dev_ns,
    rate: b.rate,
    source: b.source,
    ...(typeof b.measured_seconds === 'number' ? { sampled_ns: b.measured_seconds * 1e9 } : {})
  };
}

/** Groups the shards by testbed and OS: each group merges into one report. */
function groupsOf(inputs: readonly ShardInput[]): Map<string, ShardInput[]> {
  const groups = new Map<string, ShardInput[]>();
  for (const input of inputs) {
    const shard = input.report.shard as ShardReport;
    const key = JSON.stringify([shard.testbed, shard.os]);
    const group = groups.get(key) ?? [];
    group.push(input);
    groups.set(key, group);
  }
  return groups;
}

/** `a (shards 1, 2) and b (shard 3)`: which shards said which. */
function whoSaid(group: readonly ShardInput[], said: (input: ShardInput) => string): string {
  const by = new Map<string, number[]>();
  for (const input of group) {
    const value = said(input);
    by.set(value, [...(by.get(value) ?? []), (input.report.shard as ShardReport).index]);
  }
  return [...by.entries()]
    .map(([value, shards]) => `${value} (shard${shards.length === 1 ? '' : 's'} ${shards.join(', ')})`)
    .join(' and ');
}

/** What is wrong with one testbed's shards: missing, twice, mixed counts, plans, commits or settings. */
function groupProblems(unordered: readonly ShardInput[], where: string): string[] {
  const problems: string[] = [];
  // In shard order, whatever order they were found in, so that a message reads the same every time.
  const group = [...unordered].sort(
    (a, b) =>
      (a.report.shard as ShardReport).index - (b.report.shard as ShardReport).index ||
      byCodeUnits(a.source, b.source)
  );
  const shards = group.map((g) => g.report.shard as ShardReport);
  const counts = new Set(shards.map((s) => s.count));
  if (counts.size > 1) {
    problems.push(
      `${where}: the shards were planned for different numbers of jobs: ${whoSaid(group, (g) => `of ${(g.report.shard as ShardReport).count}`)}`
    );
    return problems;
  }
  const count = shards[0]?.count ?? 0;
  const byIndex = new Map<number, ShardInput[]>();
  for (const input of group) {
    const index = (input.report.shard as ShardReport).index;
    byIndex.set(index, [...(byIndex.get(index) ?? []), input]);
  }
  const missing: number[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0)
    problems.push(
      `${where}: ${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing (did ${missing.length === 1 ? 'that job' : 'those jobs'} fail, or upload nothing?)`
    );
  for (const [index, twice] of byIndex)
    if (twice.length > 1)
      problems.push(
        `${where}: shard ${index} of ${count} came ${twice.length} times: ${twice.map((t) => t.source).join(', ')}`
      );
  const plans = new Set(shards.map((s) => s.plan));
  if (plans.size > 1)
    problems.push(
      `${where}: the shards planned differently, ${whoSaid(group, (g) => `plan ${(g.report.shard as ShardReport).plan}`)}: they listed other benchmarks or read another baseline`
    );
  const commits = new Set(group.map((g) => g.report._metadata.git_commit ?? '(no commit)'));
  if (commits.size > 1)
    problems.push(
      `${where}: the shards measured different commits: ${whoSaid(group, (g) => g.report._metadata.git_commit ?? '(no commit)')}`
    );
  const settingsOf = (input: ShardInput): Record<string, string> =>
    input.report._metadata.execution_context.config;
  const first = group[0];
  if (first) {
    const differing = new Set<string>();
    for (const other of group.slice(1)) {
      const a = settingsOf(first);
      const b = settingsOf(other);
      for (const key of MEASURED_ALIKE) if (a[key] !== b[key]) differing.add(key);
    }
    if (differing.size > 0)
      problems.push(
        `${where}: the shards ran with different settings: ${[...differing]
          .sort()
          .map((key) => `${key} ${whoSaid(group, (g) => JSON.stringify(settingsOf(g)[key] ?? null))}`)
          .join('; ')}`
      );
  }
  return problems;
}

/** The shards' own messages, each saying which shard it came from. */
function shardFindings(group: readonly ShardInput[]): Finding[] {
  const findings: Finding[] = [];
  for (const input of group) {
    const s = input.report.shard as ShardReport;
    const from = `shard ${s.index} of ${s.count}`;
    for (const message of input.report.errors) findings.push(error('input', `${from}: ${message}`));
    for (const message of input.report.warnings) findings.push(warning('input', `${from}: ${message}`));
  }
  return findings;
}

/**
 * Checks the shards and joins each testbed's into one run's measurements; every problem found,
 * naming the shards, when they cannot be merged.
 */
export function mergeShards(inputs: readonly ShardInput[]): MergeResult {
  const problems: string[] = [];
  if (inputs.length === 0) return { ok: false, problems: ['no shard reports were found'] };
  for (const input of inputs)
    if (!input.report.shard)
      problems.push(`${input.source} is not a shard's report (it has no shard section)`);
  if (problems.length > 0) return { ok: false, problems };

  const groups: MergedShards[] = [];
  for (const group of groupsOf(inputs).values()) {
    const first = group[0]?.report.shard as ShardReport;
    const where = `testbed ${first.testbed} on ${first.os}`;
    const found = groupProblems(group, where);
    // Shards of one plan share no id; one in two shards means they did not plan alike.
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const input of group)
      for (const b of input.report.benchmarks) {
        if (seen.has(b.id)) twice.push(b.id);
        else seen.set(b.id, describe(input));
      }
    if (twice.length > 0)
      found.push(`${where}: ${twice.length} benchmarks were measured by two shards: ${listIds(twice)}`);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const ordered = [...group].sort(
      (a, b) => (a.report.shard as ShardReport).index - (b.report.shard as ShardReport).index
    );
    const peaks = ordered.map((g) => g.report.memory.peak_rss_bytes).filter((p): p is number => p !== null);
    groups.push({
      testbed: first.testbed,
      os: first.os,
      count: first.count,
      plan: first.plan,
      commit: ordered[0]?.report._metadata.git_commit ?? null,
      // In id order, as a single job reads them from criterion's folder.
      measurements: ordered
        .flatMap((g) => g.report.benchmarks.map(measurementOf))
        .sort((a, b) => byCodeUnits(a.id, b.id)),
      findings: shardFindings(ordered),
      executionTimeSeconds: ordered.reduce(
        (sum, g) => sum + g.report._metadata.execution_context.execution_time_seconds,
        0
      ),
      peakRssBytes: peaks.length === 0 ? null : peaks.reduce((a, b) => Math.max(a, b)),
      shards: ordered
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  groups.sort((a, b) =>
    a.testbed < b.testbed ? -1 : a.testbed > b.testbed ? 1 : a.os < b.os ? -1 : a.os > b.os ? 1 : 0
  );
  return { ok: true, groups };
}
