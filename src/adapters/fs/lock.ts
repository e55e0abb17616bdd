// One run per report dir at a time. Two runs writing into one dir mix their files (one run's
// audit.json next to the other's perf.json), so a run locks the dir before it writes anything there
// and a second run is refused with the first one's pid, instead of interleaving.
//
// The lock is `.copybook-bench.lock` in the dir, holding who took it. It is created complete and
// atomically (written to a temp file, then hard-linked to its name, which fails if it exists), so a
// lock that does not parse was not written by a run and is never mistaken for a live one. A lock is
// stale, and taken over, when its run is gone: on this host its pid is dead or now belongs to a
// process that started at another time; from another host (a shared folder, or a container whose
// host name changes per job) it has not been touched for STALE_FOREIGN_MS, as a live run touches it
// every HEARTBEAT_MS. On SIGINT, SIGTERM or SIGHUP, and on exit, the lock and this run's temp files
// are removed before the process ends; after a SIGKILL the next run clears them.
// The clock and the host name are handed in (`now`, `host`), as everywhere else.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from '../../core/errors.js';
import { processStartTime } from '../cargo/processes.js';
import type { HostFacts } from '../host.js';
import { removeStaleTempFiles, removeTempFilesInFlight, TEMP_FILE } from './write.js';

export const LOCK_FILE = '.copybook-bench.lock';
export const HEARTBEAT_MS = 20_000;
export const STALE_FOREIGN_MS = 120_000;
/** Far more than a lock's JSON; a bigger file is not a lock and is not read whole. */
const MAX_LOCK_BYTES = 4096;

/** Who holds a report dir, as the lock file says. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601 UTC. */
  started_at: string;
  /** The process's start time as /proc gives it (clock ticks since boot); null without /proc. */
  process_start: string | null;
  /** Tells this lock from a later one of the same pid. */
  token: string;
}

/** A held report dir. */
export interface ReportDirLock {
  dir: string;
  file: string;
  /** The stale lock that was taken over (whose it was, and why it was stale), if any. */
  tookOver: { holder: string; why: string } | null;
  /** Temp files an interrupted run left in the dir, removed. */
  removed: string[];
  /** Releases the lock (idempotent, synchronous). */
  release(): void;
}

/** Another run holds the report dir. */
class ReportDirInUseError extends InputError {
  override name = 'ReportDirInUseError';
}

/** The lock and temp files: the run's own workings, not part of the report (nor of its artifact). */
export function isReportWorkFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`) || TEMP_FILE.test(name);
}

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The holder a lock file names; null for anything that is not a complete lock (never read past 4 KiB). */
export function readLockHolder(file: string): LockHolder | null {
  let fd: number;
  try {
    // lstat first: a symlink or a FIFO in its place is not a lock (and opening a FIFO would wait).
    if (!lstatSync(file).isFile()) return null;
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const buffer = Buffer.alloc(MAX_LOCK_BYTES + 1);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    if (length > MAX_LOCK_BYTES) return null;
    const data = JSON.parse(buffer.toString('utf8', 0, length)) as Record<string, unknown>;
    const { pid, host, started_at, process_start, token } = data ?? {};
    if (!Number.isInteger(pid) || (pid as number) <= 0 || !text(host) || !text(started_at) || !text(token))
      return null;
    if (process_start !== null && !text(process_start)) return null;
    return { pid: pid as number, host, started_at, process_start, token };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(file: string, now: () => number): number {
  try {
    return now() - lstatSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Whether the run that wrote `holder` may still be running; why not, when it is not. `host` is this
 * machine (a lock from another one is judged by its age on the clock `now`).
 */
export function holderGone(
  holder: LockHolder,
  file: string,
  now: () => number,
  host: HostFacts
): string | null {
  if (holder.host !== host.hostname) {
    const age = ageMs(file, now);
    return age > STALE_FOREIGN_MS
      ? `untouched for ${Math.round(age / 1000)} s (a running run touches it every ${HEARTBEAT_MS / 1000} s)`
      : null;
  }
  // Our own pid in a lock we have not taken: an earlier process that had this pid (containers reuse them).
  if (holder.pid === process.pid || !pidAlive(holder.pid)) return `pid ${holder.pid} is not running`;
  const started = processStartTime(holder.pid);
  if (holder.process_start !== null && started !== null && started !== holder.process_start)
    return `pid ${holder.pid} is now another process`;
  return null;
}

function describeHolder(holder: LockHolder, host: HostFacts): string {
  const where = holder.host === host.hostname ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${where}, started ${holder.started_at}`;
}

/** Lock file → its release, for every lock this process holds or is taking. */
const held = new Map<string, () => void>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Removes every held lock and temp file synchronously; used on exit and on a signal. */
function releaseAll(): void {
  removeTempFilesInFlight();
  for (const release of [...held.values()]) release();
}

