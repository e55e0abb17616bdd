// The promoted baseline in the Actions cache, through the real @actions/cache client. Shell.
//
// The client swallows its failures (saveCache returns -1, restoreCache undefined) and logs them as
// warnings; these functions turn every outcome into a result with a reason instead.
//
// The cache version is a hash of the paths exactly as given, and the archive stores them relative to
// GITHUB_WORKSPACE (else the working directory). So a file inside the working directory is named to
// the client by its relative path: the same file (the pipeline uses <report-dir>/baseline.json)
// matches across runs and machines, whatever the checkout's absolute path. A file outside it (the
// client refuses `..` in paths) goes by its absolute path, which matches only where that path is the
// same. Saving and restoring must name the same file from the same working directory.
//
// @actions/cache reads its environment on each call, not at import: ACTIONS_CACHE_SERVICE_V2,
// ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, GITHUB_SERVER_URL (a host other than github.com
// selects the older v1 protocol, ACTIONS_CACHE_URL), RUNNER_TEMP and GITHUB_WORKSPACE.

import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as cache from '@actions/cache';
import { messageOf } from '../../core/errors.js';
import { NO_CACHE_SERVICE } from '../services.js';

export type CacheSaveResult =
  | { saved: true; key: string; entryId: number }
  | { saved: false; key: string; reason: string };

export type CacheRestoreResult =
  | { restored: true; matchedKey: string; file: string }
  | { restored: false; reason: string };

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  );
}

/** The name the cache knows the file by: relative to the working directory when inside it. */
export function cachePathOf(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

function unavailable(): string | null {
  return cache.isFeatureAvailable() ? null : NO_CACHE_SERVICE;
}

/** Saves the file under `key`; keys are immutable, so an existing key is reported, not replaced. */
export async function saveBaselineToCache(opts: { file: string; key: string }): Promise<CacheSaveResult> {
  const { file, key } = opts;
  const missing = unavailable();
  if (missing) return { saved: false, key, reason: missing };
  try {
    if (!(await exists(file))) return { saved: false, key, reason: `${file} does not exist` };
    const paths = [cachePathOf(file)];
    const existing = await cache.restoreCache(paths, key, [], { lookupOnly: true });
    if (existing === key)
      return {
        saved: false,
        key,
        reason: `the cache already holds ${key}; cache keys are immutable, so the first save of this commit stays`
      };
    const entryId = await cache.saveCache(paths, key);
    if (entryId === -1)
      return {
        saved: false,
        key,
        reason: `the cache service did not store ${key} (its log lines above say why)`
      };
    return { saved: true, key, entryId };
  } catch (error) {
    return { saved: false, key, reason: `saving ${key} to the cache failed: ${messageOf(error)}` };
  }
}

/**
 * Restores the newest entry whose key starts with `prefix` to `file`. Whatever happens, `file` is
 * not left over from an earlier run: it exists afterwards only when it was restored.
 */
export async function restoreBaselineFromCache(opts: {
  file: string;
  prefix: string;
}): Promise<CacheRestoreResult> {
  const { file, prefix } = opts;
  const missing = unavailable();
  if (missing) return { restored: false, reason: missing };
  try {
    await rm(file, { force: true });
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const paths = [cachePathOf(file)];
    // The prefix is never a whole key, so it works as both the primary and the restore key. A lookup
    // first tells "nothing stored" from "stored but unreadable", which restoreCache alone does not.
    const found = await cache.restoreCache(paths, prefix, [prefix], { lookupOnly: true });
    if (!found)
      return {
        restored: false,
        reason: `the cache holds no entry for ${paths[0]} under ${prefix}… (none was promoted yet, or it was evicted after 7 days unused)`
      };
    const matchedKey = await cache.restoreCache(paths, prefix, [prefix]);
    if (!matchedKey)
      return {
        restored: false,
        reason: `the cache entry ${found} could not be downloaded or unpacked (its log lines above say why)`
      };
    if (!(await exists(file)))
      return { restored: false, reason: `the cache entry ${matchedKey} holds no ${file}` };
    return { restored: true, matchedKey, file };
  } catch (error) {
    return { restored: false, reason: `restoring from the cache failed: ${messageOf(error)}` };
  }
}
