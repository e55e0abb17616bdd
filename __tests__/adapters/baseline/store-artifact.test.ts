// The baseline as a workflow artifact: the real @actions/artifact client and Octokit, in this
// process, against the local artifact service, blob storage and REST routes.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type ActionsServices,
  createActionsServices,
  mintRuntimeToken,
  readRuntimeToken,
  sha256Digest
} from '../../servers/actions-services.js';
import { startServer, type TestServer } from '../../servers/http.js';

type ArtifactModule = typeof import('../../../src/adapters/baseline/artifact.js');
type ClientModule = typeof import('../../../src/adapters/github/client.js');

const NAME = 'copybook-bench-baseline';
const savedEnv = { ...process.env };
let server: TestServer;
let services: ActionsServices;
let store: ArtifactModule;
let createGitHubClient: ClientModule['createGitHubClient'];
let root: string;
let download: string;

beforeAll(async () => {
  services = createActionsServices();
  server = await startServer([services.handler]);
  root = await mkdtemp(path.join(tmpdir(), 'store-artifact-'));
  // @actions/github fixes GITHUB_API_URL when first imported: set the environment, then import.
  Object.assign(process.env, services.env(server.url), { RUNNER_TEMP: root, GITHUB_WORKSPACE: root });
  store = await import('../../../src/adapters/baseline/artifact.js');
  ({ createGitHubClient } = await import('../../../src/adapters/github/client.js'));
});

afterAll(async () => {
  process.env = savedEnv;
  await server.close();
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  services.artifacts.length = 0;
  services.calls.length = 0;
  services.faults.listArtifactsStatus = null;
  services.faults.downloadArtifactStatus = null;
  download = await mkdtemp(path.join(root, 'download-'));
});

/**
 * Uploads `content` as baseline.json from a run of its own, as each promotion is; `token` names
 * another kind of run (services.runToken).
 */
async function promote(content: string, name = NAME, token = mintRuntimeToken()) {
  process.env.ACTIONS_RUNTIME_TOKEN = token;
  const dir = await mkdtemp(path.join(root, 'promote-'));
  await writeFile(path.join(dir, 'baseline.json'), content);
  return store.uploadBaselineArtifact({
    name,
    file: path.join(dir, 'baseline.json'),
    retentionDays: 90,
    env: process.env
  });
}

function query() {
  const [owner, repo] = services.repository.split('/') as [string, string];
  return {
    name: NAME,
    token: services.githubToken,
    owner,
    repo,
    apiUrl: server.url,
    dir: download,
    branch: 'main'
  };
}

describe('uploadBaselineArtifact', () => {
  it('uploads baseline.json in blocks, finalizes it with its digest and retention', async () => {
    const uploaded = await promote('{"promotion":1}');

    expect(uploaded).toEqual({
      uploaded: true,
      name: NAME,
      id: expect.any(Number),
      size: expect.any(Number)
    });
    const [stored] = services.artifacts;
    expect(stored).toMatchObject({ name: NAME, finalized: true });
    const zip = services.blobs.get(stored?.blob ?? '') as Buffer;
    expect(uploaded.uploaded && uploaded.size).toBe(zip.length);
    expect(stored?.digest).toBe(sha256Digest(zip));
    const days = ((stored?.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);
    expect(services.calls.map((c) => c.route)).toEqual([
      'ArtifactService/CreateArtifact',
      'blob PUT comp=block',
      'blob PUT comp=blocklist',
      'ArtifactService/FinalizeArtifact'
    ]);
    const create = server.requests.find((r) => r.url.endsWith('/CreateArtifact'));
    const ids = readRuntimeToken(create?.headers.authorization);
    expect(JSON.parse(create?.body.toString('utf8') ?? '{}')).toMatchObject({
      workflow_run_backend_id: typeof ids === 'object' ? ids.runBackendId : 'no ids',
      name: NAME
    });
  });

  it('is refused with a runtime token whose scope names no run', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken({ scp: 'Actions.GenericRead:1234' });
    const file = path.join(root, 'baseline.json');
    await writeFile(file, '{}');

    const uploaded = await store.uploadBaselineArtifact({
      name: NAME,
      file,
      retentionDays: 90,
      env: process.env
    });

    expect(uploaded).toEqual({
      uploaded: false,
      name: NAME,
      reason: expect.stringContaining('invalid and/or missing claims')
    });
    expect(services.artifacts).toEqual([]);
  });

  it('reports a second upload of the same name in one run', async () => {
    const file = path.join(root, 'baseline.json');
    await writeFile(file, '{}');
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken();
    await store.uploadBaselineArtifact({ name: NAME, file, retentionDays: 1, env: process.env });

    const again = await store.uploadBaselineArtifact({
      name: NAME,
      file,
      retentionDays: 1,
      env: process.env
    });

    expect(!again.uploaded && again.reason).toMatch(/409.*already exists on the workflow run/);
  });

  it('says so when no artifact service is configured', async () => {
    const file = path.join(root, 'baseline.json');
    await writeFile(file, '{}');
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const uploaded = await store.uploadBaselineArtifact({
        name: NAME,
        file,
        retentionDays: 90,
        env: process.env
      });
      expect(!uploaded.uploaded && uploaded.reason).toMatch(/ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL/);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });

  it('is refused by the service with an expired runtime token', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = mintRuntimeToken({ expiresInSeconds: -60 });
    const file = path.join(root, 'baseline.json');
    await writeFile(file, '{}');

    const uploaded = await store.uploadBaselineArtifact({
      name: NAME,
      file,
      retentionDays: 90,
      env: process.env
    });

    expect(!uploaded.uploaded && uploaded.reason).toMatch(/\(401\) Unauthorized: the token has expired/);
    expect(services.calls).toEqual([{ route: 'ArtifactService/CreateArtifact', status: 401 }]);
  });

  it('accepts only a file named baseline.json, the name the download looks for', async () => {
    await expect(
      store.uploadBaselineArtifact({
        name: NAME,
        file: path.join(root, 'perf.json'),
        retentionDays: 90,
        env: process.env
      })
    ).rejects.toThrow('needs a file named baseline.json');
  });
});

