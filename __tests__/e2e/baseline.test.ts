// The bundled action as a process promoting and comparing baselines through the real
// @actions/cache and @actions/artifact clients, against a local server that speaks the cache and
// artifact services, the blob storage and the GitHub REST calls they use.

import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { BaselineFile, PerfReport } from '../../src/core/model.js';
import { COMMENT_LIMIT } from '../../src/render/comment.js';
import { JOB_SUMMARY_LIMIT } from '../../src/render/job-summary.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, type TreeBenchmark, workspaceMaker } from '../helpers/criterion-tree.js';
import { writeSyntheticCriterionTree } from '../helpers/synthetic.js';
import {
  type ActionsServices,
  createActionsServices,
  mintRuntimeToken
} from '../servers/actions-services.js';
import { type GitHubApi, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_baselineE2eToken0123456789abcdefghij';
const REPOSITORY = 'octo-org/copybook-rs';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PR = 42;

const scratch = mkdtempSync(path.join(tmpdir(), 'baseline-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** COMP-3 at half its healthy speed, DISPLAY unchanged. */
const SLOWER_COMP3: readonly TreeBenchmark[] = HEALTHY.map((b) =>
  b.id.startsWith('decode_comp3_heavy/') ? { ...b, ns: b.ns * 2 } : b
);

const workspaces = workspaceMaker(scratch);
const workspace = workspaces.make;

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function services(): Promise<{ actions: ActionsServices; api: GitHubApi; url: string }> {
  const actions = createActionsServices({ repository: REPOSITORY, githubToken: TOKEN });
  const api = githubApi({ token: TOKEN });
  server = await startServer([actions.handler, api.handler]);
  return { actions, api, url: server.url };
}

/** One run of the action on an event, as a runner would start it. */
async function act(
  env: { actions: ActionsServices; url: string },
  event: 'push' | 'pull_request',
  cwd: string,
  inputs: Record<string, string> = {},
  sha = '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
  runner: { os?: string; runtimeToken?: string } = {}
): Promise<ActionRun> {
  return runAction(
    { run: 'false', 'github-token': TOKEN, ...inputs },
    {
      cwd,
      env: {
        // A fresh runtime token each run, as each job gets, unless the job is a leg of the same run;
        // the services know the run by its event and branch, as GitHub does.
        ...env.actions.env(
          env.url,
          runner.runtimeToken ??
            env.actions.runToken({ event, headBranch: event === 'push' ? 'main' : 'faster-comp3' })
        ),
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: path.join(EVENTS, `${event}.json`),
        GITHUB_SHA: sha,
        GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
        GITHUB_RUN_ID: String(1000 + workspaces.count()),
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_OS: runner.os ?? 'Linux',
        RUNNER_ARCH: 'X64'
      },
      timeoutMs: 120_000
    }
  );
}

const report = (run: ActionRun): PerfReport =>
  JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;
const baselineOf = (run: ActionRun): BaselineFile =>
  JSON.parse(
    readFileSync(path.join(path.dirname(run.outputs['report-path'] as string), 'baseline.json'), 'utf8')
  );
const warnings = (run: ActionRun): string[] =>
  run.stdout.split('\n').filter((l) => l.startsWith('::warning'));

/** Uploads `file` as the baseline's artifact, in this process, from a job holding `runtimeToken`. */
async function uploadInProcess(
  env: { actions: ActionsServices; url: string },
  runtimeToken: string,
  file: BaselineFile
): Promise<number> {
  const dir = mkdtempSync(path.join(scratch, 'forger-'));
  writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(file));
  const before = { ...process.env };
  Object.assign(process.env, env.actions.env(env.url, runtimeToken));
  try {
    const { uploadBaselineArtifact } = await import('../../src/adapters/baseline/artifact.js');
    const uploaded = await uploadBaselineArtifact({
      name: 'copybook-bench-baseline-default-Linux',
      file: path.join(dir, 'baseline.json'),
      retentionDays: 90,
      env: process.env
    });
    if (!uploaded.uploaded) throw new Error(uploaded.reason);
    return uploaded.id;
  } finally {
    process.env = before;
  }
}

describe('baselines across pushes and pull requests', () => {
  it('promotes on push, compares on the next pull request, and carries the history forward', async () => {
    const env = await services();

    const first = await act(env, 'push', workspace(), {}, '1111111111111111111111111111111111111111');
    expect(warnings(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs['baseline-promoted']).toBe('true');
    expect(first.outputs['baseline-key']).toBe(
      'copybook_bench-baseline-Linux-default-1111111111111111111111111111111111111111'
    );
    expect(first.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(env.actions.cacheEntries.map((e) => e.key)).toEqual([first.outputs['baseline-key']]);
    // The baseline, and the run's report dir as its own artifact.
    expect(env.actions.artifacts.map((a) => a.name)).toEqual([
      'copybook-bench-baseline-default-Linux',
      'copybook-bench-report-default-Linux'
    ]);
    expect(first.stdout).toMatch(
      /Report uploaded as artifact copybook-bench-report-default-Linux \(id \d+, \d+ files\)/
    );
    expect(baselineOf(first).history).toHaveLength(1);
    expect(baselineOf(first).runner).toEqual({ os: 'Linux', arch: 'X64', testbed: 'default' });

    const pr = await act(env, 'pull_request', workspace(SLOWER_COMP3));
    expect(pr.stdout).toContain('Baseline: cache copybook_bench-baseline-Linux-default-1111111');
    expect(pr.outputs.regressions).toBe('2');
    expect(pr.outputs['baseline-promoted']).toBe('false');
    // fail-on defaults to floor,regression.
    expect(pr.exitCode).toBe(1);
    const compared = report(pr);
    expect(compared.comparison?.baseline.commit).toBe('1111111111111111111111111111111111111111');
    expect(
      compared.comparison?.changes
        .filter((c) => c.verdict === 'regressed')
        .map((c) => c.id)
        .sort()
    ).toEqual(['decode_comp3_heavy/single_threaded/100', 'decode_comp3_heavy/single_threaded/1000']);
    expect(compared.comparison?.changes.filter((c) => c.verdict === 'unchanged')).toHaveLength(3);
    // What was compared is in `quantity`, and in `metric` (its deprecated name) with the same value.
    const quantities = compared.comparison?.changes.map((c) => c.quantity) ?? [];
    expect(new Set(quantities)).toEqual(new Set(['throughput', 'time']));
    expect(compared.comparison?.changes.map((c) => c.metric)).toEqual(quantities);
    const comment = env.api.comments(PR)[0]?.body ?? '';
    expect(comment).toContain('📊 Compared with the baseline (1111111): 2 regressed, 0 improved');
    expect(pr.summary).toContain('### 📊 Compared with the baseline');
    // The pull request wrote no baseline (only its own report).
    expect(env.actions.cacheEntries).toHaveLength(1);
    expect(env.actions.artifacts.filter((a) => a.name.startsWith('copybook-bench-baseline'))).toHaveLength(1);

    // The merge of that pull request is pushed: it promotes again, with two entries of history, and
    // the pull request's comment learns about it.
    env.api.merged('2222222222222222222222222222222222222222', PR);
    const second = await act(env, 'push', workspace(), {}, '2222222222222222222222222222222222222222');
    expect(warnings(second)).toEqual([]);
    expect(second.outputs['baseline-promoted']).toBe('true');
    expect(baselineOf(second).history.map((h) => h.commit)).toEqual([
      '1111111111111111111111111111111111111111',
      '2222222222222222222222222222222222222222'
    ]);
    expect(env.actions.cacheEntries).toHaveLength(2);
    expect(second.stdout).toContain(
      `Baseline promoted: added the promoted baseline to the comment on #${PR}.`
    );
    const announced = env.api.comments(PR)[0]?.body ?? '';
    expect(announced).toContain('### 🎯 Baseline promoted');
    expect(announced).toContain('`2222222`');

    // The next pull request compares with the newest baseline and shows the trend.
    const next = await act(env, 'pull_request', workspace());
    expect(next.exitCode).toBe(0);
    expect(report(next).comparison?.baseline.commit).toBe('2222222222222222222222222222222222222222');
    expect(next.outputs.regressions).toBe('0');
    expect(next.summary).toContain('### 📈 DISPLAY / COMP-3 trend');
  }, 300_000);

  it('keeps the artifacts of matrix legs in one run apart, each leg comparing with its own baseline', async () => {
    const env = await services();
    // Two jobs of one workflow run: one run id in their runtime tokens, a job id each.
    const legs = [
      { os: 'Linux', testbed: 'ubuntu-24.04' },
      { os: 'Windows', testbed: 'ubuntu-24.04' },
      { os: 'Linux', testbed: 'ubuntu-24.04-arm' }
    ];
    const runBackendId = randomUUID();
    const pushes = [];
    for (const leg of legs) {
      pushes.push(
        await act(
          env,
          'push',
          workspace(),
          { testbed: leg.testbed },
          '6666666666666666666666666666666666666666',
          {
            os: leg.os,
            runtimeToken: mintRuntimeToken({ runBackendId })
          }
        )
      );
    }
    for (const push of pushes) {
      expect(warnings(push)).toEqual([]);
      expect(push.outputs['baseline-promoted']).toBe('true');
    }
    expect(env.actions.artifacts.map((a) => a.name).sort()).toEqual([
      'copybook-bench-baseline-ubuntu_24.04-Linux',
      'copybook-bench-baseline-ubuntu_24.04-Windows',
      'copybook-bench-baseline-ubuntu_24.04_arm-Linux',
      'copybook-bench-report-ubuntu_24.04-Linux',
      'copybook-bench-report-ubuntu_24.04-Windows',
      'copybook-bench-report-ubuntu_24.04_arm-Linux'
    ]);

    // With the cache gone, the Windows leg finds the Windows baseline among them by its name.
    env.actions.evictCache();
    const pr = await act(env, 'pull_request', workspace(), { testbed: 'ubuntu-24.04' }, undefined, {
      os: 'Windows'
    });
    expect(pr.stdout).toMatch(/Baseline: artifact copybook-bench-baseline-ubuntu_24.04-Windows \(id \d+\)/);
    expect(warnings(pr)).toEqual([]);
    expect(report(pr).comparison?.baseline.commit).toBe('6666666666666666666666666666666666666666');
  }, 300_000);

  it('uploads no report artifact with upload-report: false', async () => {
    const env = await services();
    const pr = await act(env, 'pull_request', workspace(), { 'upload-report': 'false' });
    expect(pr.exitCode).toBe(0);
    expect(pr.stdout).toContain('The report was not uploaded: upload-report is false.');
    expect(env.actions.artifacts).toEqual([]);
    expect(env.actions.calls.some((c) => /ArtifactService/.test(c.route))).toBe(false);
  }, 120_000);

  it('keeps the job summary of 10,000 benchmarks and their comparison under 1 MiB; comment.md is what was posted', async () => {
    const env = await services();
    const cwd = workspace([]);
    writeSyntheticCriterionTree(path.join(cwd, 'target', 'criterion'), 10_000, { seed: 7 });
    const inputs = { 'fail-on': 'none' };
    const push = await act(env, 'push', cwd, inputs, '8888888888888888888888888888888888888888');
    expect(push.outputs['baseline-promoted']).toBe('true');

    const pr = await act(env, 'pull_request', cwd, inputs);
    expect(pr.exitCode).toBe(0);
    expect(report(pr).comparison?.changes).toHaveLength(10_000);
    const full = readFileSync(path.join(cwd, 'copybook-bench-report', 'summary.md'), 'utf8');
    expect(Buffer.byteLength(full, 'utf8')).toBeGreaterThan(2 * JOB_SUMMARY_LIMIT);
    expect(Buffer.byteLength(pr.summary, 'utf8')).toBeLessThan(JOB_SUMMARY_LIMIT);
    expect(pr.summary).toContain(
      "The full summary is `copybook-bench-report/summary.md`, also in the run's artifact `copybook-bench-report-default-Linux`."
    );
    // Both tables are shortened, so the comparison (worst first) is there too.
    expect(pr.summary).toContain('### Benchmarks');
    expect(pr.summary).toContain('### 📊 Compared with the baseline (8888888)');
    expect(pr.summary.match(/_… and [\d,]+ more rows, in the full summary\._/g)).toHaveLength(2);
    expect(pr.stdout).toContain(
      "The summary is over GitHub's limit for a job summary: wrote a shortened one"
    );

    const posted = env.api.comments(PR)[0]?.body ?? '';
    expect(posted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(posted).toContain('more than a PR comment holds');
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'comment.md'), 'utf8')).toBe(posted);
  }, 300_000);

  it('says "no baseline yet" on a pull request before any promotion, and passes', async () => {
    const env = await services();
    const pr = await act(env, 'pull_request', workspace());
    expect(pr.exitCode).toBe(0);
    expect(report(pr).comparison).toBeNull();
    expect(pr.outputs.regressions).toBe('');
    expect(pr.summary).toContain('No baseline yet, so nothing was compared.');
    expect(warnings(pr)).toEqual([]);
  }, 120_000);

  it("falls back to the newest artifact of main when the cache was evicted, skipping a fork's newer one", async () => {
    const env = await services();
    const cwd = workspace();
    const push = await act(env, 'push', cwd, {}, '3333333333333333333333333333333333333333');
    expect(push.outputs['baseline-promoted']).toBe('true');
    expect(env.actions.evictCache()).toBe(1);
    // A fork's pull request, from its own main, uploads the baseline's name ten times faster.
    const forged = baselineOf(push);
    const times = <T extends { lower: number; point: number; upper: number } | null>(i: T, by: number): T =>
      (i && { lower: i.lower * by, point: i.point * by, upper: i.upper * by }) as T;
    forged.report.benchmarks = forged.report.benchmarks.map((b) => ({
      ...b,
      time_ns: times(b.time_ns, 0.1),
      rate: times(b.rate, 10),
      bytes_per_second: times(b.bytes_per_second, 10)
    }));
    const forgedId = await uploadInProcess(
      env,
      env.actions.runToken({
        event: 'pull_request',
        headBranch: 'main',
        headRepository: 'octocat/copybook-rs'
      }),
      forged
    );

    const pr = await act(env, 'pull_request', workspace());
    expect(pr.stdout).toMatch(
      new RegExp(
        `Skipped artifact copybook-bench-baseline-default-Linux \\(id ${forgedId}\\) of run \\d+: its run was for branch "main" of another repository`
      )
    );
    expect(pr.stdout).toMatch(/Baseline: artifact copybook-bench-baseline-default-Linux \(id \d+\)/);
    expect(report(pr).comparison?.baseline.commit).toBe('3333333333333333333333333333333333333333');
    expect(pr.outputs.regressions).toBe('0');
    expect(pr.exitCode).toBe(0);
  }, 180_000);

  it('never writes the baseline from a pull request, even when told to promote', async () => {
    const env = await services();
    const pr = await act(env, 'pull_request', workspace(), { baseline: 'promote' });
    expect(warnings(pr)).toContain(
      `::warning::baseline: promote is ignored for this pull_request run on refs/pull/${PR}/merge: a pull request must not be able to write the baseline. Comparing with the baseline instead.`
    );
    expect(pr.outputs['baseline-promoted']).toBe('false');
    expect(env.actions.cacheEntries).toEqual([]);
    expect(env.actions.artifacts.map((a) => a.name)).toEqual(['copybook-bench-report-default-Linux']);
    expect(env.actions.calls.some((c) => /CreateCacheEntry/.test(c.route))).toBe(false);
  }, 120_000);

  it('ignores a baseline of another instance name with a warning that says why', async () => {
    const env = await services();
    // Same key prefix (name parts `copybook-bench` and `copybook_bench` read alike in keys), other name.
    await act(
      env,
      'push',
      workspace(),
      { name: 'copybook_bench' },
      '4444444444444444444444444444444444444444'
    );
    const pr = await act(env, 'pull_request', workspace());
    const ignored = warnings(pr).filter((w) => w.includes('was ignored'));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toContain('copybook_bench');
    expect(report(pr).comparison).toBeNull();
    expect(report(pr).warnings.some((w) => w.includes('was ignored'))).toBe(true);
  }, 180_000);

  it('ignores a corrupt baseline with a warning that says why', async () => {
    const env = await services();
    const cwd = workspace();
    // Store a baseline.json that is not one, with the real cache client, as a broken promotion might.
    const file = path.join(cwd, 'copybook-bench-report', 'baseline.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"schema_version": "1.0", "name": "copybook-bench", "history": "truncated');
    const saved = env.actions.env(env.url);
    const before = { cwd: process.cwd(), env: { ...process.env } };
    Object.assign(process.env, saved, { RUNNER_TEMP: scratch });
    process.chdir(cwd);
    try {
      const { saveBaselineToCache } = await import('../../src/adapters/baseline/cache.js');
      const result = await saveBaselineToCache({
        file,
        key: 'copybook_bench-baseline-Linux-default-5555555555555555555555555555555555555555'
      });
      expect(result.saved).toBe(true);
    } finally {
      process.chdir(before.cwd);
      process.env = before.env;
    }
    rmSync(file);

    const pr = await act(env, 'pull_request', cwd);
    const ignored = warnings(pr).filter((w) => w.includes('was ignored'));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(
      /The baseline from cache copybook_bench-baseline-Linux-default-5555555\d* was ignored: .*not valid JSON/
    );
    expect(report(pr).comparison).toBeNull();
    expect(pr.exitCode).toBe(0);
  }, 120_000);
});
