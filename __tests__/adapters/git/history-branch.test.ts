// The data branch's git with real git against local bare repositories: the orphan branch of the
// first record, the second record's file, a rerun that adds nothing, pruning as a commit of its own,
// eight writers at once that all land, finding a base commit's records, and a token that reaches git
// only as a header of an https remote, never an argument, a config file, a reason or a log.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  HISTORY_IDENTITY,
  type HistoryRemote,
  type HistorySetup,
  realHistory
} from '../../../src/adapters/git/history-branch.js';
import { type ProgramOptions, type RunProgram, runProgram } from '../../../src/adapters/program.js';
import { recordPath } from '../../../src/core/history/layout.js';
import {
  bareRepo,
  branchFile,
  branchFiles,
  branchLog,
  gitIn,
  historyRecordOf,
  sha
} from '../../helpers/history-records.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'history-branch-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOKEN = 'ghs_historyBranchSecret0123456789abcdefgh';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const BRANCH = 'copybook-bench-data';
const OPTIONS = {
  max: 0,
  repositoryUrl: 'https://github.com/octo-org/copybook-rs',
  generatedAt: '2026-12-07T12:00:00.000Z'
};

interface Call {
  args: readonly string[];
  options: ProgramOptions;
  /** `.git/config` of the folder git ran in, right after it ran (when there was one). */
  config: string | null;
}

/** runProgram, keeping every call and the config git left in its folder. */
function recordingRun(): RunProgram & { calls: Call[] } {
  const calls: Call[] = [];
  const run = async (command: string, args: readonly string[], options: ProgramOptions) => {
    const result = await runProgram(command, args, { ...options, now: Date.now });
    const file = path.join(options.cwd, '.git', 'config');
    calls.push({ args, options, config: existsSync(file) ? readFileSync(file, 'utf8') : null });
    return result;
  };
  return Object.assign(run, { calls });
}

let count = 0;
function setup(overrides: Partial<HistorySetup> = {}): HistorySetup {
  const tempRoot = path.join(scratch, `temp-${++count}`);
  return {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? scratch,
      'INPUT_GITHUB-TOKEN': TOKEN,
      GITHUB_TOKEN: TOKEN,
      GIT_AUTHOR_NAME: 'Someone Else',
      GIT_DIR: '/nowhere'
    },
    tempRoot,
    random: () => 0.5,
    retry: { attempts: 12, baseMs: 10, capMs: 200 },
    ...overrides
  };
}

const remoteOf = (url: string, token: string | null = null): HistoryRemote => ({
  url,
  branch: BRANCH,
  token
});
const newBare = (): string => bareRepo(path.join(scratch, `remote-${++count}.git`));

