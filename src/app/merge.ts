// The gatherer of `mode: merge`: each shard's perf.json, from this workflow run's shard artifacts
// (on a runner) or from a folder (`shard-reports`, as actions/download-artifact lays them out), read
// with a size cap and checked against the schema, then checked across shards and joined per
// testbed (core/shard/merge.ts).

import path from 'node:path';
import { MAX_SHARD_REPORTS } from '../adapters/fs/shard-reports.js';
import { parseShardArtifactName } from '../core/baseline/store-naming.js';
import type { Config } from '../core/config/config.js';
import { type MergedShards, mergeShards, type ShardInput } from '../core/shard/merge.js';
import type { Plan } from './plan.js';
import type { Ports } from './ports.js';

export interface GatheredShards {
  inputs: ShardInput[];
  /** Reports that could not be read or are not perf.json; each names its source. */
  problems: string[];
  /** Where they came from, for the report (`3 artifacts of this run`, a folder). */
  from: string;
}

/** The shards' reports for `mode: merge`. */
export async function gatherShardReports(
  config: Config,
  shardReports: string | null,
  ports: Ports
): Promise<GatheredShards> {
  if (shardReports !== null) {
    const found = ports.read.shardReportsIn(shardReports);
    return { ...found, from: shardReports };
  }
  if (!ports.artifacts.configured())
    return {
      inputs: [],
      problems: [
        'mode: merge found no shard reports: name their folder with shard-reports, or run on a GitHub runner, where the shard jobs uploaded them as artifacts'
      ],
      from: 'nowhere'
    };
  const dir = await ports.files.tempDir('copybook-shards-');
  const downloaded = await ports.artifacts.downloadRun({
    wanted: (name) => parseShardArtifactName(name, config.name) !== null,
    dir
  });
  if (!downloaded.ok) return { inputs: [], problems: [downloaded.reason], from: "this run's artifacts" };
  const inputs: ShardInput[] = [];
  const problems: string[] = [];
  for (const artifact of downloaded.artifacts.slice(0, MAX_SHARD_REPORTS)) {
    const read = ports.read.shardReport(path.join(artifact.dir, 'perf.json'), artifact.name, artifact.dir);
    if (typeof read === 'string') problems.push(read);
    else inputs.push(read);
  }
  if (downloaded.artifacts.length > MAX_SHARD_REPORTS)
    problems.push(
      `this run has ${downloaded.artifacts.length} shard artifacts; a merge reads at most ${MAX_SHARD_REPORTS}`
    );
  ports.log.info(
    `Found ${downloaded.artifacts.length} shard artifact${downloaded.artifacts.length === 1 ? '' : 's'} of ${config.name} in this run.`
  );
  return { inputs, problems, from: `${downloaded.artifacts.length} artifacts of this run` };
}

/**
 * This run's shards, checked and joined per testbed and OS; a reason (naming what is missing or
 * mixed) when they cannot be joined.
 */
export async function joinShards(
  plan: Plan,
  ports: Ports
): Promise<{ groups: MergedShards[] } | { problem: string }> {
  const gathered = await ports.log.group('Shards', () =>
    gatherShardReports(plan.config, plan.paths.shardReports?.path ?? null, ports)
  );
  const merged = mergeShards(gathered.inputs);
  const problems = [...gathered.problems, ...(merged.ok ? [] : merged.problems)];
  if (problems.length > 0 || !merged.ok)
    return { problem: `mode: merge cannot join the shards from ${gathered.from}: ${problems.join('; ')}` };
  for (const group of merged.groups)
    ports.log.info(
      `Merged ${group.count} shard${group.count === 1 ? '' : 's'} of ${group.testbed} on ${group.os} (plan ${group.plan}): ${group.measurements.length} benchmarks.`
    );
  return { groups: merged.groups };
}
