// Absurd numbers from hostile result files, printed output, baselines and settings: the benchmark
// they belong to is left out with a finding that names it, and the report is always written with
// every number finite. The bundled action and CLI run as processes on real files.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runCargoBench } from '../../src/adapters/cargo/cargo.js';
import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import type { Measurement } from '../../src/core/criterion/measurement.js';
import type { PerfReport } from '../../src/core/model.js';
import { repairReport } from '../../src/core/report/repair.js';
import { perfReportProblems } from '../../src/core/report/schema.js';
import { formatByteRate, formatNs, formatSignificant, roundSignificant } from '../../src/core/units.js';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, writeTree } from '../helpers/criterion-tree.js';
import { atRate, measurement } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'security-numbers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
/** A fresh folder with a criterion tree at target/criterion. */
function workspace(benchmarks: Parameters<typeof writeTree>[1]): string {
  const dir = path.join(scratch, `ws-${++made}`);
  writeTree(path.join(dir, 'target', 'criterion'), benchmarks);
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readReport = (file: string): PerfReport => JSON.parse(readFileSync(file, 'utf8')) as PerfReport;

/** Every number in a JSON text is finite (JSON cannot hold anything else, but a writer can drop them). */
function expectValidReport(file: string): PerfReport {
  const report = readReport(file);
  expect(perfReportProblems(report)).toEqual([]);
  return report;
}

describe('absurd numbers in criterion results', () => {
  it('leaves out a benchmark timed at 5e-324 ns with a warning naming its folder; everything is written', async () => {
    const cwd = workspace([...HEALTHY, { id: 'other/absurd/1', bytes: 1000, ns: 5e-324 }]);
    const run = await runAction({ run: 'false' }, { cwd });
    expect(run.exitCode).toBe(0);
    const dir = path.join(cwd, 'copybook-bench-report');
    const report = expectValidReport(path.join(dir, 'perf.json'));
    expect(report.benchmarks.map((b) => b.id)).not.toContain('other/absurd/1');
    expect(report.status).toBe('warn');
    const folder = path.join(cwd, 'target', 'criterion', 'other', 'absurd', '1', 'new');
    expect(report.warnings).toEqual([
      `${folder}: benchmark "other/absurd/1" is left out: its time point 5e-324 ns is outside the believable range, 0.001 ns (1 ps) to 1e15 ns; it is in neither DISPLAY nor COMP-3, so the run goes on`
    ]);
    expect(run.outputs.status).toBe('warn');
    expect(run.outputs['display-gibs']).toBe('4.000');
    expect(run.outputs['report-path']).toBe(path.join(dir, 'perf.json'));
    expect(run.summary).toContain('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ⚠️ input warning');
    for (const file of [
      'summary.md',
      'comment.md',
      'report.html',
      'trend.html',
      'audit.json',
      'audit.html'
    ]) {
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
  });

  it('fails on a DISPLAY benchmark with an infinite throughput, naming it, after writing the report', () => {
    // 1e300 bytes per iteration in 1 ns: a rate of 1e309 bytes/s overflows to Infinity.
    const cwd = workspace([
      ...HEALTHY,
      { id: 'decode_display_heavy/single_threaded/9', bytes: 1e300, ns: 1 }
    ]);
    const run = cli(cwd, 'analyze', '--criterion-dir', 'target/criterion', '--report-dir', 'out');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'benchmark "decode_display_heavy/single_threaded/9" is left out: its throughput point Infinity is not a finite number; it is a DISPLAY benchmark'
    );
    const report = expectValidReport(path.join(cwd, 'out', 'perf.json'));
    expect(report.status).toBe('fail');
    expect(report.display_gibs).toBe(4);
    expect(existsSync(path.join(cwd, 'out', 'report.html'))).toBe(true);
  });

  it('names the line of printed output whose throughput overflows, and writes the report', () => {
    const cwd = path.join(scratch, 'printed');
    const printed = [
      'decode_display_heavy/single_threaded/1000',
      '                        time:   [250.00 ns 251.00 ns 252.00 ns]',
      '                        thrpt:  [3.9000 GiB/s 4.0000 GiB/s 4.1000 GiB/s]',
      'decode_comp3_heavy/single_threaded/1000',
      '                        time:   [1.9000 µs 1.9500 µs 2.0000 µs]',
      '                        thrpt:  [500.00 MiB/s 512.00 MiB/s 520.00 MiB/s]',
      'other/overflow',
      '                        time:   [1.0000 ns 1.0000 ns 1.0000 ns]',
      '                        thrpt:  [1e300 GiB/s 1e300 GiB/s 1e300 GiB/s]',
      ''
    ].join('\n');
    writeFileSync(path.join(scratch, 'printed.txt'), printed);
    const run = cli(
      scratch,
      'analyze',
      '--source',
      'stdout',
      '--bench-output',
      'printed.txt',
      '--report-dir',
      cwd
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: printed.txt, line 8: benchmark "other/overflow" is left out: its throughput point Infinity is not a finite number'
    );
    expect(expectValidReport(path.join(cwd, 'perf.json')).comp3_mibs).toBe(512);
  });

  it('names a bencher line whose time does not fit in a number, and writes the report', () => {
    const huge = '9'.repeat(400);
    writeFileSync(
      path.join(scratch, 'bencher.txt'),
      `test fine ... bench:       1,234 ns/iter (+/- 56)\ntest huge ... bench: ${huge} ns/iter (+/- 0)\n`
    );
    const out = path.join(scratch, 'bencher-out');
    const run = cli(
      scratch,
      'analyze',
      '--source',
      'bencher',
      '--bench-output',
      'bencher.txt',
      '--report-dir',
      out
    );
    // No byte throughput in bencher lines: the metrics are missing, an error either way.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'warning: bencher.txt, line 2: benchmark "huge" is left out: its time point Infinity is not a finite number'
    );
    const report = expectValidReport(path.join(out, 'perf.json'));
    expect(report.benchmarks.map((b) => b.id)).toEqual(['fine']);
  });
});

