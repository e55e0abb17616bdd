// The two sharding workflows of docs/sharding.md, run as a runner would run them: every matrix leg
// of the bench job, then the merge job, with exactly the inputs the page gives (and a criterion folder
// of each leg's own), on the example crate with real cargo, against the local artifact, cache and
// GitHub services. A push to main promotes once per testbed; the pull request after it gets one
// comment, compared with that baseline.

import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import { parse } from 'yaml';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { EXAMPLE_CRATE, itWithCriterion, REPO_ROOT } from '../helpers/cargo.js';
import { mintRuntimeToken } from '../servers/actions-services.js';
import { type LocalServices, localServices } from '../servers/local-services.js';

const TOKEN = 'ghs_readmeMatrixE2eToken0123456789abcdefgh';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PR = 42;

const scratch = mkdtempSync(path.join(tmpdir(), 'readme-matrix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const services = localServices(TOKEN);

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  'runs-on': string;
  strategy?: { matrix: Record<string, (string | number)[]> };
  steps: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

/** The YAML blocks of the sharding page's workflows section, in order. */
function docsWorkflows(): Workflow[] {
  const page = readFileSync(path.join(REPO_ROOT, 'docs', 'sharding.md'), 'utf8');
  const start = page.indexOf('## Workflows');
  const section = page.slice(start, page.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] as string) as Workflow);
}

/** The action step's inputs with `${{ matrix.x }}` filled in. */
function inputsOf(job: Job, leg: Record<string, string | number>): Record<string, string> {
  const step = job.steps.find((s) => s.uses?.startsWith('org/copybook-bench-action@'));
  if (!step) throw new Error('the job has no copybook-bench-action step');
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.with ?? {}))
    inputs[name] = String(value).replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => {
      const filled = leg[key];
      if (filled === undefined) throw new Error(`the page uses matrix.${key}, which the matrix lacks`);
      return String(filled);
    });
  return inputs;
}

/** The matrix's legs (one leg of nothing without a matrix). */
function legsOf(job: Job): Record<string, string | number>[] {
  const matrix = job.strategy?.matrix ?? {};
  let legs: Record<string, string | number>[] = [{}];
  for (const [key, values] of Object.entries(matrix))
    legs = legs.flatMap((leg) => values.map((value) => ({ ...leg, [key]: value })));
  return legs;
}

const reportOf = (run: ActionRun): PerfReport =>
  JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')) as PerfReport;

/** A report's errors other than a regression (which noise between two real runs may cause). */
const unexpectedErrors = (report: PerfReport): string[] =>
  report.errors.filter((e) => !/ regressed( by |: )/.test(e));

/** RUNNER_OS of a GitHub-hosted image. */
const runnerOs = (runsOn: string): string =>
  runsOn.startsWith('macos') ? 'macOS' : runsOn.startsWith('windows') ? 'Windows' : 'Linux';

/** Every job of the workflow on one event, in order (the merge job after the matrix it needs). */
async function runWorkflow(
  env: LocalServices,
  workflow: Workflow,
  event: 'push' | 'pull_request',
  sha: string,
  label: string
): Promise<Map<string, ActionRun[]>> {
  const run = randomUUID();
  const runs = new Map<string, ActionRun[]>();
  const order = Object.entries(workflow.jobs).sort(([, a], [, b]) => (a.needs ? 1 : 0) - (b.needs ? 1 : 0));
  for (const [name, job] of order) {
    if (job.needs) expect(runs.has(job.needs)).toBe(true);
    const done: ActionRun[] = [];
    for (const [i, leg] of legsOf(job).entries()) {
      const runsOn = job['runs-on'].replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) =>
        String(leg[key])
      );
      const result = await runAction(
        {
          ...inputsOf(job, leg),
          // Test plumbing, not in docs/sharding.md: each leg's results and report in folders of its own.
          'bench-env': `CRITERION_HOME=${path.join(scratch, label, event, `${name}-${i}`, 'criterion')}`,
          'report-dir': path.join(scratch, label, event, `${name}-${i}`, 'report'),
          'github-token': TOKEN
        },
        {
          cwd: EXAMPLE_CRATE,
          env: {
            ...env.actions.env(env.url, mintRuntimeToken({ runBackendId: run })),
            GITHUB_EVENT_NAME: event,
            GITHUB_EVENT_PATH: path.join(EVENTS, `${event}.json`),
            GITHUB_SHA: sha,
            GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
            GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)),
            GITHUB_RUN_ATTEMPT: '1',
            RUNNER_OS: runnerOs(runsOn),
            RUNNER_ARCH: 'X64'
          },
          timeoutMs: 600_000
        }
      );
      // A shard judges nothing, so it passes unless it broke. The merge compares a real run with
      // another: noise may flag a regression there, so only other errors count as broken.
      const broken =
        result.exitCode !== 0 &&
        (!job.needs ||
          (result.outputs['report-path'] ? unexpectedErrors(reportOf(result)).length > 0 : true));
      if (broken)
        throw new Error(
          `${label} ${event} ${name} leg ${i} failed:\n${result.stdout
            .split('\n')
            .filter((line) => /^::(error|warning)/.test(line))
            .join('\n')}`
        );
      done.push(result);
    }
    runs.set(name, done);
  }
  return runs;
}

