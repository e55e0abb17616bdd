// The paired run's folder (`.copybook-bench/` in the workspace) as a pull request can shape it: the
// checkout is the pull request's, so any part of that folder can arrive as a symlink out of the
// workspace, a file, a planted cargo config or committed files. Each must stop the paired run before
// anything is written or built there, with nothing changed outside the workspace. Real git, no cargo.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { type PairedRequest, runPaired } from '../../src/app/paired.js';
import { commitAll, git, initRepo } from '../helpers/paired-repo.js';
import { localPorts } from '../helpers/ports.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-folder-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A repository with one commit, the folder outside it that a symlink leads to, and that commit. */
function setup(): { repo: string; outside: string; head: string } {
  const n = ++count;
  const repo = path.join(scratch, `repo-${n}`);
  initRepo(repo);
  writeFileSync(path.join(repo, 'README.md'), 'a checkout\n');
  const head = commitAll(repo, 'first');
  const outside = path.join(scratch, `outside-${n}`);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'keep.txt'), 'outside the workspace\n');
  return { repo, outside, head };
}

function pair(repo: string, ref: string) {
  const request: PairedRequest = {
    workingDirectory: repo,
    workspace: repo,
    ref,
    packageName: 'copybook-bench',
    benches: ['decode'],
    cargoArgs: [],
    benchEnv: {},
    ids: null,
    rounds: 1,
    regressionThreshold: 0.05,
    noiseThreshold: 0.02,
    together: false,
    measurementSeconds: 1,
    warmUpSeconds: 1,
    timeoutMinutes: 2
  };
  // cargo is not on this PATH: a run that got past the folder checks would fail building, not here.
  return runPaired(
    request,
    localPorts({ PATH: '/usr/bin:/bin', GITHUB_TOKEN: 'ghs_folderTestSecret0123456789abcdef' })
  );
}

/** The paired run refused; the outside folder holds only what it held, and git has no new worktree. */
async function expectRefused(repo: string, outside: string, head: string, expected: string): Promise<void> {
  const run = await pair(repo, head);
  expect(run).toEqual({ ok: false, reason: expect.stringContaining(expected) });
  expect(run.ok ? '' : run.reason).toContain('the checkout may not shape it');
  expect(readdirSync(outside)).toEqual(['keep.txt']);
  expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('outside the workspace\n');
  expect(git(repo, 'worktree', 'list', '--porcelain')).not.toContain('.copybook-bench');
}

describe('a pull request that shapes .copybook-bench/', () => {
  it('cannot make the folder a symlink out of the workspace', async () => {
    const { repo, outside, head } = setup();
    symlinkSync(outside, path.join(repo, '.copybook-bench'));
    await expectRefused(
      repo,
      outside,
      head,
      `${path.join(repo, '.copybook-bench')} is a symlink (to ${outside})`
    );
  });

  it('cannot make the folder a symlink to another folder of the checkout', async () => {
    const { repo, outside, head } = setup();
    mkdirSync(path.join(repo, 'src'));
    symlinkSync('src', path.join(repo, '.copybook-bench'));
    await expectRefused(repo, outside, head, `${path.join(repo, '.copybook-bench')} is a symlink (to src)`);
    expect(readdirSync(path.join(repo, 'src'))).toEqual([]);
  });

  it('cannot make paired/, the target folder or the worktree a symlink', async () => {
    for (const part of ['paired', 'paired/target', 'paired/<worktree>']) {
      const { repo, outside, head } = setup();
      const at = path.join(repo, '.copybook-bench', part.replace('<worktree>', head.slice(0, 12)));
      mkdirSync(path.dirname(at), { recursive: true });
      symlinkSync(outside, at);
      await expectRefused(repo, outside, head, `${at} is a symlink (to ${outside})`);
    }
  });

  it('cannot have the .gitignore written through a symlink', async () => {
    const { repo, outside, head } = setup();
    mkdirSync(path.join(repo, '.copybook-bench'));
    symlinkSync(path.join(outside, 'keep.txt'), path.join(repo, '.copybook-bench', '.gitignore'));
    await expectRefused(
      repo,
      outside,
      head,
      `${path.join(repo, '.copybook-bench', '.gitignore')} is a symlink`
    );
  });

  it('cannot plant a cargo config or anything else in the folder', async () => {
    for (const planted of ['paired/.cargo/config.toml', '.cargo/config.toml', 'paired/Cargo.toml']) {
      const { repo, outside, head } = setup();
      const file = path.join(repo, '.copybook-bench', planted);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '[build]\nrustflags = ["-C", "opt-level=0"]\n');
      const first = planted
        .split('/')
        .slice(0, planted.startsWith('paired/') ? 2 : 1)
        .join('/');
      await expectRefused(
        repo,
        outside,
        head,
        `${path.join(repo, '.copybook-bench', first)} is not the action's`
      );
    }
  });

  it('cannot make the folder a file', async () => {
    const { repo, outside, head } = setup();
    writeFileSync(path.join(repo, '.copybook-bench'), 'not a folder\n');
    await expectRefused(repo, outside, head, `${path.join(repo, '.copybook-bench')} is a regular file`);
  });

  it('cannot commit files into the folder', async () => {
    const { repo, outside } = setup();
    // A fresh-looking build of the base, committed where the paired build would find it.
    const planted = path.join(repo, '.copybook-bench', 'paired', 'target', 'release', 'decode');
    mkdirSync(path.dirname(planted), { recursive: true });
    writeFileSync(planted, '#!/bin/sh\necho planted\n');
    const head = commitAll(repo, 'plant a build');
    await expectRefused(
      repo,
      outside,
      head,
      'the checkout has 1 file under .copybook-bench/ (.copybook-bench/paired/target/release/decode)'
    );
  });
});
