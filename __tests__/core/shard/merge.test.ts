import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../../src/core/analyze.js';
import { buildConfig } from '../../../src/core/config/config.js';
import type { Measurement } from '../../../src/core/criterion/measurement.js';
import type { PerfReport } from '../../../src/core/model.js';
import { measurementOf, mergeShards, type ShardInput } from '../../../src/core/shard/merge.js';
import { GIB, MIB } from '../../../src/core/units.js';
import { atRate, measurement } from '../../helpers/measurements.js';
import { RUN_FACTS } from '../../helpers/run-facts.js';

const ALL: Measurement[] = [
  atRate('decode_display_heavy/single_threaded/100', 3.9 * GIB),
  atRate('decode_display_heavy/single_threaded/1000', 4.22 * GIB),
  atRate('decode_comp3_heavy/single_threaded/100', 560 * MIB),
  atRate('decode_comp3_heavy/single_threaded/1000', 571 * MIB),
  measurement('parse_copybook/simple_copybook', { bytes: null })
];

interface ShardOptions {
  commit?: string;
  testbed?: string;
  os?: string;
  plan?: string;
  inputs?: Record<string, string>;
  peakRssBytes?: number | null;
  seconds?: number;
}

/** A shard's report as a shard job writes it: analyze over its part, with the shard section. */
function shardReport(
  index: number,
  count: number,
  part: readonly Measurement[],
  o: ShardOptions = {}
): PerfReport {
  const shard = {
    index,
    count,
    plan: o.plan ?? '0123456789abcdef',
    method: 'hash' as const,
    listed: ALL.length,
    ids: part.map((m) => m.id),
    testbed: o.testbed ?? 'default',
    os: o.os ?? 'Linux'
  };
  const facts = {
    ...RUN_FACTS,
    gitCommit: o.commit ?? RUN_FACTS.gitCommit,
    peakRssBytes: o.peakRssBytes === undefined ? RUN_FACTS.peakRssBytes : o.peakRssBytes,
    executionTimeSeconds: o.seconds ?? 10
  };
  const config = buildConfig({ inputs: { ...(o.inputs ?? {}), shard: `${index}/${count}` } });
  return analyze({
    config,
    results: { measurements: [...part], problems: [] },
    facts,
    findings: [],
    baseline: null,
    paired: null,
    shard
  }).report;
}

const input = (report: PerfReport, source = `shard-${report.shard?.index}`): ShardInput => ({
  source,
  report
});

/** ALL split over three shards: 0–1, 2–3, 4. */
const THREE = [ALL.slice(0, 2), ALL.slice(2, 4), ALL.slice(4)];

