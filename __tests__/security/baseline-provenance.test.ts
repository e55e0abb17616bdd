// The baseline every pull request compares with must come from the baseline branch. Any run of the
// repository can upload an artifact by the baseline's name (a push to another branch, a fork's pull
// request whose branch is called main, a run whose runtime token a bench stole), and runs started by
// a comment or another workflow share the default branch's cache. Whole runs in this process, with
// the real cache and artifact clients and Octokit against the local Actions services and REST API.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Ports } from '../../src/app/ports.js';
import type { Outcome } from '../../src/app/run.js';
import type { Interval } from '../../src/core/criterion/measurement.js';
import type { BaselineFile, PerfReport } from '../../src/core/model.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import type { KeptLog } from '../helpers/ports.js';
import { type ActionsServices, createActionsServices, type RunFacts } from '../servers/actions-services.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_provenance0123456789abcdefghijklmnop';
const REPOSITORY = 'octo-org/copybook-rs';
const FORK = 'octocat/copybook-rs';
const NAME = 'copybook-bench-baseline-default-Linux';
const MAIN_SHA = '1111111111111111111111111111111111111111';
const PR = 42;
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const savedEnv = { ...process.env };

const scratch = mkdtempSync(path.join(tmpdir(), 'provenance-'));
const runnerTemp = path.join(scratch, 'runner-temp');
mkdirSync(runnerTemp);
const workspaces = workspaceMaker(scratch);

let server: TestServer;
let services: ActionsServices;
let app: {
  prepare: typeof import('../../src/app/prepare.js').prepare;
  execute: typeof import('../../src/app/run.js').execute;
  localPorts: typeof import('../helpers/ports.js').localPorts;
  keptLog: typeof import('../helpers/ports.js').keptLog;
  fakes: typeof import('../helpers/fake-ports.js');
};

beforeAll(async () => {
  services = createActionsServices({ repository: REPOSITORY, githubToken: TOKEN });
  server = await startServer([services.handler]);
  // @actions/github fixes GITHUB_API_URL when first imported, and the artifact client downloads
  // through it: the environment first, then every module that may import it.
  Object.assign(process.env, services.env(server.url), { RUNNER_TEMP: runnerTemp });
  // One at a time: jest's module registry fails on concurrent imports of shared modules.
  const prepare = await import('../../src/app/prepare.js');
  const run = await import('../../src/app/run.js');
  const ports = await import('../helpers/ports.js');
  const fakes = await import('../helpers/fake-ports.js');
  app = { prepare: prepare.prepare, execute: run.execute, ...ports, fakes };
});

afterAll(async () => {
  process.env = savedEnv;
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  services.evictCache();
  services.artifacts.length = 0;
});

