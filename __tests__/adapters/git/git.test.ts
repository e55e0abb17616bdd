// The paired run's git adapter with real git in throwaway repositories: the commands it runs (an
// argument array behind `-c safe.bareRepository=explicit`, no prompt, no credentials), the checkout
// and the commit it finds, the worktree it adds, reuses and cleans, and the lines it fails with.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { checkoutRoot, resolveCommit } from '../../../src/adapters/git/checkout.js';
import { CheckoutError, type GitOptions, GitTimeout, gitRunner } from '../../../src/adapters/git/git.js';
import { checkOutWorktree } from '../../../src/adapters/git/paired-worktree.js';
import { type ProgramOptions, type RunProgram, runProgram } from '../../../src/adapters/program.js';
import { pairedLayout } from '../../../src/core/runner/paired-layout.js';
import { commitAll, git, initRepo } from '../../helpers/paired-repo.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'git-adapter-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const options: GitOptions = {
  env: {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GITHUB_TOKEN: 'ghs_gitAdapterSecret0123456789abcdefghij'
  },
  timeoutMs: () => 60_000
};

/** runProgram, with every call it was given kept. */
function recordingRun(): RunProgram & {
  calls: { command: string; args: readonly string[]; options: ProgramOptions }[];
} {
  const calls: { command: string; args: readonly string[]; options: ProgramOptions }[] = [];
  const run = (command: string, args: readonly string[], runOptions: ProgramOptions) => {
    calls.push({ command, args, options: runOptions });
    return runProgram(command, args, { ...runOptions, now: Date.now });
  };
  return Object.assign(run, { calls });
}

let count = 0;
/** A repository with two commits; the first and the second. */
function twoCommits(): { repo: string; first: string; second: string } {
  const repo = path.join(scratch, `repo-${++count}`);
  initRepo(repo);
  writeFileSync(path.join(repo, 'a.txt'), 'first\n');
  const first = commitAll(repo, 'first');
  writeFileSync(path.join(repo, 'a.txt'), 'second\n');
  const second = commitAll(repo, 'second');
  return { repo, first, second };
}

describe('gitRunner', () => {
  it('runs git with an argument array, no prompt, no bare repository config and no credentials', async () => {
    const { repo } = twoCommits();
    const run = recordingRun();
    expect(await gitRunner(run, options).output(['rev-parse', '--show-toplevel'], repo)).toBe(`${repo}\n`);
    const [call] = run.calls;
    expect(call?.command).toBe('git');
    expect(call?.args).toEqual(['-c', 'safe.bareRepository=explicit', 'rev-parse', '--show-toplevel']);
    expect(call?.options.env.GIT_TERMINAL_PROMPT).toBe('0');
    expect(call?.options.env.GITHUB_TOKEN).toBeUndefined();
    expect(call?.options.timeoutMs).toBe(60_000);
  });

  it('names the command, the folder and the cause when git fails, and the command when it ran out of time', async () => {
    const { repo } = twoCommits();
    const git = gitRunner(recordingRun(), options);
    await expect(git.output(['worktree', 'remove', 'nowhere'], repo)).rejects.toThrow(
      new CheckoutError(
        `git worktree remove nowhere failed in ${repo}: fatal: 'nowhere' is not a working tree`
      )
    );
    const stopped: RunProgram = async () => ({
      exitCode: null,
      stdout: '',
      stderr: '',
      timedOut: true,
      error: null
    });
    const error = await gitRunner(stopped, options)
      .run(['fetch', 'origin'], repo)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitTimeout);
    expect((error as GitTimeout).command).toBe('git fetch');
  });
});

describe('checkoutRoot and resolveCommit', () => {
  it('finds the checkout of a folder inside it, and the full sha of a branch, a short sha and a tag', async () => {
    const { repo, first, second } = twoCommits();
    git(repo, 'tag', 'v1', first);
    mkdirSync(path.join(repo, 'crates'));
    const runner = gitRunner(recordingRun(), options);
    expect(await checkoutRoot(path.join(repo, 'crates'), runner)).toBe(repo);
    expect(await resolveCommit('main', repo, runner)).toBe(second);
    expect(await resolveCommit(first.slice(0, 10), repo, runner)).toBe(first);
    expect(await resolveCommit('v1', repo, runner)).toBe(first);
  });

  it('fails with the fix for a folder outside a checkout and a revision a full checkout lacks', async () => {
    const { repo } = twoCommits();
    const plain = path.join(scratch, `plain-${++count}`);
    mkdirSync(plain);
    const runner = gitRunner(recordingRun(), {
      ...options,
      env: { ...options.env, GIT_CEILING_DIRECTORIES: scratch }
    });
    await expect(checkoutRoot(plain, runner)).rejects.toThrow(
      new RegExp(`^working-directory ${plain} is not in a git checkout \\(fatal: not a git repository`)
    );
    await expect(resolveCommit('v9', repo, runner)).rejects.toThrow(
      new CheckoutError(
        `the revision to pair with, v9, is not in the checkout at ${repo}: name a commit, branch or tag it has`
      )
    );
  });
});

describe('checkOutWorktree', () => {
  it('adds the worktree, then reuses it reset and cleaned, and removes the one of another commit', async () => {
    const { repo, first, second } = twoCommits();
    const runner = gitRunner(recordingRun(), options);
    const at = (commit: string) => ({
      workspace: repo,
      root: repo,
      layout: pairedLayout(repo, commit),
      commit
    });

    expect(await checkOutWorktree(at(first), runner)).toBe(false);
    const { worktree } = at(first).layout;
    expect(git(worktree, 'rev-parse', 'HEAD')).toBe(first);
    writeFileSync(path.join(worktree, 'a.txt'), 'changed by a build\n');
    writeFileSync(path.join(worktree, 'left.txt'), 'left by a build\n');

    expect(await checkOutWorktree(at(first), runner)).toBe(true);
    expect(git(worktree, 'status', '--porcelain', '--ignored')).toBe('');
    expect(existsSync(path.join(worktree, 'left.txt'))).toBe(false);

    expect(await checkOutWorktree(at(second), runner)).toBe(false);
    expect(existsSync(worktree)).toBe(false);
    expect(readdirSync(at(second).layout.pairedFolder)).toEqual([second.slice(0, 12)]);
    expect(git(repo, 'worktree', 'list', '--porcelain')).not.toContain(first.slice(0, 12));
  });

  it('refuses files the checkout has under the action folder, before anything is written', async () => {
    const { repo, first } = twoCommits();
    mkdirSync(path.join(repo, '.copybook-bench'));
    writeFileSync(path.join(repo, '.copybook-bench', 'planted.txt'), 'the pull request\n');
    commitAll(repo, 'plant');
    const layout = pairedLayout(repo, first);
    await expect(
      checkOutWorktree(
        { workspace: repo, root: repo, layout, commit: first },
        gitRunner(recordingRun(), options)
      )
    ).rejects.toThrow(
      /^the checkout has 1 file under \.copybook-bench\/ \(\.copybook-bench\/planted\.txt\); /
    );
    expect(existsSync(layout.pairedFolder)).toBe(false);
  });
});
