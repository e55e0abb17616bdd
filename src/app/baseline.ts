// The baseline's part of a run (shell): fetch the promoted baseline and check it before the
// analysis, and promote the run's report afterwards. Nothing here fails the step: a baseline that
// cannot be fetched or stored is a note or a warning with the reason.

import path from 'node:path';
import type { ArtifactUploadResult } from '../adapters/baseline/artifact.js';
import type { CacheSaveResult } from '../adapters/baseline/cache.js';
import { FILE_CAPS, FileReadError } from '../adapters/fs/confined.js';
import type { BaselineInput } from '../core/analyze.js';
import {
  baselineMismatch,
  buildBaselineFile,
  type ExpectedBaseline,
  parseBaselineText
} from '../core/baseline/file.js';
import {
  BASELINE_FILE_NAME,
  type BaselineSlot,
  baselineArtifactName,
  baselineCacheKey,
  baselineCachePrefix
} from '../core/baseline/store-naming.js';
import type { Config } from '../core/config/config.js';
import { messageOf } from '../core/errors.js';
import { type Finding, warning } from '../core/findings.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { checkedJsonText, SchemaMismatchError } from '../core/report/schema.js';
import { sha256Hex } from '../core/sha256.js';
import type { Plan } from './plan.js';
import { type ArtifactAccess, isoNow, type Ports } from './ports.js';

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
  expected: ExpectedBaseline | null,
  root: string | null,
  ports: Pick<Ports, 'read'>
): Promise<{ ok: true; file: BaselineFile; sha256: string } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = ports.read.text(file, FILE_CAPS.baselineFile, 'baseline', root);
  } catch (error) {
    const why = error instanceof FileReadError ? error.detail : messageOf(error);
    return { ok: false, reason: `${file} cannot be read: ${why}` };
  }
  const parsed = parseBaselineText(text, file);
  if (!parsed.ok) return parsed;
  const mismatch = expected ? baselineMismatch(parsed.file, expected) : null;
  return mismatch ? { ok: false, reason: mismatch } : { ...parsed, sha256: sha256Hex(text) };
}

/**
 * Puts this slot's newest baseline at `file` (replacing what is there): from the cache, else from
 * the newest artifact when a token gives access to them; then reads and checks it. When the
 * baseline branch is known, a baseline promoted anywhere else is ignored with a warning.
 */
