// A workspace shaped like copybook-rs (examples/copybook-workspace), run with default settings by
// the bundled CLI and the bundled action: only its two criterion targets may run, and both must be
// read. Its library, binary, libtest bench and feature-gated bench would each break or change the
// run if cargo were left to pick targets.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { runAction } from '../helpers/action-process.js';
import { itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';

const WORKSPACE = path.join(REPO_ROOT, 'examples', 'copybook-workspace');
const scratch = mkdtempSync(path.join(tmpdir(), 'copybook-workspace-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EXPECTED_IDS = [
  'decode_comp3_heavy/single_threaded/100',
  'decode_comp3_heavy/single_threaded/1000',
  'decode_display_heavy/single_threaded/100',
  'decode_display_heavy/single_threaded/1000',
  'parse_copybook/comp3_heavy',
  'parse_copybook/display_heavy'
];

const TARGET_LOG = [
  'Bench targets of copybook-bench with harness = false: copybook_parse, decode_performance',
  "  left out copybook_bench (lib): libtest's harness, which refuses criterion's arguments",
  "  left out bench-report (bin): libtest's harness, which refuses criterion's arguments",
  '  left out diagnostics_benches (bench): needs feature `diagnostics`, not enabled (add `--features diagnostics` to cargo-args)',
  "  left out encode_roundtrip (bench): libtest's harness, which refuses criterion's arguments (no [[bench]] entry sets `harness = false`)"
];

/** The ids criterion wrote under `dir`, read directly from its files. */
function idsOnDisk(dir: string): string[] {
  const found = spawnSync('find', [dir, '-path', '*/new/benchmark.json'], { encoding: 'utf8' });
  return found.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((file) => JSON.parse(readFileSync(file, 'utf8')).full_id as string)
    .sort();
}

/** The binaries cargo started, from its `Running …` lines. */
const ranTargets = (log: string): string[] =>
  [...log.matchAll(/^\s+Running (.+?) \(/gm)].map((m) => m[1] as string).sort();

function expectOnlyCriterionTargets(report: PerfReport, criterionHome: string, log: string): void {
  expect(report.errors).toEqual([]);
  expect(report.benchmarks.map((b) => b.id).sort()).toEqual(EXPECTED_IDS);
  expect(idsOnDisk(criterionHome)).toEqual(EXPECTED_IDS);
  expect(report.display_gibs).toBeGreaterThan(0);
  expect(report.comp3_mibs).toBeGreaterThan(0);
  expect(report.metrics.display.ids.sort()).toEqual(
    EXPECTED_IDS.filter((id) => id.startsWith('decode_display'))
  );
  for (const line of TARGET_LOG) expect(log).toContain(line);
  expect(ranTargets(log)).toEqual(['benches/copybook_parse.rs', 'benches/decode_performance.rs']);
}

describe('a copybook-rs-shaped workspace with default settings', () => {
  itWithCriterion(
    'the CLI and the action run only the two criterion targets and read both',
    async () => {
      const cliHome = path.join(scratch, 'cli-criterion');
      const cliReport = path.join(scratch, 'cli-report');
      const cli = spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist/cli/index.js'),
          'run',
          '--working-directory',
          WORKSPACE,
          '--report-dir',
          cliReport,
          '--bench-env',
          `CRITERION_HOME=${cliHome}`
        ],
        { cwd: scratch, env: process.env, encoding: 'utf8', timeout: 900_000 }
      );
      if (cli.status === 2 || /could not compile|failed to select a version/.test(cli.stderr)) {
        throw new Error(`the CLI run failed ${offlineHint()}:\n${cli.stderr.slice(-3000)}`);
      }
      const cliPerf = JSON.parse(readFileSync(path.join(cliReport, 'perf.json'), 'utf8')) as PerfReport;
      expectOnlyCriterionTargets(cliPerf, cliHome, cli.stderr);
      expect(cli.stderr).toContain(
        '── cargo bench -p copybook-bench --bench copybook_parse --bench decode_performance -- --noplot\n'
      );
      expect(cli.status).toBe(0);

      // The action, as the runner starts it (bench-args as action.yml's default), on the same build.
      const actionHome = path.join(scratch, 'action-criterion');
      const run = await runAction(
        {
          'working-directory': WORKSPACE,
          'report-dir': path.join(scratch, 'action-report'),
          'bench-args': '--noplot',
          'bench-env': `CRITERION_HOME=${actionHome}`
        },
        {
          cwd: scratch,
          timeoutMs: 600_000
        }
      );
      const actionPerf = JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;
      // cargo's own output (its Running lines) reaches the log through the action's stderr.
      expectOnlyCriterionTargets(actionPerf, actionHome, `${run.stdout}\n${run.stderr}`);
      expect(run.stdout).toContain(
        '::group::cargo bench -p copybook-bench --bench copybook_parse --bench decode_performance -- --noplot\n'
      );
      expect(run.outputs.status).toMatch(/^(pass|warn)$/);
      expect(run.exitCode).toBe(0);
    },
    1_200_000
  );
});
