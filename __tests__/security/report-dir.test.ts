// Runs that share a report dir, and runs that were stopped half way, against the bundled CLI and
// Action as processes: one run per report dir at a time (a second is refused, naming the first),
// a lock whose run is gone is taken over, what a killed run left is cleared, and audit.json vouches
// for the perf.json its own run wrote.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { processStartTime } from '../../src/adapters/cargo/processes.js';
import { LOCK_FILE, lockReportDir, readLockHolder, STALE_FOREIGN_MS } from '../../src/adapters/fs/lock.js';
import { readHostFacts } from '../../src/adapters/host.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import type { PerfReport } from '../../src/core/model.js';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, type TreeBenchmark, writeTree } from '../helpers/criterion-tree.js';
import { createActionsServices } from '../servers/actions-services.js';
import { startServer, type TestServer } from '../servers/http.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'report-dir-security-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Enough benchmarks that a run holds its report dir for a while (parsing, rendering, auditing).
const MANY: readonly TreeBenchmark[] = [
  ...HEALTHY,
  ...Array.from({ length: 300 }, (_, i) => ({ id: `parse_copybook/layout_${i}`, bytes: 4096, ns: 1000 + i }))
];
const tree = path.join(scratch, 'criterion');
writeTree(tree, MANY);

let made = 0;
/** A fresh folder to run in; the report dir is `out` inside it. */
function folder(): { cwd: string; dir: string; lock: string } {
  const cwd = path.join(scratch, `run-${++made}`);
  mkdirSync(cwd, { recursive: true });
  const dir = path.join(cwd, 'out');
  return { cwd, dir, lock: path.join(dir, LOCK_FILE) };
}

const analyzeArgs = (floor: string): string[] => [
  CLI,
  'analyze',
  '--criterion-dir',
  tree,
  '--report-dir',
  'out',
  '--display-floor',
  floor
];
const childEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

function cli(cwd: string, floor: string) {
  const result = spawnSync(process.execPath, analyzeArgs(floor), {
    cwd,
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(cwd: string, floor: string): Started {
  const child = spawn(process.execPath, analyzeArgs(floor), { cwd, env: childEnv });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  child.stdout?.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal }))
  );
  return { child, stderr: () => stderr, exit };
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A CLI run stopped (SIGSTOP) while it holds the report dir of `where`: started, watched until its
 * lock appears, stopped, and checked to still hold it. A run that finished before it could be
 * stopped is tried again.
 */
async function runHoldingTheDir(where: { cwd: string; lock: string }, floor: string): Promise<Started> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const run = start(where.cwd, floor);
    running.push(run.child);
    const pid = run.child.pid as number;
    const until = Date.now() + 30_000;
    while (readLockHolder(where.lock)?.pid !== pid && run.child.exitCode === null && Date.now() < until) {
      await sleep(1);
    }
    run.child.kill('SIGSTOP');
    if (readLockHolder(where.lock)?.pid === pid) return run;
    run.child.kill('SIGCONT');
    await run.exit;
  }
  throw new Error('no run could be caught holding the report dir');
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const tempFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** audit.json vouches for the perf.json next to it, which is the run's with this display floor. */
function expectOneRun(dir: string, floor: string): void {
  const audit = readJson<AuditRecord>(path.join(dir, 'audit.json'));
  const report = readJson<PerfReport>(path.join(dir, 'perf.json'));
  expect(audit.files.report).toEqual({ path: 'perf.json', sha256: sha256(path.join(dir, 'perf.json')) });
  expect(report.metrics.display.floor.text).toBe(floor);
  expect(audit.settings['display-floor']?.value).toBe(floor);
  expect(audit.results.summary).toBe(report.summary);
}

/** A pid that was alive a moment ago and is not now. */
function deadPid(): number {
  const gone = spawnSync(process.execPath, ['-e', ''], { env: childEnv });
  return gone.pid as number;
}

