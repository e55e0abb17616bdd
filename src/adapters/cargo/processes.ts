/**
 * Finding, measuring and stopping the processes of one `cargo bench` run. @actions/exec exposes no
 * child pid and no process group, so a run is found by a marker variable in its environment, which
 * cargo, rustc and the bench binaries all inherit (orphans that were re-parented keep it too), plus
 * the descendants of marked processes in case one of them cleared its environment.
 * Linux reads /proc; elsewhere `ps` lists the descendants of this process (no marker, no memory).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pushAll } from '../../core/arrays.js';
import { childEnv } from '../../core/child-env.js';

const RUN_MARKER_VAR = 'COPYBOOK_BENCH_RUN_ID';

/** Whether this machine has a Linux-style /proc to read processes from. */
let procFs: boolean | undefined;
export function hasProcFs(): boolean {
  procFs ??= existsSync('/proc/self/stat');
  return procFs;
}

interface ProcStat {
  pid: number;
  ppid: number;
  state: string;
  startTime: string;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended between listing and reading, or is not ours to read
  }
}

/** `/proc/<pid>/stat`; the command name may hold spaces and parentheses, so split after the last ')'. */
export function parseProcStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open === -1 || close === -1) return null;
  const fields = text
    .slice(close + 2)
    .trim()
    .split(' ');
  const pid = Number(text.slice(0, open).trim());
  const ppid = Number(fields[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return null;
  return { pid, ppid, state: fields[0] ?? '?', startTime: fields[19] ?? '' };
}

/** When a process started (clock ticks since boot, from /proc), or null: no /proc, or no such process. */
export function processStartTime(pid: number): string | null {
  if (!hasProcFs()) return null;
  const text = readText(`/proc/${pid}/stat`);
  return (text === null ? null : parseProcStat(text)?.startTime) || null;
}

function procStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = readText(`/proc/${entry}/stat`);
    const stat = text === null ? null : parseProcStat(text);
    if (stat) stats.push(stat);
  }
  return stats;
}

function psTable(env: NodeJS.ProcessEnv): { pid: number; ppid: number }[] {
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8', env: childEnv({}, env) });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isInteger))
    .map(([pid, ppid]) => ({ pid, ppid }));
}

/** Every pid below `roots` in a pid → parent table (the roots themselves included). */
export function withDescendants(
  roots: Iterable<number>,
  table: { pid: number; ppid: number }[]
): Set<number> {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const found = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (found.has(pid)) continue;
    found.add(pid);
    pushAll(stack, children.get(pid) ?? []);
  }
  return found;
}

/**
 * The processes of one run, found by the marker it put in their environment. `env` is the
 * environment `ps` runs with where there is no /proc; `now` (ms since the epoch) times killAll.
 */
export class RunProcesses {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly now: () => number
  ) {}

  readonly marker = randomUUID();
  private readonly needle = `${RUN_MARKER_VAR}=${this.marker}`;
  // Whether pid+start time carries the marker: environments do not change after exec, so each
  // process is read once however often the table is scanned.
  private readonly marked = new Map<string, boolean>();

  /** The environment entry that tags a process as part of this run. */
  get envEntry(): Record<string, string> {
    return { [RUN_MARKER_VAR]: this.marker };
  }

  /** Live (not zombie) pids of this run. */
  pids(): number[] {
    if (!hasProcFs()) {
      // No environments to read: take everything below this process, which is only the run.
      const table = psTable(this.env);
      const tree = withDescendants([process.pid], table);
      tree.delete(process.pid);
      return [...tree];
    }
    const stats = procStats();
    const roots: number[] = [];
    for (const stat of stats) {
      if (stat.pid === process.pid) continue;
      const key = `${stat.pid}:${stat.startTime}`;
      let isMarked = this.marked.get(key);
      if (isMarked === undefined) {
        const environ = readText(`/proc/${stat.pid}/environ`);
        isMarked = environ?.split('\0').includes(this.needle) ?? false;
        this.marked.set(key, isMarked);
      }
      if (isMarked) roots.push(stat.pid);
    }
    const tree = withDescendants(roots, stats);
    const zombies = new Set(stats.filter((s) => s.state === 'Z').map((s) => s.pid));
    return [...tree].filter((pid) => pid !== process.pid && !zombies.has(pid));
  }

  /**
   * The highest peak RSS (VmHWM) among this run's bench binaries right now, from a full scan:
   * processes started with a `--bench` argument that are not cargo or rustc themselves (cargo's own
   * command line has `--bench` too). null when /proc is missing or no bench process is alive.
   */
  benchPeakRssBytes(): number | null {
    return this.sampleBenchRss(1);
  }

  private readonly benchPids = new Set<number>();
  private samples = 0;

  /**
   * The same measurement, cheap enough to repeat every 100 ms while a benchmark runs: bench
   * processes already found are re-read each call (one small file each), and the whole process
   * table, which costs milliseconds, is scanned only every `rescanEvery` calls or while no bench
   * process is known. VmHWM only grows, so a process read at any time before it exits counts fully
   * up to then.
   */
  sampleBenchRss(rescanEvery = 5): number | null {
    if (!hasProcFs()) return null;
    if (this.benchPids.size === 0 || this.samples % rescanEvery === 0) {
      for (const pid of this.pids()) if (isBenchProcess(pid)) this.benchPids.add(pid);
    }
    this.samples++;
    let peak: number | null = null;
    for (const pid of this.benchPids) {
      const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readText(`/proc/${pid}/status`) ?? '');
      if (!match) {
        this.benchPids.delete(pid); // gone (a zombie has no memory lines either)
        continue;
      }
      peak = Math.max(peak ?? 0, Number(match[1]) * 1024);
    }
    return peak;
  }

  /**
   * Stops the run: SIGTERM to every process (again to any that appear), then SIGKILL to whatever is
   * left after `graceMs`. Resolves when none is left or after `graceMs + killWaitMs`; returns the
   * pids still alive then (normally none).
   */
  async killAll(graceMs = 3000, killWaitMs = 5000): Promise<number[]> {
    const termed = new Set<number>();
    const termUntil = this.now() + graceMs;
    while (this.now() < termUntil) {
      const pids = this.pids();
      if (pids.length === 0) return [];
      for (const pid of pids) {
        if (!termed.has(pid)) signal(pid, 'SIGTERM');
        termed.add(pid);
      }
      await sleep(50);
    }
    const killUntil = this.now() + killWaitMs;
    let left = this.pids();
    while (left.length > 0 && this.now() < killUntil) {
      for (const pid of left) signal(pid, 'SIGKILL');
      await sleep(50);
      left = this.pids();
    }
    return left;
  }
}

const TOOLCHAIN_PROGRAMS = new Set(['cargo', 'rustc', 'cargo.exe', 'rustc.exe']);

function isBenchProcess(pid: number): boolean {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0');
  if (!argv.includes('--bench')) return false;
  const comm = (readText(`/proc/${pid}/comm`) ?? '').trim();
  return !TOOLCHAIN_PROGRAMS.has(comm) && !TOOLCHAIN_PROGRAMS.has(basename(argv[0] ?? ''));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing to stop.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
