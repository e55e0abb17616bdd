// Facts about the machine and the checkout for the report's _metadata. Shell: runs git and rustc.

import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The first line a command prints, or null when it is missing or fails (argument array, no shell). */
export async function firstLine(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | null> {
  try {
    const { stdout } = await run(command, args, { cwd, env, timeout: 15_000 });
    const line = stdout.split('\n')[0]?.trim();
    return line ? line : null;
  } catch {
    return null;
  }
}

export async function gitCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  return env.GITHUB_SHA || (await firstLine('git', ['rev-parse', 'HEAD'], cwd));
}

export async function rustVersion(cwd: string): Promise<string | null> {
  return firstLine('rustc', ['--version'], cwd);
}

export function machine(): { platform: string; cpuCores: number; memoryGb: number } {
  return {
    platform: `${os.platform()}-${os.arch()}`,
    cpuCores: Math.max(1, os.availableParallelism?.() ?? os.cpus().length),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10
  };
}
