// The config file (.github/copybook-bench.toml) is the pull request's. A settings file written by
// the pull request's author tries to take what only the workflow may decide: another instance's
// sticky comment (`name`), a promotion from its own run (`baseline`, `baseline-branch`), a merge or
// publish job and the reports it reads (`mode`, `report-run-id`), and what the audit records
// (`audit-config`). Each is refused by name, the file and the input to use instead named with it.
// A refused (or broken) config file is a setup problem: the report says so where the workflow's
// settings put it, and this instance's comment says the run failed, so that its last ✅ does not
// stand; no other instance's comment is touched.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/adapters/config/load.js';
import type { Ports } from '../../src/app/ports.js';
import { prepare, SetupError } from '../../src/app/prepare.js';
import { execute } from '../../src/app/run.js';
import { InputError } from '../../src/core/errors.js';
import type { PerfReport } from '../../src/core/model.js';
import { commentMarker } from '../../src/render/comment.js';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import {
  type FakeCache,
  type FakeGitHub,
  fakeArtifacts,
  fakeCache,
  fakeExec,
  fakeGitHub,
  fixedClock
} from '../helpers/fake-ports.js';
import { HOST } from '../helpers/host.js';
import { localPorts } from '../helpers/ports.js';
import { githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const FILE = '.github/copybook-bench.toml';

const TOKEN = 'ghs_configFileTrustJob0123456789abcdefgh';
const PR = 42;
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');

const scratch = mkdtempSync(path.join(tmpdir(), 'config-file-trust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

/** A checkout with criterion's results whose config file holds `toml`. */
function checkout(toml: string): string {
  const cwd = workspaces.make();
  writeConfig(cwd, toml);
  return cwd;
}

function writeConfig(cwd: string, toml: string): void {
  mkdirSync(path.join(cwd, '.github'), { recursive: true });
  writeFileSync(path.join(cwd, FILE), toml);
}

/** The message loading the settings stops with. */
function refusal(toml: string, inputs: Record<string, string> = {}): string {
  const cwd = checkout(toml);
  try {
    loadConfig(inputs, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the config file was accepted');
}

const refused = (key: string): string =>
  `${FILE}: "${key}" cannot be set in the config file: a pull request controls that file. Set the action's ${key} input (or --${key}) instead.`;

describe('a config file setting what only the workflow decides', () => {
  it.each([
    // Takes over another instance's sticky comment: its ❌ rewritten to ✅.
    ['name', 'name = "release-gate"\n'],
    // Promotes the pull request's own numbers as the baseline.
    ['baseline', 'baseline = "promote"\n'],
    ['baseline-branch', 'baseline-branch = "feature/faster-numbers"\n'],
    // Turns the job into a merge job that reads other jobs' reports, or a publish job.
    ['mode', 'mode = "merge"\n'],
    ['mode', 'mode = "publish"\n'],
    // Chooses another run's reports to publish.
    ['report-run-id', 'report-run-id = "4242"\n'],
    // Chooses what the audit record holds.
    ['audit-config', 'audit-config = ".github/audit.yml"\n']
  ])('%s is refused, naming the key, the file and the input', (key, toml) => {
    expect(refusal(`display-floor = "1 B/s"\n${toml}`)).toBe(refused(key));
  });

  it('is refused when the workflow sets the input too', () => {
    expect(refusal('name = "release-gate"\n', { name: 'copybook-bench' })).toBe(refused('name'));
  });

  it('names every such key of one file', () => {
    const message = refusal(
      'name = "release-gate"\nbaseline = "promote"\naudit-config = ".github/audit.yml"\nmode = "merge"\n'
    );
    expect(message).toBe(
      `${FILE}: "name", "baseline", "audit-config" and "mode" cannot be set in the config file: a pull request controls that file. Set the action's name, baseline, audit-config and mode inputs (or --name, --baseline, --audit-config, --mode) instead.`
    );
  });

  it('keeps the token out as before, without repeating it', () => {
    const token = 'ghs_configFileTrust0123456789abcdefghijk';
    const message = refusal(`github-token = "${token}"\nname = "release-gate"\n`);
    expect(message).toContain(`${FILE}: "github-token" cannot be set in the config file`);
    expect(message).not.toContain(token);
  });

  it('leaves the other settings to the file', () => {
    const config = loadConfig(
      { name: 'bench-arm64', baseline: 'compare' },
      checkout('testbed = "arm64"\ncomment = "on-failure"\n')
    );
    expect([config.name, config.baseline, config.testbed, config.comment]).toEqual([
      'bench-arm64',
      'compare',
      'arm64',
      'on-failure'
    ]);
  });
});

/** The step's environment: a pull request's merge commit, or a push to `branch`. */
function runnerEnv(event: { pullRequest: true } | { push: string }): NodeJS.ProcessEnv {
  const push = 'push' in event;
  return {
    GITHUB_EVENT_NAME: push ? 'push' : 'pull_request',
    GITHUB_EVENT_PATH: path.join(EVENTS, push ? 'push.json' : 'pull_request.json'),
    GITHUB_REF: push ? `refs/heads/${event.push}` : `refs/pull/${PR}/merge`,
    GITHUB_SHA: '3333333333333333333333333333333333333333',
    GITHUB_REPOSITORY: 'octo-org/copybook-rs',
    GITHUB_RUN_ID: '4242',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    PATH: process.env.PATH
  };
}

function portsFor(env: NodeJS.ProcessEnv): { ports: Ports; github: FakeGitHub; cache: FakeCache } {
  const github = fakeGitHub();
  const cache = fakeCache();
  const ports = localPorts(env, {
    clock: fixedClock('2026-11-27T08:30:00.000Z'),
    host: HOST,
    cache,
    artifacts: fakeArtifacts(),
    github,
    exec: fakeExec({ stdout: '', wallSeconds: 1 })
  });
  return { ports, github, cache };
}

/** The Action's run in `cwd` with the workflow's `inputs`: its plan's error, or null when it ran. */
async function actIn(cwd: string, ports: Ports, inputs: Record<string, string> = {}): Promise<unknown> {
  const settings = {
    inputs: { run: 'false', 'github-token': TOKEN, ...inputs },
    cwd,
    workspace: cwd,
    baseline: { kind: 'store' as const },
    upload: true
  };
  try {
    await execute(await prepare(settings, ports), ports);
    return null;
  } catch (error) {
    return error;
  }
}

describe('a refused config file, in a run', () => {
  it("cannot take over another instance's comment: that one keeps its ❌, this one's says why it failed", async () => {
    const { ports, github } = portsFor(runnerEnv({ pullRequest: true }));
    const gate = `## release gate\n\n**❌ FAILED**\n\n${commentMarker('release-gate')}`;
    github.comments.set(PR, [{ id: 77, body: gate }]);

    const failure = await actIn(checkout('name = "release-gate"\n'), ports);

    expect(failure).toBeInstanceOf(SetupError);
    expect((failure as SetupError).message).toBe(refused('name'));
    const [other, own] = github.comments.get(PR) ?? [];
    expect(other).toEqual({ id: 77, body: gate });
    expect(own?.body.endsWith(`${commentMarker('copybook-bench')}\n`)).toBe(true);
    expect(own?.body).toContain('**❌ FAILED**');
    expect(own?.body).toContain('"name" cannot be set in the config file');
    const report = JSON.parse(readFileSync((failure as SetupError).reportPath, 'utf8')) as PerfReport;
    expect(report.errors).toEqual([refused('name')]);
  });

  it('cannot make its own branch the one that promotes', async () => {
    const { ports, cache } = portsFor(runnerEnv({ push: 'feature/faster-numbers' }));
    for (const toml of [
      'baseline-branch = "feature/faster-numbers"\n',
      'baseline = "promote"\nbaseline-branch = "feature/faster-numbers"\n'
    ]) {
      const failure = await actIn(checkout(toml), ports);
      expect(failure).toBeInstanceOf(SetupError);
      expect((failure as SetupError).outcome.promotion).toBeNull();
    }
    expect(cache.saves).toEqual([]);
    // The same push promotes when the workflow says so: the refusal is what stopped it.
    const allowed = await actIn(workspaces.make(), ports, { 'baseline-branch': 'feature/faster-numbers' });
    expect(allowed).toBeNull();
    expect(cache.saves).toHaveLength(1);
  });
});

describe('the bundled action with a refused config file', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('sets the outputs, writes the report and turns its own ✅ comment into ❌', async () => {
    const api = githubApi({ token: TOKEN });
    server = await startServer([api.handler]);
    const cwd = workspaces.make();
    const act = () =>
      runAction(
        { run: 'false', 'github-token': TOKEN },
        {
          cwd,
          env: {
            ...runnerEnv({ pullRequest: true }),
            GITHUB_WORKSPACE: cwd,
            GITHUB_API_URL: server?.url,
            GITHUB_SERVER_URL: 'https://github.com'
          }
        }
      );
    const passed = await act();
    expect(passed.exitCode).toBe(0);
    expect(api.comments(PR)[0]?.body).toContain('✅');

    writeConfig(cwd, 'name = "release-gate"\nbaseline = "promote"\n');
    const refusedRun = await act();
    const message = `${FILE}: "name" and "baseline" cannot be set in the config file: a pull request controls that file. Set the action's name and baseline inputs (or --name, --baseline) instead.`;
    expect(refusedRun.exitCode).toBe(1);
    expect(refusedRun.stdout).toContain(`::error::${message}`);
    const reportPath = path.join(cwd, 'copybook-bench-report', 'perf.json');
    expect(refusedRun.outputs).toMatchObject({
      status: 'fail',
      'report-path': reportPath,
      'comment-id': String(api.comments(PR)[0]?.id)
    });
    expect((JSON.parse(readFileSync(reportPath, 'utf8')) as PerfReport).errors).toEqual([message]);
    const comments = api.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).not.toContain('✅');
    expect(comments[0]?.body).toContain('**❌ FAILED**');
  });
});
