// The baseline in the Actions cache: the real @actions/cache client, in this process, against the
// local cache service v2 and blob storage.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type ActionsServices,
  type Corruption,
  createActionsServices,
  mintRuntimeToken,
  readRuntimeToken
} from '../../servers/actions-services.js';
import { startServer, type TestServer } from '../../servers/http.js';

type CacheModule = typeof import('../../../src/adapters/baseline/cache.js');

const PREFIX = 'copybook_bench-baseline-Linux-default-';
const savedEnv = { ...process.env };
let server: TestServer;
let services: ActionsServices;
let store: CacheModule;
let root: string;
let file: string;

beforeAll(async () => {
  services = createActionsServices();
  server = await startServer([services.handler]);
  root = await mkdtemp(path.join(tmpdir(), 'store-cache-'));
  await mkdir(path.join(root, 'temp'));
  await mkdir(path.join(root, 'workspace'));
  Object.assign(process.env, services.env(server.url), {
    RUNNER_TEMP: path.join(root, 'temp'),
    GITHUB_WORKSPACE: path.join(root, 'workspace')
  });
  store = await import('../../../src/adapters/baseline/cache.js');
});

afterAll(async () => {
  process.env = savedEnv;
  await server.close();
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  services.evictCache();
  services.calls.length = 0;
  process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
  file = path.join(root, 'workspace', 'report', 'baseline.json');
  await mkdir(path.dirname(file), { recursive: true });
});

async function saveContent(content: string, key: string) {
  await writeFile(file, content);
  return store.saveBaselineToCache({ file, key });
}

describe('cachePathOf', () => {
  it('names a file inside the working directory relatively, so any checkout location matches', () => {
    expect(store.cachePathOf(path.join(process.cwd(), 'target', 'perf', 'baseline.json'))).toBe(
      path.join('target', 'perf', 'baseline.json')
    );
  });

  it('names a file outside it absolutely, as the client refuses `..`', () => {
    expect(store.cachePathOf(file)).toBe(file);
  });
});

