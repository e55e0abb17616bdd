/**
 * How two commits of the checkout stand to each other: their merge base, and how many commits lie
 * between them. A checkout without the history (a shallow one, as actions/checkout leaves it by
 * default) simply cannot say: the answer is null, never an error.
 */
import { type Git, GitTimeout } from './git.js';

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Only a revision that cannot be read as an option reaches git's arguments. */
const revision = (rev: string): boolean => rev === 'HEAD' || SHA.test(rev);

/** A question that ran out of time has no answer either. */
async function unlessTimedOut<T>(ask: () => Promise<T | null>): Promise<T | null> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof GitTimeout) return null;
    throw error;
  }
}

/** `git merge-base <a> <b>` in `cwd`'s checkout; null when either is unknown there. */
export function mergeBase(a: string, b: string, cwd: string, git: Git): Promise<string | null> {
  if (!revision(a) || !revision(b)) return Promise.resolve(null);
  return unlessTimedOut(async () => {
    const result = await git.run(['merge-base', a, b], cwd);
    const sha = result.stdout.trim();
    return result.exitCode === 0 && SHA.test(sha) ? sha : null;
  });
}

/** `git rev-list --count <from>..<to>`: the commits `to` has that `from` lacks; null when unknown. */
export function countCommits(from: string, to: string, cwd: string, git: Git): Promise<number | null> {
  if (!SHA.test(from) || !SHA.test(to)) return Promise.resolve(null);
  return unlessTimedOut(async () => {
    // A shallow checkout lacks what lies past its graft: a count there could be short, not unknown.
    const shallow = await git.run(['rev-parse', '--is-shallow-repository'], cwd);
    if (shallow.exitCode !== 0 || shallow.stdout.trim() !== 'false') return null;
    const result = await git.run(['rev-list', '--count', `${from}..${to}`], cwd);
    const text = result.stdout.trim();
    return result.exitCode === 0 && /^\d+$/.test(text) ? Number(text) : null;
  });
}
