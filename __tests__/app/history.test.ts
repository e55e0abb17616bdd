// `history: branch` in a whole run: prepare and execute in this process with the cache, artifacts
// and GitHub answering from memory (helpers/fake-ports.ts) and the data branch real, a local bare
// repository. A push to the baseline branch adds its record; a pull request adds nothing; a publish
// job adds the push run it follows, and not a pull request's run.

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { RunSettings } from '../../src/app/plan.js';
import { prepare } from '../../src/app/prepare.js';
import { execute } from '../../src/app/run.js';
import type { HistoryRecord } from '../../src/core/history/record.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { criterionText, HEALTHY, workspaceMaker } from '../helpers/criterion-tree.js';
import {
  type FakeArtifacts,
  type FakeCache,
  type FakeExec,
  type FakeGitHub,
  fakeArtifacts,
  fakeCache,
  fakeExec,
  fakeGitHub,
  fixedClock
} from '../helpers/fake-ports.js';
import { bareRepo, branchFile, branchFiles, branchLog } from '../helpers/history-records.js';
import { HOST } from '../helpers/host.js';
import { type KeptLog, keptLog, localPorts } from '../helpers/ports.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'history-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const runnerTemp = path.join(scratch, 'runner-temp');
mkdirSync(runnerTemp);
const workspaces = workspaceMaker(scratch);

const TOKEN = 'ghs_historyRunSecret0123456789abcdefghijk';
const NOW = '2026-12-07T08:30:00.000Z';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PUSH_SHA = '1111111111111111111111111111111111111111';
const BRANCH = 'copybook-bench-data';
const RECORD = `data/copybook-bench/default/Linux/20261207T083000Z-${PUSH_SHA}.json`;

interface Services {
  cache: FakeCache;
  artifacts: FakeArtifacts;
  github: FakeGitHub;
  exec: FakeExec;
}
const services = (): Services => ({
  cache: fakeCache(),
  artifacts: fakeArtifacts(),
  github: fakeGitHub(),
  exec: fakeExec({ stdout: criterionText(HEALTHY) })
});

function envOf(event: string, eventPath: string, sha: string, ref: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'octo-org/copybook-rs',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    PATH: process.env.PATH,
    HOME: process.env.HOME
  };
}

async function runWith(
  s: Services,
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string>
): Promise<KeptLog> {
  const log = keptLog();
  const ports = localPorts(env, { log, clock: fixedClock(NOW), host: HOST, ...s });
  const cwd = workspaces.make();
  const settings: RunSettings = {
    inputs: { run: 'false', 'github-token': TOKEN, ...inputs },
    cwd,
    workspace: cwd,
    baseline: { kind: 'store' },
    upload: true
  };
  await execute(await prepare(settings, ports), ports);
  return log;
}

const pushEnv = (): NodeJS.ProcessEnv =>
  envOf('push', path.join(EVENTS, 'push.json'), PUSH_SHA, 'refs/heads/main');
const historyLines = (log: KeptLog): string[] => log.lines.filter((l) => l.includes('History'));

