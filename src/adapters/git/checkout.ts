/**
 * The git checkout a paired run starts from: its top folder, and the full commit a revision name
 * stands for there (fetched once from origin when the checkout is shallow and lacks it).
 */
import path from 'node:path';
import { failureCause } from '../../core/runner/failure.js';
import { realPath } from '../fs/confined.js';
import { CheckoutError, type Git } from './git.js';

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

const fail = (reason: string): never => {
  throw new CheckoutError(reason);
};

/** The git checkout the working directory is in; the paired revision keeps the same relative place. */
export async function checkoutRoot(workingDirectory: string, git: Git): Promise<string> {
  const result = await git.run(['rev-parse', '--show-toplevel'], workingDirectory);
  const root = result.stdout.trim();
  if (result.exitCode !== 0 || root === '')
    fail(
      `working-directory ${workingDirectory} is not in a git checkout (${failureCause(result)}); the paired run needs one`
    );
  const relative = path.relative(root, realPath(workingDirectory));
  if (relative.startsWith('..') || path.isAbsolute(relative))
    fail(`working-directory ${workingDirectory} is outside its git checkout ${root}`);
  return root;
}

/**
 * The full sha of `ref`: as the checkout knows it (also as `origin/<ref>`); in a shallow checkout,
 * fetched once from origin. Fails with the fix when it stays unknown.
 */
export async function resolveCommit(ref: string, root: string, git: Git): Promise<string> {
  const verify = async (rev: string): Promise<string | null> => {
    const result = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root);
    const sha = result.stdout.trim();
    return result.exitCode === 0 && FULL_SHA.test(sha) ? sha : null;
  };
  const known =
    (await verify(ref)) ?? (FULL_SHA.test(ref) ? null : await verify(`refs/remotes/origin/${ref}`));
  if (known !== null) return known;
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], root)).stdout.trim() === 'true';
  if (!shallow)
    fail(
      `the revision to pair with, ${ref}, is not in the checkout at ${root}: name a commit, branch or tag it has`
    );
  const fetched = await git.run(['fetch', '--no-tags', '--depth=1', 'origin', ref], root);
  const commit = fetched.exitCode === 0 ? ((await verify(ref)) ?? (await verify('FETCH_HEAD'))) : null;
  if (commit === null) {
    const why = fetched.exitCode === 0 ? 'git fetch found no commit' : failureCause(fetched);
    fail(
      `the revision to pair with, ${ref}, is not in this shallow checkout and fetching it from origin failed (${why}); ` +
        'fetch the history with actions/checkout fetch-depth: 0'
    );
  }
  return commit as string;
}
