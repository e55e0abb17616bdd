// Path settings and the files they name, as a pull request can shape them: the config file, every
// file and symlink in the checkout, and what a bench writes. Each case runs the bundled action (or
// CLI) as a process against real files, symlinks, FIFOs and devices; the PR comment goes to the
// local REST server.

import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { itWithCargo, REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import { type GitHubApi, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_pathsSecret0123456789abcdefghijklmnop';
const RUNTIME_TOKEN = 'runtime-secret-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const PR = 42;
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

const scratch = mkdtempSync(path.join(tmpdir(), 'paths-security-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);
/** A workspace without criterion results. */
function emptyWorkspace(): string {
  const cwd = workspaces.make([]);
  mkdirSync(cwd, { recursive: true });
  return cwd;
}
let outsideCount = 0;
/** A folder outside every workspace, holding a file the job must never show. */
function outside(): { dir: string; secret: string } {
  const dir = path.join(scratch, `outside-${++outsideCount}`);
  mkdirSync(dir, { recursive: true });
  const secret = path.join(dir, 'secret.txt');
  writeFileSync(secret, 'OUTSIDE-SECRET-7c1d\n');
  return { dir, secret };
}

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function github(): Promise<{ api: GitHubApi; url: string }> {
  const api = githubApi({ token: TOKEN });
  server = await startServer([api.handler]);
  return { api, url: server.url };
}

/** The bundled action in `cwd` (the workspace) on a pull request, with the job's secrets set. */
async function act(
  cwd: string,
  inputs: Record<string, string>,
  options: { apiUrl?: string; event?: 'pull_request' | 'pull_request_target'; timeoutMs?: number } = {}
): Promise<ActionRun> {
  // Without a server to answer, no comment or baseline is tried (a refused connection is retried for seconds).
  const offline: Record<string, string> =
    options.apiUrl === undefined ? { comment: 'never', baseline: 'off' } : {};
  const run = await runAction(
    { run: 'false', 'upload-report': 'false', 'github-token': TOKEN, ...offline, ...inputs },
    {
      cwd,
      timeoutMs: options.timeoutMs ?? 60_000,
      env: {
        GITHUB_WORKSPACE: cwd,
        GITHUB_EVENT_NAME: options.event ?? 'pull_request',
        GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
        GITHUB_REPOSITORY: 'octo-org/copybook-rs',
        GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '30433642',
        GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
        ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN
      }
    }
  );
  // The token only ever goes to the runner to be masked; the runtime token never shows at all.
  for (const text of [run.stdout, run.stderr]) {
    expect(text.split('\n').filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}`)).toEqual([]);
    expect(text).not.toContain(RUNTIME_TOKEN);
  }
  return run;
}

/** Every file under `dir`, read as text. */
function filesUnder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[file] = readFileSync(file, 'utf8');
    }
  }
  return out;
}

function expectNoSecretsIn(dir: string, ...secrets: string[]): void {
  const files = filesUnder(dir);
  for (const [file, text] of Object.entries(files)) {
    for (const secret of secrets) {
      if (text.includes(secret)) throw new Error(`${file} holds ${secret}`);
    }
  }
}

/** No comment on the pull request holds any of `secrets`. */
function expectNotPosted(api: GitHubApi, ...secrets: string[]): void {
  const posted = api
    .comments(PR)
    .map((c) => c.body)
    .join('\n');
  for (const secret of secrets) expect(posted).not.toContain(secret);
}

const readReport = (cwd: string, dir = 'copybook-bench-report'): PerfReport =>
  JSON.parse(readFileSync(path.join(cwd, dir, 'perf.json'), 'utf8')) as PerfReport;

/** The one `::error::` line that fails the step. */
const failure = (run: ActionRun): string =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .at(-1) ?? '';

function configFile(cwd: string, toml: string): void {
  mkdirSync(path.join(cwd, '.github'), { recursive: true });
  writeFileSync(path.join(cwd, '.github', 'copybook-bench.toml'), toml);
}

describe('comment-template', () => {
  it('/proc/self/environ from the config file never reaches the comment, comment.md or the log', async () => {
    const { api, url } = await github();
    const cwd = workspaces.make();
    configFile(cwd, 'comment-template = "/proc/self/environ"\n');
    const run = await act(cwd, {}, { apiUrl: url });
    expectNotPosted(api, TOKEN, RUNTIME_TOKEN);
    expectNoSecretsIn(path.join(cwd, 'copybook-bench-report'), TOKEN, RUNTIME_TOKEN, 'INPUT_GITHUB-TOKEN');
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain(
      'Invalid comment-template (from .github/copybook-bench.toml): "/proc/self/environ" is under /proc.'
    );
    // The report is written before the step fails, and says why.
    const report = readReport(cwd);
    expect(report.status).toBe('fail');
    expect(report.errors[0]).toContain('Invalid comment-template');
    expect(run.stdout).toContain(`Report: ${path.join(cwd, 'copybook-bench-report', 'perf.json')}`);
  });

  it('a template the workflow names, made a symlink to /proc/self/environ by the checkout, is refused (pull_request_target)', async () => {
    const { api, url } = await github();
    const cwd = workspaces.make();
    mkdirSync(path.join(cwd, '.github'));
    symlinkSync('/proc/self/environ', path.join(cwd, '.github', 'perf-comment.md'));
    const run = await act(
      cwd,
      { 'comment-template': '.github/perf-comment.md' },
      { apiUrl: url, event: 'pull_request_target' }
    );
    expectNotPosted(api, TOKEN, RUNTIME_TOKEN);
    expectNoSecretsIn(path.join(cwd, 'copybook-bench-report'), TOKEN, RUNTIME_TOKEN);
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(
      /Invalid comment-template: "\.github\/perf-comment\.md" leads through a symlink to \/proc\/\d+\/environ, under \/proc\./
    );
  });

  it('a template from the config file inside the workspace is used', async () => {
    const { api, url } = await github();
    const cwd = workspaces.make();
    configFile(cwd, 'comment-template = ".github/perf-comment.md"\n');
    writeFileSync(path.join(cwd, '.github', 'perf-comment.md'), 'Status {{status}}\n');
    const run = await act(cwd, {}, { apiUrl: url });
    expect(run.exitCode).toBe(0);
    expect(api.comments(PR)[0]?.body).toMatch(/^Status ✅ PASSED\n/);
  });

  it('a file over the cap is refused by name', async () => {
    const cwd = workspaces.make();
    writeFileSync(path.join(cwd, 'big.md'), `{{status}}\n${'x'.repeat(256 * 1024)}`);
    const run = await act(cwd, { 'comment-template': 'big.md' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain(
      `Invalid comment-template: "big.md" is larger than 256 KiB, the most read from such a file (${path.join(cwd, 'big.md')}).`
    );
  });

  it('a FIFO is refused at once instead of waiting for a writer', async () => {
    const cwd = workspaces.make();
    execFileSync('mkfifo', [path.join(cwd, 'fifo.md')]);
    const started = Date.now();
    const run = await act(cwd, { 'comment-template': 'fifo.md' }, { timeoutMs: 20_000 });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain('Invalid comment-template: "fifo.md" is a FIFO, not a regular file');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('paths from the config file stay inside the workspace', () => {
  it('refuses a ".." escape', async () => {
    const { secret } = outside();
    const cwd = emptyWorkspace();
    const relative = path.relative(cwd, secret);
    configFile(cwd, `bench-output = "${relative}"\nsource = "stdout"\n`);
    const run = await act(cwd, {});
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain(
      `Invalid bench-output (from .github/copybook-bench.toml): "${relative}" leads out of the workspace with ".."`
    );
    expect(JSON.stringify(filesUnder(path.join(cwd, 'copybook-bench-report')))).not.toContain('OUTSIDE');
  });

  it('refuses an absolute path outside it', async () => {
    const { secret } = outside();
    const cwd = emptyWorkspace();
    configFile(cwd, `bench-output = "${secret}"\nsource = "stdout"\n`);
    const run = await act(cwd, {});
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain(
      `Invalid bench-output (from .github/copybook-bench.toml): "${secret}" is an absolute path outside the workspace.`
    );
    expectNoSecretsIn(path.join(cwd, 'copybook-bench-report'), 'OUTSIDE-SECRET');
  });

  it('refuses a symlink in the checkout that leaves it, for a file and for a folder', async () => {
    const { dir, secret } = outside();
    const cwd = workspaces.make();
    mkdirSync(path.join(cwd, '.github'));
    symlinkSync(secret, path.join(cwd, '.github', 'perf-comment.md'));
    configFile(cwd, 'comment-template = ".github/perf-comment.md"\n');
    const run = await act(cwd, {});
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain(
      `"${'.github/perf-comment.md'}" leads through a symlink to ${secret}, outside the workspace`
    );
    expectNoSecretsIn(path.join(cwd, 'copybook-bench-report'), 'OUTSIDE-SECRET');

    // A report dir that is a symlink out of the checkout: nothing is written there.
    const second = workspaces.make();
    symlinkSync(dir, path.join(second, 'out'));
    configFile(second, 'report-dir = "out"\n');
    const written = await act(second, {});
    expect(written.exitCode).toBe(1);
    expect(failure(written)).toContain(
      `Invalid report-dir (from .github/copybook-bench.toml): "out" leads through a symlink to ${dir}, outside the workspace`
    );
    expect(readdirSync(dir)).toEqual(['secret.txt']);
  });

  it("refuses criterion's folder outside it from the config file's bench-env, and takes it from the workflow's", async () => {
    const cwd = emptyWorkspace();
    const elsewhere = path.join(scratch, 'criterion-elsewhere');
    workspaceMaker(elsewhere).make();
    const home = path.join(elsewhere, 'ws-1', 'target', 'criterion');
    configFile(cwd, `bench-env = "CRITERION_HOME=${home}"\n`);
    const refused = await act(cwd, {});
    expect(refused.exitCode).toBe(1);
    expect(failure(refused)).toContain(
      `Invalid bench-env (from .github/copybook-bench.toml): "CRITERION_HOME=${home}" is an absolute path outside the workspace.`
    );

    const trusted = emptyWorkspace();
    const taken = await act(trusted, { 'bench-env': `CRITERION_HOME=${home}` });
    expect(taken.exitCode).toBe(0);
    expect(readReport(trusted)._metadata.execution_context.results_path).toBe(home);
  });
});

describe('files that are never read', () => {
  it('/dev/zero as bench-output, even from the workflow', async () => {
    const cwd = emptyWorkspace();
    const run = await act(cwd, { 'bench-output': '/dev/zero', source: 'stdout' }, { timeoutMs: 20_000 });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toContain('Invalid bench-output: "/dev/zero" is under /dev.');
  });

  it('a FIFO as bench-output fails the run with the reason instead of hanging', async () => {
    const cwd = emptyWorkspace();
    execFileSync('mkfifo', [path.join(cwd, 'bench.txt')]);
    const run = await act(cwd, { 'bench-output': 'bench.txt', source: 'stdout' }, { timeoutMs: 20_000 });
    expect(run.exitCode).toBe(1);
    expect(readReport(cwd).errors[0]).toBe(
      `bench-output bench.txt is a FIFO, not a regular file (${path.join(cwd, 'bench.txt')})`
    );
  });

  it("criterion's benchmark.json as a symlink to /proc/self/environ, and an estimates.json over the cap", async () => {
    const { api, url } = await github();
    const cwd = workspaces.make();
    const criterion = path.join(cwd, 'target', 'criterion');
    const display = path.join(criterion, 'decode_display_heavy', 'single_threaded', '1000', 'new');
    rmSync(path.join(display, 'benchmark.json'));
    symlinkSync('/proc/self/environ', path.join(display, 'benchmark.json'));
    const comp3 = path.join(criterion, 'decode_comp3_heavy', 'single_threaded', '1000', 'new');
    const estimates = readFileSync(path.join(comp3, 'estimates.json'), 'utf8');
    // Still valid JSON: only the size is wrong.
    writeFileSync(path.join(comp3, 'estimates.json'), `${estimates}${' '.repeat(1024 * 1024)}`);
    const run = await act(cwd, {}, { apiUrl: url });
    expect(run.exitCode).toBe(1);
    const errors = readReport(cwd).errors.join('\n');
    expect(errors).toMatch(
      new RegExp(
        `criterion result: ${display}/benchmark\\.json leads to /proc/\\d+/environ, under /proc, which is never read`
      )
    );
    expect(errors).toContain(
      `criterion result: ${comp3}/estimates.json is larger than 1 MiB, the most read from such a file`
    );
    expectNotPosted(api, TOKEN, RUNTIME_TOKEN);
    expectNoSecretsIn(path.join(cwd, 'copybook-bench-report'), TOKEN, RUNTIME_TOKEN, 'INPUT_GITHUB-TOKEN');
  });
});

describe('every path is checked before anything runs', () => {
  /** A crate whose bench compiles in seconds, so cargo would run if nothing stopped it. */
  function crate(): string {
    const cwd = path.join(scratch, `crate-${++outsideCount}`);
    mkdirSync(path.join(cwd, 'benches'), { recursive: true });
    writeFileSync(
      path.join(cwd, 'Cargo.toml'),
      '[package]\nname = "copybook-bench"\nversion = "0.1.0"\nedition = "2021"\n\n[[bench]]\nname = "decode"\nharness = false\n'
    );
    mkdirSync(path.join(cwd, 'src'));
    writeFileSync(path.join(cwd, 'src', 'lib.rs'), '');
    writeFileSync(path.join(cwd, 'benches', 'decode.rs'), 'fn main() {}\n');
    return cwd;
  }

  itWithCargo(
    'a report-dir that is a file fails the step before cargo runs',
    async () => {
      const cwd = crate();
      writeFileSync(path.join(cwd, 'report'), 'not a folder\n');
      const run = await act(cwd, { run: 'true', 'report-dir': 'report' }, { timeoutMs: 120_000 });
      // Nothing ran: no cargo group in the log, and cargo made no target folder.
      expect(run.stdout).not.toContain('::group::cargo');
      expect(existsSync(path.join(cwd, 'target'))).toBe(false);
      expect(run.exitCode).toBe(1);
      expect(failure(run)).toBe(
        `::error::Invalid report-dir: "report" is a file, not a directory (${path.join(cwd, 'report')}). Accepted: a directory, or one that can be created, relative to working-directory.`
      );
      expect(readFileSync(path.join(cwd, 'report'), 'utf8')).toBe('not a folder\n');
    },
    120_000
  );

  it('a working-directory that does not exist is named and not created', async () => {
    const cwd = workspaces.make();
    const run = await act(cwd, { 'working-directory': 'crates/missing' });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toBe(
      `::error::Invalid working-directory: "crates/missing" does not exist (looked at ${path.join(cwd, 'crates', 'missing')}); it is not created. Accepted: an existing directory.`
    );
    expect(existsSync(path.join(cwd, 'crates'))).toBe(false);
  });

  it('the CLI checks the same, and exits 2', () => {
    const cwd = workspaces.make();
    configFile(cwd, 'comment-template = "../../etc/hostname"\n');
    const run = spawnSync(process.execPath, [CLI, 'analyze'], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH }
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'copybook-bench: Invalid comment-template (from .github/copybook-bench.toml): "../../etc/hostname" leads out of the workspace with ".."'
    );
    expect(run.stdout).toBe(`Report: ${path.join(cwd, 'copybook-bench-report', 'perf.json')}\n`);
    expect(statSync(path.join(cwd, 'copybook-bench-report', 'perf.json')).isFile()).toBe(true);
  });
});
