// A whole run in this process: prepare and execute with the cache, the artifact store, GitHub,
// cargo and the clock answering from memory (helpers/fake-ports.ts) and real files in a temp dir.
// What the run wrote (perf.json, comment.md, baseline.json, trend.html) and what the services were
// asked are both checked.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { HostFacts } from '../../src/adapters/host.js';
import { outcomeOutputs } from '../../src/app/outputs.js';
import type { RunSettings } from '../../src/app/plan.js';
import type { Ports } from '../../src/app/ports.js';
import { prepare, SetupError } from '../../src/app/prepare.js';
import { execute, type Outcome } from '../../src/app/run.js';
import { InputError } from '../../src/core/errors.js';
import { type HistoryRecord, historyRecord } from '../../src/core/history/record.js';
import type { BaselineFile, PerfReport } from '../../src/core/model.js';
import { commentMarker } from '../../src/render/comment.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { criterionText, HEALTHY, type TreeBenchmark, workspaceMaker } from '../helpers/criterion-tree.js';
import {
  countingFiles,
  FAKE_CARGO,
  FAKE_TOOLS,
  type FakeArtifacts,
  type FakeCache,
  type FakeExec,
  type FakeGitHub,
  type FakeHistory,
  fakeArtifacts,
  fakeCache,
  fakeExec,
  fakeGitHub,
  fakeHistory,
  fixedClock
} from '../helpers/fake-ports.js';
import { HOST } from '../helpers/host.js';
import { type KeptLog, keptLog, localPorts } from '../helpers/ports.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const runnerTemp = path.join(scratch, 'runner-temp');
mkdirSync(runnerTemp);
const workspaces = workspaceMaker(scratch);

const TOKEN = 'ghs_runInProcess0123456789abcdefghijklm';
const NOW = '2026-11-27T08:30:00.000Z';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PUSH_SHA = '1111111111111111111111111111111111111111';
// The commit that merges pull request 42 into main, pushed after it.
const MERGE_SHA = '2222222222222222222222222222222222222222';
// What a pull request's run checks out: GitHub's test merge of its head into the base.
const TEST_MERGE_SHA = '3333333333333333333333333333333333333333';
// The pull_request fixture's head commit.
const PR_HEAD = '4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291';
const PR = 42;
const BASELINE_ARTIFACT = 'copybook-bench-baseline-default-Linux';
const REPORT_ARTIFACT = 'copybook-bench-report-default-Linux';
const MARKER = commentMarker('copybook-bench');

/** COMP-3 at half its healthy speed, DISPLAY unchanged. */
const SLOWER_COMP3: readonly TreeBenchmark[] = HEALTHY.map((b) =>
  b.id.startsWith('decode_comp3_heavy/') ? { ...b, ns: b.ns * 2 } : b
);

interface Services {
  cache: FakeCache;
  artifacts: FakeArtifacts;
  github: FakeGitHub;
  exec: FakeExec;
  history: FakeHistory;
  /** The machine the run is on. */
  host: HostFacts;
}

function services(overrides: Partial<Services> = {}): Services {
  return {
    cache: fakeCache(),
    artifacts: fakeArtifacts(),
    github: fakeGitHub(),
    exec: fakeExec({ stdout: criterionText(HEALTHY), wallSeconds: 37.25 }),
    history: fakeHistory(),
    host: HOST,
    ...overrides
  };
}

/** The environment of a job on a runner, for a push to main or a pull request's merge commit. */
function runnerEnv(event: 'push' | 'pull_request', sha: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(EVENTS, `${event}.json`),
    GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'octo-org/copybook-rs',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    PATH: process.env.PATH
  };
}

interface Run {
  outcome: Outcome;
  log: KeptLog;
  writes: Map<string, number>;
}

function portsFor(
  s: Services,
  env: NodeJS.ProcessEnv
): { ports: Ports; log: KeptLog; writes: Map<string, number> } {
  const log = keptLog();
  const base = localPorts(env, { log, clock: fixedClock(NOW), ...s });
  const files = countingFiles(base.files);
  return { ports: { ...base, files }, log, writes: files.writes };
}

