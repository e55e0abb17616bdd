/**
 * `cargo bench --no-run --message-format=json`: the bench programs built, and named from cargo's JSON
 * (core/runner/bench-executables.ts). The paired run builds each side with it, a sharded job builds
 * the programs that list its benchmarks; each words a failure for its own report.
 */
import { buildBenchCommand } from '../../core/runner/args.js';
import { type BenchBuild, benchBuild } from '../../core/runner/bench-executables.js';
import { failureCause } from '../../core/runner/failure.js';
import type { ProgramOptions, RunProgram } from '../program.js';

export interface BenchBuildOptions extends ProgramOptions {
  /** The package to build (`-p`). */
  packageName: string;
  /** The bench targets to build (`--bench` each); empty: every bench target cargo builds. */
  benches: readonly string[];
  /** cargo's arguments after `--no-run --message-format=json` (`--config` pairs, cargo-args). */
  cargoArgs: readonly string[];
}

export type BenchBuildResult =
  | { ok: true; build: BenchBuild }
  /** cargo ran past `timeoutMs` and was stopped. */
  | { ok: false; timedOut: true }
  /** cargo failed; `cause` is its one line, without credentials, for the caller to complete. */
  | { ok: false; timedOut: false; cause: string };

/** Builds the bench programs with `run` (an argument array, never a shell) and reads cargo's JSON. */
export async function buildBenchPrograms(
  options: BenchBuildOptions,
  run: RunProgram
): Promise<BenchBuildResult> {
  const { args } = buildBenchCommand({
    packageName: options.packageName,
    benches: options.benches,
    cargoArgs: ['--no-run', '--message-format=json', ...options.cargoArgs]
  });
  const result = await run('cargo', args, {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs ?? null
  });
  if (result.timedOut) return { ok: false, timedOut: true };
  if (result.exitCode !== 0) return { ok: false, timedOut: false, cause: failureCause(result) };
  return { ok: true, build: benchBuild(result.stdout, options.benches) };
}
