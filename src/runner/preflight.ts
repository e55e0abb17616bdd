/**
 * Checks before a benchmark run, so that a missing toolchain or a misspelt package fails in a second
 * with a clear message instead of deep inside a cargo build.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as exec from '@actions/exec';
import { InputError } from '../errors.js';

/** A problem with the machine or the checkout (not with an input). */
export class PreflightError extends Error {
  override name = 'PreflightError';
}

export const CARGO_NOT_FOUND =
  'cargo was not found on PATH; install Rust (e.g. dtolnay/rust-toolchain or rustup) before this step';

export interface PreflightOptions {
  /** The workspace member that will be benchmarked. */
  packageName: string;
  /** Where cargo runs (the workspace or a directory inside it). */
  cwd: string;
  /** Variables layered over process.env (PATH here decides where cargo is looked for). */
  env?: Record<string, string>;
}

export interface Workspace {
  /** Absolute path of the cargo that was found. */
  cargoPath: string;
  workspaceRoot: string;
  /** Names of the workspace members, sorted. */
  members: string[];
}

/** The environment a child process gets: process.env with `extra` on top, without unset entries. */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return Object.assign(env, extra);
}

/** The first executable file named `command` in the directories of `pathValue`, or null. */
export function findOnPath(
  command: string,
  pathValue: string | undefined,
  platform: NodeJS.Platform = process.platform
): string | null {
  const extensions = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (pathValue ?? '').split(delimiter)) {
    if (dir === '') continue; // an empty entry would mean the cwd, which is not where cargo lives
    for (const ext of extensions) {
      const candidate = join(dir, command + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        if (platform !== 'win32') accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // missing or not executable: keep looking
      }
    }
  }
  return null;
}

interface CargoMetadata {
  workspace_root?: string;
  workspace_members?: string[];
  packages?: { id: string; name: string }[];
}

/** Finds cargo and checks that `packageName` is a member of the workspace at `cwd`. */
export async function preflight(opts: PreflightOptions): Promise<Workspace> {
  const env = childEnv(opts.env);
  const cargoPath = findOnPath('cargo', env.PATH);
  if (cargoPath === null) throw new PreflightError(CARGO_NOT_FOUND);
  if (!existsSync(opts.cwd)) {
    throw new PreflightError(`The working directory ${opts.cwd} does not exist`);
  }

  // --no-deps: only the workspace's own packages, so no registry or network is needed.
  const result = await exec.getExecOutput(cargoPath, ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: opts.cwd,
    env,
    silent: true,
    ignoreReturnCode: true
  });
  if (result.exitCode !== 0) {
    throw new PreflightError(
      `cargo metadata failed in ${opts.cwd} (exit code ${result.exitCode}): ${result.stderr.trim()}`
    );
  }
  let metadata: CargoMetadata;
  try {
    metadata = JSON.parse(result.stdout) as CargoMetadata;
  } catch {
    throw new PreflightError(`cargo metadata in ${opts.cwd} printed something that is not JSON`);
  }
  const memberIds = new Set(metadata.workspace_members ?? []);
  const members = (metadata.packages ?? [])
    .filter((p) => memberIds.has(p.id))
    .map((p) => p.name)
    .sort();
  const workspaceRoot = metadata.workspace_root ?? opts.cwd;

  if (!members.includes(opts.packageName)) {
    // cargo matches package names exactly, so a -/_ mix-up is a common miss worth naming.
    const normalized = opts.packageName.replaceAll('_', '-');
    const near = members.find((m) => m.replaceAll('_', '-') === normalized);
    const hint = near ? ` (did you mean '${near}'?)` : '';
    const list = members.length > 0 ? members.join(', ') : '(none)';
    throw new InputError(
      `Input 'package': '${opts.packageName}' is not a member of the Cargo workspace at ${workspaceRoot}${hint}; ` +
        `its members are: ${list}`
    );
  }
  return { cargoPath, workspaceRoot, members };
}
