/**
 * Runs `cargo bench` through @actions/exec: output streamed live and captured, a timeout that stops
 * the whole process tree, wall time and the peak memory of the bench binaries.
 */
import { isAbsolute } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import * as exec from '@actions/exec';
import { childEnv } from '../../core/child-env.js';
import { InputError } from '../../core/errors.js';
import { redactArgs, redactText } from '../../core/redact.js';
import { failureMessage } from '../../core/runner/failure.js';
import { CARGO_NOT_FOUND, findOnPath, PreflightError } from './preflight.js';
import { RunProcesses } from './processes.js';

export interface CargoBenchOptions {
  /** Program to run: 'cargo' (looked up on the PATH of `env`) or a path, e.g. from preflight. */
  command: string;
  args: readonly string[];
  cwd: string;
  /**
   * The environment cargo runs with (normally this process's with bench-env on top; the job's
   * credentials are withheld from it here). Its PATH decides where `command` is looked for.
   */
  env: NodeJS.ProcessEnv;
  /** The clock (ms since the epoch) that times the stop of a run that timed out. */
  now: () => number;
  /** Stop the run after this many minutes; absent or null for no limit. */
  timeoutMinutes?: number | null;
  /** true: do not echo the command and its output to this process's stdout (tests, CLI quiet mode). */
  silent?: boolean;
  /** Called with each piece of output as it arrives (whole UTF-8 characters). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /** How often to sample the bench processes' memory. */
  sampleIntervalMs?: number;
}

export interface CargoBenchResult {
  /** cargo's exit code; null when it was ended by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  /** Highest VmHWM seen among the bench binaries; null without /proc or when none was seen. */
  peakRssBytes: number | null;
  timedOut: boolean;
}

/** A run that failed or timed out; `result` still holds what it printed, for the report. */
export class BenchRunError extends Error {
  override name = 'BenchRunError';
  constructor(
    message: string,
    readonly result: CargoBenchResult
  ) {
    super(message);
  }
}

function resolveCommand(command: string, env: Record<string, string>): string {
  if (isAbsolute(command) || command.includes('/')) return command;
  const found = findOnPath(command, env.PATH);
  if (found === null) {
    throw new PreflightError(command === 'cargo' ? CARGO_NOT_FOUND : `${command} was not found on PATH`);
  }
  // Resolved here so that the PATH of `env`, not this process's, decides (exec looks at its own).
  return found;
}

/**
 * The longest delay setTimeout keeps (about 24.8 days, past any job's limit); a longer one fires
 * after 1 ms, which would stop the bench as soon as it starts.
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

function checkTimeoutMinutes(timeoutMinutes: number | null): void {
  if (timeoutMinutes !== null && !(Number.isFinite(timeoutMinutes) && timeoutMinutes > 0)) {
    throw new InputError(
      `Input 'timeout-minutes' must be a positive number of minutes, got ${timeoutMinutes}`
    );
  }
}

type Stream = 'stdout' | 'stderr';

/** cargo's output: kept whole, echoed as it comes, and handed to onOutput in whole characters. */
function outputCapture(echo: NodeJS.WritableStream | null, onOutput: CargoBenchOptions['onOutput']) {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  return {
    listener: (stream: Stream) => (data: Buffer) => {
      chunks[stream].push(data);
      echo?.write(data);
      if (onOutput) {
        const text = decoders[stream].write(data);
        if (text !== '') onOutput(text, stream);
      }
    },
    /** Hands on what the decoders still hold, then returns the whole output. */
    finish: (): Record<Stream, string> => {
      for (const stream of ['stdout', 'stderr'] as const) {
        const rest = decoders[stream].end();
        if (rest !== '' && onOutput) onOutput(rest, stream);
      }
      return {
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8')
      };
    }
  };
}

/** Samples the bench binaries' memory every `intervalMs` until stopped, keeping the peak. */
function memorySampler(run: RunProcesses, intervalMs: number) {
  let peakRssBytes: number | null = null;
  const sample = (): void => {
    const rss = run.sampleBenchRss();
    if (rss !== null) peakRssBytes = Math.max(peakRssBytes ?? 0, rss);
  };
  const interval = setInterval(sample, intervalMs);
  return { sample, stop: () => clearInterval(interval), peak: () => peakRssBytes };
}

/** Stops the run's whole process tree once `timeoutMinutes` have passed (never when null). */
function timeoutStop(
  run: RunProcesses,
  timeoutMinutes: number | null,
  memory: ReturnType<typeof memorySampler>
) {
  let timedOut = false;
  let killing: Promise<number[]> | null = null;
  const timer =
    timeoutMinutes === null
      ? null
      : setTimeout(
          () => {
            timedOut = true;
            memory.sample(); // the bench's memory so far, before it is stopped
            killing = run.killAll();
          },
          Math.min(timeoutMinutes * 60_000, LONGEST_TIMER_MS)
        );
  return {
    stop: () => {
      if (timer) clearTimeout(timer);
    },
    timedOut: () => timedOut,
    killing: () => killing
  };
}

/** What went wrong with the run, in words; null when it succeeded. */
function failureReason(result: CargoBenchResult, timeoutMinutes: number | null): string | null {
  if (!result.timedOut && result.exitCode === 0) return null;
  return result.timedOut
    ? `cargo bench timed out after ${timeoutMinutes} minutes and was stopped with its child processes`
    : result.exitCode === null
      ? 'cargo bench was ended by a signal'
      : `cargo bench failed with exit code ${result.exitCode}`;
}

/** Runs the command; throws BenchRunError on a non-zero exit or a timeout. */
export async function runCargoBench(opts: CargoBenchOptions): Promise<CargoBenchResult> {
  const timeoutMinutes = opts.timeoutMinutes ?? null;
  checkTimeoutMinutes(timeoutMinutes);
  const run = new RunProcesses(opts.env, opts.now);
  const env = childEnv(run.envEntry, opts.env);
  const program = resolveCommand(opts.command, env);

  // exec's own echo would print the command line verbatim, credentials in cargo-args included: it
  // stays silent and the command line is echoed here, redacted, and the output as it comes.
  const echo = opts.silent ? null : process.stdout;
  echo?.write(`[command]${[program, ...redactArgs(opts.args)].join(' ')}\n`);
  const output = outputCapture(echo, opts.onOutput);
  const memory = memorySampler(run, opts.sampleIntervalMs ?? 100);
  const timeout = timeoutStop(run, timeoutMinutes, memory);

  const started = process.hrtime.bigint();
  let exitCode: number | null;
  try {
    exitCode = await exec.exec(program, [...opts.args], {
      cwd: opts.cwd,
      env,
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: output.listener('stdout'), stderr: output.listener('stderr') }
    });
  } finally {
    memory.stop();
    timeout.stop();
  }
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // exec resolves when cargo's pipes close; wait for stragglers that let go of them earlier.
  const killing = timeout.killing();
  if (killing) await killing;
  const { stdout, stderr } = output.finish();

  const result: CargoBenchResult = {
    // @actions/exec passes node's exit code through, which is null after a signal despite its type.
    exitCode: exitCode ?? null,
    stdout,
    stderr,
    wallSeconds,
    peakRssBytes: memory.peak(),
    timedOut: timeout.timedOut()
  };
  const failure = failureReason(result, timeoutMinutes);
  // cargo's complaint may quote a --config value; the message goes into the report.
  if (failure !== null) throw new BenchRunError(redactText(failureMessage(failure, result.stderr)), result);
  return result;
}