/** An event payload in a file of its own, as the runner writes GITHUB_EVENT_PATH. */
function payload(name: string, content: unknown): string {
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const repository = { id: 812345678, full_name: REPOSITORY, default_branch: 'main' };
const PAYLOADS: Record<string, () => string> = {
  push: () => path.join(EVENTS, 'push.json'),
  pull_request: () => path.join(EVENTS, 'pull_request.json'),
  pull_request_target: () => path.join(EVENTS, 'pull_request.json'),
  workflow_run: () => path.join(EVENTS, 'workflow_run.json'),
  issue_comment: () =>
    payload('issue_comment', {
      action: 'created',
      issue: { number: PR, pull_request: { url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR}` } },
      comment: { id: 1, body: '/bench' },
      repository
    }),
  workflow_dispatch: () => payload('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository }),
  // GitHub's schedule payload names the cron line and nothing of the repository.
  schedule: () => payload('schedule', { schedule: '0 3 * * *' })
};

interface Run {
  outcome: Outcome;
  log: KeptLog;
}

/**
 * One job of a run started by `event` on `ref`, in `cwd`: its own runtime token, for a run the
 * services know by the same event and branch.
 */
async function runIn(
  cwd: string,
  event: string,
  ref: string,
  options: { inputs?: Record<string, string>; sha?: string; run?: Partial<RunFacts> } = {}
): Promise<Run> {
  const headBranch = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/.*/, 'faster-comp3');
  const token = services.runToken({ event, headBranch, headRepository: REPOSITORY, ...options.run });
  const env: NodeJS.ProcessEnv = {
    ...services.env(server.url, token),
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: PAYLOADS[event]?.() ?? '',
    GITHUB_REF: ref,
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: cwd,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    PATH: process.env.PATH
  };
  // The cache and artifact clients read the process's environment on each call.
  Object.assign(process.env, env);
  const log = app.keptLog();
  const { fakes } = app;
  const ports: Ports = app.localPorts(env, {
    log,
    clock: fakes.fixedClock('2026-11-27T08:30:00.000Z'),
    github: fakes.fakeGitHub(),
    exec: fakes.fakeExec({ stdout: '' })
  });
  const inputs = { run: 'false', 'github-token': TOKEN, 'upload-report': 'false', ...options.inputs };
  const plan = await app.prepare(
    { inputs, cwd, workspace: cwd, baseline: { kind: 'store' }, upload: false },
    ports
  );
  return { outcome: await app.execute(plan, ports), log };
}

const baselineArtifacts = () => services.artifacts.filter((a) => a.name === NAME);
const perfJson = (run: Run): PerfReport => JSON.parse(readFileSync(run.outcome.result.reportPath, 'utf8'));
const warnings = (run: Run) => run.log.lines.filter((l) => l.startsWith('warning: '));
const baselineText = (cwd: string) =>
  readFileSync(path.join(cwd, 'copybook-bench-report', 'baseline.json'), 'utf8');

/** The genuine baseline: a push to main promotes this workspace's numbers. */
async function promoteOnMain(cwd: string): Promise<{ file: BaselineFile; artifactId: number }> {
  const push = await runIn(cwd, 'push', 'refs/heads/main', { sha: MAIN_SHA });
  expect(push.outcome.promotion?.promoted).toBe(true);
  return {
    file: JSON.parse(baselineText(cwd)) as BaselineFile,
    artifactId: push.outcome.promotion?.artifactId ?? -1
  };
}

const times = (interval: Interval | null, factor: number): Interval | null =>
  interval && {
    lower: interval.lower * factor,
    point: interval.point * factor,
    upper: interval.upper * factor
  };

/** The genuine baseline, every benchmark ten times faster: every pull request would read −90%. */
function forged(genuine: BaselineFile, ref = 'refs/heads/main'): BaselineFile {
  const benchmarks = genuine.report.benchmarks.map((b) => ({
    ...b,
    time_ns: times(b.time_ns, 0.1) as Interval,
    std_dev_ns: b.std_dev_ns === null ? null : b.std_dev_ns * 0.1,
    rate: times(b.rate, 10),
    bytes_per_second: times(b.bytes_per_second, 10)
  }));
  return { ...genuine, ref, commit: 'e'.repeat(40), report: { ...genuine.report, benchmarks } };
}

/** Uploads `file` as the baseline's artifact from a job of a run the services know as `run`. */
async function uploadFrom(run: Partial<RunFacts>, file: BaselineFile): Promise<number> {
  process.env.ACTIONS_RUNTIME_TOKEN = services.runToken(run);
  const dir = mkdtempSync(path.join(scratch, 'forger-'));
  writeFileSync(path.join(dir, 'baseline.json'), JSON.stringify(file));
  const { uploadBaselineArtifact } = await import('../../src/adapters/baseline/artifact.js');
  const uploaded = await uploadBaselineArtifact({
    name: NAME,
    file: path.join(dir, 'baseline.json'),
    retentionDays: 90,
    env: process.env
  });
  if (!uploaded.uploaded) throw new Error(uploaded.reason);
  return uploaded.id;
}

const runIdOf = (id: number) => services.artifacts.find((a) => a.id === id)?.workflowRunId;
const skipped = (id: number, reason: string) =>
  `Skipped artifact ${NAME} (id ${id}) of run ${runIdOf(id)}: ${reason}.`;
const REPO_ID = 812345678;

describe('the artifact fallback takes only a push, schedule or workflow_dispatch run on the baseline branch', () => {
  it("skips same-named artifacts from another branch and from a fork's main, newer as they are", async () => {
    const cwd = workspaces.make();
    const genuine = await promoteOnMain(cwd);
    const fromBranch = await uploadFrom({ event: 'push', headBranch: 'feature' }, forged(genuine.file));
    const fromFork = await uploadFrom(
      { event: 'pull_request', headBranch: 'main', headRepository: FORK },
      forged(genuine.file)
    );
    services.evictCache();

    const pr = await runIn(cwd, 'pull_request', `refs/pull/${PR}/merge`);

    const forkId = services.repositoryId(FORK);
    expect(pr.log.lines).toContain(
      skipped(
        fromFork,
        `its run was for branch "main" of another repository (head repository ${forkId}, this one is ${REPO_ID}), not main of this repository`
      )
    );
    expect(pr.log.lines).toContain(
      skipped(fromBranch, 'its run was on branch "feature", not on main, the baseline branch')
    );
    expect(pr.log.lines).toContain(`Baseline: artifact ${NAME} (id ${genuine.artifactId}).`);
    const { comparison } = perfJson(pr);
    expect(comparison?.baseline.commit).toBe(MAIN_SHA);
    expect(comparison?.regressions).toBe(0);
    expect(warnings(pr)).toEqual([]);
  }, 60_000);

  it('skips a forged newest artifact of a pull_request or issue_comment run on main itself', async () => {
    const cwd = workspaces.make();
    const genuine = await promoteOnMain(cwd);
    // A pull request from main into a release branch runs with main as its head branch; a comment
    // runs the default branch's workflow. Either may run code that took the job's runtime token.
    const fromPullRequest = await uploadFrom(
      { event: 'pull_request', headBranch: 'main' },
      forged(genuine.file)
    );
    const fromComment = await uploadFrom(
      { event: 'issue_comment', headBranch: 'main' },
      forged(genuine.file)
    );
    services.evictCache();

    const pr = await runIn(cwd, 'pull_request', `refs/pull/${PR}/merge`);

    for (const [id, event] of [
      [fromComment, 'issue_comment'],
      [fromPullRequest, 'pull_request']
    ] as const)
      expect(pr.log.lines).toContain(
        skipped(
          id,
          `its run was triggered by ${event} on branch "main"; only push, schedule and workflow_dispatch runs on main are accepted`
        )
      );
    expect(perfJson(pr).comparison?.baseline.commit).toBe(MAIN_SHA);
    expect(perfJson(pr).comparison?.regressions).toBe(0);
    // The run of each candidate was read, newest first, until the genuine one.
    const runReads = services.calls.filter((c) => /\/actions\/runs\/\d+$/.test(c.route)).map((c) => c.route);
    expect(runReads.slice(-3)).toEqual(
      [fromComment, fromPullRequest, genuine.artifactId].map(
        (id) => `REST GET /repos/${REPOSITORY}/actions/runs/${runIdOf(id)}`
      )
    );
  }, 60_000);

  it('takes none when only forged ones are left, and says why', async () => {
    const cwd = workspaces.make();
    const genuine = await promoteOnMain(cwd);
    services.artifacts.splice(
      services.artifacts.findIndex((a) => a.id === genuine.artifactId),
      1
    );
    const forgedId = await uploadFrom({ event: 'workflow_run', headBranch: 'main' }, forged(genuine.file));
    services.evictCache();

    const pr = await runIn(cwd, 'pull_request', `refs/pull/${PR}/merge`);

    expect(pr.log.lines).toContain(
      skipped(
        forgedId,
        'its run was triggered by workflow_run on branch "main"; only push, schedule and workflow_dispatch runs on main are accepted'
      )
    );
    expect(pr.log.lines.find((l) => l.startsWith('Baseline: no baseline yet'))).toContain(
      `Artifact: ${REPOSITORY} has no unexpired artifact named ${NAME} from a push, schedule or workflow_dispatch run on main (1 skipped, see above)`
    );
    expect(perfJson(pr).comparison).toBeNull();
  }, 60_000);
});

describe('a restored baseline must have been promoted on the baseline branch', () => {
  /** Saves `file` in the cache under the slot's prefix, as a run in the default branch's scope can. */
  async function cacheFrom(cwd: string, file: BaselineFile, commit: string): Promise<string> {
    const target = path.join(cwd, 'copybook-bench-report', 'baseline.json');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(file));
    process.env.ACTIONS_RUNTIME_TOKEN = services.runToken({ event: 'issue_comment' });
    const { saveBaselineToCache } = await import('../../src/adapters/baseline/cache.js');
    const key = `copybook_bench-baseline-Linux-default-${commit}`;
    const saved = await saveBaselineToCache({ file: target, key });
    if (!saved.saved) throw new Error(saved.reason);
    return key;
  }

  it('ignores one whose ref is refs/heads/evil, with a warning naming it', async () => {
    const cwd = workspaces.make();
    const genuine = await promoteOnMain(cwd);
    const key = await cacheFrom(cwd, forged(genuine.file, 'refs/heads/evil'), 'e'.repeat(40));

    const pr = await runIn(cwd, 'pull_request', `refs/pull/${PR}/merge`);

    const said = `The baseline from cache ${key} was ignored: it was promoted on "refs/heads/evil", not on refs/heads/main, the baseline branch`;
    // A finding of the report: the Action shows it as a warning annotation.
    expect(perfJson(pr).warnings).toEqual([said]);
    expect(perfJson(pr).comparison).toBeNull();
  }, 60_000);

  it('ignores one that names no ref in the Action; the CLI takes it with --baseline-file', async () => {
    const cwd = workspaces.make();
    const genuine = await promoteOnMain(cwd);
    const key = await cacheFrom(cwd, { ...genuine.file, ref: null }, 'd'.repeat(40));

    const pr = await runIn(cwd, 'pull_request', `refs/pull/${PR}/merge`);

    expect(perfJson(pr).warnings).toEqual([
      `The baseline from cache ${key} was ignored: it names no ref (the CLI's \`baseline promote\` writes none outside a workflow run), so nothing shows it was promoted on refs/heads/main, the baseline branch`
    ]);
    expect(perfJson(pr).comparison).toBeNull();
    const file = path.join(scratch, 'cli-baseline.json');
    writeFileSync(file, JSON.stringify({ ...genuine.file, ref: null }));
    const { baselineNamed } = await import('../../src/app/compare.js');
    const { buildConfig } = await import('../../src/core/config/config.js');
    const named = await baselineNamed(buildConfig({ inputs: {} }), file, app.localPorts());
    expect(named.input?.file.ref).toBeNull();
  }, 60_000);
});

