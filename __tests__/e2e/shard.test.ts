// Sharded runs of the example crate through the bundled CLI, with real cargo and criterion: three
// jobs of one plan each run their share, and together every benchmark criterion lists, once.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { EXAMPLE_CRATE, itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'shard-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: scratch, encoding: 'utf8', timeout: 600_000 });
}

/** One shard's `run` of the example crate's decode bench, in a report dir (and results folder) of its own. */
function shardRun(label: string, shard: string, ...more: string[]) {
  const reportDir = path.join(scratch, label);
  const run = cli(
    'run',
    '--working-directory',
    EXAMPLE_CRATE,
    '--benches',
    'decode',
    '--shard',
    shard,
    '--report-dir',
    reportDir,
    '--bench-env',
    `CRITERION_HOME=${path.join(reportDir, 'criterion')}`,
    ...more
  );
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`shard ${shard} failed ${offlineHint()}:\n${run.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'perf.json'), 'utf8')) as PerfReport;
  return { run, report };
}

/** The `plan <digest>: …` line a shard prints. */
const planLine = (stderr: string): string => stderr.split('\n').find((l) => l.startsWith('plan ')) ?? '';

describe('shard: i/n on the example crate', () => {
  itWithCriterion(
    'three shards run every listed benchmark exactly once, by one plan they all print',
    () => {
      const shards = [1, 2, 3].map((i) => shardRun(`hash-${i}`, `${i}/3`));
      const reports = shards.map((s) => s.report);

      // One plan, printed alike by every shard.
      const lines = shards.map((s) => planLine(s.run.stderr));
      expect(lines[0]).toMatch(/^plan [0-9a-f]{16}: 8 benchmarks over 3 shards, by a hash of each id/);
      expect(new Set(lines).size).toBe(1);
      expect(new Set(reports.map((r) => r.shard?.plan)).size).toBe(1);
      expect(reports.map((r) => r.shard?.index)).toEqual([1, 2, 3]);

      // Every id the decode bench lists, in exactly one shard, and each shard measured its own.
      const planned = reports.flatMap((r) => r.shard?.ids ?? []);
      expect(planned.sort()).toEqual(
        [
          'decode_comp3_heavy/single_threaded/100',
          'decode_comp3_heavy/single_threaded/1000',
          'decode_display_heavy/single_threaded/100',
          'decode_display_heavy/single_threaded/1000',
          'decode_display_heavy/streaming_processor/1000',
          'parse_copybook/simple_copybook',
          'slo_validation/comp3_heavy_slo_40mbps',
          'slo_validation/display_heavy_slo_80mbps'
        ].sort()
      );
      for (const { report, run } of shards) {
        expect(report.benchmarks.map((b) => b.id).sort()).toEqual([...(report.shard?.ids ?? [])].sort());
        // No floor is judged on a share, nothing compared, no comment: the merge does that.
        expect(report.errors).toEqual([]);
        expect(report.comparison).toBeNull();
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('leaves the comment to the merge job');
        for (const b of report.benchmarks) expect(b.measured_seconds).toBeGreaterThan(0);
      }

      // A baseline that recorded those times: both legs plan by them, alike, and balance them.
      const union = {
        ...reports[0],
        benchmarks: reports.flatMap((r) => r.benchmarks)
      } as PerfReport;
      delete union.shard;
      const unionFile = path.join(scratch, 'union.json');
      writeFileSync(unionFile, JSON.stringify(union));
      const baselineFile = path.join(scratch, 'baseline.json');
      const promoted = cli('baseline', 'promote', '--report', unionFile, '--out', baselineFile);
      expect(promoted.status).toBe(0);
      const timed = [1, 2].map((i) => shardRun(`timed-${i}`, `${i}/2`, '--baseline-file', baselineFile));
      const timedLines = timed.map((s) => planLine(s.run.stderr));
      expect(timedLines[0]).toMatch(
        /^plan [0-9a-f]{16}: 8 benchmarks over 2 shards, by the times the stored baseline recorded, longest first$/
      );
      expect(timedLines[1]).toBe(timedLines[0]);
      expect(timed.map((s) => s.report.shard?.method)).toEqual(['recorded-times', 'recorded-times']);
      expect(timed.map((s) => s.report.shard?.ids.length).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(8);
    },
    900_000
  );
});
