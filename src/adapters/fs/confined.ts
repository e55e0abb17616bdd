// Paths a pull request can influence, kept where they belong, and every read of such a file bounded.
// A pull request controls every file and symlink in the checkout (and whatever its build scripts and
// benches write), so a path is judged by where it really leads, not by how it is spelt, and a file
// by what it really is: /proc/self/environ is a "regular file" of size 0 that holds the job's token.

import fs from 'node:fs';
import path from 'node:path';
import { InputError, messageOf } from '../../core/errors.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The most bytes read from each kind of file, far above what real data reaches (in brackets); a
 * file over its cap is refused by name rather than read into memory. Documented in docs/results.md (Paths).
 */
export const FILE_CAPS = {
  /** The config file, TOML (a few KiB). */
  configFile: 1 * MiB,
  /** A comment template: the comment itself is limited to 65,536 characters. */
  commentTemplate: 256 * KiB,
  /** The audit config, YAML (a few hundred bytes). */
  auditConfig: 1 * MiB,
  /** Captured `cargo bench` output (about 1 KiB per benchmark, plus cargo's build log). */
  benchOutput: 64 * MiB,
  /** One criterion benchmark.json or estimates.json (0.3–2 KiB). */
  criterionFile: 1 * MiB,
  /** baseline.json: one report and history-size compact entries (KiBs to a few MiB). */
  baselineFile: 64 * MiB,
  /** A shard's perf.json (about 1 KiB per benchmark). */
  shardReport: 64 * MiB,
  /** A workspace member's Cargo.toml (KiBs; generated ones with many features, some 100 KiB). */
  cargoManifest: 4 * MiB,
  /** Cargo.lock (large workspaces: 1–2 MiB). */
  cargoLock: 16 * MiB,
  /** A perf.json given to the CLI (KiBs per benchmark). */
  perfReport: 64 * MiB,
  /** The runner's event payload (GitHub caps webhook payloads at 25 MB). */
  eventPayload: 32 * MiB,
  /** A gh-pages dashboard's data.js to import (about 0.1 KiB per benchmark per commit: tens of MiB for years). */
  dashboardData: 256 * MiB,
  /** One result on the data branch (a few KiB per hundred benchmarks). */
  historyRecord: 32 * MiB
} as const;

/** Pseudo-filesystems: their files are the process's environment and memory, and devices. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'] as const;
/** Ordinary files under them: /dev/shm is a tmpfs, a fast scratch folder (CARGO_TARGET_DIR, say). */
const ORDINARY_DIRS = ['/dev/shm'] as const;

/** A path setting that leads somewhere it may not, or does not exist as it must. */
export class PathError extends InputError {
  override name = 'PathError';
}

export type FileRefusal = 'missing' | 'not-regular' | 'too-large' | 'outside' | 'system' | 'unreadable';

/** A file that readFileCapped would not read, and why: `${what}: ${file} ${detail}`. */
export class FileReadError extends InputError {
  override name = 'FileReadError';
  constructor(
    readonly reason: FileRefusal,
    what: string,
    readonly file: string,
    /** Why, after the file's name: `is a FIFO, not a regular file`. */
    readonly detail: string
  ) {
    super(`${what}: ${file} ${detail}`);
  }
}

/** Whether `file` is `dir` or lies under it. */
export function isInside(file: string, dir: string): boolean {
  return within(path.resolve(file), path.resolve(dir));
}