describe('absurd numbers in a baseline', () => {
  it('compares with a baseline of 1e-300 B/s and a history whose spread overflows, writing a valid report', () => {
    const cwd = workspace(HEALTHY);
    expect(cli(cwd, 'analyze', '--criterion-dir', 'target/criterion', '--report-dir', 'first').code).toBe(0);
    const promoted = cli(cwd, 'baseline', 'promote', '--report', 'first/perf.json', '--out', 'baseline.json');
    expect(promoted.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(cwd, 'baseline.json'), 'utf8'));
    const id = 'decode_display_heavy/single_threaded/1000';
    const tiny = { lower: 1e-300, point: 1e-300, upper: 1e-300 };
    for (const b of baseline.report.benchmarks) if (b.id === id) b.bytes_per_second = tiny;
    // Five promotions whose squared spread is past the largest number.
    const entry = baseline.history[0];
    baseline.history = [1e200, 1e200, 1e200, 1e200, 1e-200].map((value, i) => ({
      ...entry,
      timestamp: `2026-11-2${i}T00:00:00.000Z`,
      benchmarks: { ...entry.benchmarks, 'decode_comp3_heavy/single_threaded/1000': value }
    }));
    writeFileSync(path.join(cwd, 'baseline.json'), JSON.stringify(baseline));

    const run = cli(
      cwd,
      'analyze',
      '--criterion-dir',
      'target/criterion',
      '--report-dir',
      'second',
      '--baseline-file',
      'baseline.json'
    );
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.code).toBe(0);
    const report = expectValidReport(path.join(cwd, 'second', 'perf.json'));
    const change = report.comparison?.changes.find((c) => c.id === id);
    expect(change).toMatchObject({ baseline: 1e-300, change_pct: null, verdict: 'unchanged' });
    const comp3 = report.comparison?.changes.find((c) => c.id === 'decode_comp3_heavy/single_threaded/1000');
    expect(comp3?.threshold_source).toBe('fixed');
  });
});

