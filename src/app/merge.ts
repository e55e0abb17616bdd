// The merge job's inputs: each shard's perf.json, from this workflow run's shard artifacts (on a
// runner) or from a folder (`shard-reports`, as actions/download-artifact lays them out). Each is
// read with a size cap and checked against the schema; the checks across shards are
// core/shard/merge.ts's.

import path from 'node:path';
import { MAX_SHARD_REPORTS, readShardReport, reportsInFolder } from '../adapters/fs/shard-reports.js';
import { parseShardArtifactName } from '../core/baseline/store-naming.js';
import type { Config } from '../core/config/config.js';
import type { ShardInput } from '../core/shard/merge.js';
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
    const found = reportsInFolder(shardReports);
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
    const read = readShardReport(path.join(artifact.dir, 'perf.json'), artifact.name, artifact.dir);
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
