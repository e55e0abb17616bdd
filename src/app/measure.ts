// Measuring on this runner: `cargo bench` on the package's criterion targets (a shard: its share of
// the benchmarks, one cargo run per id filter), its output, wall time and peak memory. A run that
// fails, or cannot start, is a finding: the report says why.

import { BenchRunError } from '../adapters/cargo/cargo.js';
import { type MemberPackage, PreflightError } from '../adapters/cargo/preflight.js';
import { childEnv } from '../core/child-env.js';
import { InputError } from '../core/errors.js';
import { error, type Finding } from '../core/findings.js';
import type { BaselineFile, ShardReport } from '../core/model.js';
import { redactArgs } from '../core/redact.js';
import { benchCommandOf } from '../core/runner/args.js';
import { chooseBenchTargets, describeChoice, noTargetsMessage, targetFlag } from '../core/runner/targets.js';
import type { Plan } from './plan.js';
import type { Ports } from './ports.js';
import { planShare, ShardPlanError } from './shard.js';

export interface Measured {
  /** When the run started (ms since the epoch). */
  startedAt: number;
  /** What cargo printed; null when nothing ran. */
  stdout: string | null;
  wallSeconds: number | null;
  peakRssBytes: number | null;
  findings: Finding[];
  /** The bench targets cargo ran (empty: none were named, or nothing ran). */
  benches: string[];
  /** A sharded run's share (`shard: i/n`); null when not sharded or the plan failed. */
  shard: ShardReport | null;
}

/**
 * The `--bench` targets: the `benches` input when given; none when cargo-args choose targets; else
 * the package's criterion targets (harness = false, required features enabled), logged with what
 * was left out and why.
 */
async function benchTargets(plan: Plan, pkg: MemberPackage, ports: Ports): Promise<string[]> {
  const { config } = plan;
  if (config.benches.length > 0) return config.benches;
  const flag = targetFlag(config.cargoArgs);
  if (flag !== null) {
    ports.log.info(`cargo-args choose the targets (${flag}): no --bench is added.`);
    return [];
  }
  const manifest = await ports.read.manifestTargets(pkg.manifestPath, plan.paths.workspace);
  const choice = chooseBenchTargets(pkg, manifest, config.cargoArgs);
  for (const line of describeChoice(pkg.name, choice)) ports.log.info(line);
  if (choice.run.length === 0) throw new InputError(noTargetsMessage(pkg.name, choice));
  return choice.run;
}

/** The cargo runs this job takes: one with bench-args, or a shard's, one per id filter. */
async function benchRuns(
  plan: Plan,
  benches: readonly string[],
  baseline: BaselineFile | null,
  ports: Ports
): Promise<{ runs: (readonly string[])[]; shard: ShardReport | null }> {
  const { config, paths } = plan;
  if (!config.shard) return { runs: [config.benchArgs], shard: null };
  const share = await planShare(
    config,
    config.shard,
    {
      workingDirectory: paths.workingDirectory,
      benches,
      cargoConfigArgs: cargoConfigArgsOf(plan),
      baseline,
      slot: plan.identity.slot,
      timeoutMs: config.timeoutMinutes * 60_000
    },
    ports
  );
  return { runs: share.benchArgs, shard: share.report };
}

const cargoConfigArgsOf = (plan: Plan): readonly string[] =>
  plan.origin.kind === 'cargo' ? plan.origin.cargoConfigArgs : [];

/** `cargo bench`, on the package's criterion targets; what it printed, how long and how much memory. */
export async function measure(plan: Plan, baseline: BaselineFile | null, ports: Ports): Promise<Measured> {
  const { config } = plan;
  const measured: Measured = {
    startedAt: ports.clock.now(),
    // A shard with an empty share runs nothing, and says so with an empty output.
    stdout: '',
    wallSeconds: 0,
    peakRssBytes: null,
    findings: [],
    benches: [],
    shard: null
  };
  try {
    const workspace = await ports.exec.preflight({
      packageName: config.package,
      cwd: plan.paths.workingDirectory,
      env: childEnv(config.benchEnv, ports.env)
    });
    // cargo's path comes from preflight, which resolves it on the bench's PATH.
    const benches = await benchTargets(plan, workspace.package, ports);
    const { runs, shard } = await benchRuns(plan, benches, baseline, ports);
    measured.shard = shard;
    for (const benchArgs of runs) {
      const { args } = benchCommandOf(
        { ...config, benchArgs },
        { benches, cargoConfigArgs: cargoConfigArgsOf(plan) }
      );
      addUp(measured, await cargoBench(plan, workspace.cargoPath, args, ports));
    }
    return { ...measured, benches };
  } catch (caught) {
    return failedRun(measured, caught);
  }
}

type CargoRun = { stdout: string; wallSeconds: number; peakRssBytes: number | null };

/** A sharded run's several cargo bench runs (one per id filter), added up. */
function addUp(measured: Measured, run: CargoRun): void {
  measured.stdout = `${measured.stdout ?? ''}${run.stdout}`;
  measured.wallSeconds = (measured.wallSeconds ?? 0) + run.wallSeconds;
  measured.peakRssBytes = maxOrNull(measured.peakRssBytes, run.peakRssBytes);
}

function cargoBench(plan: Plan, command: string, args: readonly string[], ports: Ports): Promise<CargoRun> {
  const { config } = plan;
  const { echo } = ports;
  return ports.log.group(`cargo ${redactArgs(args).join(' ')}`, () => {
    // The adapter shows the command line itself only when it echoes the output too.
    if (echo) ports.echoCommand?.([command, ...redactArgs(args)].join(' '));
    return ports.exec.cargoBench({
      command,
      args,
      cwd: plan.paths.workingDirectory,
      env: childEnv(config.benchEnv, ports.env),
      now: () => ports.clock.now(),
      timeoutMinutes: config.timeoutMinutes,
      silent: echo !== undefined,
      ...(echo ? { onOutput: (text: string) => echo(text) } : {})
    });
  });
}

/** A failed run keeps what it printed; a run that could not start has printed nothing. */
function failedRun(measured: Measured, caught: unknown): Measured {
  if (caught instanceof BenchRunError) {
    const failed = { ...measured, findings: [error('run', caught.message)], benches: [] };
    addUp(failed, caught.result);
    return failed;
  }
  // A missing cargo, a package that is not in the workspace, no target to run or no shard plan:
  // nothing ran, the report says why.
  if (caught instanceof PreflightError || caught instanceof InputError || caught instanceof ShardPlanError)
    return {
      ...measured,
      stdout: null,
      wallSeconds: null,
      peakRssBytes: null,
      findings: [error('run', caught.message)],
      benches: [],
      shard: null
    };
  throw caught;
}

const maxOrNull = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);
