// Where the promoted baseline lives between runs: the Actions cache (fast, but evicted after 7 days
// unused) and a workflow artifact (kept `retention-days`). Promotion writes both; a comparison reads
// the cache and falls back to the newest artifact. Every expected failure (nothing stored yet,
// evicted, no permission, a service error) is a result with a reason, so the caller can say
// "no baseline yet" or warn, and carry on.

import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type BaselineSlot,
  baselineArtifactName,
  baselineCacheKey,
  baselineCachePrefix
} from '../../core/baseline/store-naming.js';
import { messageOf } from '../../core/errors.js';
import { loadArtifactStore, loadCacheStore } from '../clients.js';
import {
  artifactServiceConfigured,
  cacheServiceMayBeConfigured,
  NO_ARTIFACT_SERVICE,
  NO_CACHE_SERVICE
} from '../services.js';
import type { ArtifactUploadResult } from './artifact.js';
import type { CacheRestoreResult, CacheSaveResult } from './cache.js';

export * from '../../core/baseline/store-naming.js';

/** What reading the artifact fallback takes: a token with `actions: read` and the repository. */
export interface ArtifactAccess {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
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

// Each client is loaded only where its service may be there.

async function restoreFromCache(file: string, prefix: string): Promise<CacheRestoreResult> {
  if (!cacheServiceMayBeConfigured()) return { restored: false, reason: NO_CACHE_SERVICE };
  return (await loadCacheStore()).restoreBaselineFromCache({ file, prefix });
}

async function saveToCache(file: string, key: string): Promise<CacheSaveResult> {
  if (!cacheServiceMayBeConfigured()) return { saved: false, key, reason: NO_CACHE_SERVICE };
  return (await loadCacheStore()).saveBaselineToCache({ file, key });
}

async function uploadArtifact(opts: {
  name: string;
  file: string;
  retentionDays: number;
}): Promise<ArtifactUploadResult> {
  if (!artifactServiceConfigured()) return { uploaded: false, name: opts.name, reason: NO_ARTIFACT_SERVICE };
  return (await loadArtifactStore()).uploadBaselineArtifact(opts);
}

/**
 * Puts the slot's newest baseline at `file` (replacing what is there): from the cache, else from the
 * newest artifact when `artifacts` gives access to them.
 */
export async function fetchBaseline(opts: {
  slot: BaselineSlot;
  file: string;
  artifacts: ArtifactAccess | null;
}): Promise<FetchedBaseline> {
  const cached = await restoreFromCache(opts.file, baselineCachePrefix(opts.slot));
  if (cached.restored)
    return { found: true, file: opts.file, source: 'cache', origin: cached.matchedKey, misses: [] };
  const misses = [`Cache: ${cached.reason}`];
  if (!opts.artifacts) return { found: false, misses };

  const name = baselineArtifactName(opts.slot);
  let dir: string | null = null;
  try {
    // The download extracts a whole zip; a directory of its own keeps it away from everything else.
    dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'baseline-artifact-'));
    const { downloadLatestBaselineArtifact } = await loadArtifactStore();
    const downloaded = await downloadLatestBaselineArtifact({ ...opts.artifacts, name, dir });
    if (!downloaded.found) return { found: false, misses: [...misses, `Artifact: ${downloaded.reason}`] };
    await copyFile(downloaded.file, opts.file);
    return {
      found: true,
      file: opts.file,
      source: 'artifact',
      origin: `${name} (id ${downloaded.artifactId})`,
      misses
    };
  } catch (error) {
    return { found: false, misses: [...misses, `Artifact: ${messageOf(error)}`] };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** Stores `file` (a baseline.json) as the slot's baseline of `commit`, in the cache and as an artifact. */
export async function storeBaseline(opts: {
  slot: BaselineSlot;
  commit: string;
  file: string;
  retentionDays: number;
}): Promise<{ cache: CacheSaveResult; artifact: ArtifactUploadResult }> {
  const cache = await saveToCache(opts.file, baselineCacheKey(opts.slot, opts.commit));
  const artifact = await uploadArtifact({
    name: baselineArtifactName(opts.slot),
    file: opts.file,
    retentionDays: opts.retentionDays
  });
  return { cache, artifact };
}
