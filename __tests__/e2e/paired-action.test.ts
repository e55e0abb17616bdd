// The bundled action as a process on a pull request whose head makes COMP-3 four times slower than
// its base commit, with real git, cargo and criterion, the real cache and artifact clients and the
// real Octokit against the local servers. `paired` measures both revisions on this machine;
// `confirm` compares with the baseline a push promoted and measures again, paired, only what that
// flagged. Only the x4 effect is asserted, never that unchanged code stays unchanged.

import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { exampleCrateSource, itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';
import { comparedRepo, git } from '../helpers/paired-repo.js';
import { createActionsServices } from '../servers/actions-services.js';
import { type GitHubApi, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_pairedActionToken0123456789abcdefghij';
const REPOSITORY = 'octo-org/copybook-rs';
const PR = 42;
const COMP3 = 'decode_comp3_heavy/single_threaded/1000';
const DISPLAY = 'decode_display_heavy/single_threaded/1000';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-action-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** The fixture's pull_request event, with this repository's commits as its base and head. */
function pullRequestEvent(base: string, head: string): string {
  const fixture = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json');
  const event = JSON.parse(readFileSync(fixture, 'utf8'));
  event.pull_request.base.sha = base;
  event.pull_request.head.sha = head;
  const file = path.join(scratch, `pull_request-${head.slice(0, 7)}.json`);
  writeFileSync(file, JSON.stringify(event));
  return file;
}

/** The crate source that resolves criterion here; dependencies unoptimised (quicker to build). */
function cargoArgs(): string {
  const source = exampleCrateSource();
  return [
    ...(source.kind === 'directory' ? source.args : []),
    '--config',
    'profile.bench.package."*".opt-level=0'
  ]
    .map((w) => `'${w}'`)
    .join(' ');
}

const INPUTS = {
  'github-token': TOKEN,
  'working-directory': 'crates/copybook-bench',
  benches: 'decode',
  // Two benchmarks, briefly: the effect asserted is x4.
  'bench-args': '--noplot --warm-up-time 1 --measurement-time 1 heavy/single_threaded/1000$',
  'display-benchmarks': 'decode_display_heavy/*',
  'comp3-benchmarks': 'decode_comp3_heavy/*',
  rounds: '3',
  'upload-report': 'false'
};

async function act(
  url: string,
  actions: ReturnType<typeof createActionsServices>,
  repo: string,
  event: { name: 'push' | 'pull_request'; path: string; sha: string },
  inputs: Record<string, string>
): Promise<ActionRun> {
  const run = await runAction(
    { ...INPUTS, 'cargo-args': cargoArgs(), ...inputs },
    {
      cwd: repo,
      env: {
        ...actions.env(url),
        GITHUB_WORKSPACE: repo,
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: event.path,
        GITHUB_SHA: event.sha,
        GITHUB_REF: event.name === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
        GITHUB_RUN_ID: '30433642',
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64'
      },
      timeoutMs: 900_000
    }
  );
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(
      `the action failed ${offlineHint()}:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`
    );
  // The token is only ever handed to the runner to mask.
  const leaks = run.stdout.split('\n').filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}`);
  expect(leaks).toEqual([]);
  return run;
}

async function services(): Promise<{
  actions: ReturnType<typeof createActionsServices>;
  api: GitHubApi;
  url: string;
}> {
  const actions = createActionsServices({ repository: REPOSITORY, githubToken: TOKEN });
  const api = githubApi({ token: TOKEN });
  server = await startServer([actions.handler, api.handler]);
  return { actions, api, url: server.url };
}

/** The action on the pull request from `base` to `head` (HEAD of `repo`). */
function onPullRequest(
  env: Awaited<ReturnType<typeof services>>,
  repo: string,
  commits: { base: string; head: string },
  inputs: Record<string, string>
): Promise<ActionRun> {
  const event = {
    name: 'pull_request' as const,
    path: pullRequestEvent(commits.base, commits.head),
    sha: commits.head
  };
  return act(env.url, env.actions, repo, event, inputs);
}

const reportOf = (run: ActionRun): PerfReport =>
  JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;

describe('the action with a paired comparison on a pull request', () => {
  itWithCriterion(
    'paired: measures the head against the base commit from the event, and comments the x4 regression',
    async () => {
      const { repo, fast, slow } = comparedRepo(path.join(scratch, 'paired'));
      const env = await services();
      const run = await onPullRequest(env, repo, { base: fast, head: slow }, { comparison: 'paired' });

      const perf = reportOf(run);
      // paired-ref was not given: the pull request's base commit was measured.
      expect(perf.comparison?.paired).toMatchObject({ mode: 'paired', ref: fast, commit: fast, rounds: 3 });
      const comp3 = perf.comparison?.changes.find((c) => c.id === COMP3);
      expect(comp3).toMatchObject({ method: 'paired', verdict: 'regressed' });
      expect(comp3?.paired?.statistic).toBe('fastest');
      for (const ratio of comp3?.paired?.ratios ?? []) expect(ratio).toBeLessThan(0.5);
      expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(1);
      expect(run.exitCode).toBe(1);

      const comments = env.api.comments(PR);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toContain(`Measured on this runner against \`${fast.slice(0, 7)}\``);
      expect(body).toContain('3 interleaved rounds');
      expect(body).toContain(COMP3);
      expect(run.summary).toContain('3 interleaved rounds');
    },
    1_200_000
  );

  itWithCriterion(
    'paired: a shallow checkout that cannot fetch the base commit falls back with one line and the fix',
    async () => {
      const origin = comparedRepo(path.join(scratch, 'origin'));
      const repo = path.join(scratch, 'shallow');
      git(scratch, 'clone', '--quiet', '--depth=1', `file://${origin.repo}`, repo);
      const env = await services();
      // A base commit origin does not have either (a force-pushed base branch, say).
      const gone = 'c'.repeat(40);
      const run = await onPullRequest(
        env,
        repo,
        { base: gone, head: origin.slow },
        { comparison: 'paired', 'fail-on': 'none' }
      );
      expect(run.exitCode).toBe(0);
      const lines = run.stdout.split('\n').filter((l) => l.includes('fetch-depth'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^::warning /);
      expect(lines[0]).toContain(gone);
      expect(lines[0]).toContain('fetch-depth: 0');
      expect(lines[0]).toContain('compared with the stored baseline instead');
      const perf = reportOf(run);
      expect(perf.comparison).toBeNull();
      // The head's own numbers stand, and the comment carries the same one line.
      expect(perf.benchmarks.map((b) => b.id).sort()).toEqual([COMP3, DISPLAY].sort());
      expect(env.api.comments(PR)[0]?.body).toContain('fetch-depth: 0');
    },
    1_200_000
  );

  itWithCriterion(
    'confirm: compares with the promoted baseline, then measures again, paired, only what it flagged',
    async () => {
      const { repo, fast, slow } = comparedRepo(path.join(scratch, 'confirm'));
      const env = await services();
      const push = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'push.json');

      // main at the base commit promotes its baseline.
      git(repo, 'checkout', '--quiet', '--detach', fast);
      const promoted = await act(env.url, env.actions, repo, { name: 'push', path: push, sha: fast }, {});
      expect(promoted.outputs['baseline-promoted']).toBe('true');

      // The pull request's head: the baseline flags COMP-3, the pairing confirms it.
      git(repo, 'checkout', '--quiet', '--detach', slow);
      const run = await onPullRequest(env, repo, { base: fast, head: slow }, { comparison: 'confirm' });
      const perf = reportOf(run);
      expect(perf.comparison?.paired).toMatchObject({ mode: 'confirm', commit: fast });
      const comp3 = perf.comparison?.changes.find((c) => c.id === COMP3);
      expect(comp3).toMatchObject({ method: 'paired', verdict: 'regressed' });
      for (const ratio of comp3?.paired?.ratios ?? []) expect(ratio).toBeLessThan(0.5);
      // DISPLAY keeps the stored baseline's comparison unless that flagged it too.
      const display = perf.comparison?.changes.find((c) => c.id === DISPLAY);
      expect(display?.method).toBe(display?.paired === undefined ? 'baseline' : 'paired');
      expect(run.exitCode).toBe(1);
      const body = env.api.comments(PR)[0]?.body ?? '';
      expect(body).toContain(`against \`${fast.slice(0, 7)}\``);
    },
    1_500_000
  );
});
