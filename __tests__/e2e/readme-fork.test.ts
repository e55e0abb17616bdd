// The README's two workflows, run as GitHub runs them for a pull request from a fork: the bench
// job on the fork's `pull_request` event (real cargo on the example crate), then the publish job on
// the `workflow_run` event that follows, whose payload names no pull request (GitHub names none for
// a fork's run). Against the local artifact and GitHub services, with the real clients.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import { parse } from 'yaml';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { EXAMPLE_CRATE, itWithCriterion, REPO_ROOT } from '../helpers/cargo.js';
import { mintRuntimeToken } from '../servers/actions-services.js';
import { type LocalServices, localServices } from '../servers/local-services.js';

const TOKEN = 'ghs_readmeForkE2eToken0123456789abcdefghij';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const FORK_EVENT = JSON.parse(readFileSync(path.join(EVENTS, 'pull_request_fork.json'), 'utf8')) as {
  pull_request: { number: number; head: { sha: string; ref: string; repo: { full_name: string } } };
  repository: { full_name: string; default_branch: string };
};
const PR = FORK_EVENT.pull_request.number;
const HEAD = FORK_EVENT.pull_request.head.sha;
const FORK = FORK_EVENT.pull_request.head.repo.full_name;
/** The commit the pull request was merged as. */
const MERGE = '5'.repeat(40);

const scratch = mkdtempSync(path.join(tmpdir(), 'readme-fork-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const services = localServices(TOKEN);

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, unknown> }[] }
  >;
}

/** The README's Usage section's workflows: the bench workflow, then the publish workflow. */
function readmeWorkflows(): [Workflow, Workflow] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Usage');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const [bench, publish] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => parse(m[1] as string) as Workflow
  );
  if (!bench || !publish) throw new Error('the README has no workflow pair');
  return [bench, publish];
}

/** The action step's inputs of the workflow's one job, as text (as the runner passes them). */
function inputsOf(workflow: Workflow): Record<string, string> {
  const [job] = Object.values(workflow.jobs);
  const step = job?.steps.find((s) => s.uses?.startsWith('org/copybook-bench-action@'));
  if (!step) throw new Error('the job has no copybook-bench-action step');
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
}

const runnerEnv = (env: LocalServices, runBackendId: string, runId: string) => ({
  ...env.actions.env(env.url, mintRuntimeToken({ runBackendId })),
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64'
});

