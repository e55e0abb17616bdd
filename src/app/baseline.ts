// The baseline's part of a run (shell): fetch the promoted baseline and check it before the
// analysis, and promote the run's report afterwards. Nothing here fails the step: a baseline that
// cannot be fetched or stored is a note or a warning with the reason.

import path from 'node:path';
import { baselineCacheKey, fetchBaseline, storeBaseline } from '../adapters/baseline/store.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../adapters/fs/confined.js';
import { writeFileAtomic } from '../adapters/fs/write.js';
import type { GitHubContext } from '../adapters/github/context.js';
import { runnerOf, slotOf } from '../adapters/host.js';
import type { BaselineInput } from '../core/analyze.js';
import {
  baselineMismatch,
  buildBaselineFile,
  parseBaselineText,
  validateBaselineFile
} from '../core/baseline/file.js';
import type { Config } from '../core/config/config.js';
import { messageOf } from '../core/errors.js';
import { type Finding, warning } from '../core/findings.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { sha256Hex } from '../core/sha256.js';

export interface FetchedForRun {
  /** A valid baseline of this name, testbed and OS, or null. */
  file: BaselineFile | null;
  /** The sha256 of the bytes `file` was read from. */
  sha256: string | null;
  /** Where it came from (a cache key or an artifact), or why there is none. */
  source: string;
  /** Warnings for the report: a baseline that was found but not used, and why. */
  findings: Finding[];
}

/**
 * Reads (capped; inside `root` when given), validates and checks a baseline.json; a reason when it
 * cannot be used. `sha256` is that of the text read, for the audit.
 */
export async function readBaselineFile(
  file: string,
  expected: { name: string; testbed: string; os: string } | null,
  root: string | null = null
): Promise<{ ok: true; file: BaselineFile; sha256: string } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = readFileCapped(file, FILE_CAPS.baselineFile, 'baseline', root);
  } catch (error) {
    const why = error instanceof FileReadError ? error.detail : messageOf(error);
    return { ok: false, reason: `${file} cannot be read: ${why}` };
  }
  const parsed = parseBaselineText(text, file);
  if (!parsed.ok) return parsed;
  const mismatch = expected ? baselineMismatch(parsed.file, expected) : null;
  return mismatch ? { ok: false, reason: mismatch } : { ...parsed, sha256: sha256Hex(text) };
}

/** Fetches this slot's newest baseline into `file` (cache, then artifact) and checks it. */
export async function fetchBaselineForRun(
  config: Config,
  context: GitHubContext,
  file: string,
  env: NodeJS.ProcessEnv
): Promise<FetchedForRun> {
  const slot = slotOf(config, env);
  const artifacts =
    config.githubToken && context.owner && context.repo
      ? { token: config.githubToken, owner: context.owner, repo: context.repo, apiUrl: context.apiUrl }
      : null;
  const fetched = await fetchBaseline({ slot, file, artifacts });
  if (!fetched.found) {
    const why = artifacts
      ? fetched.misses.join(' ')
      : `${fetched.misses.join(' ')} Artifact: no token to list artifacts.`;
    return { file: null, sha256: null, source: `no baseline yet (${why})`, findings: [] };
  }
  // Restored into the report dir: it must really lie there.
  const checked = await readBaselineFile(file, slot, path.dirname(file));
  if (!checked.ok) {
    return {
      file: null,
      sha256: null,
      source: fetched.origin,
      findings: [
        warning(
          'input',
          `The baseline from ${fetched.source} ${fetched.origin} was ignored: ${checked.reason}`
        )
      ]
    };
  }
  return {
    file: checked.file,
    sha256: checked.sha256,
    source: `${fetched.source} ${fetched.origin}`,
    findings: []
  };
}

/** The comparison settings for analyze(). */
export function baselineInput(config: Config, file: BaselineFile): BaselineInput {
  return {
    file,
    regressionThreshold: config.regressionThreshold,
    noiseThreshold: config.noiseThreshold,
    failOnRegression: config.failOn.includes('regression')
  };
}

export interface Promotion {
  promoted: boolean;
  key: string | null;
  artifactId: number | null;
  /** The new baseline, when it was built. */
  file: BaselineFile | null;
  /** What happened, for the log; warnings for what went wrong. */
  notes: string[];
  warnings: string[];
}

/**
 * Builds the new baseline from the run's report (carrying `previous`'s history forward), writes it
 * to `file`, and stores it in the cache and as an artifact.
 */
export async function promoteBaseline(
  config: Config,
  context: GitHubContext,
  report: PerfReport,
  previous: BaselineFile | null,
  file: string,
  env: NodeJS.ProcessEnv
): Promise<Promotion> {
  const commit = context.headSha ?? report._metadata.git_commit;
  const failed = (reason: string): Promotion => ({
    promoted: false,
    key: null,
    artifactId: null,
    file: null,
    notes: [],
    warnings: [`The baseline was not promoted: ${reason}`]
  });
  if (!commit) return failed('the commit is unknown (no GITHUB_SHA and no git checkout).');
  const runner = runnerOf(env);
  const baseline = buildBaselineFile(report, previous, {
    name: config.name,
    commit,
    ref: context.ref,
    runId: context.runId,
    promotedAt: report._metadata.timestamp,
    runner: { ...runner, testbed: config.testbed },
    historySize: config.historySize
  });
  const problems = validateBaselineFile(baseline);
  if (problems.length > 0)
    return failed(`it does not match schema/baseline.schema.json: ${problems.join('; ')}`);
  await writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);

  const slot = slotOf(config, env);
  const stored = await storeBaseline({ slot, commit, file, retentionDays: config.retentionDays });
  const notes: string[] = [];
  const warnings: string[] = [];
  if (stored.cache.saved) notes.push(`Baseline saved to the cache as ${stored.cache.key}.`);
  else warnings.push(`The baseline could not be saved to the cache: ${stored.cache.reason}`);
  if (stored.artifact.uploaded)
    notes.push(`Baseline uploaded as artifact ${stored.artifact.name} (id ${stored.artifact.id}).`);
  else warnings.push(`The baseline could not be uploaded as an artifact: ${stored.artifact.reason}`);
  return {
    promoted: stored.cache.saved || stored.artifact.uploaded,
    key: stored.cache.saved ? stored.cache.key : baselineCacheKey(slot, commit),
    artifactId: stored.artifact.uploaded ? stored.artifact.id : null,
    file: baseline,
    notes,
    warnings
  };
}