function onSignal(signal: NodeJS.Signals): void {
  releaseAll();
  // Then end as the signal would have without us.
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  process.removeListener('exit', releaseAll);
  process.kill(process.pid, signal);
}

function watchProcess(): void {
  if (held.size !== 1) return;
  for (const name of SIGNALS) process.on(name, onSignal);
  process.on('exit', releaseAll);
}

function unwatchProcess(): void {
  if (held.size !== 0) return;
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  process.removeListener('exit', releaseAll);
}

/** Moves a stale lock out of the way, unless it was replaced by a live one meanwhile. */
function removeStale(file: string, stale: LockHolder | null): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Already gone: someone else cleared it.
  }
  const moved = readLockHolder(aside);
  if (moved?.token !== stale?.token) {
    // Another run took it over between our look and the move: put its lock back.
    try {
      linkSync(aside, file);
    } catch {
      // A third run holds it now; the next attempt sees that one.
    }
  }
  unlinkSync(aside);
}

/**
 * Locks `dir` (creating it) for this run, then removes the temp files an interrupted run left there.
 * Throws ReportDirInUseError, naming the other run and the dir, when a live run holds it. The lock
 * records `host`'s name and the time on `now` (ms since the epoch), and is kept fresh on that clock.
 */
export async function lockReportDir(dir: string, now: () => number, host: HostFacts): Promise<ReportDirLock> {
  const file = path.join(dir, LOCK_FILE);
  if (held.has(file)) throw new ReportDirInUseError(`report-dir ${dir} is already in use by this run.`);
  mkdirSync(dir, { recursive: true });
  const mine: LockHolder = {
    pid: process.pid,
    host: host.hostname,
    started_at: new Date(now()).toISOString(),
    process_start: processStartTime(process.pid),
    token: randomBytes(16).toString('hex')
  };
  // Not a TEMP_FILE name: another run's clean-up must not take it away before it is linked.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.draft`;
  let heartbeat: NodeJS.Timeout | undefined;
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    held.delete(file);
    rmSync(draft, { force: true });
    // Only our own lock: never one that replaced it.
    if (readLockHolder(file)?.token === mine.token) {
      try {
        unlinkSync(file);
      } catch {
        // Gone already.
      }
    }
    unwatchProcess();
  };
  // Watched before the lock exists: a signal at any moment after it appears removes it.
  held.set(file, release);
  watchProcess();

  let tookOver: ReportDirLock['tookOver'] = null;
  try {
    writeFileSync(draft, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new Error(`report-dir ${dir} cannot be locked (${file}): ${messageOf(error)}`);
        }
      }
      const holder = readLockHolder(file);
      const gone =
        holder === null ? 'the file is not a lock a run wrote' : holderGone(holder, file, now, host);
      if (gone === null || attempt >= 3) {
        throw new ReportDirInUseError(
          `report-dir ${dir} is in use by another copybook-bench run (${holder ? describeHolder(holder, host) : 'its lock keeps changing'}; lock file ${file}). Runs at the same time need a report-dir each (in a matrix, put the leg in report-dir); if that run is gone, remove the lock file.`
        );
      }
      removeStale(file, holder);
      tookOver = { holder: holder ? describeHolder(holder, host) : 'none', why: gone };
    }
  } catch (error) {
    release();
    throw error;
  }
  rmSync(draft, { force: true });

  heartbeat = setInterval(() => {
    const touched = new Date(now());
    try {
      utimesSync(file, touched, touched);
    } catch {
      // Removed under us: nothing to keep fresh.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const removed = await removeStaleTempFiles(dir);
  return { dir, file, tookOver, removed, release };
}

/**
 * Runs `fn` with `dir` locked (see lockReportDir for `now` and `host`); `note` hears about a stale
 * lock taken over and leftovers removed.
 */
export async function withReportDirLock<T>(
  dir: string,
  now: () => number,
  host: HostFacts,
  note: (line: string) => void,
  fn: () => Promise<T>
): Promise<T> {
  const lock = await lockReportDir(dir, now, host);
  try {
    for (const line of describeTakeOver(lock)) note(line);
    return await fn();
  } finally {
    lock.release();
  }
}

/** What the log says about a lock that was taken over and the leftovers removed; empty when neither. */
export function describeTakeOver(lock: ReportDirLock): string[] {
  const lines: string[] = [];
  if (lock.tookOver) {
    lines.push(
      `report-dir ${lock.dir}: took over a stale lock (${lock.tookOver.holder}): ${lock.tookOver.why}.`
    );
  }
  if (lock.removed.length > 0) {
    lines.push(
      `report-dir ${lock.dir}: removed ${lock.removed.length} temporary file${lock.removed.length === 1 ? '' : 's'} an interrupted run left: ${lock.removed.join(', ')}.`
    );
  }
  return lines;
}