describe('saveBaselineToCache and restoreBaselineFromCache', () => {
  it('restores by prefix the newest of two saves', async () => {
    expect(await saveContent('{"promotion":1}', `${PREFIX}aaaa111`)).toEqual({
      saved: true,
      key: `${PREFIX}aaaa111`,
      entryId: expect.any(Number)
    });
    expect((await saveContent('{"promotion":2}', `${PREFIX}bbbb222`)).saved).toBe(true);
    await writeFile(file, 'left over from an earlier step');

    const restored = await store.restoreBaselineFromCache({ file, prefix: PREFIX });

    expect(restored).toEqual({ restored: true, matchedKey: `${PREFIX}bbbb222`, file });
    expect(await readFile(file, 'utf8')).toBe('{"promotion":2}');
    expect(services.cacheEntries.map((e) => [e.key, e.finalized])).toEqual([
      [`${PREFIX}aaaa111`, true],
      [`${PREFIX}bbbb222`, true]
    ]);
  });

  it('speaks the v2 protocol: reserve, one block-blob PUT, finalize; lookup, then download', async () => {
    await saveContent('{}', `${PREFIX}cccc333`);
    await store.restoreBaselineFromCache({ file, prefix: PREFIX });

    expect(services.calls).toEqual([
      // The save first looks the key up: keys are immutable.
      { route: 'CacheService/GetCacheEntryDownloadURL', status: 200 },
      { route: 'CacheService/CreateCacheEntry', status: 200 },
      { route: 'blob PUT', status: 201 },
      { route: 'CacheService/FinalizeCacheEntryUpload', status: 200 },
      { route: 'CacheService/GetCacheEntryDownloadURL', status: 200 },
      { route: 'CacheService/GetCacheEntryDownloadURL', status: 200 },
      { route: 'blob GET', status: 200 }
    ]);
    const put = server.requests.find((r) => r.method === 'PUT');
    expect(put?.headers['x-ms-blob-type']).toBe('BlockBlob');
    const twirp = server.requests.filter((r) => r.url.startsWith('/twirp/'));
    expect(twirp.every((r) => typeof readRuntimeToken(r.headers.authorization) === 'object')).toBe(true);
    const lookup = JSON.parse(twirp.at(-1)?.body.toString('utf8') ?? '{}');
    expect(lookup).toEqual({
      key: PREFIX,
      restore_keys: [PREFIX],
      version: expect.stringMatching(/^[0-9a-f]{64}$/)
    });
  });

  it('reports an empty cache, and leaves no stale file behind', async () => {
    await writeFile(file, 'stale');

    const restored = await store.restoreBaselineFromCache({ file, prefix: PREFIX });

    expect(restored).toEqual({ restored: false, reason: expect.stringContaining(`under ${PREFIX}`) });
    expect(!restored.restored && restored.reason).toMatch(/none was promoted yet, or it was evicted/);
    expect(existsSync(file)).toBe(false);
  });

  it('reports an evicted baseline as missing', async () => {
    await saveContent('{}', `${PREFIX}dddd444`);
    expect(services.evictCache(PREFIX)).toBe(1);

    const restored = await store.restoreBaselineFromCache({ file, prefix: PREFIX });

    expect(restored.restored).toBe(false);
    expect(!restored.restored && restored.reason).toMatch(/evicted/);
  });

  it('does not match the entries of another slot whose name extends this one', async () => {
    await saveContent('{"slot":"other"}', 'copybook_bench-baseline-Linux-default_arm-eeee555');

    expect((await store.restoreBaselineFromCache({ file, prefix: PREFIX })).restored).toBe(false);
  });

  it('finds a baseline only under the path it was saved from (the cache version hashes it)', async () => {
    await saveContent('{}', `${PREFIX}ffff666`);
    const elsewhere = path.join(root, 'workspace', 'other', 'baseline.json');

    expect((await store.restoreBaselineFromCache({ file: elsewhere, prefix: PREFIX })).restored).toBe(false);
    expect((await store.restoreBaselineFromCache({ file, prefix: PREFIX })).restored).toBe(true);
  });

  it('keeps the first save of a key: keys are immutable', async () => {
    await saveContent('{"first":true}', `${PREFIX}abab777`);

    const again = await saveContent('{"second":true}', `${PREFIX}abab777`);

    expect(again).toEqual({
      saved: false,
      key: `${PREFIX}abab777`,
      reason: expect.stringMatching(/immutable/)
    });
    expect(services.cacheEntries).toHaveLength(1);
    await store.restoreBaselineFromCache({ file, prefix: PREFIX });
    expect(await readFile(file, 'utf8')).toBe('{"first":true}');
  });

  it.each<[Corruption, string]>([
    ['short-read', 'a transfer that stops short of its Content-Length'],
    ['truncate', 'a truncated archive'],
    ['flip', 'a changed byte']
  ])('detects a corrupted download: %s (%s)', async (how) => {
    await saveContent('{"intact":true}', `${PREFIX}cdcd888`);
    services.corruptCacheEntry(`${PREFIX}cdcd888`, how);

    const restored = await store.restoreBaselineFromCache({ file, prefix: PREFIX });

    expect(restored).toEqual({
      restored: false,
      reason: expect.stringContaining(`the cache entry ${PREFIX}cdcd888 could not be downloaded or unpacked`)
    });
    expect(existsSync(file)).toBe(false);
  });

  it('is refused with a runtime token that grants no run', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken({ scp: 'Actions.GenericRead:1234' });

    const saved = await saveContent('{}', `${PREFIX}efef999`);

    expect(saved).toEqual({ saved: false, key: `${PREFIX}efef999`, reason: expect.any(String) });
    expect(services.calls.filter((c) => c.status === 401).length).toBeGreaterThan(0);
    expect(services.cacheEntries).toHaveLength(0);
  });

  it('stores blobs behind the signed URLs the service hands out', async () => {
    await saveContent('{}', `${PREFIX}5151515`);
    const [entry] = services.cacheEntries;

    const unsigned = await fetch(`${server.url}/actionsblobs/${entry?.blob}`);
    const forged = await fetch(`${server.url}/actionsblobs/${entry?.blob}?sig=forged`);

    expect([unsigned.status, forged.status]).toEqual([403, 403]);
    expect(await forged.text()).toContain('<Code>AuthenticationFailed</Code>');
  });

  it('says so when no cache service is configured', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const restored = await store.restoreBaselineFromCache({ file, prefix: PREFIX });
      const saved = await saveContent('{}', `${PREFIX}0000000`);

      expect(!restored.restored && restored.reason).toMatch(/ACTIONS_RESULTS_URL is not set/);
      expect(!saved.saved && saved.reason).toMatch(/ACTIONS_RESULTS_URL is not set/);
      expect(services.calls).toEqual([]);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });

  it('reports a file that does not exist', async () => {
    const saved = await store.saveBaselineToCache({ file: path.join(root, 'nope.json'), key: `${PREFIX}1` });

    expect(saved).toEqual({
      saved: false,
      key: `${PREFIX}1`,
      reason: expect.stringContaining('nope.json does not exist')
    });
  });
});
