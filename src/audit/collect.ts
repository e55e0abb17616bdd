// The audit's shell: tool versions (rustc, cargo), criterion's version from Cargo.lock, the machine,
// the paths of the files the record vouches for, and the audit config file.

import { access, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstLine } from '../context.js';
import { InputError, messageOf } from '../errors.js';
import { lockedVersions } from './cargo-lock.js';
import { type AuditConfig, EMPTY_AUDIT_CONFIG, parseAuditConfig } from './config.js';
import type { AuditFacts, HashedFile } from './record.js';

/** The first line `<command> --version` prints, or null when the tool is missing or fails. */
export function toolVersion(command: string, cwd: string, env?: NodeJS.ProcessEnv): Promise<string | null> {
  return firstLine(command, ['--version'], cwd, env);
}

/** Cargo.lock of the workspace `cwd` is in: the nearest one in `cwd` or a parent folder. */
export async function findCargoLock(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, 'Cargo.lock');
    try {
      await access(candidate);
      return candidate;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return null;
      dir = parent;
    }
  }
}

/**
 * A file's entry in the record: its path relative to `baseDir` (where audit.json lives),
 * `/`-separated, and the sha256 of the bytes the run wrote or read (never a second read of the file:
 * by then it may hold another run's bytes).
 */
export function hashedFile(file: { path: string; sha256: string }, baseDir: string): HashedFile {
  const relative = path.relative(baseDir, file.path).split(path.sep).join('/');
  return { path: relative || path.basename(file.path), sha256: file.sha256 };
}

export async function collectAuditFacts(options: {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}): Promise<AuditFacts> {
  const { cwd, env } = options;
  const [rustc, cargo, lockfile] = await Promise.all([
    toolVersion('rustc', cwd, env),
    toolVersion('cargo', cwd, env),
    findCargoLock(cwd)
  ]);
  const criterion = lockfile
    ? {
        versions: lockedVersions(await readFile(lockfile, 'utf8'), lockfile),
        lockfile: path.relative(cwd, lockfile) || 'Cargo.lock'
      }
    : null;
  const cpus = os.cpus();
  return {
    node: process.version,
    rustc,
    cargo,
    criterion,
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
    cpu: {
      model: cpus[0]?.model.trim() || null,
      cores: Math.max(1, os.availableParallelism?.() ?? cpus.length)
    },
    memoryBytes: os.totalmem()
  };
}

/** The audit config from `file` (resolved against `cwd`); no file means no extras. */
export async function loadAuditConfig(file: string | null, cwd: string): Promise<AuditConfig> {
  if (file === null || file.trim() === '') return EMPTY_AUDIT_CONFIG;
  const resolved = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(resolved, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') {
      throw new InputError(`audit-config ${file} does not exist (looked for ${resolved})`);
    }
    throw new InputError(`audit-config ${file} cannot be read: ${messageOf(error)}`);
  }
  return parseAuditConfig(text, file);
}
