import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  hasProcFs,
  parseProcStat,
  RunProcesses,
  withDescendants
} from '../../../src/adapters/cargo/processes.js';

describe('parseProcStat', () => {
  it('reads pid, parent, state and start time even when the name has spaces and parentheses', () => {
    const fields = ['S', '4242', ...Array.from({ length: 17 }, (_, i) => String(i)), '987654', '1', '2'];
    const text = `1234 (my (odd) name) ${fields.join(' ')}\n`;
    expect(parseProcStat(text)).toEqual({ pid: 1234, ppid: 4242, state: 'S', startTime: '987654' });
    expect(parseProcStat('garbage')).toBeNull();
  });
});

describe('withDescendants', () => {
  it('collects every level below the roots and nothing beside them', () => {
    const table = [
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 13, ppid: 12 },
      { pid: 20, ppid: 1 },
      { pid: 21, ppid: 20 }
    ];
    expect([...withDescendants([11], table)].sort()).toEqual([11, 12, 13]);
    expect([...withDescendants([10, 21], table)].sort()).toEqual([10, 11, 12, 13, 21]);
  });
});

const linuxOnly = hasProcFs() ? describe : describe.skip;

function alive(pid: number): boolean {
  const stat = existsSync(`/proc/${pid}/stat`)
    ? parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))
    : null;
  return stat !== null && stat.state !== 'Z';
}

/** Whether the process has exec'd its program (a fresh fork still shows node's command line). */
function execDone(pid: number): boolean {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--bench');
}

function hasChild(pid: number): boolean {
  return readdirSync('/proc').some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      return parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'))?.ppid === pid;
    } catch {
      return false;
    }
  });
}

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

linuxOnly('RunProcesses on real processes', () => {
  const started: ChildProcess[] = [];
  const runs: RunProcesses[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'runprocs-'));
  afterAll(async () => {
    // A failed test must not leave its sleepers behind.
    for (const child of started) if (child.pid && alive(child.pid)) child.kill('SIGKILL');
    await Promise.all(runs.map((run) => run.killAll(200, 2000)));
    rmSync(scratch, { recursive: true, force: true });
  });

  function newRun(): RunProcesses {
    const run = new RunProcesses(process.env, Date.now);
    runs.push(run);
    return run;
  }

  function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    started.push(child);
    return child;
  }

  it('finds a marked tree three levels deep, kills all of it and leaves unmarked processes alone', async () => {
    const run = newRun();
    const bystander = start('sleep', ['60']);
    // sh → sh → sleep, a sleep directly under the first sh, and one that dropped the marker with
    // its whole environment (found as a descendant instead).
    const root = start(
      'sh',
      ['-c', 'sleep 60 & env -i /bin/sleep 61 & sh -c "sleep 60; true"; wait'],
      run.envEntry
    );
    await waitFor(() => run.pids().length >= 5);
    const pids = run.pids();
    expect(pids).toContain(root.pid);
    expect(pids).not.toContain(bystander.pid);
    expect(pids).not.toContain(process.pid);
    const unmarked = pids.find(
      (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8') === '/bin/sleep\u000061\u0000'
    );
    expect(unmarked).toBeDefined();
    expect(readFileSync(`/proc/${unmarked}/environ`, 'utf8')).toBe('');

    const begin = Date.now();
    expect(await run.killAll()).toEqual([]);
    expect(Date.now() - begin).toBeLessThan(3000); // SIGTERM was enough: no wait for the grace period
    for (const pid of pids) expect(alive(pid)).toBe(false);
    expect(run.pids()).toEqual([]);
    expect(alive(bystander.pid as number)).toBe(true);
  });

  it('falls back to SIGKILL for a process that ignores SIGTERM', async () => {
    const run = newRun();
    const stubborn = start('sh', ['-c', 'trap "" TERM; while :; do sleep 0.05; done'], run.envEntry);
    await waitFor(() => run.pids().includes(stubborn.pid as number));
    const begin = Date.now();
    expect(await run.killAll(300, 3000)).toEqual([]);
    expect(Date.now() - begin).toBeGreaterThanOrEqual(300);
    expect(alive(stubborn.pid as number)).toBe(false);
  });

  it('measures peak RSS of --bench processes but not of cargo itself', async () => {
    const run = newRun();
    // A copy of sh named cargo, started with --bench like cargo's own command line.
    const fakeCargo = join(scratch, 'cargo');
    copyFileSync('/bin/sh', fakeCargo);
    const cargo = start(fakeCargo, ['-c', 'sleep 30; true', '--bench'], run.envEntry);
    await waitFor(() => execDone(cargo.pid as number));
    expect(run.pids()).toContain(cargo.pid);
    expect(run.benchPeakRssBytes()).toBeNull();

    const bench = start('sh', ['-c', 'sleep 30; true', '--bench'], run.envEntry);
    // Once the shell has started its sleep it is fully loaded (right after exec its VmHWM is tiny).
    await waitFor(() => execDone(bench.pid as number) && hasChild(bench.pid as number));
    const peak = run.benchPeakRssBytes();
    // VmHWM only grows, so the sample lies between readings taken before and after it.
    const hwmAfter =
      Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${bench.pid}/status`, 'utf8'))?.[1]) * 1024;
    expect(peak).toBeGreaterThan(100 * 1024); // a whole shell, not a page
    expect(peak).toBeLessThanOrEqual(hwmAfter);
    await run.killAll();
  });
});
