// Facts about the machine and the checkout for the report's _metadata. Shell: runs git.
// The one place that asks the os module about the machine (readHostFacts); everything else is
// handed those facts, so a run's facts can be given rather than read.

import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { childEnv } from '../core/child-env.js';

const run = promisify(execFile);

/** What the os module says about this machine, read once and handed to whatever needs it. */
export interface HostFacts {
  /** `linux`, `darwin`, `win32`, … (os.platform()). */
  platform: string;
  /** `Linux`, `Darwin`, `Windows_NT`, … (os.type()). */
  type: string;
  /** The kernel's release (os.release()). */
  release: string;
  /** `x64`, `arm64`, … (os.arch()). */
  arch: string;
  hostname: string;
  /** The first CPU's model; null when the OS names none. */
  cpuModel: string | null;
  /** The CPUs this process may use, at least 1. */
  cpuCores: number;
  memoryBytes: number;
  /** The OS's folder for temporary files (os.tmpdir()). */
  tmpdir: string;
}

export function readHostFacts(): HostFacts {
  const cpus = os.cpus();
  return {
    platform: os.platform(),
    type: os.type(),
    release: os.release(),
    arch: os.arch(),
    hostname: os.hostname(),
    cpuModel: cpus[0]?.model.trim() || null,
    cpuCores: Math.max(1, os.availableParallelism?.() ?? cpus.length),
    memoryBytes: os.totalmem(),
    tmpdir: os.tmpdir()
  };
}

/**
 * What a command prints, or null when it is missing or fails (argument array, no shell). It runs
 * with `env` (normally this process's) as every child does: without the job's credentials.
 */
export async function commandOutput(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<string | null> {
  try {
    const { stdout } = await run(command, args, { cwd, env: childEnv({}, env), timeout: 15_000 });
    return stdout;
  } catch {
    return null;
  }
}

/** The first line a command prints, or null when it is missing, fails or prints nothing. */
export async function firstLine(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
): Promise<string | null> {
  const line = (await commandOutput(command, args, cwd, env))?.split('\n')[0]?.trim();
  return line ? line : null;
}

export async function gitCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  // A bare repository committed inside the checkout would bring its own config: git may not use it.
  return (
    env.GITHUB_SHA ||
    (await firstLine('git', ['-c', 'safe.bareRepository=explicit', 'rev-parse', 'HEAD'], cwd, env))
  );
}

/** The report's machine fields. */
export function machine(host: HostFacts): { platform: string; cpuCores: number; memoryGb: number } {
  return {
    platform: `${host.platform}-${host.arch}`,
    cpuCores: host.cpuCores,
    memoryGb: Math.round((host.memoryBytes / 1024 ** 3) * 10) / 10
  };
}