describe('mergeShards', () => {
  it("joins every shard's benchmarks into one run's, with the times added and the largest memory", () => {
    const reports = THREE.map((part, i) =>
      shardReport(i + 1, 3, part, { peakRssBytes: (i + 1) * 1000, seconds: 10 + i })
    );
    // In any order: the merge puts them 1..n.
    const merged = mergeShards([
      input(reports[2] as PerfReport),
      input(reports[0] as PerfReport),
      input(reports[1] as PerfReport)
    ]);
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    expect(merged.groups).toHaveLength(1);
    const [group] = merged.groups;
    expect(group?.shards.map((s) => s.report.shard?.index)).toEqual([1, 2, 3]);
    // In id order, as a single job reads them from criterion's folder.
    const sorted = [...ALL].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(group?.measurements.map((m) => m.id)).toEqual(sorted.map((m) => m.id));
    expect(group?.executionTimeSeconds).toBe(33);
    expect(group?.peakRssBytes).toBe(3000);
    expect(group?.commit).toBe(RUN_FACTS.gitCommit);
    expect(group?.findings).toEqual([]);

    // The merged analysis is the single job's: same metrics, same benchmarks.
    const config = buildConfig({ inputs: {} });
    const single = analyze({
      config,
      results: { measurements: sorted, problems: [] },
      facts: RUN_FACTS
    }).report;
    const joined = analyze({
      config,
      results: { measurements: group?.measurements ?? [], problems: [] },
      facts: RUN_FACTS
    }).report;
    expect(joined.display_gibs).toBe(single.display_gibs);
    expect(joined.comp3_mibs).toBe(single.comp3_mibs);
    expect(joined.benchmarks).toEqual(single.benchmarks);
    expect(joined.status).toBe('pass');
  });

  it('names a missing shard, and a shard that came twice', () => {
    const [one, two, three] = THREE.map((part, i) => shardReport(i + 1, 3, part));
    const missing = mergeShards([input(one as PerfReport), input(three as PerfReport)]);
    expect(missing).toEqual({
      ok: false,
      problems: ['testbed default on Linux: shard 2 of 3 is missing (did that job fail, or upload nothing?)']
    });
    const twice = mergeShards([
      input(one as PerfReport),
      input(two as PerfReport, 'a/perf.json'),
      input(two as PerfReport, 'b/perf.json'),
      input(three as PerfReport)
    ]);
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(twice.problems).toEqual([
        'testbed default on Linux: shard 2 of 3 came 2 times: a/perf.json, b/perf.json',
        'testbed default on Linux: 2 benchmarks were measured by two shards: decode_comp3_heavy/single_threaded/100, decode_comp3_heavy/single_threaded/1000'
      ]);
  });

  it('names shards of two commits, two plans, two shard counts or other settings', () => {
    const commits = mergeShards(
      THREE.map((part, i) =>
        input(shardReport(i + 1, 3, part, { commit: i === 2 ? 'b'.repeat(40) : 'a'.repeat(40) }))
      )
    );
    expect(commits).toEqual({
      ok: false,
      problems: [
        `testbed default on Linux: the shards measured different commits: ${'a'.repeat(40)} (shards 1, 2) and ${'b'.repeat(40)} (shard 3)`
      ]
    });
    const plans = mergeShards(
      THREE.map((part, i) =>
        input(shardReport(i + 1, 3, part, { plan: i === 0 ? 'ffffffffffffffff' : '0123456789abcdef' }))
      )
    );
    expect(plans.ok).toBe(false);
    if (!plans.ok)
      expect(plans.problems[0]).toBe(
        'testbed default on Linux: the shards planned differently, plan ffffffffffffffff (shard 1) and plan 0123456789abcdef (shards 2, 3): they listed other benchmarks or read another baseline'
      );
    const counts = mergeShards([
      input(shardReport(1, 2, ALL.slice(0, 2))),
      input(shardReport(2, 3, ALL.slice(2)))
    ]);
    expect(counts).toEqual({
      ok: false,
      problems: [
        'testbed default on Linux: the shards were planned for different numbers of jobs: of 2 (shard 1) and of 3 (shard 2)'
      ]
    });
    const settings = mergeShards(
      THREE.map((part, i) =>
        input(
          shardReport(
            i + 1,
            3,
            part,
            i === 1 ? { inputs: { 'bench-args': '--noplot --sample-size 10' } } : {}
          )
        )
      )
    );
    // Places and what only the merge judges with may differ from job to job.
    const places = mergeShards(
      THREE.map((part, i) =>
        input(
          shardReport(i + 1, 3, part, {
            inputs: { 'report-dir': `out-${i}`, 'regression-threshold': `${i + 3}%` }
          })
        )
      )
    );
    expect(places.ok).toBe(true);
    expect(settings.ok).toBe(false);
    if (!settings.ok)
      expect(settings.problems).toEqual([
        'testbed default on Linux: the shards ran with different settings: bench-args "--noplot" (shards 1, 3) and "--noplot --sample-size 10" (shard 2)'
      ]);
  });

  it("merges each testbed's shards on their own, and keeps the shards' findings, saying which", () => {
    const linux = [shardReport(1, 1, ALL, { testbed: 'ubuntu-latest', os: 'Linux' })];
    const mac = [
      shardReport(1, 2, ALL.slice(0, 3), { testbed: 'macos-latest', os: 'macOS' }),
      shardReport(2, 2, ALL.slice(3, 4), { testbed: 'macos-latest', os: 'macOS' })
    ];
    const merged = mergeShards(
      [...linux, ...mac].map((r) => input(r, `${r.shard?.testbed}-${r.shard?.index}`))
    );
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    expect(merged.groups.map((g) => [g.testbed, g.os, g.count, g.measurements.length])).toEqual([
      ['macos-latest', 'macOS', 2, 4],
      ['ubuntu-latest', 'Linux', 1, 5]
    ]);
    // Shard 2 of macOS was to run two benchmarks and measured one: its error comes along, named.
    const short = shardReport(2, 2, ALL.slice(3, 4), { testbed: 'macos-latest', os: 'macOS' });
    const withError = {
      ...short,
      errors: ['shard 2 of 2 did not measure 1 of its 2 benchmarks: parse_copybook/simple_copybook'],
      warnings: ['odd']
    };
    const again = mergeShards([input(mac[0] as PerfReport), input(withError)]);
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.groups[0]?.findings.map((f) => [f.level, f.message])).toEqual([
      [
        'error',
        'shard 2 of 2: shard 2 of 2 did not measure 1 of its 2 benchmarks: parse_copybook/simple_copybook'
      ],
      ['warning', 'shard 2 of 2: odd']
    ]);
  });

  it('refuses a report that is no shard, and having none at all', () => {
    const plain = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: ALL, problems: [] },
      facts: RUN_FACTS
    }).report;
    expect(mergeShards([input(plain, 'x/perf.json')])).toEqual({
      ok: false,
      problems: ["x/perf.json is not a shard's report (it has no shard section)"]
    });
    expect(mergeShards([])).toEqual({ ok: false, problems: ['no shard reports were found'] });
  });
});

describe('measurementOf', () => {
  it('gives back the measurement a benchmark of perf.json was made from', () => {
    const timed = { ...(ALL[0] as Measurement), sampled_ns: 2.5e9 };
    const report = shardReport(1, 1, [timed, ...ALL.slice(1)]);
    expect(report.benchmarks.map(measurementOf)).toEqual([timed, ...ALL.slice(1)]);
  });
});
