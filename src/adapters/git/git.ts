/**
 * git as the paired checkout runs it: an argument array, never a shell; no prompt for credentials;
 * no config from a bare repository inside the checkout; each command stopped when the caller's time
 * is up. A failure is one line with its cause first, as the paired run reports it.
 */
import { childEnv } from '../../core/child-env.js';
import { failureCause } from '../../core/runner/failure.js';
import type { ProgramResult, RunProgram } from '../program.js';

export interface GitOptions {
  /** The environment git starts from (the job's credentials are withheld from it). */
  env: NodeJS.ProcessEnv;
  /** The ms left for the next git command; asked before each, as the caller's deadline nears. */
  timeoutMs: () => number;
}

/** Why the paired revision could not be checked out: one line, the cause first. */
export class CheckoutError extends Error {
  override name = 'CheckoutError';
}

/** A git command ran past the time it was given and was stopped; `command` names it (`git fetch`). */
export class GitTimeout extends Error {
  override name = 'GitTimeout';
  constructor(readonly command: string) {
    super(`${command} did not finish in time and was stopped`);
  }
}

export interface Git {
  /** git's result whatever its exit code; throws GitTimeout when it was stopped. */
  run(args: readonly string[], cwd: string): Promise<ProgramResult>;
  /** git's stdout; throws CheckoutError, naming the command and its cause, when git fails. */
  output(args: readonly string[], cwd: string): Promise<string>;
}

/** git over `run` (which withholds the credentials and captures the output). */
export function gitRunner(run: RunProgram, options: GitOptions): Git {
  // A fetch that needs credentials fails at once instead of waiting for a prompt.
  const env = childEnv({ GIT_TERMINAL_PROMPT: '0' }, options.env);
  const git = async (args: readonly string[], cwd: string): Promise<ProgramResult> => {
    // A bare repository committed inside the checkout would bring its own config: git may not use it.
    const result = await run('git', ['-c', 'safe.bareRepository=explicit', ...args], {
      cwd,
      env,
      timeoutMs: options.timeoutMs()
    });
    if (result.timedOut) throw new GitTimeout(`git ${args[0]}`);
    return result;
  };
  return {
    run: git,
    async output(args, cwd) {
      const result = await git(args, cwd);
      if (result.exitCode !== 0)
        throw new CheckoutError(`git ${args.join(' ')} failed in ${cwd}: ${failureCause(result)}`);
      return result.stdout;
    }
  };
}
