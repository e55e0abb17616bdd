// A sharded matrix through the bundled action: shard jobs upload their partial reports with the
// real @actions/artifact client, and a `mode: merge` job of the same workflow run downloads them,
// checks them and reports once, against a local server that speaks the artifact service, the blob
// storage and GitHub's REST API.

import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, workspaceMaker } from '../helpers/criterion-tree.js';
import { mintRuntimeToken } from '../servers/actions-services.js';
import { type LocalServices, localServices } from '../servers/local-services.js';

const TOKEN = 'ghs_shardMergeE2eToken0123456789abcdefghij';
const REPOSITORY = 'octo-org/copybook-rs';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PR = 42;
const SHA = '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b';

const scratch = mkdtempSync(path.join(tmpdir(), 'shard-merge-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

const services = localServices(TOKEN, REPOSITORY);

/** One job of a workflow run (`run`: the run's backend id; each job gets a token of its own). */
async function job(
  env: LocalServices,
  run: string,
  inputs: Record<string, string>,
  o: { cwd?: string; sha?: string; os?: string } = {}
): Promise<ActionRun> {
  return runAction(
    { run: 'false', 'github-token': TOKEN, ...inputs },
    {
      cwd: o.cwd ?? workspaces.make(HEALTHY),
      env: {
        ...env.actions.env(env.url, mintRuntimeToken({ runBackendId: run })),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(EVENTS, 'pull_request.json'),
        GITHUB_SHA: o.sha ?? SHA,
        GITHUB_REF: `refs/pull/${PR}/merge`,
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_OS: o.os ?? 'Linux',
        RUNNER_ARCH: 'X64'
      },
      timeoutMs: 120_000
    }
  );
}

const reportOf = (run: ActionRun): PerfReport =>
  JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;

describe('a sharded matrix and its merge job', () => {
  it('three shards then a merge give the numbers of one job over the same results, in one comment', async () => {
    const env = await services();
    const run = randomUUID();
    const shards = [];
    for (const i of [1, 2, 3]) shards.push(await job(env, run, { shard: `${i}/3` }));
    for (const [i, shard] of shards.entries()) {
      expect(shard.exitCode).toBe(0);
      expect(shard.stdout).toContain(
        `Report uploaded as artifact copybook-bench-shard-${i + 1}-of-3-default-Linux`
      );
      expect(shard.stdout).toContain('leaves the comment to the merge job');
    }
    // No shard commented, and none promoted or uploaded a report of its own.
    expect(env.api.comments(PR)).toHaveLength(0);
    expect(env.actions.artifacts.map((a) => a.name).sort()).toEqual([
      'copybook-bench-shard-1-of-3-default-Linux',
      'copybook-bench-shard-2-of-3-default-Linux',
      'copybook-bench-shard-3-of-3-default-Linux'
    ]);
    const planned = shards.map(reportOf).flatMap((r) => r.shard?.ids ?? []);
    expect(planned.sort()).toEqual(HEALTHY.map((b) => b.id).sort());

    const merge = await job(env, run, { mode: 'merge' });
    expect(merge.exitCode).toBe(0);
    expect(merge.stdout).toContain('Found 3 shard artifacts of copybook-bench in this run.');
    const merged = reportOf(merge);
    expect(merged._metadata.source).toBe('shards');
    expect(merged.shard).toBeUndefined();
    expect(env.api.comments(PR)).toHaveLength(1);

    // One job over the same tree, in another workflow run.
    const single = reportOf(await job(env, randomUUID(), {}));
    expect(merged.benchmarks).toEqual(single.benchmarks);
    expect(merged.metrics).toEqual(single.metrics);
    expect([merged.display_gibs, merged.comp3_mibs, merged.status]).toEqual([
      single.display_gibs,
      single.comp3_mibs,
      single.status
    ]);
    expect(merged.errors).toEqual([]);
    expect(merged.warnings).toEqual(single.warnings);
  }, 300_000);

  it('a missing shard or shards of two commits fail the merge with a report that says which', async () => {
    const env = await services();
    const run = randomUUID();
    await job(env, run, { shard: '1/3' });
    await job(env, run, { shard: '3/3' }, { sha: 'b'.repeat(40) });
    const merge = await job(env, run, { mode: 'merge' });
    expect(merge.exitCode).toBe(1);
    const report = reportOf(merge);
    expect(report.status).toBe('fail');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain('shard 2 of 3 is missing');
    expect(report.errors[0]).toContain(
      `the shards measured different commits: ${SHA} (shard 1) and ${'b'.repeat(40)} (shard 3)`
    );
    expect(merge.stdout).toMatch(/::error title=copybook-bench::.*shard 2 of 3 is missing/);
    // The comment says so too, and nothing was promoted.
    expect(env.api.comments(PR)[0]?.body).toContain('shard 2 of 3 is missing');
  }, 300_000);

  it('a shard that came twice, in a folder of downloaded reports, fails the merge naming both', async () => {
    const env = await services();
    const run = randomUUID();
    const shards = [];
    for (const i of [1, 2]) shards.push(await job(env, run, { shard: `${i}/2` }));
    const folder = path.join(scratch, 'downloaded');
    for (const [name, from] of [
      ['shard-1', shards[0]],
      ['shard-2', shards[1]],
      ['shard-2-again', shards[1]]
    ] as const) {
      mkdirSync(path.join(folder, name), { recursive: true });
      cpSync(from?.outputs['report-path'] as string, path.join(folder, name, 'perf.json'));
    }
    const cwd = workspaces.make(HEALTHY);
    const merge = await job(env, randomUUID(), { mode: 'merge', 'shard-reports': folder }, { cwd });
    expect(merge.exitCode).toBe(1);
    expect(reportOf(merge).errors[0]).toContain(
      'shard 2 of 2 came 2 times: shard-2-again/perf.json, shard-2/perf.json'
    );
  }, 300_000);

  it('two testbeds merge into one comment with a section each, each with its own report', async () => {
    const env = await services();
    const run = randomUUID();
    const slower = HEALTHY.map((b) => (b.id.startsWith('decode_comp3') ? { ...b, ns: b.ns * 100 } : b));
    await job(env, run, { shard: '1/1', testbed: 'ubuntu-latest' }, { os: 'Linux' });
    await job(
      env,
      run,
      { shard: '1/1', testbed: 'macos-latest' },
      { os: 'macOS', cwd: workspaces.make(slower) }
    );
    const merge = await job(env, run, { mode: 'merge' });
    // macOS's COMP-3 is below its floor: the merge fails, and the comment leads with it.
    expect(merge.exitCode).toBe(1);
    const [comment] = env.api.comments(PR);
    const body = comment?.body ?? '';
    expect(body).toContain('Worst of 2 testbeds: macos-latest (macOS), **❌ FAILED**');
    expect(body.indexOf('### macos-latest (macOS)')).toBeGreaterThan(0);
    expect(body.indexOf('### ubuntu-latest (Linux)')).toBeGreaterThan(
      body.indexOf('### macos-latest (macOS)')
    );
    expect(env.api.comments(PR)).toHaveLength(1);
    // Each testbed's report in a folder of its own, uploaded under its own name.
    const reportDir = path.dirname(path.dirname(merge.outputs['report-path'] as string));
    const mac = JSON.parse(
      readFileSync(path.join(reportDir, 'macos_latest-macOS', 'perf.json'), 'utf8')
    ) as PerfReport;
    const ubuntu = JSON.parse(
      readFileSync(path.join(reportDir, 'ubuntu_latest-Linux', 'perf.json'), 'utf8')
    ) as PerfReport;
    expect([mac.status, ubuntu.status]).toEqual(['fail', 'pass']);
    expect(env.actions.artifacts.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'copybook-bench-report-macos_latest-macOS',
        'copybook-bench-report-ubuntu_latest-Linux'
      ])
    );
  }, 300_000);
});
