// What the bundles spend at start-up. The service clients (Octokit, @actions/cache,
// @actions/artifact) are chunk files next to each bundle, loaded on first use: a copy of dist/
// without the files that carry them must still run the CLI's `--help`, an analysis with no token and
// no baseline, and the Action with neither. Each client is found by a string only its code carries,
// so a bundle that holds a client in index.js itself loses index.js here and fails. And no run
// compiles a JSON schema: the validators are compiled ahead of time.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, workspaceMaker, writeTree } from '../helpers/criterion-tree.js';

const CLIENT_MARKERS: Readonly<Record<string, string>> = {
  Octokit: 'octokit-core.js/',
  '@actions/cache': 'github.actions.results.api.v1.CacheService',
  '@actions/artifact': 'github.actions.results.api.v1.ArtifactService'
};

/** A message only ajv's schema compiler carries. */
const SCHEMA_COMPILER_MARKER = 'schema must be object or boolean';

const scratch = mkdtempSync(path.join(tmpdir(), 'startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dist = path.join(scratch, 'dist');
cpSync(path.join(REPO_ROOT, 'dist'), dist, { recursive: true });
const tree = path.join(scratch, 'criterion');
writeTree(tree, HEALTHY);

/** Deletes the .js files in `dir` that carry a client; returns their names, per client. */
function removeClients(dir: string): Record<string, string[]> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const holders = Object.fromEntries(
    Object.entries(CLIENT_MARKERS).map(([client, marker]) => [
      client,
      files.filter((name) => readFileSync(path.join(dir, name), 'utf8').includes(marker))
    ])
  );
  for (const names of Object.values(holders))
    for (const name of names) rmSync(path.join(dir, name), { force: true });
  return holders;
}

function expectChunksOnly(holders: Record<string, string[]>): void {
  for (const [client, names] of Object.entries(holders)) {
    // Found at all (else the marker is stale), and never in the bundle's entry file.
    expect({ client, found: names.length > 0 }).toEqual({ client, found: true });
    expect({ client, names }).toEqual({ client, names: names.filter((name) => name !== 'index.js') });
  }
}

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(dist, 'cli', 'index.js'), ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the service clients load only when used', () => {
  const cliClients = removeClients(path.join(dist, 'cli'));
  const actionClients = removeClients(dist);

  it('the CLI answers --help and analyzes without its client chunks', () => {
    expectChunksOnly(cliClients);
    const help = cli(['--help']);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage');

    const run = cli(['analyze', '--criterion-dir', tree, '--report-dir', 'out']);
    expect(run.stderr).not.toContain('copybook-bench: ');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(existsSync(path.join(scratch, 'out', 'perf.json'))).toBe(true);
  });

  it('the removed chunks are the clients: a PR comment needs them', () => {
    const run = cli(['analyze', '--criterion-dir', tree, '--report-dir', 'pr'], {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
      GITHUB_REPOSITORY: 'octo-org/copybook-rs',
      // Nothing listens there: the client must fail to load before any request.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_TOKEN: 'ghp_lazyClients0123456789abcdefghijklmno'
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot find module '[^']*\.index\.js'/);
  });

  it('the Action analyzes with no token and no event without its client chunks', async () => {
    expectChunksOnly(actionClients);
    const cwd = workspaceMaker(scratch).make();
    const run = await runAction({ run: 'false' }, { cwd, entry: path.join(dist, 'index.js') });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['report-path']).toBe(path.join(cwd, 'copybook-bench-report', 'perf.json'));
  });

  it('no file in dist/ carries a schema compiler', () => {
    const files = ['dist', path.join('dist', 'cli')].flatMap((dir) =>
      readdirSync(path.join(REPO_ROOT, dir))
        .filter((name) => name.endsWith('.js'))
        .map((name) => path.join(dir, name))
    );
    expect(files).toContain(path.join('dist', 'cli', 'index.js'));
    const compiling = files.filter((file) =>
      readFileSync(path.join(REPO_ROOT, file), 'utf8').includes(SCHEMA_COMPILER_MARKER)
    );
    expect(compiling).toEqual([]);
  });
});
