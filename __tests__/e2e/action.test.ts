// The bundled action as a process, analyzing criterion trees written with known numbers.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { perfReportProblems } from '../../src/core/report/schema.js';
import { runAction } from '../helpers/action-process.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'action-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A workspace folder with a criterion tree at target/criterion. */
const workspaces = workspaceMaker(scratch);
const workspace = workspaces.make;

const readReport = (file: string): PerfReport => JSON.parse(readFileSync(file, 'utf8')) as PerfReport;

describe('the action on results already on disk', () => {
  it('sets every output, writes the job summary and a valid perf.json', async () => {
    const cwd = workspace();
    const run = await runAction({ run: 'false' }, { cwd });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const reportPath = path.join(cwd, 'copybook-bench-report', 'perf.json');
    expect(run.outputs).toEqual({
      'display-gibs': '4.000',
      'comp3-mibs': '512.0',
      status: 'pass',
      'compliance-level': 'FullyCompliant',
      'display-safety-factor': ((4 * 1024 ** 3) / 80e6).toFixed(2),
      'comp3-safety-factor': ((512 * 1024 ** 2) / 40e6).toFixed(2),
      summary: 'DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅',
      'report-path': reportPath,
      regressions: '',
      'baseline-promoted': 'false',
      'html-report-path': path.join(cwd, 'copybook-bench-report', 'report.html'),
      'audit-path': path.join(cwd, 'copybook-bench-report', 'audit.json')
    });
    for (const page of ['report.html', 'trend.html', 'audit.html', 'compliance.html']) {
      expect(readFileSync(path.join(cwd, 'copybook-bench-report', page), 'utf8')).toMatch(
        /^<!DOCTYPE html>/i
      );
    }
    expect(run.summary).toContain('## copybook-bench: DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(run.summary).toContain('| `decode_display_heavy/single_threaded/1000` | DISPLAY |');
    expect(run.summary).toBe(readFileSync(path.join(cwd, 'copybook-bench-report', 'summary.md'), 'utf8'));
    const report = readReport(reportPath);
    expect(perfReportProblems(report)).toEqual([]);
    expect(report.display_gibs).toBe(4);
    expect(report.benchmarks).toHaveLength(5);
    expect(report._metadata.execution_context.results_source).toBe('disk');
  });

  it('fails the step on a floor breach, with an annotation, after writing the report', async () => {
    const cwd = workspace();
    const run = await runAction({ run: 'false', 'display-floor': '5 GiB/s' }, { cwd });
    expect(run.exitCode).toBe(1);
    const message = 'DISPLAY throughput 4295 MB/s is below the floor of 5369 MB/s (deficit 1074 MB/s)';
    expect(run.stdout).toContain(`::error title=copybook-bench::${message}`);
    expect(run.stdout).toMatch(
      /::error::DISPLAY: 4\.000 GiB\/s, COMP-3: 512\.0 MiB\/s ❌ DISPLAY below floor \(1 failing finding; see .*perf\.json\)/
    );
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs['compliance-level']).toBe('NonCompliant');
    expect(readReport(run.outputs['report-path'] as string).errors).toEqual([message]);
  });

  it('does not fail with fail-on: none, and fails on a warning with fail-on: warning', async () => {
    const cwd = workspace();
    const none = await runAction({ run: 'false', 'display-floor': '5 GiB/s', 'fail-on': 'none' }, { cwd });
    expect(none.exitCode).toBe(0);
    const near = await runAction(
      { run: 'false', 'display-floor': '3.5 GiB/s', 'fail-on': 'warning' },
      { cwd }
    );
    expect(near.outputs.status).toBe('warn');
    expect(near.stdout).toContain(
      '::warning title=copybook-bench::DISPLAY throughput 4295 MB/s is within 1.25×'
    );
    expect(near.exitCode).toBe(1);
  });

  it('reads the config file, and lets an input override it', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, '.github'));
    writeFileSync(
      path.join(cwd, '.github', 'copybook-bench.toml'),
      'run = false\ncomp3-floor = "1 GiB/s"\ndisplay-benchmarks = ["decode_display_heavy/*/100"]\n'
    );
    const fromFile = await runAction({}, { cwd });
    expect(fromFile.outputs['display-gibs']).toBe('2.000');
    expect(fromFile.outputs.status).toBe('fail');
    const overridden = await runAction({ 'comp3-floor': '40 MB/s' }, { cwd });
    expect(overridden.outputs.status).toBe('pass');
    expect(
      readReport(overridden.outputs['report-path'] as string)._metadata.execution_context.config[
        'comp3-floor'
      ]
    ).toBe('40 MB/s');
  });

  it('rejects an invalid input before anything runs, naming the input, the value and what is accepted', async () => {
    const cwd = workspace();
    const run = await runAction({ run: 'false', aggregate: 'average' }, { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Invalid aggregate: "average". Accepted: max, min, median, mean.');
    expect(existsSync(path.join(cwd, 'copybook-bench-report'))).toBe(false);
  });

  it('reports a truncated estimates.json by name, keeps the other results, and fails', async () => {
    const cwd = workspace();
    const broken = path.join(
      cwd,
      'target/criterion/decode_comp3_heavy/single_threaded/100/new/estimates.json'
    );
    writeFileSync(broken, readFileSync(broken, 'utf8').slice(0, 40));
    const run = await runAction({ run: 'false' }, { cwd });
    expect(run.exitCode).toBe(1);
    const report = readReport(run.outputs['report-path'] as string);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain(broken);
    expect(report.comp3_mibs).toBe(512);
    expect(report.benchmarks).toHaveLength(4);
  });

  it('falls back to a bench-output text file when criterion wrote nothing', async () => {
    const cwd = workspace([]);
    mkdirSync(cwd, { recursive: true });
    writeFileSync(
      path.join(cwd, 'bench.txt'),
      [
        'decode_display_heavy/single_threaded/1000',
        '                        time:   [240.00 ms 250.00 ms 260.00 ms]',
        '                        thrpt:  [3.9000 GiB/s 4.0000 GiB/s 4.1000 GiB/s]',
        'decode_comp3_heavy/single_threaded/1000',
        '                        time:   [1.9000 ms 1.9531 ms 2.0000 ms]',
        '                        thrpt:  [500.00 MiB/s 512.00 MiB/s 520.00 MiB/s]',
        ''
      ].join('\n')
    );
    const run = await runAction({ run: 'false', 'bench-output': 'bench.txt' }, { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.summary).toBe('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(readReport(run.outputs['report-path'] as string)._metadata.execution_context.results_source).toBe(
      'stdout'
    );
  });

  it('says what exists when no benchmark matches a metric', async () => {
    const cwd = workspace([{ id: 'other_group/x', bytes: 100, ns: 100 }]);
    const run = await runAction({ run: 'false' }, { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['display-gibs']).toBe('');
    expect(run.stdout).toContain(
      'DISPLAY: no benchmark matches display-benchmarks "decode_display_heavy/**"'
    );
    expect(run.stdout).toContain('Benchmarks found: other_group/x');
  });
});

describe('the job summary where the runner has none', () => {
  const warningsOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'));

  it('without GITHUB_STEP_SUMMARY (act, Gitea, Forgejo) warns once and the run goes on', async () => {
    const cwd = workspace();
    const run = await runAction({ run: 'false' }, { cwd, env: { GITHUB_STEP_SUMMARY: undefined } });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(warningsOf(run.stdout)).toEqual([
      '::warning::No job summary: GITHUB_STEP_SUMMARY is not set, as on runners without job summaries (act, Gitea, Forgejo). The summary is in copybook-bench-report/summary.md.'
    ]);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.summary).toBe('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'summary.md'), 'utf8')).toContain(
      '## copybook-bench: DISPLAY: 4.000 GiB/s'
    );
  });

  it('with a GITHUB_STEP_SUMMARY that cannot be written warns once, and a failing run still fails on its finding', async () => {
    const cwd = workspace();
    const unwritable = path.join(scratch, 'no-such-dir', 'step_summary');
    const run = await runAction(
      { run: 'false', 'display-floor': '5 GiB/s' },
      { cwd, env: { GITHUB_STEP_SUMMARY: unwritable } }
    );
    expect(run.exitCode).toBe(1);
    const warnings = warningsOf(run.stdout);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^::warning::No job summary: the file GITHUB_STEP_SUMMARY names cannot be written \(ENOENT: .*step_summary'\)\. The summary is in copybook-bench-report\/summary\.md\.$/
    );
    expect(run.stdout).toMatch(
      /::error::DISPLAY: 4\.000 GiB\/s, COMP-3: 512\.0 MiB\/s ❌ DISPLAY below floor \(1 failing finding/
    );
    expect(run.stdout).not.toContain('copybook-bench failed');
  });

  it('job-summary: false writes none and warns about none', async () => {
    const run = await runAction(
      { run: 'false', 'job-summary': 'false' },
      { cwd: workspace(), env: { GITHUB_STEP_SUMMARY: undefined } }
    );
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run.stdout)).toEqual([]);
  });
});

describe('the action when the bench cannot run', () => {
  it('reports a missing cargo in perf.json and fails the step', async () => {
    const cwd = workspace();
    const run = await runAction({}, { cwd, env: { PATH: path.dirname(process.execPath) } });
    expect(run.exitCode).toBe(1);
    const report = readReport(run.outputs['report-path'] as string);
    expect(report.errors[0]).toBe(
      'cargo was not found on PATH; install Rust (e.g. dtolnay/rust-toolchain or rustup) before this step'
    );
    expect(run.stdout).toContain('::error title=copybook-bench::cargo was not found on PATH');
  });
});
