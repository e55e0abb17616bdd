// A sharded job's share of the benchmarks (`shard: i/n`). The bench programs are built once
// (`cargo bench --no-run`) and each lists its benchmarks (`--list`); the ids are split over the
// shards by core/shard/plan.ts, which every job of the matrix computes alike from the same listing
// and the same stored baseline. The plan is printed, so that a reader can see which job ran what.

import path from 'node:path';
import type { BaselineSlot } from '../core/baseline/store-naming.js';
import { childEnv } from '../core/child-env.js';
import type { Config } from '../core/config/config.js';
import { listIds } from '../core/metrics.js';
import type { BaselineFile, ShardReport } from '../core/model.js';
import type { BenchExecutable } from '../core/runner/bench-executables.js';
import { splitBenchFilter } from '../core/runner/bench-filter.js';
import { idFilterChunks } from '../core/runner/criterion-args.js';
import { parseCriterionList } from '../core/runner/criterion-list.js';
import { failureCause } from '../core/runner/failure.js';
import { planDigest, planShards, type ShardSpec, shardIds } from '../core/shard/plan.js';
import type { Ports } from './ports.js';

/** Why the share could not be worked out (a build or a listing that failed): the run's error. */
export class ShardPlanError extends Error {
  override name = 'ShardPlanError';
}

export interface ShardShare {
  /** What perf.json records about the shard. */
  report: ShardReport;
  /** bench-args for each `cargo bench` the share takes: the user's options, then one id filter. */
  benchArgs: string[][];
}

/** Seconds each benchmark took to measure in the stored baseline's run, where it recorded them. */
export function recordedSeconds(baseline: BaselineFile | null): Map<string, number> {
  const times = new Map<string, number>();
  for (const b of baseline?.report.benchmarks ?? [])
    if (typeof b.measured_seconds === 'number') times.set(b.id, b.measured_seconds);
  return times;
}

/** Where the share is worked out: the package's folder, its bench targets, cargo's arguments, the baseline. */
export interface ShareContext {
  workingDirectory: string;
  benches: readonly string[];
  cargoConfigArgs: readonly string[];
  baseline: BaselineFile | null;
  /** The baseline slot the shard reports for (its testbed and OS). */
  slot: BaselineSlot;
  timeoutMs: number;
}

/**
 * This shard's share: the ids criterion lists for the package's bench targets (bench-args' own
 * filter still applies), split by the plan; and the bench-args that run exactly those.
 */
export async function planShare(
  config: Config,
  spec: ShardSpec,
  context: ShareContext,
  ports: Ports
): Promise<ShardShare> {
  const split = splitBenchFilter(config.benchArgs);
  if (split.extra.length > 0)
    throw new ShardPlanError(
      `bench-args hold more than one filter (${listIds([split.filter ?? '', ...split.extra].map((w) => JSON.stringify(w)))}); criterion takes one`
    );
  const env = childEnv(config.benchEnv, ports.env);
  const programs = await buildListers(config, context, env, ports);
  const listed: string[] = [];
  for (const program of programs)
    listed.push(...(await listedIds(program, split.filter, context, env, ports)));
  const report = await shardPlan(listed, spec, context.slot, context.baseline, ports);
  const benchArgs = idFilterChunks(report.ids).map((filter) => [...split.options, filter]);
  return { report, benchArgs };
}

/** The bench programs built (`cargo bench --no-run`) to list the benchmarks. */
async function buildListers(
  config: Config,
  context: ShareContext,
  env: NodeJS.ProcessEnv,
  ports: Ports
): Promise<BenchExecutable[]> {
  const built = await ports.exec.buildBenches({
    packageName: config.package,
    benches: context.benches,
    cargoArgs: [...context.cargoConfigArgs, ...config.cargoArgs],
    cwd: context.workingDirectory,
    env,
    timeoutMs: context.timeoutMs
  });
  if (!built.ok)
    throw new ShardPlanError(
      built.timedOut
        ? 'building the bench programs to list them took too long'
        : `${built.cause} (cargo bench --no-run, to list the benchmarks for the shard plan)`
    );
  if (built.build.executables.length === 0)
    throw new ShardPlanError('cargo bench --no-run built no bench program to list the benchmarks of');
  return built.build.executables;
}

/** The ids one bench program lists (`--bench --list`, with bench-args' filter if any). */
async function listedIds(
  program: BenchExecutable,
  filter: string | null,
  context: ShareContext,
  env: NodeJS.ProcessEnv,
  ports: Ports
): Promise<string[]> {
  const result = await ports.exec.run(
    program.executable,
    ['--bench', '--list', ...(filter === null ? [] : [filter])],
    { cwd: path.dirname(program.manifestPath), env, timeoutMs: context.timeoutMs }
  );
  if (result.exitCode !== 0)
    throw new ShardPlanError(
      `${failureCause(result)} (the bench ${program.target} with --list, for the shard plan; criterion 0.3 or later lists)`
    );
  const listing = parseCriterionList(result.stdout);
  if (listing.truncated)
    throw new ShardPlanError(`the bench ${program.target} listed more benchmarks than a plan takes`);
  return listing.ids;
}

/**
 * The plan over `ids` (listed by the bench programs, or the results already on disk) and this
 * shard's part of it, printed: every shard's ids, so that a reader sees which job ran what.
 */
export async function shardPlan(
  ids: readonly string[],
  spec: ShardSpec,
  slot: BaselineSlot,
  baseline: BaselineFile | null,
  ports: Ports
): Promise<ShardReport> {
  const plan = planShards(ids, spec.count, recordedSeconds(baseline));
  const report: ShardReport = {
    index: spec.index,
    count: spec.count,
    plan: planDigest(plan),
    method: plan.method,
    listed: plan.shards.reduce((n, s) => n + s.length, 0),
    ids: shardIds(plan, spec),
    testbed: slot.testbed,
    os: slot.os
  };
  await ports.log.group(`Shard ${spec.index} of ${spec.count}: the plan`, async () => {
    const how =
      plan.method === 'hash'
        ? 'by a hash of each id (the stored baseline recorded no times)'
        : `by the times the stored baseline recorded, longest first${plan.unrecorded > 0 ? ` (${plan.unrecorded} new, counted at the median)` : ''}`;
    ports.log.info(`plan ${report.plan}: ${report.listed} benchmarks over ${spec.count} shards, ${how}`);
    for (const [i, shard] of plan.shards.entries()) {
      const seconds = plan.seconds[i];
      const time =
        seconds === null || seconds === undefined
          ? ''
          : `, about ${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
      const mark = i + 1 === spec.index ? ' (this job)' : '';
      ports.log.info(
        `shard ${i + 1}${mark}: ${shard.length} benchmarks${time}: ${shard.map((id) => JSON.stringify(id)).join(', ')}`
      );
    }
  });
  return report;
}
