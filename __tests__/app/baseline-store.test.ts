// Promotion and fetching together: the cache first, the newest artifact when the cache has nothing.
// The real ports (real clients), in this process, against the local Actions services.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type ActionsServices,
  createActionsServices,
  mintRuntimeToken
} from '../servers/actions-services.js';
import { startServer, type TestServer } from '../servers/http.js';

type StoreModule = typeof import('../../src/app/baseline.js');
type PortsModule = typeof import('../../src/real-ports.js');

const SLOT = { name: 'copybook-bench', os: 'Linux', testbed: 'default' };
const savedEnv = { ...process.env };
let server: TestServer;
let services: ActionsServices;
let store: StoreModule;
let ports: ReturnType<PortsModule['realPorts']>;
let root: string;
let file: string;

beforeAll(async () => {
  services = createActionsServices();
  server = await startServer([services.handler]);
  root = await mkdtemp(path.join(tmpdir(), 'store-'));
  Object.assign(process.env, services.env(server.url), {
    RUNNER_TEMP: path.join(root, 'temp'),
    GITHUB_WORKSPACE: path.join(root, 'workspace')
  });
  await mkdir(path.join(root, 'temp'));
  store = await import('../../src/app/baseline.js');
  const { realPorts } = await import('../../src/real-ports.js');
  const quiet = () => undefined;
  ports = realPorts({
    log: { info: quiet, warning: quiet, error: quiet, group: (_name, fn) => fn() },
    env: process.env
  });
  file = path.join(root, 'workspace', 'report', 'baseline.json');
});

afterAll(async () => {
  process.env = savedEnv;
  await server.close();
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  services.evictCache();
  services.artifacts.length = 0;
  await mkdir(path.dirname(file), { recursive: true });
});

function artifacts() {
  const [owner, repo] = services.repository.split('/') as [string, string];
  return { token: services.githubToken, owner, repo, apiUrl: server.url, branch: 'main' };
}

/** A push run: its own runtime token, the new baseline written to the report dir, then stored. */
async function promote(commit: string, content: string) {
  process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
  await writeFile(file, content);
  return store.storeBaseline({ slot: SLOT, commit, file, retentionDays: 90 }, ports);
}

/** A pull-request run: its own runtime token, nothing left from before. */
async function fetchAsNextRun(access = artifacts()) {
  process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
  await rm(file, { force: true });
  return store.fetchBaseline(SLOT, file, access, ports);
}

describe('storeBaseline', () => {
  it('stores the baseline in the cache under its commit and as the <name>-baseline-<testbed>-<os> artifact', async () => {
    const stored = await promote('1111111', '{"commit":1}');

    expect(stored.cache).toEqual({
      saved: true,
      key: 'copybook_bench-baseline-Linux-default-1111111',
      entryId: expect.any(Number)
    });
    expect(stored.artifact).toEqual({
      uploaded: true,
      name: 'copybook-bench-baseline-default-Linux',
      id: expect.any(Number),
      size: expect.any(Number)
    });
  });
});

describe('fetchBaseline', () => {
  it('reads the newest promotion from the cache', async () => {
    await promote('1111111', '{"commit":1}');
    await promote('2222222', '{"commit":2}');

    const fetched = await fetchAsNextRun();

    expect(fetched).toEqual({
      found: true,
      file,
      source: 'cache',
      origin: 'copybook_bench-baseline-Linux-default-2222222',
      misses: []
    });
    expect(await readFile(file, 'utf8')).toBe('{"commit":2}');
  });

  it('falls back to the newest artifact when the cache was evicted', async () => {
    await promote('1111111', '{"commit":1}');
    const second = await promote('2222222', '{"commit":2}');
    services.evictCache();

    const fetched = await fetchAsNextRun();

    expect(fetched).toEqual({
      found: true,
      file,
      source: 'artifact',
      origin: `copybook-bench-baseline-default-Linux (id ${second.artifact.uploaded && second.artifact.id})`,
      misses: [expect.stringMatching(/^Cache: .*evicted/)]
    });
    expect(await readFile(file, 'utf8')).toBe('{"commit":2}');
  });

  it('falls back to the artifact when the cached copy is corrupt', async () => {
    await promote('1111111', '{"commit":1}');
    services.corruptCacheEntry('copybook_bench-baseline-Linux-default-1111111', 'flip');

    const fetched = await fetchAsNextRun();

    expect(fetched.found && fetched.source).toBe('artifact');
    expect(fetched.misses).toEqual([expect.stringMatching(/^Cache: .*could not be downloaded or unpacked/)]);
    expect(await readFile(file, 'utf8')).toBe('{"commit":1}');
  });

  it('gives the reasons of both sources when there is no baseline yet', async () => {
    const fetched = await fetchAsNextRun();

    expect(fetched).toEqual({
      found: false,
      misses: [
        expect.stringMatching(/^Cache: the cache holds no entry/),
        `Artifact: ${services.repository} has no unexpired artifact named copybook-bench-baseline-default-Linux`
      ]
    });
  });

  it("finds only its own slot's artifact: a matrix leg on another OS or testbed is not its baseline", async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
    await writeFile(file, '{"leg":"windows"}');
    const windows = await store.storeBaseline(
      {
        slot: { ...SLOT, os: 'Windows' },
        commit: '1111111',
        file,
        retentionDays: 90
      },
      ports
    );
    await writeFile(file, '{"leg":"arm"}');
    await store.storeBaseline(
      {
        slot: { ...SLOT, testbed: 'arm' },
        commit: '1111111',
        file,
        retentionDays: 90
      },
      ports
    );
    services.evictCache();

    expect(windows.artifact).toMatchObject({
      uploaded: true,
      name: 'copybook-bench-baseline-default-Windows'
    });
    expect((await fetchAsNextRun()).found).toBe(false);
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
    const fetched = await store.fetchBaseline({ ...SLOT, os: 'Windows' }, file, artifacts(), ports);
    expect(fetched).toMatchObject({ found: true, source: 'artifact' });
    expect(await readFile(file, 'utf8')).toBe('{"leg":"windows"}');
  });

  it('says the token lacks `actions: read` when the artifacts cannot be listed', async () => {
    await promote('1111111', '{"commit":1}');
    services.evictCache();
    services.faults.listArtifactsStatus = 403;
    try {
      const fetched = await fetchAsNextRun();

      expect(fetched.found).toBe(false);
      expect(fetched.misses[1]).toMatch(/^Artifact: .*403.*`actions: read`/);
    } finally {
      services.faults.listArtifactsStatus = null;
    }
  });

  it('tries only the cache without artifact access', async () => {
    await promote('1111111', '{"commit":1}');
    services.evictCache();
    services.calls.length = 0;

    const fetched = await store.fetchBaseline(SLOT, file, null, ports);

    expect(fetched).toEqual({ found: false, misses: [expect.stringMatching(/^Cache: /)] });
    expect(services.calls.some((c) => c.route.startsWith('REST'))).toBe(false);
  });
});
