// The audit's shell: tool versions (rustc, cargo), criterion's version from Cargo.lock, the machine,
// the paths of the files the record vouches for, and the audit config file.

import { access } from 'node:fs/promises';
import path from 'node:path';
import { type AuditConfig, EMPTY_AUDIT_CONFIG, parseAuditConfig } from '../../core/audit/config.js';
import type { AuditFacts, HashedFile } from '../../core/audit/record.js';
import { InputError } from '../../core/errors.js';
import { parseRustcVerbose } from '../../core/machine.js';
import { type ConfinedPath, FILE_CAPS, FileReadError, readFileCapped, rootFor } from '../fs/confined.js';
import { commandOutput, firstLine, type HostFacts } from '../host.js';
import { lockedVersions } from './cargo-lock.js';

/** The first line `<command> --version` prints, or null when the tool is missing or fails. */
export function toolVersion(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  return firstLine(command, ['--version'], cwd, env);
}

export interface ToolVersions {
  /** rustc's version line, as `rustc -V` prints it. */
  rustc: string | null;
  cargo: string | null;
  /** The triple rustc builds for by default (`rustc -vV`'s `host:`), for the machine fingerprint. */
  rustcHost: string | null;
}

/** Nothing was asked: nothing ran. */
export const NO_TOOL_VERSIONS: ToolVersions = { rustc: null, cargo: null, rustcHost: null };

/** `rustc -vV`, asked once: its first line is `rustc -V`'s, and it names the host triple. */
async function rustcVerbose(
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<{ version: string | null; host: string | null }> {
  const output = await commandOutput('rustc', ['-vV'], cwd, env);
  return output === null ? { version: null, host: null } : parseRustcVerbose(output);
}

/**
 * rustc's and cargo's versions (and rustc's host), asked once a run for the report, the machine
 * fingerprint and the audit. Only when the run
 * builds anyway (`run`): in the workspace a pull request's rust-toolchain.toml picks the toolchain,
 * and that can be any program it names, so with `run: false` nothing is asked and both are null.
 * `env`: the bench's environment (bench-env included), so the versions are those the bench used.
 */
export async function toolVersions(options: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  run: boolean;
}): Promise<ToolVersions> {
  if (!options.run) return NO_TOOL_VERSIONS;
  const [rustc, cargo] = await Promise.all([
    rustcVerbose(options.cwd, options.env),
    toolVersion('cargo', options.cwd, options.env)
  ]);
  return { rustc: rustc.version, cargo, rustcHost: rustc.host };
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

/** The facts for the record; `tools` were asked once for the run (toolVersions), `host` read once. */
export async function collectAuditFacts(options: {
  cwd: string;
  tools: ToolVersions;
  host: HostFacts;
  /** The checkout: a Cargo.lock found inside it may not lead out of it through a symlink. */
  workspace?: string;
}): Promise<AuditFacts> {
  const { cwd, workspace, host } = options;
  const { rustc, cargo } = options.tools;
  const lockfile = await findCargoLock(cwd);
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
  return {
    node: process.version,
    rustc,
    cargo,
    criterion,
    os: { platform: host.platform, release: host.release, arch: host.arch },
    cpu: { model: host.cpuModel, cores: host.cpuCores },
    memoryBytes: host.memoryBytes
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
