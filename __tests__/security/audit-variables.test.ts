// The audit-config YAML lies in the checkout: on a pull request its author lists which environment
// variables the audit records. It lists the job's ordinary-named secrets (a Slack webhook, a licence
// code), which the workflow passes to the step. Their values must not reach audit.json, audit.html
// or any other file of the report dir: only the workflow (`audit-variables`) and the runner's public
// variables decide which values are shown. A whole run in this process, real files, fake services.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { prepare } from '../../src/app/prepare.js';
import { execute } from '../../src/app/run.js';
import type { AuditRecord } from '../../src/core/audit/record.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import { fakeArtifacts, fakeCache, fakeExec, fakeGitHub, fixedClock } from '../helpers/fake-ports.js';
import { HOST } from '../helpers/host.js';
import { localPorts } from '../helpers/ports.js';

const SLACK_WEBHOOK = 'https://hooks.slack.example/services/T0001/B0002/wEbHoOkSeCrEt4417';
const LICENSE_CODE = 'LIC-7731-XQ29-PRIVATE';

const scratch = mkdtempSync(path.join(tmpdir(), 'audit-variables-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

/** The step's environment on a pull request: the runner's variables and the workflow's secrets. */
const ENV: NodeJS.ProcessEnv = {
  CI: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
  GITHUB_REF: 'refs/pull/42/merge',
  GITHUB_SHA: '3333333333333333333333333333333333333333',
  GITHUB_REPOSITORY: 'octo-org/copybook-rs',
  GITHUB_TOKEN: 'ghs_auditVariables0123456789abcdefghijkl',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUSTFLAGS: '-C target-cpu=native',
  SLACK_WEBHOOK,
  LICENSE_CODE,
  PATH: process.env.PATH
};

/** A checkout whose audit-config YAML (the pull request's file) lists the job's secrets. */
function checkout(): string {
  const cwd = workspaces.make();
  mkdirSync(path.join(cwd, '.github'), { recursive: true });
  writeFileSync(
    path.join(cwd, '.github', 'audit.yml'),
    'environment-variables: [SLACK_WEBHOOK, LICENSE_CODE, RUSTFLAGS, GITHUB_REF, RUNNER_OS, CI]\n'
  );
  return cwd;
}

/** A run with the workflow's inputs; the report dir's files by name. */
async function runWith(cwd: string, inputs: Record<string, string>): Promise<Map<string, string>> {
  const ports = localPorts(ENV, {
    clock: fixedClock('2026-11-27T08:30:00.000Z'),
    host: HOST,
    cache: fakeCache(),
    artifacts: fakeArtifacts(),
    github: fakeGitHub(),
    exec: fakeExec({ stdout: '', wallSeconds: 1 })
  });
  const settings = {
    inputs: { run: 'false', 'audit-config': '.github/audit.yml', ...inputs },
    cwd,
    workspace: cwd,
    baseline: { kind: 'store' as const },
    upload: true
  };
  const outcome = await execute(await prepare(settings, ports), ports);
  const dir = outcome.result.reportDir;
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, readFileSync(path.join(dir, entry.name), 'utf8')])
  );
}

describe("an audit-config that lists the job's secrets", () => {
  it('records their names with "(withheld)", never their values, in audit.json, audit.html or any file', async () => {
    const files = await runWith(checkout(), {});
    const audit = JSON.parse(files.get('audit.json') as string) as AuditRecord;
    expect(audit.environment.variables).toEqual({
      SLACK_WEBHOOK: '(withheld)',
      LICENSE_CODE: '(withheld)',
      // Not the runner's, and the workflow did not allow it.
      RUSTFLAGS: '(withheld)',
      GITHUB_REF: 'refs/pull/42/merge',
      RUNNER_OS: 'Linux',
      CI: 'true'
    });
    const page = files.get('audit.html') as string;
    expect(page).toContain('<td><code>SLACK_WEBHOOK</code></td><td><em>(withheld)</em></td>');
    expect(page).toContain('<td><code>LICENSE_CODE</code></td><td><em>(withheld)</em></td>');
    for (const [name, text] of files) {
      for (const secret of [SLACK_WEBHOOK, 'wEbHoOkSeCrEt4417', LICENSE_CODE, 'XQ29'])
        expect([name, text.includes(secret)]).toEqual([name, false]);
    }
  });

  it('shows a value the workflow allows, and still withholds the rest', async () => {
    const files = await runWith(checkout(), { 'audit-variables': 'RUSTFLAGS' });
    const audit = JSON.parse(files.get('audit.json') as string) as AuditRecord;
    expect(audit.environment.variables).toMatchObject({
      SLACK_WEBHOOK: '(withheld)',
      LICENSE_CODE: '(withheld)',
      RUSTFLAGS: '-C target-cpu=native'
    });
    expect(audit.settings['audit-variables']).toEqual({ value: 'RUSTFLAGS', origin: 'input' });
  });

  it('cannot be widened by the config file', async () => {
    const cwd = checkout();
    writeFileSync(
      path.join(cwd, '.github', 'copybook-bench.toml'),
      'audit-variables = ["SLACK_WEBHOOK", "LICENSE_CODE"]\n'
    );
    await expect(runWith(cwd, {})).rejects.toThrow(
      '.github/copybook-bench.toml: "audit-variables" cannot be set in the config file: a pull request controls that file. Set the action\'s audit-variables input (or --audit-variables) instead.'
    );
  });
});