describe('realHistory append', () => {
  it('starts an orphan branch with the record and the dashboard, then adds a file per commit', async () => {
    const bare = newBare();
    const own = setup();
    const history = realHistory(recordingRun(), own);
    const first = historyRecordOf(sha('a', 1), '2026-12-01T10:00:00Z');
    const added = await history.append(remoteOf(bare), first, OPTIONS);
    expect(added).toEqual({ ok: true, added: true, path: recordPath(first), attempts: 1, pruned: [] });
    expect(branchFiles(bare, BRANCH)).toEqual([
      '.nojekyll',
      'data.js',
      `data/copybook-bench/default/Linux/20261201T100000Z-${sha('a', 1)}.json`,
      'index.html'
    ]);
    expect(branchLog(bare, BRANCH)).toEqual([
      {
        subject: `Add ${recordPath(first)}`,
        author: `${HISTORY_IDENTITY.name} <${HISTORY_IDENTITY.email}>`,
        parents: 0
      }
    ]);
    expect(JSON.parse(branchFile(bare, BRANCH, recordPath(first)))).toEqual(first);

    const second = historyRecordOf(sha('b', 2), '2026-12-02T10:00:00Z');
    expect(await history.append(remoteOf(bare), second, OPTIONS)).toMatchObject({
      ok: true,
      added: true,
      attempts: 1
    });
    expect(branchFiles(bare, BRANCH).filter((f) => f.startsWith('data/'))).toEqual([
      recordPath(first),
      recordPath(second)
    ]);
    const data = branchFile(bare, BRANCH, 'data.js');
    expect(data).toContain(sha('a', 1));
    expect(data).toContain(sha('b', 2));
    expect(data).toContain('"repository_url":"https://github.com/octo-org/copybook-rs"');
    expect(branchLog(bare, BRANCH).map((c) => c.parents)).toEqual([1, 0]);
    // Nothing is left behind in the temp folder.
    expect(readdirSync(own.tempRoot)).toEqual([]);
  });

  it('adds nothing for a commit the slot already holds (a rerun), and pushes nothing', async () => {
    const bare = newBare();
    const history = realHistory(recordingRun(), setup());
    const record = historyRecordOf(sha('c', 3), '2026-12-01T10:00:00Z');
    await history.append(remoteOf(bare), record, OPTIONS);
    const tip = gitIn(bare, 'rev-parse', `refs/heads/${BRANCH}`);
    const rerun = { ...record, timestamp: '2026-12-01T11:00:00Z', run_id: '4243' };
    expect(await history.append(remoteOf(bare), rerun, OPTIONS)).toEqual({
      ok: true,
      added: false,
      path: recordPath(record),
      attempts: 0,
      pruned: []
    });
    expect(gitIn(bare, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(tip);
  });

  it('prunes the slot to history-max in a commit of its own, other slots untouched', async () => {
    const bare = newBare();
    const history = realHistory(recordingRun(), setup());
    const other = historyRecordOf(sha('0', 9), '2026-11-01T10:00:00Z', { testbed: 'arm' });
    await history.append(remoteOf(bare), other, { ...OPTIONS, max: 2 });
    const records = [1, 2, 3].map((n) => historyRecordOf(sha('d', n), `2026-12-0${n}T10:00:00Z`));
    const results = [];
    for (const r of records) results.push(await history.append(remoteOf(bare), r, { ...OPTIONS, max: 2 }));
    expect(results.map((r) => (r.ok ? r.pruned : r.reason))).toEqual([
      [],
      [],
      [recordPath(records[0] as never)]
    ]);
    expect(branchFiles(bare, BRANCH).filter((f) => f.startsWith('data/'))).toEqual(
      [recordPath(other), recordPath(records[1] as never), recordPath(records[2] as never)].sort()
    );
    const [prune, add] = branchLog(bare, BRANCH);
    expect(prune?.subject).toBe('Prune data/copybook-bench/default/Linux: keep the newest 2');
    expect(add?.subject).toBe(`Add ${recordPath(records[2] as never)}`);
    // The prune commit removes the record and refreshes the dashboard, nothing else.
    expect(
      gitIn(bare, 'diff', '--name-status', `refs/heads/${BRANCH}~1`, `refs/heads/${BRANCH}`).split('\n')
    ).toEqual(['M\tdata.js', `D\t${recordPath(records[0] as never)}`]);
    expect(branchFile(bare, BRANCH, 'data.js')).not.toContain(sha('d', 1));
  });

  it('lands eight writers at once (two testbeds × four commits): eight files, none lost or doubled', async () => {
    const bare = newBare();
    const records = ['x64', 'arm'].flatMap((testbed) =>
      [1, 2, 3, 4].map((n) => historyRecordOf(sha('e', n), `2026-12-0${n}T10:00:00Z`, { testbed }))
    );
    const results = await Promise.all(
      records.map((r) =>
        realHistory(recordingRun(), setup({ random: Math.random })).append(remoteOf(bare), r, OPTIONS)
      )
    );
    expect(results.map((r) => r.ok && r.added)).toEqual(records.map(() => true));
    // Some had to try again: the push of a writer that lost the race was rebuilt on the new tip.
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    const files = branchFiles(bare, BRANCH).filter((f) => f.startsWith('data/'));
    expect(files).toEqual(records.map(recordPath).sort());
    const data = branchFile(bare, BRANCH, 'data.js');
    const parsed = JSON.parse(data.replace(/^window\.COPYBOOK_BENCH_DATA = /, '').replace(/;\n?$/, '')) as {
      slots: { testbed: string; commits: { sha: string }[] }[];
    };
    expect(parsed.slots.map((s) => [s.testbed, s.commits.map((c) => c.sha)])).toEqual([
      ['arm', [1, 2, 3, 4].map((n) => sha('e', n))],
      ['x64', [1, 2, 3, 4].map((n) => sha('e', n))]
    ]);
  });
});

describe('realHistory find', () => {
  it("returns the slot's records of the commits asked for, and says which files are not records", async () => {
    const bare = newBare();
    const history = realHistory(recordingRun(), setup());
    expect(
      await history.find(remoteOf(bare), { name: 'copybook-bench', testbed: 'default', os: 'Linux' }, [
        sha('f', 1)
      ])
    ).toEqual({
      ok: true,
      records: [],
      problems: []
    });
    const records = [1, 2, 3].map((n) => historyRecordOf(sha('f', n), `2026-12-0${n}T10:00:00Z`));
    for (const r of records) await history.append(remoteOf(bare), r, OPTIONS);
    await history.append(
      remoteOf(bare),
      historyRecordOf(sha('f', 1), '2026-12-01T10:00:00Z', { os: 'macOS' }),
      OPTIONS
    );
    // A file named like a record of commit f…4 that is none, pushed by someone else.
    const clone = path.join(scratch, `clone-${++count}`);
    gitIn(scratch, 'clone', '--quiet', '--branch', BRANCH, bare, clone);
    const bogus = `data/copybook-bench/default/Linux/20261204T100000Z-${sha('f', 4)}.json`;
    writeFileSync(path.join(clone, ...bogus.split('/')), '{"schema_version":"1.0"}');
    gitIn(clone, 'add', '--all');
    gitIn(clone, 'commit', '--quiet', '-m', 'bogus');
    gitIn(clone, 'push', '--quiet', 'origin', BRANCH);

    const found = await history.find(
      remoteOf(bare),
      { name: 'copybook-bench', testbed: 'default', os: 'Linux' },
      [sha('f', 1), sha('f', 3), sha('f', 4), sha('9', 9)]
    );
    expect(found.ok && found.records).toEqual([records[0], records[2]]);
    expect(found.ok && found.problems).toEqual([
      expect.stringContaining(`${bogus} does not match schema/history-record.schema.json`)
    ]);
  });

  it('fails with the command and its cause when the remote is not there', async () => {
    const history = realHistory(recordingRun(), setup());
    const missing = path.join(scratch, 'no-such-remote.git');
    const found = await history.find(remoteOf(missing), { name: 'n', testbed: 't', os: 'o' }, []);
    expect(found).toEqual({
      ok: false,
      reason: expect.stringMatching(/^git ls-remote --heads -- failed: .+/)
    });
    const appended = await history.append(
      remoteOf('--upload-pack=touch /tmp/x'),
      historyRecordOf(sha('1'), '2026-12-01T10:00:00Z'),
      OPTIONS
    );
    expect(appended).toEqual({
      ok: false,
      reason: expect.stringContaining('is no URL or path'),
      attempts: 0
    });
  });
});

/** An https URL of a local port nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `https://127.0.0.1:${port}/octo-org/copybook-rs.git`;
}

describe('the token', () => {
  it('reaches git only as the https header in its environment: no argument, config, reason or other secret', async () => {
    const run = recordingRun();
    const url = await closedPortUrl();
    const history = realHistory(run, setup());
    const result = await history.append(
      remoteOf(url, TOKEN),
      historyRecordOf(sha('2'), '2026-12-01T10:00:00Z'),
      OPTIONS
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^git ls-remote --heads -- failed: .*127\.0\.0\.1/),
      attempts: 1
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(JSON.stringify(result)).not.toContain(BASIC);
    expect(run.calls.length).toBeGreaterThan(0);
    for (const call of run.calls) {
      expect(call.args.join(' ')).not.toContain(TOKEN);
      expect(call.args.join(' ')).not.toContain(BASIC);
      expect(call.config ?? '').not.toContain(BASIC);
      const { env } = call.options;
      expect(env.GIT_CONFIG_KEY_0).toBe(`http.${new URL(url).origin}/.extraheader`);
      expect(env.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: basic ${BASIC}`);
      expect(Object.entries(env).filter(([, v]) => v?.includes(TOKEN))).toEqual([]);
      expect(env).toMatchObject({
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: HISTORY_IDENTITY.name
      });
      expect(env.GIT_DIR).toBeUndefined();
    }
  });

  it('is not sent to a remote that is no https URL, and is in no config git wrote', async () => {
    const run = recordingRun();
    const bare = newBare();
    const history = realHistory(run, setup());
    const result = await history.append(
      remoteOf(bare, TOKEN),
      historyRecordOf(sha('3'), '2026-12-01T10:00:00Z'),
      OPTIONS
    );
    expect(result).toMatchObject({ ok: true, added: true });
    for (const call of run.calls) {
      expect(Object.keys(call.options.env).filter((k) => k.startsWith('GIT_CONFIG_KEY'))).toEqual([]);
      expect(JSON.stringify(call)).not.toContain(TOKEN);
    }
    expect(readFileSync(path.join(bare, 'config'), 'utf8')).not.toContain(BASIC);
  });
});

describe('realHistory in the checkout', () => {
  it('gives origin without a user or password, and the first tag on a commit', async () => {
    const repo = path.join(scratch, `checkout-${++count}`);
    mkdirSync(repo);
    gitIn(repo, 'init', '--quiet');
    writeFileSync(path.join(repo, 'a.txt'), 'a\n');
    gitIn(repo, 'add', '--all');
    gitIn(repo, 'commit', '--quiet', '-m', 'a');
    const head = gitIn(repo, 'rev-parse', 'HEAD');
    const history = realHistory(recordingRun(), setup());
    expect(await history.originUrl(repo)).toBeNull();
    expect(await history.releaseTag(repo, head)).toBeNull();
    gitIn(
      repo,
      'remote',
      'add',
      'origin',
      `https://x-access-token:${TOKEN}@github.com/octo-org/copybook-rs.git`
    );
    expect(await history.originUrl(repo)).toBe('https://github.com/octo-org/copybook-rs.git');
    gitIn(repo, 'tag', 'v1.2.0');
    gitIn(repo, 'tag', 'v1.10.0');
    expect(await history.releaseTag(repo, head)).toBe('v1.10.0');
    expect(await history.releaseTag(repo, '--contains')).toBeNull();
    expect(await history.originUrl(path.join(scratch, 'not-a-checkout'))).toBeNull();
  });
});
