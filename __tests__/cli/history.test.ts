// `copybook-bench history import`, run in process through the CLI's main() against real files in
// temp folders: the records and data.js it writes, and one line and exit code 2 for bad input.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readRecords } from '../../src/adapters/history/tree.js';
import { main } from '../../src/cli/main.js';
import { type DashboardData, packValues } from '../../src/core/history/dashboard-data.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/history/gh-pages-data.js', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'history-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding bench-data.js (the fixture, or `text`), and a data branch checkout beside it. */
function setUp(text = readFileSync(FIXTURE, 'utf8')): { work: string; branch: string } {
  const root = path.join(scratch, `case-${++folders}`);
  const work = path.join(root, 'work');
  const branch = path.join(root, 'branch');
  mkdirSync(work, { recursive: true });
  mkdirSync(branch);
  writeFileSync(path.join(work, 'bench-data.js'), text);
  return { work, branch };
}

async function cli(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }
) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env
  });
  return { code, stdout, stderr };
}

/** `history import bench-data.js --suite "Rust Benchmark" --dir <branch>`, run in `work`. */
const importRust = (work: string, branch: string) =>
  cli(work, ['history', 'import', 'bench-data.js', '--suite', 'Rust Benchmark', '--dir', branch]);

/** data.js's object. */
function dashboardOf(branch: string): DashboardData {
  const text = readFileSync(path.join(branch, 'data.js'), 'utf8');
  const prefix = 'window.COPYBOOK_BENCH_DATA = ';
  expect(text.startsWith(prefix)).toBe(true);
  return JSON.parse(text.slice(prefix.length).trimEnd().replace(/;$/, '')) as DashboardData;
}

const RUST_COMMITS = [
  '4f2a9c1d0b7e6a5c3d2e1f0a9b8c7d6e5f4a3b2c',
  '9b8c7d6e5f4a3b2c1d0e4f2a9c1d0b7e6a5c3d2e',
  'c3d2e1f0a9b8c7d6e5f4a3b24f2a9c1d0b7e6a5c'
];
const COMMIT_HINT = 'Commit them';

