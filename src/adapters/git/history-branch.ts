// The data branch through the git CLI (history: branch). Every call works in a folder of its own,
// fetches the branch's tip only (files are only ever added, so history is not needed), and pushes
// without force: a writer that lost the race to another fetches the new tip, adds its record there
// again and retries after a growing, randomized wait. git gets an environment of its own: no system
// or global config, the bot's identity, no prompt, none of the job's credentials; the token, when
// there is one, only as an https Authorization header in GIT_CONFIG_* variables.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BaselineSlot } from '../../core/baseline/store-naming.js';
import { childEnv } from '../../core/child-env.js';
import { messageOf } from '../../core/errors.js';
import { parseRecordFileName, slotFolder } from '../../core/history/layout.js';
import { type HistoryRecord, parseHistoryRecord, slotOfRecord } from '../../core/history/record.js';
import {
  authorizationHeader,
  headerScope,
  isLostRace,
  PUSH_RETRY,
  type RetryPolicy,
  retryDelayMs,
  withoutCredentials
} from '../../core/history/remote.js';
import { lastLines } from '../../core/runner/failure.js';
import { FILE_CAPS } from '../fs/confined.js';
import { addRecord, pruneSlot, writeDashboard } from '../history/tree.js';
import type { ProgramResult, RunProgram } from '../program.js';

/** Where the data branch is and how to reach it. */
export interface HistoryRemote {
  /** A URL or path git fetches from and pushes to; it never holds a credential. */
  url: string;
  branch: string;
  /** Sent to git as an `Authorization` header (never in a URL, an argument or the log); null: none. */
  token: string | null;
}

export type HistoryAppendResult =
  | {
      ok: true;
      /** False when the branch already held a record of this commit for the slot (nothing to add). */
      added: boolean;
      /** The record's path in the branch, `/`-separated. */
      path: string;
      /** How many pushes it took (a rejected push is fetched, rebased and retried). */
      attempts: number;
      /** The records the retention removed, in a commit of their own. */
      pruned: string[];
    }
  | { ok: false; reason: string; attempts: number };

export type HistoryFindResult =
  | { ok: true; records: HistoryRecord[]; problems: string[] }
  | { ok: false; reason: string };

/** The data branch (`history: branch`), through the git CLI with argument arrays. */
export interface HistoryPort {
  /** The checkout's `origin` URL with any user or password removed; null when there is none. */
  originUrl(workspace: string): Promise<string | null>;
  /** A tag pointing at `commit` in the checkout (a release), or null. */
  releaseTag(workspace: string, commit: string): Promise<string | null>;
  /**
   * Adds the record (creating the branch as an orphan on first use), prunes the slot to `max` in a
   * commit of its own (0: never), regenerates the dashboard and pushes; a rejected push is fetched,
   * rebased and retried with back-off.
   */
  append(
    remote: HistoryRemote,
    record: HistoryRecord,
    options: { max: number; repositoryUrl: string | null; generatedAt: string }
  ): Promise<HistoryAppendResult>;
  /** The slot's records of these commits as the branch holds them now (none when it does not exist). */
  find(remote: HistoryRemote, slot: BaselineSlot, commits: readonly string[]): Promise<HistoryFindResult>;
}

/** What the data branch's git needs from the run. */
export interface HistorySetup {
  /** The environment git starts from (the job's credentials are withheld from it). */
  env: NodeJS.ProcessEnv;
  /** Where each call makes its folder (the runner's temp folder, else the system's). */
  tempRoot: string;
  /** A number in [0, 1): the randomized part of the wait before a retried push. */
  random: () => number;
  /** Waits `ms` (tests shorten the waits through `retry` instead). */
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  /** Each git command is stopped after this many ms. */
  timeoutMs?: number;
}

/** The commits' author and committer, whatever the machine's or the environment's git says. */
export const HISTORY_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
};

const GIT_TIMEOUT_MS = 5 * 60_000;

/** A failed git command: its words (never the remote's URL's credentials; there are none) and cause. */
export class HistoryGitError extends Error {
  override name = 'HistoryGitError';
}

/** git in one folder tree, with the data branch's environment. */
export interface HistoryGit {
  run(args: readonly string[], cwd: string): Promise<ProgramResult>;
  /** stdout; throws HistoryGitError naming the command and git's last stderr line. */
  ok(args: readonly string[], cwd: string): Promise<string>;
  /** The branch's tip on the remote, or null when the branch does not exist there. */
  tip(remote: HistoryRemote, cwd: string): Promise<string | null>;
  /** Fetches the branch's tip (depth 1) as `refs/remotes/data/tip`. */
  fetchTip(remote: HistoryRemote, cwd: string): Promise<void>;
}