describe('absurd numbers in settings', () => {
  it('refuses a floor of 5e-324 B/s by name, with the accepted range', () => {
    const cwd = workspace(HEALTHY);
    writeFileSync(path.join(cwd, 'copybook-bench.toml'), 'display-floor = "5e-324 B/s"\n');
    const run = cli(
      cwd,
      'analyze',
      '--criterion-dir',
      'target/criterion',
      '--config-file',
      'copybook-bench.toml'
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'copybook-bench: Invalid display-floor (from copybook-bench.toml): "5e-324 B/s". Accepted: a positive number with a unit, one of B/s, KiB/s, MiB/s, GiB/s, TiB/s, KB/s, MB/s, GB/s, TB/s, from 1e-6 B/s to 1000 TB/s (e.g. "80 MB/s").\n'
    );
  });

  it('keeps a timeout longer than the longest timer instead of stopping the bench at once', async () => {
    // 50,000 minutes is past setTimeout's limit, which would fire after 1 ms.
    const result = await runCargoBench({
      command: process.execPath,
      args: ['-e', 'setTimeout(() => console.log("finished"), 300)'],
      cwd: scratch,
      env: process.env,
      now: Date.now,
      timeoutMinutes: 50_000,
      silent: true
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('finished');
  });
});

describe('the pure stages never let a non-finite number through', () => {
  it('analyze leaves out measurements handed in with infinite or tiny values, by metric', () => {
    const infinite: Measurement = {
      ...atRate('decode_display_heavy/single_threaded/7', 1e9),
      rate: { lower: 1, point: Number.POSITIVE_INFINITY, upper: Number.POSITIVE_INFINITY }
    };
    const tiny = measurement('other/tiny', { timeNs: 1e-300 });
    const { report, findings } = analyze({
      config: buildConfig({ inputs: {} }),
      results: {
        measurements: [
          atRate('decode_display_heavy/single_threaded/100', 4e9),
          atRate('decode_comp3_heavy/single_threaded/100', 5e8),
          infinite,
          tiny
        ],
        problems: []
      },
      facts: RUN_FACTS
    });
    expect(perfReportProblems(report)).toEqual([]);
    expect(report.benchmarks.map((b) => b.id)).toEqual([
      'decode_display_heavy/single_threaded/100',
      'decode_comp3_heavy/single_threaded/100'
    ]);
    expect(findings.map((f) => [f.level, f.message])).toEqual([
      [
        'error',
        'target/criterion: benchmark "decode_display_heavy/single_threaded/7" is left out: its throughput point Infinity is not a finite number; it is a DISPLAY benchmark'
      ],
      [
        'warning',
        'target/criterion: benchmark "other/tiny" is left out: its time point 1e-300 ns is outside the believable range, 0.001 ns (1 ps) to 1e15 ns; it is in neither DISPLAY nor COMP-3, so the run goes on'
      ]
    ]);
  });

  it('writes rates and times at the edges of a number without throwing', () => {
    expect(formatSignificant(5e-324)).toBe('0.00000000000000000000');
    expect(formatNs(1e-300)).toBe('0.00000000000000000000 ps');
    expect(formatByteRate(1e-300)).toBe('0.00000000000000000000 B/s');
    expect(roundSignificant(1e-300, 4)).toBe(0);
    expect(roundSignificant(1e300, 4)).toBe(1e300);
    expect(roundSignificant(-Number.MAX_VALUE, 4)).toBe(-Number.MAX_VALUE);
  });

  it('repairs a report that still breaks the schema: offending rows out, values null, errors in', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: {
        measurements: [
          atRate('decode_display_heavy/single_threaded/100', 4e9),
          atRate('decode_comp3_heavy/single_threaded/100', 5e8),
          measurement('parse_copybook/simple', { bytes: null })
        ],
        problems: []
      },
      facts: RUN_FACTS
    });
    const broken: PerfReport = structuredClone(report);
    (broken.benchmarks[2] as PerfReport['benchmarks'][number]).time_ns.point = Number.NaN;
    broken.metrics.comp3.safety_factor = Number.POSITIVE_INFINITY;
    broken._metadata.execution_context.safety_margins.comp3_safety_factor = Number.POSITIVE_INFINITY;
    broken.display_gibs = -1;

    const { report: repaired, problems } = repairReport(broken);
    expect(perfReportProblems(repaired)).toEqual([]);
    expect(problems).toEqual([
      '/display_gibs must be >= 0',
      '/metrics/comp3/safety_factor must be number,null',
      '/benchmarks/2/time_ns/point must be number',
      '/_metadata/execution_context/safety_margins/comp3_safety_factor must be number,null'
    ]);
    expect(repaired.benchmarks.map((b) => b.id)).toEqual([
      'decode_display_heavy/single_threaded/100',
      'decode_comp3_heavy/single_threaded/100'
    ]);
    expect(repaired.display_gibs).toBeNull();
    // An infinity is written as null, which the schema accepts there; the value itself stays.
    expect(repaired.metrics.comp3.safety_factor).toBeNull();
    expect(repaired.metrics.comp3.value).toBe(report.metrics.comp3.value);
    expect(repaired.status).toBe('fail');
    expect(repaired.status_reasons).toEqual(['invalid values left out']);
    expect(repaired.errors).toContain(
      'perf.json: /benchmarks/2/time_ns/point must be number: a value the schema does not accept; it was left out of the report'
    );
    expect(repaired.metrics.display).toMatchObject({
      value: null,
      bytes_per_second: null,
      status: 'missing'
    });
    expect(repaired.summary).toBe('DISPLAY: n/a, COMP-3: 476.8 MiB/s ❌ invalid values left out');
    // Nothing to repair: the same report comes back.
    expect(repairReport(report)).toEqual({ report, problems: [] });
  });
});