describe('promotion happens only on a push, schedule or workflow_dispatch run on the baseline branch', () => {
  const promote = { baseline: 'promote' };
  const ONLY_THREE =
    'only push, schedule and workflow_dispatch runs on the baseline branch promote; other events (a comment, a pull request, another workflow finishing) can be started by people who cannot push to it';

  it.each([
    ['issue_comment', 'refs/heads/main', ONLY_THREE],
    ['workflow_run', 'refs/heads/main', ONLY_THREE],
    ['pull_request_target', 'refs/heads/main', 'a pull request must not be able to write the baseline'],
    ['push', 'refs/heads/feature', 'only runs on refs/heads/main, the baseline branch, promote'],
    ['workflow_dispatch', 'refs/tags/main', 'only runs on refs/heads/main, the baseline branch, promote'],
    [
      'schedule',
      'refs/heads/main',
      "the baseline branch is unknown: set baseline-branch (this event's payload names no default branch)"
    ]
  ])(
    'refuses %s on %s even with baseline: promote, and says why',
    async (event, ref, why) => {
      const run = await runIn(workspaces.make(), event, ref, { inputs: promote });

      expect(warnings(run)).toContain(
        `warning: baseline: promote is ignored for this ${event} run on ${ref}: ${why}. Comparing with the baseline instead.`
      );
      expect(run.outcome.promotion).toBeNull();
      expect(services.cacheEntries).toEqual([]);
      expect(baselineArtifacts()).toEqual([]);
    },
    60_000
  );

  it.each([
    ['workflow_dispatch', {}],
    ['schedule', { 'baseline-branch': 'main' }]
  ])(
    'promotes on %s on the baseline branch with baseline: promote',
    async (event, inputs) => {
      const run = await runIn(workspaces.make(), event, 'refs/heads/main', {
        inputs: { ...promote, ...inputs }
      });

      expect(warnings(run)).toEqual([]);
      expect(run.outcome.promotion?.promoted).toBe(true);
      expect(baselineArtifacts()).toHaveLength(1);
    },
    60_000
  );
});
