// The real thing: cargo bench with real criterion on the example crate, through the bundled CLI
// (`demo`) and the bundled action (`run: true`). The numbers in perf.json must be what criterion
// wrote on disk: throughput = bytes per iteration / (slope ?? mean).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { runAction } from '../helpers/action-process.js';
import { EXAMPLE_CRATE, itWithCargo, itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';
import { criterionOnDisk, expectSameNumbers, fourDigits } from '../helpers/criterion-on-disk.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'cargo-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cargo bench on the example crate', () => {
  itWithCriterion(
    'copybook-bench demo runs the real bench and reports what criterion wrote',
    async () => {
      const criterionHome = path.join(scratch, 'demo-criterion');
      const reportDir = path.join(scratch, 'demo-report');
      const run = spawnSync(
        process.execPath,
        [path.join(REPO_ROOT, 'dist/cli/index.js'), 'demo', '--report-dir', reportDir],
        {
          cwd: scratch,
          env: { ...process.env, CRITERION_HOME: criterionHome },
          encoding: 'utf8',
          timeout: 600_000
        }
      );
      if (run.status === 2) throw new Error(`demo failed ${offlineHint()}:\n${run.stderr.slice(-3000)}`);
      const report = JSON.parse(readFileSync(path.join(reportDir, 'perf.json'), 'utf8')) as PerfReport;
      expect(report.errors).toEqual([]);
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(report.summary);
      // A noisy shared machine may warn; the headline then says why.
      expect(report.summary).toMatch(
        new RegExp(
          `^DISPLAY: ${fourDigits(report.display_gibs as number).replace('.', '\\.')} GiB/s, COMP-3: ${fourDigits(report.comp3_mibs as number).replace('.', '\\.')} MiB/s (✅|⚠️ .+)$`
        )
      );
      expect(report._metadata.execution_context.results_source).toBe('disk');
      expect(report._metadata.source).toBe('cargo-bench');
      expect(report.memory.peak_rss_bytes).toBeGreaterThan(0);
      expect(report._metadata.rust_version).toMatch(/^rustc \d+\.\d+/);
      // The bench's own output went to stderr, live.
      expect(run.stderr).toContain('decode_comp3_heavy/single_threaded/1000');
      expectSameNumbers(report, criterionOnDisk(criterionHome));
      expect(report.benchmarks).toHaveLength(8);

      // The printed text of the same run gives the same typical times, to the printed digits.
      const fromText = spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'dist/cli/index.js'),
          'analyze',
          '--source',
          'stdout',
          '--bench-output',
          path.join(reportDir, 'cargo-bench.txt'),
          '--report-dir',
          path.join(scratch, 'text-report')
        ],
        { cwd: scratch, encoding: 'utf8' }
      );
      expect(fromText.stderr).toContain('(stdout)');
      const textReport = JSON.parse(
        readFileSync(path.join(scratch, 'text-report', 'perf.json'), 'utf8')
      ) as PerfReport;
      expect(textReport.benchmarks.map((b) => b.id).sort()).toEqual(
        report.benchmarks.map((b) => b.id).sort()
      );
      // Printed text has no samples: the CV column says so instead of staying blank.
      expect(readFileSync(path.join(scratch, 'text-report', 'summary.md'), 'utf8')).toContain(
        "CV n/a: criterion's printed output (source stdout or bencher) has no samples"
      );
      for (const b of textReport.benchmarks) {
        const disk = report.benchmarks.find((x) => x.id === b.id)?.time_ns.point as number;
        expect(Math.abs(b.time_ns.point / disk - 1)).toBeLessThan(5e-4);
      }
    },
    600_000,
    { acceptsDirectorySource: true }
  );

  itWithCriterion(
    'the action with run: true gives the numbers criterion wrote, and outputs them',
    async () => {
      const criterionHome = path.join(scratch, 'action-criterion');
      const run = await runAction(
        {
          'working-directory': EXAMPLE_CRATE,
          'report-dir': path.join(scratch, 'action-report'),
          benches: 'decode',
          'bench-env': `CRITERION_HOME=${criterionHome}`
        },
        { cwd: scratch, timeoutMs: 600_000 }
      );
      if (run.exitCode !== 0) throw new Error(`action failed ${offlineHint()}:\n${run.stdout.slice(-3000)}`);
      const report = JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;
      expectSameNumbers(report, criterionOnDisk(criterionHome));
      expect(run.outputs['display-gibs']).toBe(fourDigits(report.display_gibs as number));
      expect(run.outputs['comp3-mibs']).toBe(fourDigits(report.comp3_mibs as number));
      // bench-env reached the bench (criterion wrote there) and told the reader where to look.
      expect(report._metadata.execution_context.results_path).toBe(criterionHome);
      // The bench ran inside a collapsible log group.
      expect(run.stdout).toMatch(/::group::cargo bench -p copybook-bench --bench decode -- --noplot\n/);
      expect(run.stdout).toContain('::endgroup::');
    },
    600_000
  );
});

describe('cargo bench on a package that is not in the workspace', () => {
  itWithCargo(
    'names the package and the members in perf.json, and fails',
    async () => {
      const run = await runAction(
        {
          'working-directory': EXAMPLE_CRATE,
          package: 'copybook-benches',
          'report-dir': path.join(scratch, 'missing')
        },
        { cwd: scratch, timeoutMs: 120_000 }
      );
      expect(run.exitCode).toBe(1);
      const report = JSON.parse(
        readFileSync(path.join(scratch, 'missing', 'perf.json'), 'utf8')
      ) as PerfReport;
      expect(report.errors[0]).toContain('copybook-benches');
      expect(report.errors[0]).toContain('copybook-bench');
      expect(report.status).toBe('fail');
    },
    120_000
  );
});