function writeLock(file: string, holder: Record<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(holder)}\n`);
}

describe('one run per report dir', () => {
  it('refuses a second run while the first holds the dir, naming its pid and the dir', async () => {
    const where = folder();
    const first = await runHoldingTheDir(where, '70 MB/s');
    const before = readdirSync(where.dir).sort();

    const second = cli(where.cwd, '71 MB/s');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      `copybook-bench: report-dir ${where.dir} is in use by another copybook-bench run (pid ${first.child.pid}, started `
    );
    expect(second.stderr).toContain(`lock file ${where.lock}).`);
    // It refused before writing anything there.
    expect(readdirSync(where.dir).sort()).toEqual(before);

    first.child.kill('SIGCONT');
    expect(await first.exit).toEqual({ code: 0, signal: null });
    expectOneRun(where.dir, '70 MB/s');
    expect(existsSync(where.lock)).toBe(false);
    expect(tempFiles(where.dir)).toEqual([]);
  });

  it('lets runs started together into one dir finish or be refused, never mix their files', async () => {
    const where = folder();
    const floors = ['61 MB/s', '62 MB/s', '63 MB/s', '64 MB/s'];
    const runs = floors.map((floor) => start(where.cwd, floor));
    running.push(...runs.map((r) => r.child));
    const ends = await Promise.all(runs.map((r) => r.exit));
    const finished: string[] = [];
    ends.forEach((end, i) => {
      if (end.code === 0) finished.push(floors[i] as string);
      else {
        expect(end.code).toBe(2);
        expect(runs[i]?.stderr()).toContain(`copybook-bench: report-dir ${where.dir} is in use by another`);
      }
    });
    expect(finished.length).toBeGreaterThan(0);
    const report = readJson<PerfReport>(path.join(where.dir, 'perf.json'));
    expect(finished).toContain(report.metrics.display.floor.text);
    expectOneRun(where.dir, report.metrics.display.floor.text);
    expect(existsSync(where.lock)).toBe(false);
    expect(tempFiles(where.dir)).toEqual([]);
  }, 60_000);

  it('after a run was killed (SIGKILL), the next takes over its lock and removes its temp files', async () => {
    const where = folder();
    const killed = await runHoldingTheDir(where, '70 MB/s');
    const pid = killed.child.pid as number;
    killed.child.kill('SIGKILL');
    expect((await killed.exit).signal).toBe('SIGKILL');
    expect(readLockHolder(where.lock)?.pid).toBe(pid);
    // What a kill in the middle of writes leaves, in this version's naming and an earlier one's.
    writeFileSync(path.join(where.dir, `.perf.json.${pid}.0badf00d.tmp`), '{"schema_version": "1.');
    writeFileSync(path.join(where.dir, `summary.md.${pid}.1700000000000.tmp`), '## copybook');

    const next = cli(where.cwd, '72 MB/s');
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`report-dir ${where.dir}: took over a stale lock (pid ${pid}, started `);
    expect(next.stderr).toContain(`): pid ${pid} is not running.`);
    expect(next.stderr).toMatch(
      new RegExp(
        `removed \\d+ temporary files? an interrupted run left: .*\\.perf\\.json\\.${pid}\\.0badf00d\\.tmp`
      )
    );
    expect(next.stderr).toContain(`summary.md.${pid}.1700000000000.tmp`);
    expect(tempFiles(where.dir)).toEqual([]);
    expect(existsSync(where.lock)).toBe(false);
    expectOneRun(where.dir, '72 MB/s');
  });

  it('a run stopped by SIGTERM removes its lock and temp files and ends by that signal', async () => {
    const where = folder();
    const run = await runHoldingTheDir(where, '70 MB/s');
    run.child.kill('SIGTERM');
    run.child.kill('SIGCONT');
    expect(await run.exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(existsSync(where.lock)).toBe(false);
    expect(tempFiles(where.dir)).toEqual([]);
  });

  it('takes over a lock of a dead pid, and of a live pid that now belongs to another process', () => {
    for (const [holder, why] of [
      [deadPid(), 'is not running'],
      [process.pid, 'is now another process']
    ] as const) {
      const where = folder();
      writeLock(where.lock, {
        pid: holder,
        host: os.hostname(),
        started_at: '2026-01-01T00:00:00.000Z',
        // This test runner's pid, but not its start time: the pid was reused.
        process_start: holder === process.pid ? `${Number(processStartTime(process.pid)) + 1}` : null,
        token: 'a'.repeat(32)
      });
      const run = cli(where.cwd, '73 MB/s');
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `took over a stale lock (pid ${holder}, started 2026-01-01T00:00:00.000Z): pid ${holder} ${why}.`
      );
      expect(existsSync(where.lock)).toBe(false);
      expectOneRun(where.dir, '73 MB/s');
    }
  });

  it('refuses a fresh lock from another host, and takes over one left untouched too long', () => {
    const where = folder();
    writeLock(where.lock, {
      pid: 4242,
      host: 'runner-elsewhere',
      started_at: '2026-01-01T00:00:00.000Z',
      process_start: null,
      token: 'b'.repeat(32)
    });
    const refused = cli(where.cwd, '74 MB/s');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('(pid 4242 on runner-elsewhere, started 2026-01-01T00:00:00.000Z;');
    expect(existsSync(path.join(where.dir, 'perf.json'))).toBe(false);

    const old = new Date(Date.now() - STALE_FOREIGN_MS - 60_000);
    utimesSync(where.lock, old, old);
    const next = cli(where.cwd, '74 MB/s');
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(
      /took over a stale lock \(pid 4242 on runner-elsewhere, .*\): untouched for \d+ s/
    );
    expectOneRun(where.dir, '74 MB/s');
  });

  it('neither follows nor waits on a lock that is a symlink to a device, and replaces it', () => {
    const where = folder();
    mkdirSync(where.dir, { recursive: true });
    symlinkSync('/dev/zero', where.lock);
    const run = cli(where.cwd, '75 MB/s');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('took over a stale lock (none): the file is not a lock a run wrote.');
    expect(existsSync(where.lock)).toBe(false);
    expectOneRun(where.dir, '75 MB/s');
  });
});

describe('the Action and the report dir', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('fails the step with the holder named when the report dir is in use, writing nothing there', async () => {
    const where = folder();
    writeTree(path.join(where.cwd, 'target', 'criterion'), HEALTHY);
    const held = await lockReportDir(
      path.join(where.cwd, 'copybook-bench-report'),
      Date.now,
      readHostFacts()
    );
    try {
      const run = await runAction({ run: 'false' }, { cwd: where.cwd });
      expect(run.exitCode).toBe(1);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toEqual([
        `::error::report-dir ${held.dir} is in use by another copybook-bench run (pid ${process.pid}, started ${readLockHolder(held.file)?.started_at}; lock file ${held.file}). Runs at the same time need a report-dir each (in a matrix, put the leg in report-dir); if that run is gone, remove the lock file.`
      ]);
      expect(readdirSync(held.dir)).toEqual([LOCK_FILE]);
    } finally {
      held.release();
    }
    expect(existsSync(held.file)).toBe(false);
  });

  it('keeps its lock out of the report artifact it uploads, and removes it afterwards', async () => {
    const actions = createActionsServices({ repository: 'octo-org/copybook-rs' });
    server = await startServer([actions.handler]);
    const where = folder();
    writeTree(path.join(where.cwd, 'target', 'criterion'), HEALTHY);
    const run = await runAction(
      { run: 'false', baseline: 'off' },
      { cwd: where.cwd, env: { ...actions.env(server.url), RUNNER_OS: 'Linux' } }
    );
    expect(run.exitCode).toBe(0);
    const [artifact] = actions.artifacts;
    expect(artifact?.name).toBe('copybook-bench-report-default-Linux');
    const zip = actions.blobs.get(artifact?.blob ?? '') ?? Buffer.alloc(0);
    expect(zip.includes('perf.json')).toBe(true);
    expect(zip.includes(LOCK_FILE)).toBe(false);
    expect(zip.includes('.tmp')).toBe(false);
    expect(existsSync(path.join(where.cwd, 'copybook-bench-report', LOCK_FILE))).toBe(false);
  });
});