export async function fetchBaselineForRun(
  plan: Pick<Plan, 'identity' | 'github' | 'baselinePolicy'>,
  file: string,
  ports: Ports
): Promise<FetchedForRun> {
  const { slot, auth } = plan.identity;
  const { owner, repo } = plan.github;
  const { branch } = plan.baselinePolicy;
  const access =
    auth && owner && repo ? { token: auth.token, owner, repo, apiUrl: auth.apiUrl, branch } : null;
  const fetched = await fetchBaseline(slot, file, access, ports);
  if (!fetched.found) {
    const why = access
      ? fetched.misses.join(' ')
      : `${fetched.misses.join(' ')} Artifact: no token to list artifacts.`;
    return { file: null, sha256: null, source: `no baseline yet (${why})`, findings: [] };
  }
  const expected = { ...slot, ref: branch === null ? null : `refs/heads/${branch}` };
  // Restored into the report dir: it must really lie there.
  const checked = await readBaselineFile(file, expected, path.dirname(file), ports);
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

export type FetchedBaseline =
  | {
      found: true;
      file: string;
      source: 'cache' | 'artifact';
      /** The cache key, or the artifact's name and id. */
      origin: string;
      /** Why the sources tried before this one had nothing. */
      misses: string[];
    }
  | { found: false; misses: string[] };

/** Where the artifacts are and which branch's are trusted: null when unknown, and then none is. */
export type BaselineAccess = ArtifactAccess & { branch: string | null };

/** Skipped artifacts named in the log at most; the rest are counted. */
const SKIPPED_SHOWN = 20;

/**
 * The cache first (fast, but evicted after 7 days unused), then the newest artifact (kept
 * `retention-days`) that a push, schedule or workflow_dispatch run on the baseline branch uploaded;
 * newer ones from elsewhere are named in the log with why they were skipped. Every expected failure
 * is a miss with a reason, so the run can say why.
 */
export async function fetchBaseline(
  slot: BaselineSlot,
  file: string,
  access: BaselineAccess | null,
  ports: Pick<Ports, 'cache' | 'artifacts' | 'files' | 'log'>
): Promise<FetchedBaseline> {
  const cached = await ports.cache.restore({ file, prefix: baselineCachePrefix(slot) });
  if (cached.restored) return { found: true, file, source: 'cache', origin: cached.matchedKey, misses: [] };
  const misses = [`Cache: ${cached.reason}`];
  if (!access) return { found: false, misses };
  const { branch } = access;
  if (branch === null)
    return {
      found: false,
      misses: [
        ...misses,
        'Artifact: the baseline branch is unknown (set baseline-branch), so no artifact can be shown to come from it.'
      ]
    };

  const name = baselineArtifactName(slot);
  let dir: string | null = null;
  try {
    // The download extracts a whole zip; a folder of its own keeps it away from everything else.
    dir = await ports.files.tempDir('baseline-artifact-');
    const downloaded = await ports.artifacts.downloadLatest({ ...access, branch, name, dir });
    const { skipped } = downloaded;
    for (const line of skipped.slice(0, SKIPPED_SHOWN)) ports.log.info(line);
    if (skipped.length > SKIPPED_SHOWN)
      ports.log.info(`… and ${skipped.length - SKIPPED_SHOWN} more artifacts named ${name} skipped.`);
    if (!downloaded.found) return { found: false, misses: [...misses, `Artifact: ${downloaded.reason}`] };
    await ports.files.copy(downloaded.file, file);
    return { found: true, file, source: 'artifact', origin: `${name} (id ${downloaded.artifactId})`, misses };
  } catch (error) {
    return { found: false, misses: [...misses, `Artifact: ${messageOf(error)}`] };
  } finally {
    if (dir) await ports.files.remove(dir);
  }
}

/** Stores `file` (a baseline.json) as the slot's baseline of `commit`, in the cache and as an artifact. */
export async function storeBaseline(
  options: { slot: BaselineSlot; commit: string; file: string; retentionDays: number },
  ports: Pick<Ports, 'cache' | 'artifacts'>
): Promise<{ cache: CacheSaveResult; artifact: ArtifactUploadResult }> {
  const { slot, file } = options;
  const cache = await ports.cache.save({ file, key: baselineCacheKey(slot, options.commit) });
  const name = baselineArtifactName(slot);
  // The downloaded zip is searched for this name, so the uploaded file must carry it.
  const artifact =
    path.basename(file) === BASELINE_FILE_NAME
      ? await ports.artifacts.upload({
          name,
          files: [path.resolve(file)],
          root: path.dirname(path.resolve(file)),
          retentionDays: options.retentionDays
        })
      : ({ uploaded: false, name, reason: `${file} is not named ${BASELINE_FILE_NAME}` } as const);
  return { cache, artifact };
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

/** Who promotes, where and when: the same for the Action's promotion and the CLI's `baseline promote`. */
export interface PromotionFacts {
  commit: string | null;
  ref: string | null;
  runId: string | null;
  /** ISO 8601 UTC: when the promotion happens, by the run's clock. */
  promotedAt: string;
  runner: { os: string; arch: string };
}

/**
 * The new baseline.json's text: this report with `previous`'s history carried forward, checked
 * against its schema (throws SchemaMismatchError when it does not match).
 */
export function newBaselineText(
  config: Config,
  report: PerfReport,
  previous: BaselineFile | null,
  facts: PromotionFacts
): { file: BaselineFile; text: string } {
  const file = buildBaselineFile(report, previous, {
    name: config.name,
    commit: facts.commit,
    ref: facts.ref,
    runId: facts.runId,
    promotedAt: facts.promotedAt,
    runner: { ...facts.runner, testbed: config.testbed },
    historySize: config.historySize
  });
  return { file, text: checkedJsonText('baseline.json', file) };
}

/** The new baseline.json a promotion writes and stores, or why there is none. */
export type NewBaseline = { file: BaselineFile; text: string; commit: string };

/**
 * The new baseline from the run's report, carrying `previous`'s history forward; a warning when it
 * cannot be built. Written with the other documents, then stored (storePromotion).
 */
export function newBaseline(
  plan: Pick<Plan, 'config' | 'github' | 'identity'>,
  report: PerfReport,
  previous: BaselineFile | null,
  ports: Pick<Ports, 'clock'>
): NewBaseline | { warning: string } {
  const { github, identity } = plan;
  const commit = github.headSha ?? report._metadata.git_commit;
  const failed = (reason: string) => ({ warning: `The baseline was not promoted: ${reason}` });
  if (!commit) return failed('the commit is unknown (no GITHUB_SHA and no git checkout).');
  try {
    const built = newBaselineText(plan.config, report, previous, {
      commit,
      ref: github.ref,
      runId: github.runId,
      promotedAt: isoNow(ports.clock),
      runner: { os: identity.slot.os, arch: identity.arch }
    });
    return { ...built, commit };
  } catch (error) {
    if (error instanceof SchemaMismatchError) return failed(error.message);
    throw error;
  }
}

/** The written baseline.json stored in the cache and as an artifact; what happened, for the log. */
export async function storePromotion(
  plan: Pick<Plan, 'config' | 'identity'>,
  promoted: NewBaseline,
  file: string,
  ports: Pick<Ports, 'cache' | 'artifacts'>
): Promise<Promotion> {
  const { slot } = plan.identity;
  const { commit } = promoted;
  const stored = await storeBaseline({ slot, commit, file, retentionDays: plan.config.retentionDays }, ports);
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
    file: promoted.file,
    notes,
    warnings
  };
}

/** A promotion that could not be built: nothing stored. */
export const notPromoted = (warning: string): Promotion => ({
  promoted: false,
  key: null,
  artifactId: null,
  file: null,
  notes: [],
  warnings: [warning]
});