/** As the Action runs: the stored baseline, and the report uploaded. */
const actionSettings = (cwd: string, inputs: Record<string, string>): RunSettings => ({
  inputs: { run: 'false', 'github-token': TOKEN, ...inputs },
  cwd,
  workspace: cwd,
  baseline: { kind: 'store' },
  upload: true
});

async function runIn(
  s: Services,
  event: 'push' | 'pull_request',
  options: { cwd?: string; sha?: string; inputs?: Record<string, string>; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
  const cwd = options.cwd ?? workspaces.make();
  const env = {
    ...runnerEnv(event, options.sha ?? (event === 'push' ? PUSH_SHA : TEST_MERGE_SHA)),
    ...options.env
  };
  const { ports, log, writes } = portsFor(s, env);
  const plan = await prepare(actionSettings(cwd, options.inputs ?? {}), ports);
  const outcome = await execute(plan, ports);
  return { outcome, log, writes };
}

const inReportDir = (run: Run, name: string): string => path.join(run.outcome.result.reportDir, name);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const perfJson = (run: Run): PerfReport => readJson(run.outcome.result.reportPath);
const warnings = (log: KeptLog): string[] => log.lines.filter((l) => l.startsWith('warning: '));
const baselineArtifacts = (s: Services) => s.artifacts.artifacts.filter((a) => a.name === BASELINE_ARTIFACT);

describe('execute on a push to the default branch', () => {
  it('promotes once: the cache and an artifact hold the new baseline, the trend ends with it, no comment', async () => {
    const s = services();
    const push = await runIn(s, 'push');

    const { promotion } = push.outcome;
    expect(promotion).toMatchObject({
      promoted: true,
      key: `copybook_bench-baseline-Linux-default-${PUSH_SHA}`,
      artifactId: expect.any(Number)
    });
    const text = readFileSync(inReportDir(push, 'baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as BaselineFile;
    expect(baseline.promoted_at).toBe(NOW);
    expect(baseline.commit).toBe(PUSH_SHA);
    expect(baseline.ref).toBe('refs/heads/main');
    expect(baseline.run_id).toBe('4242');
    expect(baseline.runner).toEqual({ os: 'Linux', arch: 'X64', testbed: 'default' });
    expect(baseline.history.map((h) => [h.commit, h.timestamp])).toEqual([[PUSH_SHA, NOW]]);
    expect(baseline.report.display_gibs).toBe(4);
    expect(baseline.report.comp3_mibs).toBe(512);

    // Stored once in each place, and exactly what lies in the report dir.
    expect(s.cache.saves).toHaveLength(1);
    expect(s.cache.entries).toEqual([{ key: promotion?.key, text }]);
    expect(baselineArtifacts(s)).toHaveLength(1);
    const [stored] = baselineArtifacts(s);
    expect(stored?.id).toBe(promotion?.artifactId);
    expect([...(stored?.files ?? [])]).toEqual([['baseline.json', text]]);
    expect(stored?.retentionDays).toBe(90);
    expect(push.log.lines).toContain(`Baseline saved to the cache as ${promotion?.key}.`);

    // trend.html written once, with the promotion in its history table.
    const trend = push.outcome.documents.trendHtml;
    expect(push.writes.get(trend)).toBe(1);
    expect(readFileSync(trend, 'utf8')).toContain(`<code>${PUSH_SHA}</code></td><td>${NOW}</td>`);

    // No comment on a push; the merged pull request was looked for, and there is none.
    expect(push.outcome.comment.outcome.action).toBe('skipped');
    expect(s.github.writes).toEqual([]);
    expect(s.github.promotedCalls.map((c) => [c.sha, c.branch, c.outcome.action])).toEqual([
      [PUSH_SHA, 'main', 'none']
    ]);
    expect(readFileSync(inReportDir(push, 'comment.md'), 'utf8')).toBe(push.outcome.comment.markdown);

    // The report dir as its own artifact, without the lock.
    const report = s.artifacts.artifacts.find((a) => a.name === REPORT_ARTIFACT);
    expect(push.outcome.upload?.uploaded).toBe(true);
    expect([...(report?.files.keys() ?? [])]).toEqual(
      expect.arrayContaining(['perf.json', 'baseline.json', 'trend.html', 'audit.json', 'comment.md'])
    );
    expect([...(report?.files.keys() ?? [])].some((name) => name.includes('lock'))).toBe(false);

    expect(perfJson(push).status).toBe('pass');
    expect(perfJson(push).comparison).toBeNull();
    // This machine, as far as a run that ran no cargo knows it.
    expect(perfJson(push)._metadata.machine).toEqual({
      cpu_model: 'Stand-in CPU',
      cpu_cores: 6,
      rustc: null,
      target: null,
      rustflags: null
    });
    // Nothing ran with run: false, and nothing was asked of the toolchain.
    expect(s.exec.benches).toEqual([]);
    expect(s.exec.toolCalls.map((c) => c.run)).toEqual([false]);
    expect(warnings(push.log)).toEqual([]);
    expect(push.outcome.failed).toBe(false);
  });
});

describe('execute on a pull request after a promotion', () => {
  it('compares with the promoted baseline from the cache, comments once with the marker, promotes nothing', async () => {
    const s = services();
    await runIn(s, 'push');
    const entries = [...s.cache.entries];
    const artifactCount = s.artifacts.artifacts.length;

    const pr = await runIn(s, 'pull_request', { cwd: workspaces.make(SLOWER_COMP3) });

    expect(pr.log.lines).toContain(`Baseline: cache copybook_bench-baseline-Linux-default-${PUSH_SHA}.`);
    expect(s.cache.restores.at(-1)?.prefix).toBe('copybook_bench-baseline-Linux-default-');
    const report = perfJson(pr);
    expect(report.comparison?.baseline.commit).toBe(PUSH_SHA);
    expect(
      report.comparison?.changes
        .filter((c) => c.verdict === 'regressed')
        .map((c) => c.id)
        .sort()
    ).toEqual(['decode_comp3_heavy/single_threaded/100', 'decode_comp3_heavy/single_threaded/1000']);
    // fail-on defaults to floor,regression.
    expect(pr.outcome.failed).toBe(true);

    // One comment, created, with the marker as its last line; comment.md is what was posted.
    expect(s.github.writes).toHaveLength(1);
    expect(s.github.writes[0]).toMatchObject({ issue: PR, action: 'created' });
    const body = s.github.writes[0]?.body ?? '';
    expect(body.trimEnd().endsWith(MARKER)).toBe(true);
    expect(body).toContain('📊 Compared with the baseline (1111111): 2 regressed, 0 improved');
    // The pull request's head, not the merge commit the run checked out.
    expect(body).toContain(`- Commit: \`${PR_HEAD.slice(0, 7)}\``);
    expect(readFileSync(inReportDir(pr, 'comment.md'), 'utf8')).toBe(body);
    expect(s.github.upserts.at(-1)?.auth?.token).toBe(TOKEN);
    expect(pr.outcome.comment.outcome).toMatchObject({ action: 'created', id: expect.any(Number) });

    // Nothing promoted: the stores hold what the push put there (and this run's report).
    expect(pr.outcome.promotion).toBeNull();
    expect(s.cache.entries).toEqual(entries);
    expect(s.cache.saves).toHaveLength(1);
    expect(baselineArtifacts(s)).toHaveLength(1);
    expect(s.artifacts.artifacts).toHaveLength(artifactCount + 1);
    expect(s.github.promotedCalls).toHaveLength(1);
  });

  it('updates that comment on the next run, and the merge’s promotion adds its section to it', async () => {
    const s = services();
    await runIn(s, 'push');
    await runIn(s, 'pull_request', { cwd: workspaces.make(SLOWER_COMP3) });
    const again = await runIn(s, 'pull_request');
    expect(again.outcome.comment.outcome.action).toBe('updated');
    expect(s.github.comments.get(PR)).toHaveLength(1);

    s.github.merged(MERGE_SHA, PR);
    const merge = await runIn(s, 'push', { sha: MERGE_SHA });
    expect(merge.outcome.promotion?.file?.history.map((h) => h.commit)).toEqual([PUSH_SHA, MERGE_SHA]);
    expect(s.github.promotedEdits).toHaveLength(1);
    const edited = s.github.promotedEdits[0]?.body ?? '';
    expect(edited).toContain('### 🎯 Baseline promoted');
    expect(edited).toContain('`2222222`');
    expect(s.github.comments.get(PR)?.[0]?.body).toBe(edited);
    expect(merge.log.lines).toContain(
      `Baseline promoted: added the promoted baseline to the comment on #${PR}.`
    );
  });
});

// The pull_request fixture's base commit.
const PR_BASE = '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';

/** The data branch's record of `commit`, made from a promoting run's report and baseline. */
function recordOf(push: Run, commit: string): HistoryRecord {
  const file = push.outcome.promotion?.file;
  if (!file) throw new Error('the run promoted nothing');
  return historyRecord(perfJson(push), {
    slot: { name: file.name, testbed: file.runner.testbed, os: file.runner.os },
    arch: file.runner.arch,
    commit,
    ref: 'refs/heads/main',
    runId: '4100',
    timestamp: '2026-11-26T07:00:00.000Z',
    release: null
  });
}

describe('execute on a pull request whose base has a stored result', () => {
  it('compares with the data branch’s record of its base when no baseline is stored any more', async () => {
    // The cache evicted, the artifacts expired: only the data branch remembers the base.
    const atBase = await runIn(services(), 'push', { cwd: workspaces.make(SLOWER_COMP3), sha: PR_BASE });
    const s = services({ history: fakeHistory({ records: [recordOf(atBase, PR_BASE)] }) });
    const pr = await runIn(s, 'pull_request', { inputs: { history: 'branch' } });
    const { comparison } = perfJson(pr);
    expect(comparison?.baseline).toMatchObject({
      commit: PR_BASE,
      source: 'history-branch',
      commits_behind: 0
    });
    // The base had COMP-3 at half speed: against it, this run's COMP-3 improved.
    expect(comparison?.improvements).toBeGreaterThan(0);
    expect(
      comparison?.changes.filter((c) => c.id.startsWith('decode_comp3_heavy/')).map((c) => c.verdict)
    ).toEqual(expect.arrayContaining(['improved']));

    // Without a record of the base there is nothing to compare with, as before.
    const none = await runIn(services({ history: fakeHistory() }), 'pull_request', {
      inputs: { history: 'branch' }
    });
    expect(perfJson(none).comparison).toBeNull();
  });

  it('compares with the data branch’s record of its base commit, not with the newer latest baseline', async () => {
    // The base was promoted with COMP-3 at half speed; the latest baseline, after it, is healthy.
    const atBase = await runIn(services(), 'push', { cwd: workspaces.make(SLOWER_COMP3), sha: PR_BASE });
    const s = services({ history: fakeHistory({ records: [recordOf(atBase, PR_BASE)] }) });
    await runIn(s, 'push');

    const pr = await runIn(s, 'pull_request', {
      cwd: workspaces.make(SLOWER_COMP3),
      inputs: { history: 'branch' }
    });

    const { comparison } = perfJson(pr);
    expect(comparison?.baseline).toEqual({
      commit: PR_BASE,
      promoted_at: '2026-11-26T07:00:00.000Z',
      ref: 'refs/heads/main',
      source: 'history-branch',
      base_commit: PR_BASE,
      commits_behind: 0
    });
    // Against the latest baseline COMP-3 would have regressed twice; against its base it did not.
    expect(comparison?.regressions).toBe(0);
    expect(pr.outcome.failed).toBe(false);
    expect(s.history.finds).toEqual([
      {
        remote: {
          url: 'https://github.com/octo-org/copybook-rs.git',
          branch: 'copybook-bench-data',
          token: TOKEN
        },
        commits: [PR_BASE]
      }
    ]);
    expect(s.github.compares).toEqual([]);
    const line = "Compared with `0d1e2f3`, this pull request's base.";
    expect(s.github.writes.at(-1)?.body).toContain(line);
    expect(readFileSync(inReportDir(pr, 'summary.md'), 'utf8')).toContain(line);
    expect(pr.log.lines).toContain("Compared with 0d1e2f3, this pull request's base.");
  });

  it('compares with the latest baseline when only it is stored, saying how far behind the base it is', async () => {
    const s = services();
    await runIn(s, 'push');
    s.github.aheadBy.set(`${PUSH_SHA}...${PR_BASE}`, 3);

    const pr = await runIn(s, 'pull_request', { inputs: { history: 'branch' } });

    expect(perfJson(pr).comparison?.baseline).toMatchObject({
      commit: PUSH_SHA,
      source: 'baseline',
      base_commit: PR_BASE,
      commits_behind: 3
    });
    // The data branch had no record of the base; the checkout no history, so the API counted.
    expect(s.history.finds.map((f) => f.commits)).toEqual([[PR_BASE]]);
    expect(s.github.compares).toEqual([`${PUSH_SHA}...${PR_BASE}`]);
    expect(s.github.writes.at(-1)?.body).toContain(
      "Compared with the latest baseline `1111111`, 3 commits behind this pull request's base `0d1e2f3` (no stored result of the base)."
    );

    // Nobody can say how far: unknown, and said so.
    s.github.aheadBy.clear();
    const unknown = await runIn(s, 'pull_request');
    expect(perfJson(unknown).comparison?.baseline).toMatchObject({ commit: PUSH_SHA, commits_behind: null });
    expect(s.github.writes.at(-1)?.body).toContain(
      "Compared with the latest baseline `1111111`, not this pull request's base `0d1e2f3` (no stored result of the base)."
    );
    // history: baseline does not look in a data branch.
    expect(s.history.finds).toHaveLength(1);
  });

  it('goes on with the latest baseline when the data branch cannot be read, with a warning in the log', async () => {
    const s = services({ history: fakeHistory({ unreadable: 'git fetch failed: repository not found' }) });
    await runIn(s, 'push');
    const pr = await runIn(s, 'pull_request', { inputs: { history: 'branch' } });
    expect(perfJson(pr).comparison?.baseline).toMatchObject({ commit: PUSH_SHA, source: 'baseline' });
    expect(warnings(pr.log)).toEqual([
      'warning: The data branch copybook-bench-data could not be read: git fetch failed: repository not found'
    ]);
    expect(perfJson(pr).warnings).toEqual([]);
  });
});

describe('execute on a pull request measured on another machine than its baseline', () => {
  it('flags the difference next to the verdicts as a warning that does not fail fail-on: warning', async () => {
    const s = services();
    await runIn(s, 'push');
    const other = services({ ...s, host: { ...HOST, cpuModel: 'Other CPU 9000' } });

    const pr = await runIn(other, 'pull_request', { inputs: { 'fail-on': 'warning' } });

    const report = perfJson(pr);
    expect(report._metadata.machine?.cpu_model).toBe('Other CPU 9000');
    expect(report.comparison?.machine_differences).toEqual([
      { field: 'cpu_model', baseline: 'Stand-in CPU', current: 'Other CPU 9000' }
    ]);
    const message =
      'The baseline was measured on another machine (CPU model: "Stand-in CPU" → "Other CPU 9000"): a change may be the machine\'s, not the code\'s.';
    expect(report.warnings).toEqual([message]);
    expect(report.status).toBe('warn');
    expect(pr.outcome.failed).toBe(false);
    const body = s.github.writes.at(-1)?.body ?? '';
    expect(body).toContain(`⚠️ ${message}`);
    expect(body).toContain('### ⚠️ Warnings (1)');
    expect(readFileSync(inReportDir(pr, 'summary.md'), 'utf8')).toContain(`⚠️ ${message}`);
    expect(readFileSync(pr.outcome.documents.reportHtml, 'utf8')).toContain('<dt>Machine</dt>');

    // The same machine: nothing flagged.
    const same = await runIn(s, 'pull_request', { inputs: { 'fail-on': 'warning' } });
    expect(perfJson(same).comparison?.machine_differences).toBeUndefined();
    expect(perfJson(same).status).toBe('pass');
  });
});

describe('execute when the cache lost the baseline', () => {
  it('fetches it from the newest artifact and compares with it', async () => {
    const s = services();
    await runIn(s, 'push');
    s.cache.entries.length = 0;
    const downloadsBefore = s.artifacts.downloads.length;

    const pr = await runIn(s, 'pull_request');

    const [artifact] = baselineArtifacts(s);
    expect(pr.log.lines).toContain(`Baseline: artifact ${BASELINE_ARTIFACT} (id ${artifact?.id}).`);
    expect(s.artifacts.downloads.slice(downloadsBefore)).toEqual([
      expect.objectContaining({
        name: BASELINE_ARTIFACT,
        token: TOKEN,
        owner: 'octo-org',
        repo: 'copybook-rs'
      })
    ]);
    // The download's own folder is gone again.
    expect(existsSync(s.artifacts.downloads.at(-1)?.dir ?? '')).toBe(false);
    expect(perfJson(pr).comparison?.baseline.commit).toBe(PUSH_SHA);
    expect(perfJson(pr).comparison?.changes.every((c) => c.verdict === 'unchanged')).toBe(true);
    expect(readFileSync(inReportDir(pr, 'baseline.json'), 'utf8')).toBe(artifact?.files.get('baseline.json'));
    expect(pr.outcome.failed).toBe(false);
  });
});

describe('execute with run: true', () => {
  it('runs cargo bench through the exec port, with the bench target and without the job’s credentials', async () => {
    const stdout = criterionText(HEALTHY);
    const s = services({ exec: fakeExec({ stdout, wallSeconds: 37.25 }) });
    // No criterion tree: what cargo printed is all there is.
    const cwd = workspaces.make([]);
    mkdirSync(cwd);
    const credentials = {
      GITHUB_TOKEN: TOKEN,
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_PACKAGE: 'copybook-bench',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
      RUSTFLAGS: '-C  target-cpu=native'
    };
    const run = await runIn(s, 'pull_request', {
      cwd,
      env: credentials,
      inputs: { run: 'true', package: 'copybook-bench', benches: 'decode', 'bench-env': 'PERF=1' }
    });

    expect(s.exec.benches).toHaveLength(1);
    const bench = s.exec.benches[0];
    expect(bench?.command).toBe(FAKE_CARGO);
    expect(bench?.args).toEqual(['bench', '-p', 'copybook-bench', '--bench', 'decode', '--', '--noplot']);
    expect(bench?.cwd).toBe(cwd);
    expect(bench?.env.PERF).toBe('1');
    expect(bench?.env.PATH).toBe(process.env.PATH);
    expect(s.exec.preflights.map((p) => p.packageName)).toEqual(['copybook-bench']);
    for (const env of [bench?.env, s.exec.preflights[0]?.env, s.exec.toolCalls[0]?.env]) {
      const names = Object.keys(env ?? {});
      expect(
        names.filter((n) => n === 'GITHUB_TOKEN' || n.startsWith('INPUT_') || n.startsWith('ACTIONS_'))
      ).toEqual([]);
      expect(JSON.stringify(env)).not.toMatch(/runInProcess|runtime-token-secret|oidc-secret/);
    }

    const report = perfJson(run);
    expect(report._metadata.source).toBe('cargo-bench');
    expect(report._metadata.execution_context.execution_time_seconds).toBe(37.25);
    expect(report._metadata.rust_version).toBe(FAKE_TOOLS.rustc);
    expect(report._metadata.machine).toEqual({
      cpu_model: 'Stand-in CPU',
      cpu_cores: 6,
      rustc: '1.91.0',
      target: 'x86_64-unknown-linux-gnu',
      rustflags: '-C target-cpu=native'
    });
    expect(report._metadata.execution_context.results_source).toBe('stdout');
    expect(report._metadata.git_commit).toBe('f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed');
    expect(report.display_gibs).toBe(4);
    expect(report.comp3_mibs).toBe(512);
    expect(report.benchmarks.map((b) => b.id).sort()).toEqual(HEALTHY.map((b) => b.id).sort());
    expect(readFileSync(inReportDir(run, 'cargo-bench.txt'), 'utf8')).toBe(stdout);
    expect(s.exec.toolCalls.map((c) => c.run)).toEqual([true]);
    expect(run.outcome.failed).toBe(false);
  });
});

describe('execute when the baseline cannot be stored', () => {
  it('warns once for the cache and once for the artifact, promotes nothing, and the run passes', async () => {
    const reason = 'the cache service answered 503 Service Unavailable';
    const s = services({
      cache: fakeCache({ saveFails: reason }),
      artifacts: fakeArtifacts({ configured: false })
    });

    const push = await runIn(s, 'push');

    expect(warnings(push.log)).toEqual([
      `warning: The baseline could not be saved to the cache: ${reason}`,
      expect.stringMatching(
        /^warning: The baseline could not be uploaded as an artifact: no artifact service/
      )
    ]);
    expect(push.outcome.promotion?.promoted).toBe(false);
    expect(push.outcome.promotion?.artifactId).toBeNull();
    expect(s.cache.saves).toHaveLength(1);
    expect(s.cache.entries).toEqual([]);
    expect(s.artifacts.artifacts).toEqual([]);
    // Not promoted: the merged pull request is not told.
    expect(s.github.promotedCalls).toEqual([]);
    expect(push.outcome.upload).toMatchObject({ uploaded: false, level: 'info' });
    expect(push.outcome.failed).toBe(false);
    expect(perfJson(push).status).toBe('pass');
  });
});

describe('prepare', () => {
  it('refuses a comment-template that does not exist, after writing a perf.json that says so', async () => {
    const s = services();
    const cwd = workspaces.make();
    const { ports } = portsFor(s, runnerEnv('pull_request', TEST_MERGE_SHA));

    const settings = actionSettings(cwd, { run: 'true', 'comment-template': '.github/missing.md' });
    const failure = await prepare(settings, ports).then(
      () => null,
      (error: unknown) => error
    );

    expect(failure).toBeInstanceOf(SetupError);
    const { message, reportPath } = failure as SetupError;
    expect(message).toContain('comment-template');
    expect(message).toContain('.github/missing.md');
    expect(reportPath).toBe(path.join(cwd, 'copybook-bench-report', 'perf.json'));
    const report = readJson<PerfReport>(reportPath);
    expect(report.status).not.toBe('pass');
    expect(report.errors).toContain(message);
    // Nothing ran, nothing was stored; the comment says the run failed.
    expect(s.exec.benches).toEqual([]);
    expect(s.cache.restores).toEqual([]);
    expect(s.cache.saves).toEqual([]);
    expect(s.github.writes.map((w) => w.action)).toEqual(['created']);
    expect(s.github.writes[0]?.body).toContain('.github/missing.md');
  });

  it('reports an invalid config file where the inputs put the report, sets the outcome and replaces a stale ✅', async () => {
    const s = services();
    const cwd = workspaces.make();
    const { ports } = portsFor(s, runnerEnv('pull_request', TEST_MERGE_SHA));
    // The last push passed: its comment stands on the pull request.
    const passed = await prepare(actionSettings(cwd, { 'report-dir': 'perf' }), ports);
    expect((await execute(passed, ports)).comment.outcome.action).toBe('created');
    expect(s.github.comments.get(PR)?.[0]?.body).toContain('✅');

    // This push breaks the config file.
    mkdirSync(path.join(cwd, '.github'), { recursive: true });
    writeFileSync(path.join(cwd, '.github', 'copybook-bench.toml'), 'display-floor = "80 MB/s\n');
    const failure = await prepare(actionSettings(cwd, { 'report-dir': 'perf' }), ports).then(
      () => null,
      (error: unknown) => error
    );

    expect(failure).toBeInstanceOf(SetupError);
    const { message, outcome, reportPath } = failure as SetupError;
    expect(message).toMatch(/^config-file \.github\/copybook-bench\.toml is not valid TOML at line 1/);
    // Placed by the inputs (report-dir: perf), without the file.
    expect(reportPath).toBe(path.join(cwd, 'perf', 'perf.json'));
    const report = readJson<PerfReport>(reportPath);
    expect(report.status).toBe('fail');
    expect(report.errors).toEqual([message]);
    expect(report._metadata.execution_context.config['report-dir']).toBe('perf');
    expect(outcomeOutputs(outcome)).toMatchObject({
      status: 'fail',
      'report-path': reportPath,
      'html-report-path': path.join(cwd, 'perf', 'report.html'),
      'audit-path': path.join(cwd, 'perf', 'audit.json'),
      'comment-id': String(s.github.comments.get(PR)?.[0]?.id)
    });
    for (const file of ['summary.md', 'report.html', 'audit.json', 'comment.md'])
      expect(existsSync(path.join(cwd, 'perf', file))).toBe(true);
    // The one comment now says the run failed, and why.
    expect(s.github.writes.map((w) => w.action)).toEqual(['created', 'updated']);
    const [comment] = s.github.comments.get(PR) ?? [];
    expect(comment?.body).not.toContain('✅');
    expect(comment?.body).toContain('❌');
    expect(comment?.body).toContain('is not valid TOML at line 1');
    expect(readFileSync(path.join(cwd, 'perf', 'comment.md'), 'utf8')).toBe(comment?.body);
    // Nothing was stored, and the only report artifact is the passing run's.
    expect(s.cache.saves).toEqual([]);
    expect(s.artifacts.artifacts.filter((a) => a.name === REPORT_ARTIFACT)).toHaveLength(1);
  });

  it('still stops with no report when an input itself is invalid', async () => {
    const s = services();
    const cwd = workspaces.make();
    mkdirSync(path.join(cwd, '.github'), { recursive: true });
    writeFileSync(path.join(cwd, '.github', 'copybook-bench.toml'), 'mode = "merge"\n');
    const { ports } = portsFor(s, runnerEnv('pull_request', TEST_MERGE_SHA));
    const failure = await prepare(actionSettings(cwd, { aggregate: 'average' }), ports).then(
      () => null,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(InputError);
    expect(failure).not.toBeInstanceOf(SetupError);
    expect(existsSync(path.join(cwd, 'copybook-bench-report'))).toBe(false);
    expect(s.github.writes).toEqual([]);
  });
});

describe('execute on a report dir that is in use', () => {
  it('is refused, naming the dir, and runs once the lock is released', async () => {
    const s = services();
    const { ports } = portsFor(s, runnerEnv('pull_request', TEST_MERGE_SHA));
    const plan = await prepare(actionSettings(workspaces.make(), {}), ports);
    const dir = plan.paths.reportDir.path;

    const lock = await ports.files.lockReportDir(dir);
    try {
      await expect(execute(plan, ports)).rejects.toThrow(`report-dir ${dir} is already in use`);
      expect(existsSync(path.join(dir, 'perf.json'))).toBe(false);
      expect(s.cache.restores).toEqual([]);
    } finally {
      lock.release();
    }

    const outcome = await execute(plan, ports);
    expect(outcome.result.reportPath).toBe(path.join(dir, 'perf.json'));
    expect(existsSync(outcome.result.reportPath)).toBe(true);
  });
});