describe('copybook-bench history import', () => {
  it('writes one record per result and the dashboard, whose data holds the imported commits', async () => {
    const { work, branch } = setUp();
    const run = await importRust(work, branch);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `Imported 3 results of "Rust Benchmark" into data/copybook-bench/default/Linux (0 already there); wrote index.html, data.js, .nojekyll. ${COMMIT_HINT} in ${branch}: git add -A && git commit -m "Import the history of the gh-pages benchmark dashboard"\n`
    });
    const { records, problems } = await readRecords(branch);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.commit, r.name, r.testbed, r.os, r.arch])).toEqual(
      RUST_COMMITS.map((c) => [c, 'copybook-bench', 'default', 'Linux', 'X64'])
    );
    expect(readdirSync(path.join(branch, 'data', 'copybook-bench', 'default', 'Linux'))).toEqual([
      `20240601T071540Z-${RUST_COMMITS[0]}.json`,
      `20240605T174130Z-${RUST_COMMITS[1]}.json`,
      `20240610T104205Z-${RUST_COMMITS[2]}.json`
    ]);
    const dashboard = dashboardOf(branch);
    expect(dashboard.repository_url).toBe('https://github.com/example/copybook-rs');
    expect(dashboard.slots).toHaveLength(1);
    expect(dashboard.slots[0]?.commits.map((c) => c.sha)).toEqual(RUST_COMMITS);
    expect(dashboard.slots[0]?.benchmarks.find((b) => b.id === 'parse_copybook')).toEqual({
      id: 'parse_copybook',
      group: 'parse_copybook',
      quantity: 'time',
      f32: packValues([9, 9, 10])
    });
    expect(readFileSync(path.join(branch, 'index.html'), 'utf8')).toContain('data.js');
  });

  it('skips what is there already, and adds another slot beside it', async () => {
    const { work, branch } = setUp();
    await cli(branch, ['history', 'import', path.join(work, 'bench-data.js'), '--suite', 'Rust Benchmark']);
    const again = await cli(branch, [
      'history',
      'import',
      path.join(work, 'bench-data.js'),
      '--suite',
      'Rust Benchmark'
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `Imported 0 results of "Rust Benchmark" into data/copybook-bench/default/Linux (3 already there); wrote index.html, data.js, .nojekyll. ${COMMIT_HINT}: git add -A && git commit -m "Import the history of the gh-pages benchmark dashboard"\n`
    );
    // This machine's OS and architecture as the runner names them, unless given.
    const other = await cli(
      work,
      [
        'history',
        'import',
        'bench-data.js',
        '--suite',
        'Go Tools',
        '--dir',
        branch,
        '--testbed',
        'arm',
        '--name',
        'nightly'
      ],
      { RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' }
    );
    expect(other.code).toBe(0);
    expect(other.stdout).toContain(
      'Imported 1 result of "Go Tools" into data/nightly/arm/macOS (0 already there)'
    );
    expect(other.stderr).toBe(
      [
        'note: bench-data.js: entries["Go Tools"][0] is a result of the tool "go", not cargo: skipped.',
        'note: bench-data.js: entries["Go Tools"][1] is commit 9b8c7d6e5f4a3b2c1d0e4f2a9c1d0b7e6a5c3d2e again; kept entries["Go Tools"][2], the latest: skipped.',
        ''
      ].join('\n')
    );
    const { records } = await readRecords(branch);
    expect(records.filter((r) => r.os === 'macOS').map((r) => [r.name, r.testbed, r.arch])).toEqual([
      ['nightly', 'arm', 'ARM64']
    ]);
    expect(dashboardOf(branch).slots.map((s) => [s.name, s.testbed, s.os, s.commits.length])).toEqual([
      ['copybook-bench', 'default', 'Linux', 3],
      ['nightly', 'arm', 'macOS', 1]
    ]);
  });

  it('names the suites when the file holds several and none is chosen', async () => {
    const { work, branch } = setUp();
    const run = await cli(work, ['history', 'import', 'bench-data.js', '--dir', branch]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'copybook-bench: bench-data.js holds 2 suites, "Rust Benchmark" and "Go Tools"; choose one with --suite NAME.\n'
    });
    expect(readdirSync(branch)).toEqual([]);
  });

  it('refuses a bad value in one line naming the file and the entry, and writes nothing', async () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8').replace('window.BENCHMARK_DATA = ', ''));
    const rust = data.entries['Rust Benchmark'];
    rust.push(rust[0]);
    rust[3] = { ...rust[0], benches: [{ name: 'x', value: 'abc', range: '± 1', unit: 'ns/iter' }] };
    const { work, branch } = setUp(`window.BENCHMARK_DATA = ${JSON.stringify(data, null, 2)}`);
    const run = await importRust(work, branch);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'copybook-bench: bench-data.js: entries["Rust Benchmark"][3].benches[0].value is "abc"; expected a number of ns/iter.\n'
    });
    expect(readdirSync(branch)).toEqual([]);
  });

  it('refuses a file that is missing or not the format, in one line', async () => {
    const { work, branch } = setUp('<!doctype html><title>Benchmarks</title>');
    const missing = await cli(work, ['history', 'import', 'nothing.js', '--dir', branch]);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `copybook-bench: history import: ${path.join(work, 'nothing.js')} cannot be read: does not exist\n`
    });
    const html = await cli(work, ['history', 'import', 'bench-data.js', '--dir', branch]);
    expect(html.code).toBe(2);
    expect(html.stderr).toBe(
      'copybook-bench: bench-data.js is not the data of a benchmark dashboard: the file is not valid JSON. Accepted: the data.js of a gh-pages benchmark dashboard (window.BENCHMARK_DATA = {"entries": {…}}) or the same object as JSON.\n'
    );
    const folder = await cli(work, ['history', 'import', '.', '--dir', branch]);
    expect(folder.stderr).toBe(
      `copybook-bench: history import: ${work} cannot be read: is a directory, not a regular file\n`
    );
  });

  it('writes only inside the checkout: a data folder that is a symlink out of it is refused', async () => {
    const { work, branch } = setUp();
    const outside = path.join(path.dirname(branch), 'outside');
    mkdirSync(outside);
    symlinkSync(outside, path.join(branch, 'data'));
    const run = await importRust(work, branch);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `copybook-bench: data/copybook-bench/default/Linux in ${branch} leads through a symlink to ${path.join(outside, 'copybook-bench', 'default', 'Linux')}, outside that folder: history import writes only inside the data branch's checkout.\n`
    });
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(branch, 'data.js'))).toBe(false);
  });

  it('needs an existing checkout, the import word and a file', async () => {
    const { work } = setUp();
    const gone = path.join(work, 'no-such-branch');
    expect(await cli(work, ['history', 'import', 'bench-data.js', '--dir', 'no-such-branch'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `copybook-bench: Invalid --dir: "no-such-branch" does not exist (looked at ${gone}); it is not created. Accepted: a checkout of the data branch (a folder that exists).\n`
    });
    const usage =
      'copybook-bench: Usage: copybook-bench history import FILE [--suite NAME] [--dir DIR] [--name NAME] [--testbed LABEL] [--os OS] [--arch ARCH]\n';
    expect((await cli(work, ['history', 'import'])).stderr).toBe(usage);
    expect((await cli(work, ['history', 'export', 'x'])).stderr).toBe(usage);
    expect(await cli(work, ['history', 'import', 'bench-data.js', '--os', ' '])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'copybook-bench: Invalid --os: " ". Accepted: a label of 1 to 200 characters, such as Linux, macOS or Windows.\n'
    });
  });
});