describe('the artifact service', () => {
  it("answers the client's calls within one run: list, download by signed URL, delete", async () => {
    const uploaded = await promote('{"same":"run"}');
    const id = uploaded.uploaded ? uploaded.id : -1;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();

    const listed = await client.listArtifacts();
    await client.downloadArtifact(id, { path: download });
    const deleted = await client.deleteArtifact(NAME);

    expect(listed.artifacts.map((a) => [a.id, a.name])).toEqual([[id, NAME]]);
    expect(await readFile(path.join(download, 'baseline.json'), 'utf8')).toBe('{"same":"run"}');
    expect(deleted.id).toBe(id);
    expect(services.artifacts).toEqual([]);
    // After the upload's four calls; the download and the delete each look the artifact up first.
    expect(services.calls.slice(4).map((c) => `${c.route} ${c.status}`)).toEqual([
      'ArtifactService/ListArtifacts 200',
      'ArtifactService/ListArtifacts 200',
      'ArtifactService/GetSignedArtifactURL 200',
      'blob GET 200',
      'ArtifactService/ListArtifacts 200',
      'ArtifactService/DeleteArtifact 200'
    ]);
  });
});

describe('downloadLatestBaselineArtifact', () => {
  it('downloads the newest of several, following the REST redirect to the blob', async () => {
    await promote('{"promotion":1}');
    await promote('{"promotion":2}');
    const newest = await promote('{"promotion":3}');
    await promote('{"other":true}', 'another-baseline');
    services.calls.length = 0;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found).toEqual({
      found: true,
      file: path.join(download, 'baseline.json'),
      artifactId: newest.uploaded ? newest.id : -1,
      createdAt: expect.any(String),
      workflowRunId: expect.any(Number),
      skipped: []
    });
    expect(await readFile(path.join(download, 'baseline.json'), 'utf8')).toBe('{"promotion":3}');
    // The listing, the newest one's run (a push to main), its zip.
    expect(services.calls.map((c) => `${c.route} ${c.status}`)).toEqual([
      `REST GET /repos/${services.repository}/actions/artifacts 200`,
      `REST GET /repos/${services.repository}/actions/runs/${found.found && found.workflowRunId} 200`,
      `REST GET /repos/${services.repository}/actions/artifacts/${found.found && found.artifactId}/zip 302`,
      'blob GET 200'
    ]);
    const listing = server.requests.find((r) =>
      r.url.startsWith(`/repos/${services.repository}/actions/artifacts?`)
    );
    expect(listing?.url).toContain(`name=${NAME}`);
    expect(listing?.headers.authorization).toBe(`token ${services.githubToken}`);
  });

  it('skips expired artifacts', async () => {
    await promote('{"promotion":1}');
    const second = await promote('{"promotion":2}');
    const third = await promote('{"promotion":3}');
    services.expireArtifact(third.uploaded ? third.id : -1);

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found.found && found.artifactId).toBe(second.uploaded && second.id);
    expect(await readFile(path.join(download, 'baseline.json'), 'utf8')).toBe('{"promotion":2}');
  });

  it('pages through the listing until it finds an unexpired one', async () => {
    const kept = await promote('{"promotion":"kept"}');
    // 101 newer ones, all expired, fill the first page of 100 and start the second.
    for (let i = 1; i <= 101; i++)
      services.artifacts.push({
        id: 5000 + i,
        name: NAME,
        runBackendId: `expired-run-${i}`,
        jobBackendId: 'job',
        workflowRunId: 9000 + i,
        blob: `artifacts/${5000 + i}.zip`,
        mimeType: 'application/zip',
        size: 1,
        digest: null,
        createdAt: new Date(Date.now() + i * 1000),
        expiresAt: new Date(Date.now() - 1000),
        finalized: true
      });
    services.calls.length = 0;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found.found && found.artifactId).toBe(kept.uploaded && kept.id);
    const listings = services.calls.filter(
      (c) => c.route === `REST GET /repos/${services.repository}/actions/artifacts`
    );
    expect(listings).toHaveLength(2);
  });

  it('reads the runs of at most 10 candidates, newest first, then says where it stopped', async () => {
    await promote('{"genuine":true}');
    for (let i = 0; i < 11; i++)
      await promote('{"forged":true}', NAME, services.runToken({ event: 'issue_comment' }));
    services.calls.length = 0;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found).toEqual({
      found: false,
      reason: `${services.repository} has no unexpired artifact named ${NAME} from a push, schedule or workflow_dispatch run on main (10 skipped, see above); the search stopped after the runs of the newest 10 candidates were read`,
      skipped: expect.arrayContaining([
        expect.stringMatching(/its run was triggered by issue_comment on branch "main"/)
      ])
    });
    expect(found.skipped).toHaveLength(10);
    expect(services.calls.filter((c) => c.route.includes('/actions/runs/'))).toHaveLength(10);
  });

  it('lists at most 10 pages of artifacts from elsewhere, without reading their runs', async () => {
    await promote('{"genuine":true}');
    const ids = readRuntimeToken(`Bearer ${services.runToken({ headBranch: 'feature' })}`);
    const runBackendId = typeof ids === 'object' ? ids.runBackendId : 'none';
    for (let i = 1; i <= 1000; i++)
      services.artifacts.push({
        id: 5000 + i,
        name: NAME,
        runBackendId,
        jobBackendId: 'job',
        workflowRunId: 9000,
        blob: `artifacts/${5000 + i}.zip`,
        mimeType: 'application/zip',
        size: 1,
        digest: null,
        createdAt: new Date(Date.now() + i * 1000),
        expiresAt: null,
        finalized: true
      });
    services.calls.length = 0;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(!found.found && found.reason).toMatch(
      /\(1000 skipped, see above\); the search stopped after the newest 1000 were listed$/
    );
    expect(found.skipped[0]).toBe(
      `Skipped artifact ${NAME} (id 6000) of run 9000: its run was on branch "feature", not on main, the baseline branch.`
    );
    expect(services.calls.map((c) => c.route.replace(/\d+$/, 'N'))).toEqual(
      Array(10).fill(`REST GET /repos/${services.repository}/actions/artifacts`)
    );
  });

  it('reports a repository without one', async () => {
    await promote('{}', 'another-baseline');

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found).toEqual({
      found: false,
      reason: `${services.repository} has no unexpired artifact named ${NAME}`,
      skipped: []
    });
  });

  it('names the missing `actions: read` permission when the listing answers 403', async () => {
    await promote('{}');
    services.faults.listArtifactsStatus = 403;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found.found).toBe(false);
    expect(!found.found && found.reason).toBe(
      `Listing the artifacts named ${NAME} in ${services.repository} was refused: 403 (Resource not accessible by integration); the token needs the \`actions: read\` permission (add \`permissions: actions: read\` to the job).`
    );
  });

  it('names the missing permission when the zip download answers 403', async () => {
    const uploaded = await promote('{}');
    services.faults.downloadArtifactStatus = 403;

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(!found.found && found.reason).toMatch(
      new RegExp(
        `^Downloading the artifact ${NAME} \\(id ${uploaded.uploaded && uploaded.id}\\) .* 403 .*actions: read`
      )
    );
  });

  it('says the token is not valid when the REST API answers 401', async () => {
    await promote('{}');

    const found = await store.downloadLatestBaselineArtifact({ ...query(), token: 'ghs_wrong' });

    expect(!found.found && found.reason).toMatch(/401 \(Bad credentials\); the token is not valid/);
  });

  it('detects a download whose bytes differ from the listed digest', async () => {
    const uploaded = await promote('{"promotion":1}');
    services.corruptArtifact(uploaded.uploaded ? uploaded.id : -1, 'zip-timestamp');

    const found = await store.downloadLatestBaselineArtifact(query());

    expect(found).toEqual({
      found: false,
      reason: expect.stringMatching(
        /the download is corrupt, its SHA-256 differs from the artifact's sha256:[0-9a-f]{64}$/
      ),
      skipped: []
    });
    expect(existsSync(path.join(download, 'baseline.json'))).toBe(false);
  });

  it('retries a failing listing, then reports it; a file from an earlier download does not pass for it', async () => {
    await mkdir(download, { recursive: true });
    await writeFile(path.join(download, 'baseline.json'), 'stale');
    await promote('{"fresh":true}');
    services.faults.listArtifactsStatus = 500;
    services.calls.length = 0;
    const client = createGitHubClient({ token: services.githubToken, baseUrl: server.url, retryBaseMs: 1 });

    const failed = await store.downloadLatestBaselineArtifact({ ...query(), client });

    expect(!failed.found && failed.reason).toMatch(/failed with HTTP 500 \(Server Error\)/);
    expect(services.calls.map((c) => c.status)).toEqual([500, 500, 500, 500]);
    services.faults.listArtifactsStatus = null;
    const found = await store.downloadLatestBaselineArtifact({ ...query(), client });
    expect(found.found).toBe(true);
    expect(await readFile(path.join(download, 'baseline.json'), 'utf8')).toBe('{"fresh":true}');
  });
});