/** The bench job on the fork's pull request: it measures, uploads its report, and writes nothing. */
async function benchJob(
  env: LocalServices,
  bench: Workflow,
  event: 'pull_request' | 'push' = 'pull_request'
): Promise<{ run: ActionRun; runId: number }> {
  const runBackendId = randomUUID();
  const before = new Set(env.actions.artifacts.map((a) => a.id));
  const run = await runAction(
    {
      ...inputsOf(bench),
      // Test plumbing, not in the README: the leg's results and report in folders of its own.
      'bench-env': `CRITERION_HOME=${path.join(scratch, event, 'criterion')}`,
      'report-dir': path.join(scratch, event, 'report'),
      // A fork's job gets a token, read-only whatever the workflow asks.
      'github-token': TOKEN
    },
    {
      cwd: EXAMPLE_CRATE,
      env: {
        ...runnerEnv(env, runBackendId, '7001'),
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: path.join(EVENTS, event === 'push' ? 'push.json' : 'pull_request_fork.json'),
        GITHUB_SHA: event === 'push' ? MERGE : '9'.repeat(40),
        GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`
      },
      timeoutMs: 600_000
    }
  );
  const report = env.actions.artifacts.find(
    (a) => a.name === 'copybook-bench-report-default-Linux' && !before.has(a.id)
  );
  if (!report) throw new Error(`the bench job uploaded no report:\n${run.stdout}`);
  return { run, runId: report.workflowRunId };
}

/** The publish job on the `workflow_run` event that follows the bench run `runId`. */
async function publishJob(
  env: LocalServices,
  publish: Workflow,
  runId: number,
  label: string,
  event: 'pull_request' | 'push' = 'pull_request'
): Promise<ActionRun> {
  const payload = path.join(scratch, `${label}-workflow_run.json`);
  writeFileSync(
    payload,
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: runId,
        name: 'bench',
        event,
        head_sha: event === 'push' ? MERGE : HEAD,
        head_branch: event === 'push' ? 'main' : FORK_EVENT.pull_request.head.ref,
        head_repository: { full_name: event === 'push' ? FORK_EVENT.repository.full_name : FORK },
        // GitHub names no pull request for a fork's run.
        pull_requests: []
      },
      repository: FORK_EVENT.repository
    })
  );
  return runAction(
    { ...inputsOf(publish), 'github-token': TOKEN, 'report-dir': path.join(scratch, label, 'report') },
    {
      cwd: scratch,
      env: {
        ...runnerEnv(env, randomUUID(), '7002'),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: payload,
        GITHUB_SHA: '8'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKSPACE: scratch
      },
      timeoutMs: 120_000
    }
  );
}

describe("the README's two workflows, for a fork's pull request", () => {
  const [bench, publish] = readmeWorkflows();

  itWithCriterion(
    'the bench job writes nothing; the publish job comments once on the confirmed pull request, refuses a moved head, and announces the promotion after the merge',
    async () => {
      expect(Object.keys(bench.on)).toEqual(['pull_request', 'push']);
      expect(Object.keys(publish.on)).toEqual(['workflow_run']);
      expect(Object.values(bench.jobs)[0]?.permissions).toEqual({ contents: 'read', actions: 'read' });
      const env = await services();
      const measured = await benchJob(env, bench);
      // No comment was attempted, so no 403 warning either.
      expect(env.api.log.filter((line) => line.includes('/comments'))).toEqual([]);
      expect(measured.run.stdout).not.toMatch(/::warning::.*(comment|403)/i);

      // The pull request's head moved on since the run: the report's number is refused.
      const moved = 'f'.repeat(40);
      env.api.pull(PR, moved, FORK);
      const refused = await publishJob(env, publish, measured.runId, 'moved');
      expect(refused.stdout).toContain(
        `pull request #${PR} has head ${moved} of ${FORK}, but run ${measured.runId} measured ${HEAD} of ${FORK}: no comment`
      );
      expect(env.api.comments(PR)).toEqual([]);

      env.api.pull(PR, HEAD, FORK);
      const published = await publishJob(env, publish, measured.runId, 'published');
      const comments = env.api.comments(PR);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('Performance Report');
      expect(published.outputs['comment-id']).toBe(String(comments[0]?.id));
      expect(published.outputs.status).toBe(measured.run.outputs.status);
      const report = JSON.parse(
        readFileSync(measured.run.outputs['report-path'] as string, 'utf8')
      ) as PerfReport;
      expect(published.summary).toContain(report.summary);
      // After the merge: the push's bench job promotes, its publish job announces it on the comment.
      const pushed = await benchJob(env, bench, 'push');
      expect(pushed.run.outputs['baseline-promoted']).toBe('true');
      env.api.merged(MERGE, PR);
      const announced = await publishJob(env, publish, pushed.runId, 'announced', 'push');
      expect(announced.exitCode).toBe(0);
      expect(env.api.comments(PR)).toHaveLength(1);
      expect(env.api.comments(PR)[0]?.body).toContain('Baseline promoted');

      // The measured commit is GitHub's word (the payload), so both pull request runs set its status.
      const state = (run: ActionRun) => (run.outputs.status === 'fail' ? 'failure' : 'success');
      expect(env.api.statuses.map((s) => [s.sha, s.context, s.state])).toEqual([
        [HEAD, 'copybook-bench', state(measured.run)],
        [HEAD, 'copybook-bench', state(measured.run)],
        [MERGE, 'copybook-bench', state(pushed.run)]
      ]);
    },
    900_000
  );
});
