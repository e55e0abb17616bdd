import { describe, expect, it } from '@jest/globals';
import { compareToBaseline } from '../../../src/core/baseline/compare.js';
import {
  baselineFromHistoryEntry,
  baselineFromRecord,
  comparedBaseline,
  isBase,
  isCommitSha,
  pullRequestBases,
  sameCommit
} from '../../../src/core/baseline/compared.js';
import { validateBaselineFile } from '../../../src/core/baseline/file.js';
import type { HistoryRecord } from '../../../src/core/history/record.js';
import type { BaselineFile, BaselineHistoryEntry } from '../../../src/core/model.js';
import { perfReportProblems } from '../../../src/core/report/schema.js';
import { GIB, MIB } from '../../../src/core/units.js';
import { baselineFile, bench, report } from '../../helpers/baseline-reports.js';

const BASE = 'b'.repeat(40);
const MERGE_BASE = 'd'.repeat(40);
const LATEST = 'a'.repeat(40);
const THROUGHPUT_ID = 'decode_display_heavy/a';
const TIME_ID = 'parse_copybook/a';

const MACHINE = {
  cpu_model: 'AMD EPYC 7763 64-Core Processor',
  cpu_cores: 4,
  rustc: '1.84.0',
  target: 'x86_64-unknown-linux-gnu',
  rustflags: ''
};

/** The latest baseline (commit aaaa…, slot copybook-bench/ubuntu-latest/Linux) with two benchmarks. */
function latest(history: BaselineHistoryEntry[] = []): BaselineFile {
  return baselineFile(
    [bench(THROUGHPUT_ID, { bps: [3.9e9, 4e9, 4.1e9] }), bench(TIME_ID, { ns: [990, 1000, 1010] })],
    history
  );
}

function record(commit: string, extra: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    schema_version: '1.0',
    name: 'copybook-bench',
    testbed: 'ubuntu-latest',
    os: 'Linux',
    arch: 'X64',
    commit,
    ref: 'refs/heads/main',
    run_id: '777',
    timestamp: '2026-11-18T08:00:00.000Z',
    release: null,
    machine: MACHINE,
    metrics: { display_gibs: 3.5, comp3_mibs: 600, display_floor_gibs: 0.0745, comp3_floor_mibs: 38.1 },
    benchmarks: [
      {
        id: THROUGHPUT_ID,
        group: 'decode_display_heavy',
        time_ns: [240, 250, 260],
        throughput: [3.8e9, 4e9, 4.2e9]
      },
      { id: TIME_ID, group: 'parse_copybook', time_ns: [1900, 2000, 2100], throughput: null }
    ],
    ...extra
  };
}

function entry(commit: string, benchmarks: Record<string, number>): BaselineHistoryEntry {
  return { commit, timestamp: '2026-11-17T08:00:00.000Z', display_gibs: 3.6, comp3_mibs: 580, benchmarks };
}

describe('commits', () => {
  it('takes only full hex shas as revisions', () => {
    expect(isCommitSha(BASE)).toBe(true);
    expect(isCommitSha('f'.repeat(64))).toBe(true);
    expect(isCommitSha('B'.repeat(40))).toBe(false);
    expect(isCommitSha('--output=x')).toBe(false);
    expect(isCommitSha('abc1234')).toBe(false);
    expect(isCommitSha(null)).toBe(false);
  });

  it('matches a commit also by its abbreviation of 7 or more digits', () => {
    expect(sameCommit(BASE, BASE.toUpperCase())).toBe(true);
    expect(sameCommit(BASE.slice(0, 7), BASE)).toBe(true);
    expect(sameCommit(BASE, BASE.slice(0, 12))).toBe(true);
    expect(sameCommit(BASE.slice(0, 6), BASE)).toBe(false);
    expect(sameCommit(LATEST, BASE)).toBe(false);
    expect(sameCommit(null, BASE)).toBe(false);
  });

  it('looks for the base, then the merge base when it is another commit', () => {
    expect(pullRequestBases(BASE, MERGE_BASE)).toEqual([BASE, MERGE_BASE]);
    expect(pullRequestBases(BASE, BASE)).toEqual([BASE]);
    expect(pullRequestBases(BASE, null)).toEqual([BASE]);
    expect(isBase(MERGE_BASE, [BASE, MERGE_BASE])).toBe(true);
    expect(isBase(null, [BASE])).toBe(false);
  });
});

describe('comparedBaseline', () => {
  it('takes the latest baseline itself when it is the base or the merge base', () => {
    const file = { ...latest(), commit: MERGE_BASE };
    expect(comparedBaseline(file, [BASE, MERGE_BASE], [record(BASE)])).toEqual({ source: 'baseline', file });
  });

  it('takes the data branch’s record of the base next, before the merge base’s and the history’s', () => {
    const file = latest([entry(BASE, { [THROUGHPUT_ID]: 3e9 })]);
    const chosen = comparedBaseline(file, [BASE, MERGE_BASE], [record(MERGE_BASE), record(BASE)]);
    expect(chosen.source).toBe('history-branch');
    expect(chosen.file.commit).toBe(BASE);
    const merge = comparedBaseline(file, [MERGE_BASE, BASE], [record(MERGE_BASE), record(BASE)]);
    expect(merge.file.commit).toBe(MERGE_BASE);
  });

  it('ignores records of another slot, whatever the data branch holds', () => {
    const others = [
      record(BASE, { testbed: 'macos-14' }),
      record(BASE, { os: 'Windows' }),
      record(BASE, { name: 'x' })
    ];
    expect(comparedBaseline(latest(), [BASE], others)).toEqual({ source: 'baseline', file: latest() });
  });

  it('takes the baseline history’s entry of the base when no record has it, the newest of several', () => {
    const file = latest([entry(BASE, { [THROUGHPUT_ID]: 3e9 }), entry(BASE, { [THROUGHPUT_ID]: 3.2e9 })]);
    const chosen = comparedBaseline(file, [BASE], []);
    expect(chosen.source).toBe('baseline-history');
    expect(chosen.file.report.benchmarks[0]?.bytes_per_second?.point).toBe(3.2e9);
  });

  it('falls back to the latest baseline when nothing of the base is stored', () => {
    const file = latest([entry(LATEST, { [THROUGHPUT_ID]: 3e9 })]);
    expect(comparedBaseline(file, [BASE, MERGE_BASE], [record(LATEST)])).toEqual({
      source: 'baseline',
      file
    });
    expect(comparedBaseline(file, [], [])).toEqual({ source: 'baseline', file });
  });
});

