// The bundled CLI as a process: commands, exit codes and messages.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, writeTree } from '../helpers/criterion-tree.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const tree = path.join(scratch, 'criterion');
writeTree(tree, HEALTHY);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copybook-bench analyze', () => {
  it('prints the one-liner and the report path, exit 0', () => {
    const run = cli('analyze', '--criterion-dir', tree, '--report-dir', 'out');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅\nReport: ${path.join(scratch, 'out', 'perf.json')}\nSummary: ${path.join(scratch, 'out', 'summary.md')}\n`
    );
    expect(run.stderr).toContain(`Read 5 benchmarks from ${tree} (disk).`);
  });

  it('reads printed text with a custom measurement: a warning on that benchmark, not a failed run', () => {
    const printed = [
      'decode_display_heavy/single_threaded/1000',
      '                        time:   [250.00 ns 251.00 ns 252.00 ns]',
      '                        thrpt:  [3.9000 GiB/s 4.0000 GiB/s 4.1000 GiB/s]',
      'decode_comp3_heavy/single_threaded/1000',
      '                        time:   [1.9000 µs 1.9500 µs 2.0000 µs]',
      '                        thrpt:  [500.00 MiB/s 512.00 MiB/s 520.00 MiB/s]',
      'custom_measurement/fibonacci',
      '                        time:   [0.000004983 s/2 0.000005015 s/2 0.000005053 s/2]',
      ''
    ].join('\n');
    writeFileSync(path.join(scratch, 'custom.txt'), printed);
    const run = cli(
      'analyze',
      '--source',
      'stdout',
      '--bench-output',
      'custom.txt',
      '--report-dir',
      'custom'
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ⚠️ input warning');
    expect(run.stderr).toContain(
      'warning: custom.txt, line 8: cannot read the time of "custom_measurement/fibonacci": unknown time unit "s/2"'
    );
    const summary = readFileSync(path.join(scratch, 'custom', 'summary.md'), 'utf8');
    expect(summary).toContain(
      '| `decode_comp3_heavy/single_threaded/1000` | COMP-3 | 1.95 µs | 512 MiB/s | n/a |'
    );
    expect(summary).toContain("CV n/a: criterion's printed output (source stdout or bencher) has no samples");
  });

  it('exits 1 on a failing finding and names it on stderr', () => {
    const run = cli(
      'analyze',
      '--criterion-dir',
      tree,
      '--report-dir',
      'out-fail',
      '--comp3-floor',
      '1 GiB/s'
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: COMP-3 throughput 537 MB/s is below the floor of 1074 MB/s');
    expect(run.stdout).toContain('❌');
  });

  it('exits 2 with one line and no stack on bad input', () => {
    for (const args of [
      ['analyze', '--display-floor', '80 furlongs/s'],
      ['analyze', '--colour', 'red'],
      ['explode'],
      ['analyze', '--config-file', 'missing.toml'],
      ['analyze', '--criterion-dir', tree, '--out', 'somewhere'],
      ['analyze', '--criterion-dir', tree, '--baseline', 'b1/baseline.json'],
      ['analyze', '--package', '--noplot'],
      ['run', 'foo'],
      ['validate', 'perf.json', '--', 'x']
    ]) {
      const run = cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^copybook-bench: /);
      expect(run.stderr).not.toContain('    at ');
    }
    expect(cli('analyze', '--display-floor', '80 furlongs/s').stderr).toContain(
      'Invalid display-floor: "80 furlongs/s". Accepted: a positive number with a unit'
    );
    expect(cli('run', 'foo').stderr).toBe(
      'copybook-bench: Unexpected argument "foo": run takes flags (copybook-bench run --help lists them), and arguments for the bench harness after --, as in copybook-bench run -- foo\n'
    );
    expect(cli('validate', 'perf.json', '--', 'x').stderr).toBe(
      'copybook-bench: "--" passes arguments to the bench harness, which only run, analyze and demo take, not validate.\n'
    );
  });

  it('refuses a flag the command does not take, and a path given to --baseline, before anything runs', () => {
    const out = cli('analyze', '--criterion-dir', tree, '--report-dir', 'never', '--out', 'somewhere');
    expect(out.stderr).toMatch(
      /^copybook-bench: Flag --out does not apply to analyze\. analyze takes: --working-directory, .*--baseline-file, --verbose, --help\.\n$/
    );
    const mode = cli('analyze', '--criterion-dir', tree, '--report-dir', 'never', '--baseline', 'b.json');
    expect(mode.stderr).toContain('To compare with a baseline.json, use --baseline-file b.json.');
    expect(existsSync(path.join(scratch, 'never'))).toBe(false);
  });

  it('names a config file that is not valid TOML, after a report that says so', () => {
    writeFileSync(path.join(scratch, 'bad.toml'), 'display-floor = "80 MB/s\n');
    const run = cli('analyze', '--config-file', 'bad.toml', '--report-dir', 'bad-toml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^copybook-bench: config-file bad\.toml is not valid TOML at line 1/m);
    expect(run.stderr).not.toContain('    at ');
    const report = path.join(scratch, 'bad-toml', 'perf.json');
    expect(run.stdout).toBe(`Report: ${report}\n`);
    expect(JSON.parse(readFileSync(report, 'utf8')).errors[0]).toMatch(/is not valid TOML at line 1/);
  });

  it('names a config file that does not exist, after a report that says so', () => {
    const run = cli('analyze', '--config-file', 'missing.toml', '--report-dir', 'missing-toml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('copybook-bench: Invalid config-file: "missing.toml" does not exist');
    expect(run.stdout).toBe(`Report: ${path.join(scratch, 'missing-toml', 'perf.json')}\n`);
  });
});

describe('copybook-bench validate', () => {
  it('accepts a report it wrote and rejects a changed one', () => {
    expect(cli('analyze', '--criterion-dir', tree, '--report-dir', 'v').code).toBe(0);
    const file = path.join(scratch, 'v', 'perf.json');
    const good = cli('validate', file);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`${file} is a valid perf.json\n`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(path.join(scratch, 'bad.json'), JSON.stringify({ ...report, status: 'great' }));
    const bad = cli('validate', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'bad.json does not match schema/perf-report.schema.json: /status must be equal to one of'
    );
  });
});

describe('copybook-bench --help', () => {
  it('lists commands and flags with defaults, exit 0', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: copybook-bench <command>');
    expect(run.stdout).toContain('--display-floor');
    expect(run.stdout).toContain('[default: 80 MB/s]');
  });

  it("lists one command's flags with <command> --help", () => {
    const run = cli('report', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Usage: copybook-bench report --report perf.json [--baseline-file baseline.json] --out DIR'
    );
    expect(run.stdout).toContain('--baseline-file');
    expect(run.stdout).not.toContain('--display-floor');
    expect(cli('analyze', '--help').stdout).toContain('[default: 80 MB/s]');
  });

  it('shows usage on stderr with exit 2 without a command', () => {
    const run = cli();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: copybook-bench <command>');
  });
});

describe('copybook-bench baseline promote and analyze --baseline-file', () => {
  it('builds a baseline from a report, carries its history forward, and compares with it', () => {
    expect(cli('analyze', '--criterion-dir', tree, '--report-dir', 'b1').code).toBe(0);
    const first = cli('baseline', 'promote', '--report', 'b1/perf.json', '--out', 'b1/baseline.json');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`Baseline: ${path.join(scratch, 'b1', 'baseline.json')} (history 1)\n`);
    const second = cli(
      'baseline',
      'promote',
      '--report',
      'b1/perf.json',
      '--previous',
      'b1/baseline.json',
      '--out',
      'b2.json'
    );
    expect(second.stdout).toContain('(history 2)');

    const slower = path.join(scratch, 'slower');
    writeTree(
      slower,
      HEALTHY.map((b) => (b.id.startsWith('decode_display_heavy/') ? { ...b, ns: b.ns * 1.5 } : b))
    );
    const compared = cli(
      'analyze',
      '--criterion-dir',
      slower,
      '--report-dir',
      'c',
      '--baseline-file',
      'b2.json'
    );
    expect(compared.code).toBe(1);
    expect(compared.stderr).toMatch(/error: decode_display_heavy\/single_threaded\/1000 regressed by 33\.3%/);
    const report = JSON.parse(readFileSync(path.join(scratch, 'c', 'perf.json'), 'utf8'));
    expect(report.comparison.regressions).toBe(2);
    // The headline says why the run failed and how each metric moved against the baseline.
    expect(report.summary).toMatch(
      /^DISPLAY: \d\.\d{3} GiB\/s \(−33\.3%\), COMP-3: \d{3}\.\d MiB\/s \(0\.0%\) ❌ 2 regressed$/
    );
    expect(compared.stdout.split('\n')[0]).toBe(report.summary);
    expect(readFileSync(path.join(scratch, 'c', 'summary.md'), 'utf8')).toContain(
      '### 📈 DISPLAY / COMP-3 trend'
    );
  });

  it('rejects a missing or invalid report or baseline with one line, exit 2', () => {
    writeFileSync(path.join(scratch, 'junk.json'), '{"schema_version": "1.0"}');
    const cases: Array<[string[], string]> = [
      [
        ['baseline', 'promote', '--out', 'x.json'],
        'baseline promote needs --report perf.json and --out baseline.json'
      ],
      [['baseline', 'demote'], 'Usage: copybook-bench baseline promote'],
      [
        ['baseline', 'promote', '--report', 'junk.json', '--out', 'x.json'],
        '--report junk.json does not match schema/perf-report.schema.json'
      ],
      [
        ['analyze', '--criterion-dir', tree, '--baseline-file', 'junk.json'],
        'junk.json does not match schema/baseline.schema.json'
      ],
      [['analyze', '--criterion-dir', tree, '--baseline-file', 'nowhere.json'], 'nowhere.json cannot be read']
    ];
    for (const [args, message] of cases) {
      const run = cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(message);
    }
  });
});

describe('copybook-bench history import', () => {
  it("writes a gh-pages dashboard's past into a data branch checkout, and refuses a bad entry with one line", () => {
    const branch = path.join(scratch, 'data-branch');
    mkdirSync(branch);
    const fixture = path.join(REPO_ROOT, '__tests__', 'fixtures', 'history', 'gh-pages-data.js');
    const run = cli(
      'history',
      'import',
      fixture,
      '--suite',
      'Rust Benchmark',
      '--dir',
      branch,
      '--os',
      'Linux'
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Imported \d+ results? of "Rust Benchmark" into data\/copybook-bench\/default\/Linux /
    );
    const data = readFileSync(path.join(branch, 'data.js'), 'utf8');
    expect(data.startsWith('window.COPYBOOK_BENCH_DATA = {')).toBe(true);
    expect(existsSync(path.join(branch, 'index.html'))).toBe(true);
    const records = readdirSync(path.join(branch, 'data', 'copybook-bench', 'default', 'Linux'));
    expect(records.length).toBeGreaterThan(0);
    for (const name of records) expect(data).toContain(name.replace(/^\d{8}T\d{6}Z-|\.json$/g, ''));

    writeFileSync(
      path.join(scratch, 'bad-data.js'),
      'window.BENCHMARK_DATA = {"entries":{"S":[{"commit":{"id":"not-hex"},"date":1,"tool":"cargo","benches":[]}]}};'
    );
    const bad = cli('history', 'import', 'bad-data.js', '--dir', branch);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'copybook-bench: bad-data.js: entries["S"][0].commit.id is "not-hex"; expected a commit id of 7 to 64 hex digits.\n'
    );
  });
});