describe('the sharding workflows of docs/sharding.md', () => {
  const [fourShards, threeOses] = docsWorkflows();

  itWithCriterion(
    'four shards on one OS: a push promotes once, the pull request after it gets one comment',
    async () => {
      const workflow = fourShards as Workflow;
      expect(workflow.jobs.bench?.permissions).toEqual({ contents: 'read', actions: 'read' });
      expect(workflow.jobs.report?.permissions).toEqual({
        contents: 'read',
        actions: 'read',
        'pull-requests': 'write'
      });
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as GitHub reads it
      expect(workflow.jobs.report?.if).toBe('${{ !cancelled() }}');
      const env = await services();
      const push = await runWorkflow(env, workflow, 'push', '1'.repeat(40), 'four');
      const merged = reportOf(push.get('report')?.[0] as ActionRun);
      expect(merged.benchmarks).toHaveLength(8);
      expect(merged._metadata.source).toBe('shards');
      expect(env.actions.cacheEntries.map((e) => e.key)).toEqual([
        `copybook_bench-baseline-Linux-default-${'1'.repeat(40)}`
      ]);
      expect(env.actions.artifacts.filter((a) => a.name.includes('-baseline-')).map((a) => a.name)).toEqual([
        'copybook-bench-baseline-default-Linux'
      ]);

      const pr = await runWorkflow(env, workflow, 'pull_request', '2'.repeat(40), 'four');
      const report = reportOf(pr.get('report')?.[0] as ActionRun);
      expect(report.comparison?.changes).toHaveLength(8);
      expect(unexpectedErrors(report)).toEqual([]);
      expect(env.api.comments(PR)).toHaveLength(1);
      expect(env.api.comments(PR)[0]?.body).toContain('Performance Report');
    },
    900_000
  );

  itWithCriterion(
    'one shard on each of three OSes: one baseline per testbed, one comment with a section each',
    async () => {
      const env = await services();
      await runWorkflow(env, threeOses as Workflow, 'push', '3'.repeat(40), 'oses');
      expect(env.actions.cacheEntries.map((e) => e.key).sort()).toEqual(
        [
          `copybook_bench-baseline-Linux-ubuntu_latest-${'3'.repeat(40)}`,
          `copybook_bench-baseline-Windows-windows_latest-${'3'.repeat(40)}`,
          `copybook_bench-baseline-macOS-macos_latest-${'3'.repeat(40)}`
        ].sort()
      );
      const pr = await runWorkflow(env, threeOses as Workflow, 'pull_request', '4'.repeat(40), 'oses');
      expect(pr.get('report')).toHaveLength(1);
      const comments = env.api.comments(PR);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      for (const testbed of ['ubuntu-latest (Linux)', 'macos-latest (macOS)', 'windows-latest (Windows)'])
        expect(body).toContain(`### ${testbed}`);
      expect(body).toContain('Worst of 3 testbeds:');
      // Each testbed compared with its own baseline.
      expect(pr.get('report')?.[0]?.stdout).toContain('copybook_bench-baseline-macOS-macos_latest-');
    },
    900_000
  );
});