/** isInside for paths already absolute and normalised: a string comparison, cheap per file. */
function within(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`);
}

/** The pseudo-filesystem `file` (absolute, normalised) lies in (`/proc`, `/sys`, `/dev`), or null. */
export function systemDirOf(file: string): string | null {
  if (process.platform === 'win32' || ORDINARY_DIRS.some((dir) => within(file, dir))) return null;
  return SYSTEM_DIRS.find((dir) => within(file, dir)) ?? null;
}

/** `root` when `file` lies (as spelt) inside it: the checkout decides what is a symlink there. */
export function rootFor(file: string, root: string): string | null {
  return isInside(path.resolve(file), path.resolve(root)) ? path.resolve(root) : null;
}

/**
 * Where `file` really leads: the symlinks of its existing part resolved, the part that does not
 * exist yet (a report dir before its first run) appended. Throws a PathError for a symlink whose
 * target is missing or loops, since what it would create cannot be judged.
 */
export function realPath(file: string): string {
  const missing: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    if (statIfAny(current, false)) {
      try {
        return path.join(fs.realpathSync.native(current), ...missing.reverse());
      } catch (error) {
        throw new PathError(
          `${current} is a symlink whose target does not exist or loops (${messageOf(error)})`
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return path.join(current, ...missing.reverse());
    missing.push(path.basename(current));
    current = parent;
  }
}

/** stat (or lstat), or undefined when nothing is there (ENOENT, or a file where a folder would be). */
function statIfAny(file: string, follow = true): fs.Stats | undefined {
  try {
    return follow ? fs.statSync(file) : fs.lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** What kind of thing a file is, for messages. */
function kindOf(stat: fs.Stats): string {
  if (stat.isFile()) return 'a regular file';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A path resolved and checked by confinePath. */
export interface ConfinedPath {
  /** Absolute and normalised (`..` resolved as text); use this, never the value as written. */
  path: string;
  /** The folder it must really stay inside when read or written, or null (a trusted path outside the workspace). */
  root: string | null;
}

export interface ConfineRule {
  /** The setting, for messages: `comment-template`, `bench-env`. */
  setting: string;
  /** As written. */
  value: string;
  /** How messages show it, when not as `value` (`CRITERION_HOME=…` for a bench-env line). */
  shown?: string;
  /** ` (from .github/copybook-bench.toml)` or ''. */
  from?: string;
  /** What a relative value is relative to (absolute). */
  base: string;
  /** The checkout (absolute). */
  workspace: string;
  /**
   * Set by the workflow (an input, the step's environment) or the terminal, which may place it
   * outside the workspace; a value from the config file, which the checkout controls, may not.
   */
  trusted: boolean;
  /** What the setting accepts, e.g. `a markdown file, relative to working-directory`. */
  accepted: string;
}

/** Where a path may lead, for the `Accepted:` part of a message. */
function placeRule(rule: ConfineRule, workspace: string): string {
  return rule.trusted
    ? `inside the workspace ${workspace} (symlinks may not lead out of it), or a path outside it that is not under /proc, /sys or /dev`
    : `a path that stays inside the workspace ${workspace}, symlinks resolved (a config file's paths may not leave the checkout)`;
}

/**
 * Resolves a path setting and checks where it leads. A path spelt inside the workspace must really
 * stay inside it (every symlink resolved); an untrusted one (from the config file) must be inside
 * it; none may lead under /proc, /sys or /dev. The message names the setting, the value and what
 * is accepted. The place is checked again when the file is read (readFileCapped, recheckPlace), since
 * code that runs in between (build scripts, benches) can change the tree.
 */
export function confinePath(rule: ConfineRule): ConfinedPath {
  const workspace = path.resolve(rule.workspace);
  const refuse = (why: string): never => {
    throw new PathError(
      `Invalid ${rule.setting}${rule.from ?? ''}: "${rule.shown ?? rule.value}" ${why}. Accepted: ${rule.accepted}; ${placeRule(rule, workspace)}.`
    );
  };
  if (rule.value.includes('\0')) refuse('contains a NUL character');
  const lexical = path.resolve(rule.base, rule.value);
  const system = systemDirOf(lexical);
  if (system !== null) refuse(`is under ${system}`);
  const inside = isInside(lexical, workspace);
  if (!inside && !rule.trusted) {
    const segments = rule.value.split(/[\\/]+/);
    if (path.isAbsolute(rule.value)) refuse(`is an absolute path outside the workspace`);
    if (segments.includes('..')) refuse(`leads out of the workspace with ".." (to ${lexical})`);
    refuse(`resolves to ${lexical}, outside the workspace`);
  }
  let real: string;
  try {
    real = realPath(lexical);
  } catch (error) {
    return refuse(messageOf(error));
  }
  const realSystem = systemDirOf(real);
  if (realSystem !== null) refuse(`leads through a symlink to ${real}, under ${realSystem}`);
  if (inside) {
    if (!isInside(real, realPath(workspace)))
      refuse(`leads through a symlink to ${real}, outside the workspace`);
    return { path: lexical, root: workspace };
  }
  return { path: lexical, root: null };
}

/** Throws a FileReadError when the real `file` lies under a system folder or outside `root`. */
function checkPlace(real: string, root: string | null, what: string, shown: string): void {
  const system = systemDirOf(real);
  if (system !== null) {
    throw new FileReadError('system', what, shown, `leads to ${real}, under ${system}, which is never read`);
  }
  // A real path has no symlinks: inside `root` as spelt means inside it (no realpath per file).
  if (root !== null && !within(real, path.resolve(root)) && !within(real, realPath(root))) {
    throw new FileReadError('outside', what, shown, `leads to ${real}, outside ${root}`);
  }
}

/**
 * Checks again, just before use, that a confined path still leads where it did: a bench or build
 * script may have swapped a folder for a symlink since confinePath looked.
 */
export function recheckPlace(confined: ConfinedPath, what: string): void {
  let real: string;
  try {
    real = realPath(confined.path);
  } catch (error) {
    throw new FileReadError('outside', what, confined.path, messageOf(error));
  }
  checkPlace(real, confined.root, what, confined.path);
}

const PROC_FD = process.platform === 'linux' && fs.existsSync('/proc/self/fd');
// O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
// Makes opening a symlink fail with ELOOP (0 where there is no such flag: every file is stat'ed first).
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const CHUNK = 64 * KiB;

/** Where an open file really is (Linux): immune to a symlink swapped in after it was checked. */
function openedPath(fd: number): string | null {
  if (!PROC_FD) return null;
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

/**
 * Reads a regular file as UTF-8, at most `maxBytes`: a FIFO, a device, a directory, anything under
 * /proc, /sys or /dev, a file that leads outside `root` (when given) and a file over the cap are
 * refused with a FileReadError naming `what` and the file. The size is counted while reading, not
 * taken from stat (files under /proc report 0).
 */
export function readFileCapped(
  file: string,
  maxBytes: number,
  what: string,
  root: string | null = null
): string {
  const absolute = path.resolve(file);
  const fail = (reason: FileRefusal, detail: string): never => {
    throw new FileReadError(reason, what, absolute, detail);
  };
  const failed = (error: unknown): never =>
    (error as NodeJS.ErrnoException)?.code === 'ENOENT'
      ? fail('missing', 'does not exist')
      : fail('unreadable', `cannot be read: ${messageOf(error)}`);
  const system = systemDirOf(absolute);
  if (system !== null) fail('system', `is under ${system}, which is never read`);
  // A file that is not a symlink is opened at once (O_NONBLOCK: a FIFO does not wait for a writer);
  // a symlink's target is stat'ed first, since opening a device it leads to can block or act.
  let before: fs.Stats | null = null;
  let fd: number | null = null;
  if (NOFOLLOW !== 0) {
    try {
      fd = fs.openSync(absolute, OPEN_FLAGS | NOFOLLOW);
    } catch (error) {
      // ELOOP: a symlink (Linux, macOS); EMLINK on FreeBSD.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOOP' && code !== 'EMLINK') return failed(error);
    }
  }
  if (fd === null) {
    try {
      before = fs.statSync(absolute);
    } catch (error) {
      return failed(error);
    }
    if (!before.isFile()) fail('not-regular', `is ${kindOf(before)}, not a regular file`);
    try {
      fd = fs.openSync(absolute, OPEN_FLAGS);
    } catch (error) {
      return failed(error);
    }
  }
  try {
    const opened = fs.fstatSync(fd);
    const same = (stat: fs.Stats): boolean => stat.dev === opened.dev && stat.ino === opened.ino;
    if (!opened.isFile()) fail('not-regular', `is ${kindOf(opened)}, not a regular file`);
    if (before !== null && !same(before)) fail('unreadable', 'changed while it was opened');
    let real = openedPath(fd);
    if (real === null) {
      real = fs.realpathSync.native(absolute);
      if (!same(fs.statSync(real))) fail('unreadable', 'changed while it was opened');
    }
    checkPlace(real, root, what, absolute);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Sized by what the file states (one more byte shows its end), so a small file costs a small buffer.
      const wanted = opened.size > total ? opened.size - total + 1 : CHUNK;
      const buffer = Buffer.allocUnsafe(Math.min(wanted, CHUNK, maxBytes + 1 - total));
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
      total += n;
      if (total > maxBytes) {
        fail('too-large', `is larger than ${formatBytes(maxBytes)}, the most read from such a file`);
      }
      // A short read of a file that states its size is its end (saves a read per small file);
      // pseudo-files state 0 and are read until a read returns nothing.
      if (n < buffer.length && opened.size > 0 && total >= opened.size) break;
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    return failed(error);
  } finally {
    fs.closeSync(fd);
  }
}

/** 1 MiB, 256 KiB, 100 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

export type Expect = 'file' | 'directory' | 'creatable-directory';

/**
 * Checks what a confined path is before anything runs: an existing regular file, an existing
 * directory (never created), or a directory that exists or can be created (not a file, its nearest
 * existing parent a writable directory). Throws a PathError in the confinePath message form.
 */
export function expectKind(
  confined: ConfinedPath,
  expect: Expect,
  rule: Pick<ConfineRule, 'setting' | 'value' | 'shown' | 'from' | 'accepted'>
): void {
  const refuse = (why: string): never => {
    throw new PathError(
      `Invalid ${rule.setting}${rule.from ?? ''}: "${rule.value}" ${why}. Accepted: ${rule.accepted}.`
    );
  };
  const at = confined.path;
  const stat = statIfAny(at);
  if (expect === 'file') {
    if (!stat) refuse(`does not exist (looked at ${at})`);
    else if (!stat.isFile()) refuse(`is ${kindOf(stat)}, not a regular file (${at})`);
    return;
  }
  if (expect === 'directory') {
    if (!stat) refuse(`does not exist (looked at ${at}); it is not created`);
    else if (!stat.isDirectory()) refuse(`is ${kindOf(stat)}, not a directory (${at})`);
    return;
  }
  if (stat) {
    if (!stat.isDirectory()) refuse(`is ${stat.isFile() ? 'a file' : kindOf(stat)}, not a directory (${at})`);
    return;
  }
  let parent = path.dirname(at);
  let parentStat = statIfAny(parent);
  while (!parentStat && path.dirname(parent) !== parent) {
    parent = path.dirname(parent);
    parentStat = statIfAny(parent);
  }
  if (!parentStat?.isDirectory()) refuse(`cannot be created: ${parent} is not a directory`);
  try {
    fs.accessSync(parent, fs.constants.W_OK);
  } catch {
    refuse(`cannot be created: ${parent} is not writable`);
  }
}