describe('baselineFromRecord', () => {
  const history = [entry(LATEST, { [THROUGHPUT_ID]: 4e9 })];
  const file = baselineFromRecord(record(BASE), latest(history));

  it('is a valid baseline file of the record’s commit, run and machine, with the latest history', () => {
    expect(validateBaselineFile(file)).toEqual([]);
    expect(perfReportProblems(file.report)).toEqual([]);
    expect(file).toMatchObject({
      commit: BASE,
      ref: 'refs/heads/main',
      run_id: '777',
      promoted_at: '2026-11-18T08:00:00.000Z',
      runner: { os: 'Linux', arch: 'X64', testbed: 'ubuntu-latest' },
      history
    });
    expect(file.report._metadata.git_commit).toBe(BASE);
    expect(file.report._metadata.machine).toEqual(MACHINE);
    expect(file.report.comparison).toBeNull();
  });

  it('keeps each benchmark’s time and throughput intervals, and the metrics as points', () => {
    expect(file.report.benchmarks.map((b) => [b.id, b.time_ns, b.bytes_per_second])).toEqual([
      [THROUGHPUT_ID, { lower: 240, point: 250, upper: 260 }, { lower: 3.8e9, point: 4e9, upper: 4.2e9 }],
      [TIME_ID, { lower: 1900, point: 2000, upper: 2100 }, null]
    ]);
    expect(file.report.display_gibs).toBe(3.5);
    expect(file.report.metrics.display.bytes_per_second).toEqual({
      lower: 3.5 * GIB,
      point: 3.5 * GIB,
      upper: 3.5 * GIB
    });
    expect(file.report.metrics.comp3.bytes_per_second?.point).toBe(600 * MIB);
  });

  it('is compared as any baseline: the record’s intervals decide', () => {
    const current = report([
      bench(THROUGHPUT_ID, { bps: [1.9e9, 2e9, 2.1e9] }),
      bench(TIME_ID, { ns: [1990, 2000, 2010] })
    ]);
    const comparison = compareToBaseline(current, file, { regressionThreshold: 0.05, noiseThreshold: 0.02 });
    expect(comparison.baseline).toEqual({
      commit: BASE,
      promoted_at: '2026-11-18T08:00:00.000Z',
      ref: 'refs/heads/main'
    });
    expect(comparison.changes.map((c) => [c.id, c.quantity, c.verdict])).toEqual([
      [THROUGHPUT_ID, 'throughput', 'regressed'],
      [TIME_ID, 'time', 'unchanged']
    ]);
  });

  it('leaves the machine out when the record has none', () => {
    const without = baselineFromRecord(record(BASE, { machine: null }), latest());
    expect(without.report._metadata.machine).toBeUndefined();
    expect(perfReportProblems(without.report)).toEqual([]);
  });
});

describe('baselineFromHistoryEntry', () => {
  const history = [entry(BASE, { [THROUGHPUT_ID]: 3e9, [TIME_ID]: 1500, 'gone/a': 7 })];
  const file = baselineFromHistoryEntry(history[0] as BaselineHistoryEntry, latest(history));

  it('is a valid baseline file of the entry’s commit, with zero-width intervals at its points', () => {
    expect(validateBaselineFile(file)).toEqual([]);
    expect(file.commit).toBe(BASE);
    expect(file.run_id).toBeNull();
    expect(file.history).toEqual(history);
    expect(file.report._metadata.machine).toBeUndefined();
    expect(file.report.display_gibs).toBe(3.6);
    // Bytes/s where the latest baseline’s benchmark has a throughput, ns where it has none; an id
    // the latest baseline lacks cannot be read and is left out.
    expect(file.report.benchmarks.map((b) => [b.id, b.time_ns, b.bytes_per_second])).toEqual([
      [
        THROUGHPUT_ID,
        { lower: 1e12 / 3e9, point: 1e12 / 3e9, upper: 1e12 / 3e9 },
        { lower: 3e9, point: 3e9, upper: 3e9 }
      ],
      [TIME_ID, { lower: 1500, point: 1500, upper: 1500 }, null]
    ]);
  });

  it('is compared with this run’s interval against the noise threshold', () => {
    const current = report([
      bench(THROUGHPUT_ID, { bps: [2.95e9, 3e9, 3.05e9] }),
      bench(TIME_ID, { ns: [1990, 2000, 2010] })
    ]);
    const comparison = compareToBaseline(current, file, { regressionThreshold: 0.05, noiseThreshold: 0.02 });
    expect(comparison.changes.map((c) => [c.id, c.verdict, c.change_pct])).toEqual([
      [TIME_ID, 'regressed', expect.closeTo(33.33, 1)],
      [THROUGHPUT_ID, 'unchanged', 0]
    ]);
  });
});
