/**
 * The paired revision's git worktree in the action's folder of the workspace
 * (core/runner/paired-layout.ts): reused, reset and cleaned when it is already at the commit, else
 * added; the action's other worktrees there are removed. The folder is checked
 * (adapters/fs/paired-folder.ts) before anything is written to it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type PairedLayout, WORK_FOLDER, WORKTREE_NAME } from '../../core/runner/paired-layout.js';
import { parseWorktreeList } from '../../core/runner/worktree-list.js';
import { realPath } from '../fs/confined.js';
import {
  checkPairedFolder,
  otherWorktreeFolders,
  preparePairedFolder,
  refusal
} from '../fs/paired-folder.js';
import { CheckoutError, type Git } from './git.js';

export interface WorktreeRequest {
  /** The workspace (absolute): the paired folder lies in it. */
  workspace: string;
  /** The git checkout's top folder. */
  root: string;
  layout: PairedLayout;
  /** The full sha to check out. */
  commit: string;
}

const stopAt = (problem: string | null): void => {
  if (problem !== null) throw new CheckoutError(problem);
};

const remove = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/**
 * The paired revision's worktree at `commit`: reused (reset and cleaned) when it is there, else
 * added; the action's other worktrees in the paired folder are removed. True when reused.
 */
export async function checkOutWorktree(request: WorktreeRequest, git: Git): Promise<boolean> {
  const { workspace, root, layout, commit } = request;
  await refuseTrackedFiles(workspace, root, git);
  stopAt(preparePairedFolder(workspace, layout));
  const reused = await removeOtherWorktrees(request, git);
  if (reused) {
    // Left as this commit has it: whatever a build or an earlier run changed or added is undone.
    await git.output(['reset', '--hard', '--quiet', commit], layout.worktree);
    await git.output(['clean', '-ffdxq'], layout.worktree);
    return true;
  }
  // A folder at the worktree's place that git does not know (an interrupted add) is removed first.
  await remove(layout.worktree);
  await git.output(['worktree', 'prune'], root);
  await git.output(['worktree', 'add', '--detach', '--quiet', layout.worktree, commit], root);
  return false;
}

/**
 * Files the checkout itself has under the action's folder are the pull request's, planted: refused
 * before anything is written there.
 */
async function refuseTrackedFiles(workspace: string, root: string, git: Git): Promise<void> {
  const relative = path.relative(root, path.join(realPath(workspace), WORK_FOLDER));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return;
  const tracked = (await git.output(['ls-files', '-z', '--', relative], root)).split('\0').filter(Boolean);
  if (tracked.length > 0)
    stopAt(
      refusal(
        `the checkout has ${tracked.length} file${tracked.length === 1 ? '' : 's'} under ${WORK_FOLDER}/ (${tracked[0]})`
      )
    );
}

/**
 * The action's worktrees in the paired folder, but the one at `commit`, removed (from git, and the
 * folders git does not know); true when that one is there to reuse.
 */
async function removeOtherWorktrees(request: WorktreeRequest, git: Git): Promise<boolean> {
  const { workspace, root, layout, commit } = request;
  // Worktrees whose folder is gone are forgotten first (git would not remove them).
  await git.output(['worktree', 'prune'], root);
  const pairedReal = realPath(layout.pairedFolder);
  const ours = parseWorktreeList(await git.output(['worktree', 'list', '--porcelain'], root))
    .map((entry) => ({ ...entry, real: realPath(entry.path) }))
    .filter(
      (entry) => path.dirname(entry.real) === pairedReal && WORKTREE_NAME.test(path.basename(entry.real))
    );
  const wantedReal = realPath(layout.worktree);
  let reused = false;
  for (const entry of ours) {
    if (entry.real === wantedReal && entry.head === commit) {
      reused = true;
      continue;
    }
    await git.output(['worktree', 'remove', '--force', '--force', entry.path], root);
  }
  // Folders git does not know (left by an interrupted run) go too; they hold nothing of the checkout.
  stopAt(checkPairedFolder(workspace, layout));
  for (const dir of otherWorktreeFolders(layout)) await remove(dir);
  return reused;
}