describe('a real COMP-3 slowdown between two real runs', () => {
  itWithCriterion(
    'reports the COMP-3 benchmarks as regressed',
    () => {
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
          cwd: scratch,
          encoding: 'utf8',
          timeout: 600_000
        });
      const before = path.join(scratch, 'before');
      const after = path.join(scratch, 'after');
      const run = (reportDir: string, env: string, ...more: string[]) =>
        cli(
          'run',
          '--working-directory',
          EXAMPLE_CRATE,
          '--benches',
          'decode',
          '--report-dir',
          reportDir,
          '--bench-env',
          `CRITERION_HOME=${path.join(reportDir, 'criterion')}\n${env}`,
          ...more
        );

      const first = run(before, '', '--fail-on', 'none');
      if (first.status !== 0)
        throw new Error(`first run failed ${offlineHint()}:\n${first.stderr.slice(-3000)}`);
      const promoted = cli(
        'baseline',
        'promote',
        '--report',
        path.join(before, 'perf.json'),
        '--out',
        path.join(before, 'baseline.json')
      );
      expect(promoted.status).toBe(0);
      expect(promoted.stdout).toContain('(history 1)');

      // The shared test machine shifts by up to ~10% between identical runs even with tight
      // intervals, so these thresholds sit above that; a 4× slowdown is far beyond them.
      const second = run(
        after,
        'COPYBOOK_BENCH_COMP3_SLOWDOWN=4',
        '--baseline-file',
        path.join(before, 'baseline.json'),
        '--regression-threshold',
        '15%',
        '--noise-threshold',
        '10%'
      );
      const report = JSON.parse(readFileSync(path.join(after, 'perf.json'), 'utf8')) as PerfReport;
      const changes = new Map((report.comparison?.changes ?? []).map((c) => [c.id, c]));
      // Only the x4 effect is asserted: unchanged code may move by any noise-sized amount between two
      // runs on a busy machine, so DISPLAY's verdict is not pinned here (the unit tests pin the rules).
      for (const id of [
        'decode_comp3_heavy/single_threaded/100',
        'decode_comp3_heavy/single_threaded/1000'
      ]) {
        expect(changes.get(id)?.verdict).toBe('regressed');
      }
      for (const id of [
        'decode_display_heavy/single_threaded/100',
        'decode_display_heavy/single_threaded/1000',
        'decode_display_heavy/streaming_processor/1000'
      ]) {
        expect(changes.has(id)).toBe(true);
      }
      // Regressions fail the step by default, and say so.
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/error: decode_comp3_heavy\/single_threaded\/1000 regressed by \d+\.\d%/);
    },
    900_000
  );
});

describe('bench-args as the runner passes it', () => {
  /**
   * A crate without dependencies whose one criterion-style target (harness = false) prints the
   * arguments it got, next to a library that keeps libtest's harness.
   */
  function argsEcho(configFile: string | null): string {
    const dir = mkdtempSync(path.join(scratch, 'args-echo-'));
    mkdirSync(path.join(dir, 'src'));
    mkdirSync(path.join(dir, 'benches'));
    writeFileSync(
      path.join(dir, 'Cargo.toml'),
      '[package]\nname = "args-echo"\nversion = "0.1.0"\nedition = "2021"\n\n[[bench]]\nname = "echo"\nharness = false\n'
    );
    writeFileSync(path.join(dir, 'src', 'lib.rs'), '');
    writeFileSync(
      path.join(dir, 'benches', 'echo.rs'),
      'fn main() { println!("harness arguments: {:?}", std::env::args().skip(1).collect::<Vec<_>>()); }\n'
    );
    if (configFile !== null) {
      mkdirSync(path.join(dir, '.github'));
      writeFileSync(path.join(dir, '.github', 'copybook-bench.toml'), configFile);
    }
    return dir;
  }

  const echoed = async (dir: string, benchArgs: string) => {
    const run = await runAction(
      { package: 'args-echo', 'bench-args': benchArgs, 'fail-on': 'none' },
      { cwd: dir, timeoutMs: 120_000 }
    );
    const printed = readFileSync(path.join(dir, 'copybook-bench-report', 'cargo-bench.txt'), 'utf8');
    return { run, args: /^harness arguments: (.*)$/m.exec(printed)?.[1] };
  };

  itWithCargo(
    "passes none for '', and lets the config file decide when the input is action.yml's default",
    async () => {
      const configFile = 'bench-args = "--noplot --sample-size 10"\n';
      const empty = await echoed(argsEcho(configFile), '');
      expect(empty.run.stdout).toMatch(/^::group::cargo bench -p args-echo --bench echo\n/m);
      expect(empty.args).toBe('["--bench"]');

      // The runner passes action.yml's default when the workflow does not set the input.
      const unset = await echoed(argsEcho(configFile), '--noplot');
      expect(unset.args).toBe('["--noplot", "--sample-size", "10", "--bench"]');
      expect((await echoed(argsEcho(null), '--noplot')).args).toBe('["--noplot", "--bench"]');

      // The library was left out, and the log says so.
      expect(empty.run.stdout).toContain('Bench targets of args-echo with harness = false: echo');
      expect(empty.run.stdout).toContain(
        "left out args_echo (lib): libtest's harness, which refuses criterion's arguments"
      );
    },
    300_000
  );
});
