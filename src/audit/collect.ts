// The audit's shell: tool versions (rustc, cargo), criterion's version from Cargo.lock, the machine,
// the sha256 of the files the record vouches for, and the audit config file.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstLine } from '../context.js';
import { InputError } from '../errors.js';
import { type ConfinedPath, FILE_CAPS, FileReadError, readFileCapped, rootFor } from '../fs/confined.js';
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

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A file's sha256 with its path relative to `baseDir` (where audit.json lives), `/`-separated. */
export async function hashFile(file: string, baseDir: string): Promise<HashedFile> {
  const relative = path.relative(baseDir, file).split(path.sep).join('/');
  return { path: relative || path.basename(file), sha256: await sha256File(file) };
}

export async function collectAuditFacts(options: {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The checkout: a Cargo.lock found inside it may not lead out of it through a symlink. */
  workspace?: string;
}): Promise<AuditFacts> {
  const { cwd, env, workspace } = options;
  const [rustc, cargo, lockfile] = await Promise.all([
    toolVersion('rustc', cwd, env),
    toolVersion('cargo', cwd, env),
    findCargoLock(cwd)
  ]);
  const criterion = lockfile
    ? {
        versions: lockedVersions(
          readFileCapped(
            lockfile,
            FILE_CAPS.cargoLock,
            'Cargo.lock',
            workspace === undefined ? null : rootFor(lockfile, workspace)
          ),
          lockfile
        ),
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

/** The audit config from `file` (resolved and checked by resolveRunPaths); no file means no extras. */
export async function loadAuditConfig(
  setting: string | null,
  file: ConfinedPath | null
): Promise<AuditConfig> {
  if (setting === null || setting.trim() === '' || file === null) return EMPTY_AUDIT_CONFIG;
  let text: string;
  try {
    text = readFileCapped(file.path, FILE_CAPS.auditConfig, 'audit-config', file.root);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new InputError(
      `Invalid audit-config: "${setting}" ${error.detail} (${file.path}). Accepted: a YAML file, relative to working-directory.`
    );
  }
  return parseAuditConfig(text, setting);
}