// No tag, no hook, no symlink from the branch (a symlink checked out as a file cannot lead a write
// out of the folder), bytes as they are on every OS, no background maintenance.
const SAFE_CONFIG = [
  'core.symlinks=false',
  'core.autocrlf=false',
  'core.hooksPath=',
  'gc.auto=0',
  'maintenance.auto=false',
  'advice.detachedHead=false',
  'init.defaultBranch=history',
  'commit.gpgsign=false'
].flatMap((entry) => ['-c', entry]);

/**
 * The environment of the data branch's git: the run's, less the job's credentials and every GIT_*
 * variable it had; no system or global config (`emptyConfig`, an empty file), the bot's identity,
 * no prompt, English messages (a lost race is told by them); with a token and an https remote, the
 * Authorization header for that host, as a config entry git reads from its environment.
 */
export function historyGitEnv(
  base: NodeJS.ProcessEnv,
  emptyConfig: string,
  remote: Pick<HistoryRemote, 'url' | 'token'> | null
): Record<string, string> {
  const scope = remote?.token ? headerScope(remote.url) : null;
  const header: Record<string, string> =
    remote?.token && scope
      ? {
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: `http.${scope}.extraheader`,
          GIT_CONFIG_VALUE_0: authorizationHeader(remote.token)
        }
      : {};
  return childEnv(
    {
      GIT_TERMINAL_PROMPT: '0',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: emptyConfig,
      GIT_AUTHOR_NAME: HISTORY_IDENTITY.name,
      GIT_AUTHOR_EMAIL: HISTORY_IDENTITY.email,
      GIT_COMMITTER_NAME: HISTORY_IDENTITY.name,
      GIT_COMMITTER_EMAIL: HISTORY_IDENTITY.email,
      LC_ALL: 'C',
      LANGUAGE: 'C',
      ...header
    },
    withoutGitVariables(base)
  );
}

/** `env` without GIT_DIR, GIT_CONFIG_* and the like: only what this module sets steers git. */
const withoutGitVariables = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !/^GIT_/i.test(name)));

/** `text` without the token, in any form git or this module could show it. */
function scrubbed(text: string, token: string | null): string {
  if (!token) return text;
  const header = authorizationHeader(token);
  const forms = [header, header.slice('AUTHORIZATION: basic '.length), token];
  return forms.reduce((out, form) => out.split(form).join('***'), text);
}

/**
 * What the remote said: a push's reason (a denied permission, a protected branch) comes in `remote:`
 * and `! [remote rejected]` lines, before git's closing "failed to push some refs".
 */
function remoteSaid(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim());
  const said = lines.filter((line) => /^remote: \S|^! \[/.test(line)).slice(-2);
  return said.join(' ');
}

/** Why a git command failed, in one line: its first words, what the remote said and git's last stderr line. */
function gitFailure(args: readonly string[], result: ProgramResult, token: string | null): string {
  const words = args.filter((arg) => !arg.includes('://') && !path.isAbsolute(arg)).slice(0, 3);
  const last = lastLines(result.stderr, 1).trim();
  const said = remoteSaid(result.stderr);
  const cause = result.timedOut
    ? 'it did not finish in time and was stopped'
    : (result.error ?? ([said, last].filter(Boolean).join(' ') || `exit code ${result.exitCode}`));
  return scrubbed(`git ${words.join(' ')} failed: ${cause}`, token);
}

