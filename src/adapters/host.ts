// Facts about the machine, the runner and the checkout: for the report's _metadata, and the runner's
// OS that names the baseline's and the report's slot. Shell: runs git.

import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { childEnv } from '../core/child-env.js';
import type { Config } from '../core/config/config.js';
import type { BaselineSlot } from './baseline/store.js';

const run = promisify(execFile);

/**
 * The first line a command prints, or null when it is missing or fails (argument array, no shell).
 * It runs with `env` (this process's by default) as every child does: without the job's credentials.
 */
export async function firstLine(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | null> {
  try {
    const { stdout } = await run(command, args, { cwd, env: childEnv({}, env), timeout: 15_000 });
    const line = stdout.split('\n')[0]?.trim();
    return line ? line : null;
  } catch {
    return null;
  }
}

export async function gitCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  // A bare repository committed inside the checkout would bring its own config: git may not use it.
  return (
    env.GITHUB_SHA ||
    (await firstLine('git', ['-c', 'safe.bareRepository=explicit', 'rev-parse', 'HEAD'], cwd, env))
  );
}

export function machine(): { platform: string; cpuCores: number; memoryGb: number } {
  return {
    platform: `${os.platform()}-${os.arch()}`,
    cpuCores: Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10
  };
}

/** The runner's OS and architecture as GitHub names them (Linux/X64), else Node's. */
export function runnerOf(env: NodeJS.ProcessEnv): { os: string; arch: string } {
  return { os: env.RUNNER_OS || os.type(), arch: env.RUNNER_ARCH || os.arch() };
}

export function slotOf(config: Config, env: NodeJS.ProcessEnv): BaselineSlot {
  return { name: config.name, os: runnerOf(env).os, testbed: config.testbed };
}
