// How two commits stand to each other, asked of real git in throwaway repositories: the merge base
// and the count between them; a shallow clone, an unknown commit or a revision that is not a sha
// has no answer.

import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { countCommits, mergeBase } from '../../../src/adapters/git/commits.js';
import { gitRunner } from '../../../src/adapters/git/git.js';
import { type RunProgram, runProgram } from '../../../src/adapters/program.js';
import { commitAll, git, initRepo } from '../../helpers/paired-repo.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'git-commits-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const calls: (readonly string[])[] = [];
const run: RunProgram = (command, args, options) => {
  calls.push(args);
  return runProgram(command, args, { ...options, now: Date.now });
};
const runner = gitRunner(run, {
  env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  timeoutMs: () => 60_000
});

/** main: root, m1, m2; feature branched at root with f1 checked out. */
function history(): { repo: string; root: string; m2: string; f1: string } {
  const repo = path.join(scratch, 'repo');
  initRepo(repo);
  const file = path.join(repo, 'a.txt');
  writeFileSync(file, 'root\n');
  const root = commitAll(repo, 'root');
  writeFileSync(file, 'm1\n');
  commitAll(repo, 'm1');
  writeFileSync(file, 'm2\n');
  const m2 = commitAll(repo, 'm2');
  git(repo, 'checkout', '--quiet', '-b', 'feature', root);
  writeFileSync(path.join(repo, 'b.txt'), 'f1\n');
  const f1 = commitAll(repo, 'f1');
  return { repo, root, m2, f1 };
}

const h = history();

describe('mergeBase', () => {
  it('finds where HEAD branched from the base', async () => {
    expect(await mergeBase('HEAD', h.m2, h.repo, runner)).toBe(h.root);
    expect(await mergeBase(h.f1, h.m2, h.repo, runner)).toBe(h.root);
  });

  it('has no answer for an unknown commit, outside a checkout, or for what is not a sha', async () => {
    expect(await mergeBase('HEAD', 'e'.repeat(40), h.repo, runner)).toBeNull();
    expect(await mergeBase('HEAD', h.m2, scratch, runner)).toBeNull();
    const before = calls.length;
    expect(await mergeBase('HEAD', '--all', h.repo, runner)).toBeNull();
    expect(await mergeBase('main', h.m2, h.repo, runner)).toBeNull();
    // Refused before git is run.
    expect(calls.length).toBe(before);
  });
});

describe('countCommits', () => {
  it('counts the commits the second has that the first lacks', async () => {
    expect(await countCommits(h.root, h.m2, h.repo, runner)).toBe(2);
    expect(await countCommits(h.m2, h.m2, h.repo, runner)).toBe(0);
    expect(await countCommits(h.f1, h.m2, h.repo, runner)).toBe(2);
    expect(await countCommits(h.m2, h.root, h.repo, runner)).toBe(0);
  });

  it('has no answer in a shallow clone, for an unknown commit or what is not a full sha', async () => {
    const shallow = path.join(scratch, 'shallow');
    git(scratch, 'clone', '--quiet', '--depth=1', '--branch=main', `file://${h.repo}`, shallow);
    expect(await countCommits(h.m2, h.m2, shallow, runner)).toBeNull();
    expect(await mergeBase('HEAD', h.root, shallow, runner)).toBeNull();
    expect(await countCommits('e'.repeat(40), h.m2, h.repo, runner)).toBeNull();
    expect(await countCommits(h.root.slice(0, 7), h.m2, h.repo, runner)).toBeNull();
  });
});
