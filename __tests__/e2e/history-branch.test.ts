// docs/history.md's workflows as GitHub runs them, with the bundled action against the local
// artifact, cache and GitHub services and a local bare repository for the data branch: a push's
// bench job measures (real cargo on the example crate) and may not push to the branch (a hook
// answers as GitHub answers a read-only token); the publish job that follows adds the result and the
// dashboard; a pull request whose base commit has a result there is compared with exactly that
// commit, one whose base has none with the latest baseline and how far behind it lies.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { EXAMPLE_CRATE, itWithCriterion, REPO_ROOT } from '../helpers/cargo.js';
import { bareRepo, branchFile, branchFiles } from '../helpers/history-records.js';
import { mintRuntimeToken } from '../servers/actions-services.js';
import { type LocalServices, localServices } from '../servers/local-services.js';

const TOKEN = 'ghs_historyBranchE2eToken0123456789abcdefgh';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const BRANCH = 'copybook-bench-data';
/** Two pushes to main, and a commit of main that nothing measured. */
const FIRST = '1'.repeat(40);
const SECOND = '2'.repeat(40);
const UNMEASURED = '3'.repeat(40);

const scratch = mkdtempSync(path.join(tmpdir(), 'history-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const services = localServices(TOKEN);
const criterionHome = path.join(scratch, 'criterion');

const runnerEnv = (env: LocalServices, runId: string) => ({
  ...env.actions.env(env.url, mintRuntimeToken({ runBackendId: randomUUID() })),
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_REPOSITORY: 'octo-org/copybook-rs',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64'
});

/** The bench job: `history: branch` as docs/history.md sets it; the rest is test plumbing. */
function benchJob(
  env: LocalServices,
  bare: string,
  leg: string,
  event: { name: 'push' | 'pull_request'; path: string; sha: string; ref: string },
  run: boolean
): Promise<ActionRun> {
  return runAction(
    {
      package: 'copybook-bench',
      comment: 'never',
      history: 'branch',
      // The example crate lies in this repository's checkout: its origin is not the test's remote.
      'history-repository': bare,
      run: String(run),
      // The first push measures into this folder; the later runs read what it left there.
      ...(run ? { 'bench-env': `CRITERION_HOME=${criterionHome}` } : { 'criterion-dir': criterionHome }),
      'report-dir': path.join(scratch, leg),
      'github-token': TOKEN
    },
    {
      cwd: EXAMPLE_CRATE,
      env: {
        ...runnerEnv(env, '7001'),
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: event.path,
        GITHUB_SHA: event.sha,
        GITHUB_REF: event.ref
      },
      timeoutMs: 600_000
    }
  );
}

/** A pull request event whose base is `base`. */
function pullRequestEvent(label: string, base: string): string {
  const payload = JSON.parse(readFileSync(path.join(EVENTS, 'pull_request.json'), 'utf8'));
  payload.pull_request.base.sha = base;
  payload.pull_request.base.ref = 'main';
  const file = path.join(scratch, `${label}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

/** The publish job after the push run `runId` of `sha`, in a clone whose origin is the remote. */
function publishJob(env: LocalServices, clone: string, runId: number, sha: string): Promise<ActionRun> {
  const payload = path.join(scratch, `workflow_run-${sha.slice(0, 4)}.json`);
  const repository = JSON.parse(readFileSync(path.join(EVENTS, 'push.json'), 'utf8')).repository;
  writeFileSync(
    payload,
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: runId,
        name: 'bench',
        event: 'push',
        head_sha: sha,
        head_branch: 'main',
        head_repository: { full_name: repository.full_name },
        pull_requests: []
      },
      repository
    })
  );
  return runAction(
    {
      mode: 'publish',
      'commit-status': 'true',
      history: 'branch',
      'github-token': TOKEN,
      'report-dir': path.join(scratch, `publish-${sha.slice(0, 4)}`)
    },
    {
      cwd: clone,
      env: {
        ...runnerEnv(env, '7002'),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: payload,
        GITHUB_SHA: '8'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKSPACE: clone
      },
      timeoutMs: 120_000
    }
  );
}

const pushEvent = (sha: string) => ({
  name: 'push' as const,
  path: path.join(EVENTS, 'push.json'),
  sha,
  ref: 'refs/heads/main'
});

const reportOf = (run: ActionRun): PerfReport =>
  JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;

/** The run id of the report artifact `run` uploaded last. */
function reportRunId(env: LocalServices): number {
  const reports = env.actions.artifacts.filter((a) => a.name === 'copybook-bench-report-default-Linux');
  const last = reports[reports.length - 1];
  if (!last) throw new Error('no report artifact was uploaded');
  return last.workflowRunId;
}

describe("docs/history.md's workflows", () => {
  itWithCriterion(
    'the publish job adds each push to the data branch with its dashboard; a pull request is compared with its base commit’s result',
    async () => {
      const env = await services();
      const bare = bareRepo(path.join(scratch, 'origin.git'));
      const clone = path.join(scratch, 'publish-checkout');
      execFileSync('git', ['clone', '--quiet', bare, clone], { stdio: 'ignore' });
      // The bench job's token is read-only: the remote refuses its push, as GitHub does.
      const hook = path.join(bare, 'hooks', 'pre-receive');
      writeFileSync(
        hook,
        '#!/bin/sh\necho "Permission to octo-org/copybook-rs.git denied to github-actions[bot]." >&2\nexit 1\n'
      );
      chmodSync(hook, 0o755);

      const first = await benchJob(env, bare, 'push-1', pushEvent(FIRST), true);
      expect({ code: first.exitCode, log: first.exitCode === 0 ? '' : first.stdout.slice(-3000) }).toEqual({
        code: 0,
        log: ''
      });
      expect(first.outputs['baseline-promoted']).toBe('true');
      expect(first.stdout).toContain(
        `History: this job may not push to ${BRANCH} (it needs contents: write)`
      );
      expect(first.stdout).not.toMatch(/::warning::History/);
      expect(branchFiles(bare, BRANCH)).toEqual([]);
      unlinkSync(hook);

      const published = await publishJob(env, clone, reportRunId(env), FIRST);
      expect(published.exitCode).toBe(0);
      const files = branchFiles(bare, BRANCH);
      const record = files.find(
        (f) => f.startsWith('data/copybook-bench/default/Linux/') && f.endsWith(`-${FIRST}.json`)
      );
      expect(files).toEqual(['.nojekyll', 'data.js', record, 'index.html']);
      expect(published.stdout).toContain(`History: added ${record} to ${BRANCH} (1 attempt)`);
      const stored = JSON.parse(branchFile(bare, BRANCH, record as string));
      const measured = reportOf(first);
      expect(stored.commit).toBe(FIRST);
      expect(stored.machine).toEqual(measured._metadata.machine);
      expect(stored.benchmarks.map((b: { id: string }) => b.id).sort()).toEqual(
        measured.benchmarks.map((b) => b.id).sort()
      );
      expect(branchFile(bare, BRANCH, 'data.js')).toContain(FIRST);
      expect(branchFile(bare, BRANCH, 'index.html')).toContain('<script src="data.js"></script>');
      expect(published.summary).toContain(
        '📈 [History dashboard](<https://octo-org.github.io/copybook-rs/>)'
      );
      expect(readFileSync(path.join(bare, 'config'), 'utf8')).not.toContain(TOKEN);

      // A second push (its results as on disk) becomes the latest baseline.
      const second = await benchJob(env, bare, 'push-2', pushEvent(SECOND), false);
      expect(second.outputs['baseline-promoted']).toBe('true');
      await publishJob(env, clone, reportRunId(env), SECOND);
      expect(branchFiles(bare, BRANCH).filter((f) => f.startsWith('data/'))).toHaveLength(2);

      // A pull request based on the first push: compared with exactly that commit's result.
      const onFirst = await benchJob(
        env,
        bare,
        'pr-first',
        {
          name: 'pull_request',
          path: pullRequestEvent('pr-first', FIRST),
          sha: '9'.repeat(40),
          ref: 'refs/pull/42/merge'
        },
        false
      );
      expect(onFirst.exitCode).toBe(0);
      expect(reportOf(onFirst).comparison?.baseline).toMatchObject({
        commit: FIRST,
        source: 'history-branch',
        base_commit: FIRST,
        commits_behind: 0
      });

      // One based on a commit nothing measured: the latest baseline, and how far behind it lies.
      env.api.compare(SECOND, UNMEASURED, 3);
      const onOther = await benchJob(
        env,
        bare,
        'pr-other',
        {
          name: 'pull_request',
          path: pullRequestEvent('pr-other', UNMEASURED),
          sha: '9'.repeat(40),
          ref: 'refs/pull/43/merge'
        },
        false
      );
      expect(reportOf(onOther).comparison?.baseline).toMatchObject({
        commit: SECOND,
        source: 'baseline',
        base_commit: UNMEASURED,
        commits_behind: 3
      });
      // The runner masks the token (`::add-mask::`); no other line holds it.
      for (const run of [first, published, second, onFirst, onOther])
        expect(
          run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(TOKEN))
        ).toEqual([]);
    },
    900_000
  );
});
