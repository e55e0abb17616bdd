// Facts about the machine and the checkout for the report's _metadata. Shell: runs git.

import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { childEnv } from '../core/child-env.js';

const run = promisify(execFile);

/**
 * The first line a command prints, or null when it is missing or fails (argument array, no shell).
 * It runs with `env` (normally this process's) as every child does: without the job's credentials.
 */
export async function firstLine(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv
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
