// Shard reports on disk: each perf.json read with a size cap, confined to its folder, and checked
// against the schema. They come from other jobs (which ran the pull request's code): data only.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../core/errors.js';
import type { PerfReport } from '../../core/model.js';
import { describeIssue, perfReportIssues } from '../../core/report/schema.js';
import type { ShardInput } from '../../core/shard/merge.js';
import { FILE_CAPS, FileReadError, readFileCapped } from './confined.js';

/** The most shard reports a merge reads: 256 shards of a few testbeds. */
export const MAX_SHARD_REPORTS = 1024;

/** One perf.json, read and checked; `source` names it in every message. */
export function readShardReport(file: string, source: string, root: string): ShardInput | string {
  let text: string;
  try {
    text = readFileCapped(file, FILE_CAPS.shardReport, 'shard report', root);
  } catch (error) {
    return `${source}: ${error instanceof FileReadError ? error.detail : messageOf(error)}`;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `${source}: not JSON (${messageOf(error)})`;
  }
  const issues = perfReportIssues(data);
  if (issues.length > 0)
    return `${source}: not a valid perf.json (${issues.slice(0, 3).map(describeIssue).join('; ')}${issues.length > 3 ? ` and ${issues.length - 3} more` : ''})`;
  return { source, report: data as PerfReport };
}

/** The perf.json of each folder in `dir` (or `dir`'s own), by the folder's name. */
export function reportsInFolder(dir: string): { inputs: ShardInput[]; problems: string[] } {
  const inputs: ShardInput[] = [];
  const problems: string[] = [];
  const candidates: { file: string; source: string }[] = [];
  if (existsSync(path.join(dir, 'perf.json')))
    candidates.push({ file: path.join(dir, 'perf.json'), source: 'perf.json' });
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    const file = path.join(dir, entry.name, 'perf.json');
    if (existsSync(file) && statSync(file).isFile())
      candidates.push({ file, source: path.join(entry.name, 'perf.json') });
  }
  for (const { file, source } of candidates.slice(0, MAX_SHARD_REPORTS)) {
    const read = readShardReport(file, source, dir);
    if (typeof read === 'string') problems.push(read);
    else inputs.push(read);
  }
  if (candidates.length > MAX_SHARD_REPORTS)
    problems.push(`${dir} holds ${candidates.length} reports; a merge reads at most ${MAX_SHARD_REPORTS}`);
  return { inputs, problems };
}
