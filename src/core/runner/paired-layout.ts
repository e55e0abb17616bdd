/**
 * Where a paired run keeps the second revision: a git worktree and its own cargo target folder,
 * in a folder of the action's own inside the workspace (kept between runs, so cargo's caches help).
 * Pure: paths from paths.
 */
import { join } from 'node:path';

/** The action's own folder in the workspace; nothing else may put files there. */
export const WORK_FOLDER = '.copybook-bench';

/** What the action writes into WORK_FOLDER: the paired folder, and a .gitignore that hides it all. */
export const WORK_FOLDER_ENTRIES: readonly string[] = ['paired', '.gitignore'];

/** The .gitignore in WORK_FOLDER: git, and cargo's listing of a package's files, leave it all out. */
export const WORK_FOLDER_GITIGNORE =
  '# Written by copybook-bench-action: its paired runs, kept out of git.\n*\n';

/** How many hex digits of the commit name its worktree. */
const SHORT_SHA = 12;

/** The name of a worktree folder: the commit's first 12 hex digits. */
export const WORKTREE_NAME = /^[0-9a-f]{12}$/;

/** The name of the paired target folder inside the paired folder. */
export const TARGET_FOLDER = 'target';

export interface PairedLayout {
  /** `<workspace>/.copybook-bench` */
  workFolder: string;
  /** `<workspace>/.copybook-bench/paired`: worktrees and the target folder, nothing else. */
  pairedFolder: string;
  /** `<workspace>/.copybook-bench/paired/<12 hex digits>`: the paired revision's checkout. */
  worktree: string;
  /** `<workspace>/.copybook-bench/paired/target`: CARGO_TARGET_DIR of the paired build. */
  targetDir: string;
}

/** The paired run's places for `commit` (a full sha) in `workspace` (absolute). */
export function pairedLayout(workspace: string, commit: string): PairedLayout {
  const workFolder = join(workspace, WORK_FOLDER);
  const pairedFolder = join(workFolder, 'paired');
  return {
    workFolder,
    pairedFolder,
    worktree: join(pairedFolder, commit.slice(0, SHORT_SHA).toLowerCase()),
    targetDir: join(pairedFolder, TARGET_FOLDER)
  };
}

/** Whether `name` may stand in the paired folder: a worktree or the target folder. */
export function isPairedEntry(name: string): boolean {
  return name === TARGET_FOLDER || WORKTREE_NAME.test(name);
}