describe('history: branch', () => {
  it('adds a push run’s promoted result to the data branch, once; a pull request adds nothing', async () => {
    const bare = bareRepo(path.join(scratch, 'push.git'));
    const inputs = { history: 'branch', 'history-repository': bare };
    const s = services();
    const push = await runWith(s, pushEnv(), inputs);
    expect(historyLines(push)).toEqual([`History: added ${RECORD} to ${BRANCH} (1 attempt)`]);
    expect(branchFiles(bare, BRANCH)).toEqual(['.nojekyll', 'data.js', RECORD, 'index.html']);
    const record = JSON.parse(branchFile(bare, BRANCH, RECORD)) as HistoryRecord;
    expect(record).toMatchObject({
      commit: PUSH_SHA,
      ref: 'refs/heads/main',
      run_id: '4242',
      timestamp: NOW,
      arch: 'X64',
      release: null,
      metrics: { display_gibs: 4, comp3_mibs: 512 }
    });
    expect(record.benchmarks.map((b) => b.id)).toEqual(HEALTHY.map((b) => b.id).sort());
    expect(branchFile(bare, BRANCH, 'data.js')).toContain(
      '"repository_url":"https://github.com/octo-org/copybook-rs"'
    );
    expect(push.lines.join('\n')).not.toContain(TOKEN);

    // The same commit again (a rerun): nothing new.
    const rerun = await runWith(s, pushEnv(), inputs);
    expect(historyLines(rerun)).toEqual([`History: ${BRANCH} already holds ${RECORD}; nothing added`]);
    expect(branchLog(bare, BRANCH)).toHaveLength(1);

    const pr = await runWith(
      s,
      envOf('pull_request', path.join(EVENTS, 'pull_request.json'), '3'.repeat(40), 'refs/pull/42/merge'),
      inputs
    );
    expect(historyLines(pr)).toEqual([]);
    expect(branchLog(bare, BRANCH)).toHaveLength(1);
  });

  it('is a warning, not a failure, when the branch cannot be written', async () => {
    const missing = path.join(scratch, 'no-such-remote.git');
    const log = await runWith(services(), pushEnv(), { history: 'branch', 'history-repository': missing });
    expect(historyLines(log)).toEqual([
      expect.stringMatching(
        new RegExp(`^warning: History: nothing was added to ${BRANCH}: git ls-remote --heads -- failed: `)
      )
    ]);
  });

  it('is a line saying which job adds the result when the remote refuses this token', async () => {
    // What GitHub answers a read-only token, from a hook of the local remote.
    const bare = bareRepo(path.join(scratch, 'read-only.git'));
    const hook = path.join(bare, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\necho "Permission to octo-org/copybook-rs.git denied to github-actions[bot]." >&2\nexit 1\n'
    );
    chmodSync(hook, 0o755);
    const log = await runWith(services(), pushEnv(), { history: 'branch', 'history-repository': bare });
    expect(historyLines(log)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^History: this job may not push to ${BRANCH} \\(it needs contents: write\\); a publish job .* git push failed: remote: Permission to octo-org/copybook-rs.git denied to github-actions\\[bot\\]\\.`
        )
      )
    ]);
    expect(log.lines.filter((l) => l.startsWith('warning:') && l.includes('History'))).toEqual([]);
    expect(branchFiles(bare, BRANCH)).toEqual([]);
  });

  it('writes nothing with history: baseline', async () => {
    const bare = bareRepo(path.join(scratch, 'baseline.git'));
    const log = await runWith(services(), pushEnv(), { 'history-repository': bare });
    expect(historyLines(log)).toEqual([]);
    expect(branchFiles(bare, BRANCH)).toEqual([]);
  });
});

/** A workflow_run event about run 30433642, as `changes` make it. */
function workflowRunEvent(name: string, changes: Record<string, unknown>): string {
  const payload = JSON.parse(readFileSync(path.join(EVENTS, 'workflow_run.json'), 'utf8'));
  payload.workflow_run = {
    ...payload.workflow_run,
    head_repository: { full_name: 'octo-org/copybook-rs' },
    ...changes
  };
  payload.repository.default_branch = 'main';
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('history: branch in a publish job', () => {
  const publishEnv = (eventPath: string): NodeJS.ProcessEnv => ({
    ...envOf('workflow_run', eventPath, '9'.repeat(40), 'refs/heads/main'),
    GITHUB_RUN_ID: '5000'
  });

  it('adds the push run it follows (its commit and run), and not a pull request’s run', async () => {
    const bare = bareRepo(path.join(scratch, 'publish.git'));
    const s = services();
    // The measuring job: a push to main that keeps its history elsewhere (it holds no write token).
    await runWith(s, pushEnv(), {});
    // Each publish job sees only the measuring run's artifacts.
    const measured = [...s.artifacts.artifacts];
    const publishJob = (): Services => {
      const artifacts = fakeArtifacts();
      artifacts.artifacts.push(...measured);
      return { ...services(), artifacts };
    };
    const inputs = { mode: 'publish', history: 'branch', 'history-repository': bare };

    const pullRequestRun = await runWith(publishJob(), publishEnv(workflowRunEvent('pr-run', {})), inputs);
    expect(historyLines(pullRequestRun)).toEqual([]);
    expect(branchFiles(bare, BRANCH)).toEqual([]);

    const pushed = workflowRunEvent('push-run', {
      event: 'push',
      head_branch: 'main',
      head_sha: PUSH_SHA,
      pull_requests: []
    });
    const forked = workflowRunEvent('fork-run', {
      event: 'push',
      head_branch: 'main',
      head_sha: PUSH_SHA,
      pull_requests: [],
      head_repository: { full_name: 'someone/copybook-rs' }
    });
    expect(historyLines(await runWith(publishJob(), publishEnv(forked), inputs))).toEqual([]);
    expect(branchFiles(bare, BRANCH)).toEqual([]);

    const log = await runWith(publishJob(), publishEnv(pushed), inputs);
    expect(historyLines(log)).toEqual([`History: added ${RECORD} to ${BRANCH} (1 attempt)`]);
    const record = JSON.parse(branchFile(bare, BRANCH, RECORD)) as HistoryRecord;
    expect(record).toMatchObject({
      commit: PUSH_SHA,
      ref: 'refs/heads/main',
      run_id: '30433642',
      arch: 'X64'
    });
  });
});
