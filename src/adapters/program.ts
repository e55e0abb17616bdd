/**
 * Runs one program with an argument array (never a shell) and captures what it prints: git, a cargo
 * build, a bench program. The environment is the caller's without the job's credentials; a timeout
 * stops the program and every process it started (found by the run's marker, as for cargo bench).
 */
import { spawn } from 'node:child_process';
import { isAbsolute } from 'node:path';
import { childEnv } from '../core/child-env.js';
import { findOnPath } from './cargo/preflight.js';
import { RunProcesses } from './cargo/processes.js';
import { FILE_CAPS, formatBytes } from './fs/confined.js';

export interface ProgramOptions {
  cwd: string;
  /** The environment to start from (credentials are withheld here); its PATH finds `command`. */
  env: NodeJS.ProcessEnv;
  /** Stop the program and its children after this many ms; absent or null for no limit. */
  timeoutMs?: number | null;
}

export interface ProgramResult {
  /** The exit code; null when the program was ended by a signal or could not be started. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** It ran past `timeoutMs` and was stopped. */
  timedOut: boolean;
  /** Why it could not be started (`git was not found on PATH`), else null. */
  error: string | null;
}

/** Something that runs a program as runProgram does (the exec port's `run`, or a test's script). */
export type RunProgram = (
  command: string,
  args: readonly string[],
  options: ProgramOptions
) => Promise<ProgramResult>;

/** The longest delay setTimeout keeps (about 24.8 days); a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Collects a stream up to the cap; what comes after is counted, not kept. */
class Capture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private dropped = 0;
  constructor(private readonly cap: number) {}
  add(data: Buffer): void {
    const room = this.cap - this.kept;
    if (room <= 0) {
      this.dropped += data.length;
      return;
    }
    const part = data.length > room ? data.subarray(0, room) : data;
    this.chunks.push(part);
    this.kept += part.length;
    this.dropped += data.length - part.length;
  }
  text(): string {
    const text = Buffer.concat(this.chunks, this.kept).toString('utf8');
    return this.dropped === 0
      ? text
      : `${text}\n[${this.dropped} more bytes left out: at most ${formatBytes(this.cap)} are kept]\n`;
  }
}

/** Runs `command` with `args` (no shell) and resolves when it has ended; it never rejects. */
export function runProgram(
  command: string,
  args: readonly string[],
  options: ProgramOptions & { now: () => number }
): Promise<ProgramResult> {
  const run = new RunProcesses(options.env, options.now);
  const env = childEnv(run.envEntry, options.env);
  const program = isAbsolute(command) || command.includes('/') ? command : findOnPath(command, env.PATH);
  const failed = (error: string): ProgramResult => ({
    exitCode: null,
    stdout: '',
    stderr: '',
    timedOut: false,
    error
  });
  if (program === null) return Promise.resolve(failed(`${command} was not found on PATH`));
  const timeoutMs = options.timeoutMs ?? null;
  if (timeoutMs !== null && !(timeoutMs > 0)) {
    return Promise.resolve({ ...failed(`${command} was not started: no time was left`), timedOut: true });
  }

  return new Promise((resolve) => {
    const stdout = new Capture(FILE_CAPS.benchOutput);
    const stderr = new Capture(FILE_CAPS.benchOutput);
    let timedOut = false;
    let killing: Promise<number[]> | null = null;
    let settled = false;
    const child = spawn(program, [...args], {
      cwd: options.cwd,
      env,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    });
    const timer =
      timeoutMs === null
        ? null
        : setTimeout(
            () => {
              timedOut = true;
              killing = run.killAll();
            },
            Math.min(timeoutMs, LONGEST_TIMER_MS)
          );
    child.stdout.on('data', (data: Buffer) => stdout.add(data));
    child.stderr.on('data', (data: Buffer) => stderr.add(data));
    const finish = async (exitCode: number | null, error: string | null): Promise<void> => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      // Children that let go of the pipes early are stopped before the result is handed back.
      if (killing) await killing;
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text(), timedOut, error });
    };
    child.on('error', (error) => void finish(null, `${command} could not be started: ${error.message}`));
    // 'close': the program has ended and its output is all read.
    child.on('close', (code) => void finish(code, null));
  });
}