function historyGit(
  run: RunProgram,
  setup: HistorySetup,
  env: Record<string, string>,
  token: string | null
): HistoryGit {
  const timeoutMs = setup.timeoutMs ?? GIT_TIMEOUT_MS;
  const git: HistoryGit = {
    run: (args, cwd) => run('git', [...SAFE_CONFIG, ...args], { cwd, env, timeoutMs }),
    async ok(args, cwd) {
      const result = await git.run(args, cwd);
      if (result.exitCode !== 0) throw new HistoryGitError(gitFailure(args, result, token));
      return result.stdout;
    },
    async tip(remote, cwd) {
      const out = await git.ok(
        ['ls-remote', '--heads', '--', remote.url, `refs/heads/${remote.branch}`],
        cwd
      );
      const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${remote.branch}`));
      return line ? (line.split('\t')[0] ?? null) : null;
    },
    async fetchTip(remote, cwd) {
      await git.ok(
        [
          'fetch',
          '--quiet',
          '--depth=1',
          '--no-tags',
          '--',
          remote.url,
          `+refs/heads/${remote.branch}:refs/remotes/data/tip`
        ],
        cwd
      );
    }
  };
  return git;
}

/** Why git may not be pointed at this remote, or null: an option in disguise, or no branch. */
function remoteProblem(remote: HistoryRemote): string | null {
  if (remote.url === '' || remote.url.startsWith('-'))
    return `the data branch's repository ${JSON.stringify(remote.url)} is no URL or path`;
  if (remote.branch === '' || remote.branch.startsWith('-'))
    return `${JSON.stringify(remote.branch)} is no branch name`;
  return null;
}

/** The data branch through git run by `run`. */
export function realHistory(run: RunProgram, setup: HistorySetup): HistoryPort {
  const sleep = setup.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  /** A fresh folder with an empty config file, git for `remote` in it, removed afterwards. */
  const session = async <T>(
    remote: HistoryRemote | null,
    use: (git: HistoryGit, root: string) => Promise<T>
  ): Promise<T> => {
    await mkdir(setup.tempRoot, { recursive: true });
    const root = await mkdtemp(path.join(setup.tempRoot, 'copybook-history-'));
    try {
      const emptyConfig = path.join(root, 'empty.gitconfig');
      await writeFile(emptyConfig, '');
      const env = historyGitEnv(setup.env, emptyConfig, remote);
      return await use(historyGit(run, setup, env, remote?.token ?? null), root);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  };
  /** git in the checkout, as the paired run runs it: the job's config, no credentials, no prompt. */
  const inCheckout = (args: readonly string[], workspace: string): Promise<ProgramResult> =>
    run('git', ['-c', 'safe.bareRepository=explicit', '-C', workspace, ...args], {
      cwd: workspace,
      env: childEnv({ GIT_TERMINAL_PROMPT: '0' }, withoutGitVariables(setup.env)),
      timeoutMs: 60_000
    });
  return {
    async originUrl(workspace) {
      const result = await inCheckout(['remote', 'get-url', 'origin'], workspace);
      const url = result.stdout.trim();
      return result.exitCode === 0 && url !== '' ? withoutCredentials(url) : null;
    },
    async releaseTag(workspace, commit) {
      if (!/^[0-9a-f]{7,64}$/.test(commit)) return null;
      const result = await inCheckout(['tag', '--sort=refname', `--points-at=${commit}`], workspace);
      const tag = result.exitCode === 0 ? result.stdout.split('\n').find((t) => t.trim() !== '') : undefined;
      return tag?.trim() ?? null;
    },
    async append(remote, record, options) {
      const problem = remoteProblem(remote);
      if (problem) return { ok: false, reason: problem, attempts: 0 };
      const retry = setup.retry ?? PUSH_RETRY;
      return session(remote, async (git, root) => {
        let lost = '';
        for (let attempt = 1; attempt <= retry.attempts; attempt++) {
          if (attempt > 1) await sleep(retryDelayMs(attempt - 1, retry, setup.random()));
          let step: AppendStep;
          try {
            step = await appendOnce(git, path.join(root, `attempt-${attempt}`), remote, record, options);
          } catch (error) {
            return { ok: false, reason: scrubbed(messageOf(error), remote.token), attempts: attempt };
          }
          if (step.kind === 'lost') {
            lost = scrubbed(step.reason, remote.token);
            continue;
          }
          // A record found already there was pushed by nobody this time.
          const attempts = step.added ? attempt : attempt - 1;
          return { ok: true, added: step.added, path: step.path, attempts, pruned: step.pruned };
        }
        return {
          ok: false,
          reason: `the push to ${remote.branch} lost to other writers ${retry.attempts} times: ${lost}`,
          attempts: retry.attempts
        };
      });
    },
    async find(remote, slot, commits) {
      const problem = remoteProblem(remote);
      if (problem) return { ok: false, reason: problem };
      return session(remote, async (git, root) => {
        try {
          return await findIn(git, root, remote, slot, commits);
        } catch (error) {
          return { ok: false, reason: scrubbed(messageOf(error), remote.token) };
        }
      });
    }
  };
}

/** The slot's records of `commits` at the branch's tip; a file that is not one is a problem. */
async function findIn(
  git: HistoryGit,
  dir: string,
  remote: HistoryRemote,
  slot: BaselineSlot,
  commits: readonly string[]
): Promise<HistoryFindResult> {
  await git.ok(['init', '--quiet'], dir);
  if ((await git.tip(remote, dir)) === null) return { ok: true, records: [], problems: [] };
  await git.fetchTip(remote, dir);
  const folder = slotFolder(slot);
  const listing = await git.ok(
    ['ls-tree', '-z', '--full-tree', 'refs/remotes/data/tip', '--', `${folder}/`],
    dir
  );
  const wanted = new Set(commits);
  const records: HistoryRecord[] = [];
  const problems: string[] = [];
  for (const entry of listing.split('\0')) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match) continue;
    const [, mode, type, object, file] = match as unknown as [string, string, string, string, string];
    const name = parseRecordFileName(path.posix.basename(file));
    if (!name || !wanted.has(name.commit)) continue;
    if (type !== 'blob' || !/^100(644|755)$/.test(mode)) {
      problems.push(`${file} is not a regular file`);
      continue;
    }
    const size = Number((await git.ok(['cat-file', '-s', object], dir)).trim());
    if (!(size <= FILE_CAPS.historyRecord)) {
      problems.push(`${file} is larger than ${FILE_CAPS.historyRecord} bytes`);
      continue;
    }
    const parsed = parseHistoryRecord(await git.ok(['cat-file', 'blob', object], dir), file);
    const mismatch = parsed.ok ? misplaced(parsed.record, slot, name.commit, file) : parsed.reason;
    if (mismatch) problems.push(mismatch);
    else if (parsed.ok) records.push(parsed.record);
  }
  return { ok: true, records, problems };
}

/** Why a record does not belong where it lies (another slot's, another commit's), or null. */
function misplaced(record: HistoryRecord, slot: BaselineSlot, commit: string, file: string): string | null {
  const own = slotOfRecord(record);
  if (own.name !== slot.name || own.testbed !== slot.testbed || own.os !== slot.os)
    return `${file} holds a record of another slot (${own.name}, ${own.testbed}, ${own.os})`;
  return record.commit === commit ? null : `${file} holds a record of commit ${record.commit}`;
}

/** One try at adding the record: done (pushed, or nothing to add), or lost to another writer. */
type AppendStep =
  | { kind: 'done'; added: boolean; path: string; pruned: string[] }
  | { kind: 'lost'; reason: string };

/**
 * On the branch's tip as it is now (an orphan when there is none): the record and the dashboard in
 * one commit, then the pruned records and the dashboard again in a second, so that every commit's
 * dashboard shows that commit's files; then the push.
 */
async function appendOnce(
  git: HistoryGit,
  dir: string,
  remote: HistoryRemote,
  record: HistoryRecord,
  options: { max: number; repositoryUrl: string | null; generatedAt: string }
): Promise<AppendStep> {
  await mkdir(dir);
  await git.ok(['init', '--quiet'], dir);
  if ((await git.tip(remote, dir)) !== null) {
    await git.fetchTip(remote, dir);
    await git.ok(['checkout', '--quiet', '--force', '-B', 'history', 'refs/remotes/data/tip'], dir);
  }
  const meta = { generatedAt: options.generatedAt, repositoryUrl: options.repositoryUrl };
  const added = await addRecord(dir, record);
  if (!added.added) return { kind: 'done', added: false, path: added.path, pruned: [] };
  const commit = async (message: string): Promise<void> => {
    await writeDashboard(dir, meta);
    await git.ok(['add', '--all', '--', '.'], dir);
    await git.ok(['commit', '--quiet', '--no-verify', '-m', message], dir);
  };
  await commit(`Add ${added.path}`);
  const pruned = await pruneSlot(dir, slotOfRecord(record), options.max);
  if (pruned.length > 0)
    await commit(`Prune ${slotFolder(slotOfRecord(record))}: keep the newest ${options.max}`);
  const push = await git.run(['push', '--quiet', '--', remote.url, `HEAD:refs/heads/${remote.branch}`], dir);
  if (push.exitCode === 0) return { kind: 'done', added: true, path: added.path, pruned };
  const reason = gitFailure(['push'], push, remote.token);
  if (push.exitCode !== null && isLostRace(push.stderr)) return { kind: 'lost', reason };
  throw new HistoryGitError(reason);
}
