/**
 * The paired run's folder in the workspace (core/runner/paired-layout.ts), checked as a pull request
 * may have shaped it: the checkout is the pull request's, so `.copybook-bench/` or anything in it can
 * be a symlink out of the workspace, a file, or a planted `.cargo/config.toml` that would change how
 * the other revision builds. Only real folders of the expected names are accepted; what is missing
 * is made. Checked again before each step that writes there, since a build script or a bench can
 * change the tree in between.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../core/errors.js';
import {
  isPairedEntry,
  type PairedLayout,
  WORK_FOLDER,
  WORK_FOLDER_ENTRIES,
  WORK_FOLDER_GITIGNORE,
  WORKTREE_NAME
} from '../../core/runner/paired-layout.js';
import { confinePath, FILE_CAPS, FileReadError, isInside, readFileCapped, realPath } from './confined.js';

/** Why the folder cannot be used, in one line; null when it can. */
export type FolderProblem = string | null;

const lstatIfAny = (file: string): fs.Stats | undefined => fs.lstatSync(file, { throwIfNoEntry: false });

/** What is at `file`, for a message: `a symlink to /x`, `a regular file`. */
function describe(file: string, stat: fs.Stats): string {
  if (stat.isSymbolicLink()) {
    let target = '?';
    try {
      target = fs.readlinkSync(file);
    } catch {
      // gone meanwhile: the kind says enough
    }
    return `a symlink (to ${target})`;
  }
  if (stat.isFile()) return 'a regular file';
  return 'not a directory';
}

/** Whether `dir` is missing or a real directory (not a symlink); the problem otherwise. */
function realDirectoryOrNothing(dir: string): FolderProblem {
  const stat = lstatIfAny(dir);
  if (stat === undefined || (stat.isDirectory() && !stat.isSymbolicLink())) return null;
  return `${dir} is ${describe(dir, stat)}, not a folder of this action's own`;
}

/** A problem with the folder as the one line that stops the paired run, with the fix. */
export const refusal = (problem: string): string =>
  `${problem}; ${WORK_FOLDER}/ in the workspace is this action's own and the checkout may not shape it ` +
  `(remove it from the repository, or delete the folder on a self-hosted runner)`;

/**
 * Checks the folder as it is now: each of its parts missing or a real directory, nothing in it but
 * what the action puts there, and its real path inside the workspace. Nothing is changed.
 */
export function checkPairedFolder(workspace: string, layout: PairedLayout): FolderProblem {
  for (const dir of [layout.workFolder, layout.pairedFolder, layout.targetDir, layout.worktree]) {
    const problem = realDirectoryOrNothing(dir);
    if (problem !== null) return refusal(problem);
  }
  try {
    confinePath({
      setting: WORK_FOLDER,
      value: layout.pairedFolder,
      base: workspace,
      workspace,
      trusted: false,
      accepted: `a folder inside the workspace`
    });
  } catch (error) {
    return refusal(messageOf(error));
  }
  const listed = (dir: string): fs.Dirent[] =>
    lstatIfAny(dir) === undefined ? [] : fs.readdirSync(dir, { withFileTypes: true });
  try {
    for (const entry of listed(layout.workFolder)) {
      if (!WORK_FOLDER_ENTRIES.includes(entry.name))
        return refusal(`${path.join(layout.workFolder, entry.name)} is not the action's`);
    }
    const ignore = path.join(layout.workFolder, '.gitignore');
    const ignoreStat = lstatIfAny(ignore);
    if (ignoreStat !== undefined && !ignoreStat.isFile())
      return refusal(`${ignore} is ${describe(ignore, ignoreStat)}`);
    for (const entry of listed(layout.pairedFolder)) {
      const at = path.join(layout.pairedFolder, entry.name);
      if (!isPairedEntry(entry.name)) return refusal(`${at} is not the action's`);
      const problem = realDirectoryOrNothing(at);
      if (problem !== null) return refusal(problem);
    }
  } catch (error) {
    return refusal(`${layout.workFolder} cannot be read: ${messageOf(error)}`);
  }
  return null;
}

/**
 * Checks the folder and makes what is missing of it: `.copybook-bench/` with its .gitignore (git
 * and cargo's file listing leave it out) and `paired/`. Returns the problem, or null.
 */
export function preparePairedFolder(workspace: string, layout: PairedLayout): FolderProblem {
  const problem = checkPairedFolder(workspace, layout);
  if (problem !== null) return problem;
  try {
    for (const dir of [layout.workFolder, layout.pairedFolder]) {
      if (lstatIfAny(dir) === undefined) fs.mkdirSync(dir);
    }
    const ignore = path.join(layout.workFolder, '.gitignore');
    // O_NOFOLLOW: a symlink swapped in since the check is not written through.
    const flags =
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
    const fd = fs.openSync(ignore, flags, 0o644);
    try {
      fs.writeFileSync(fd, WORK_FOLDER_GITIGNORE);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return refusal(`${layout.pairedFolder} cannot be made: ${messageOf(error)}`);
  }
  return checkPairedFolder(workspace, layout);
}

/** Whether `file` really (symlinks resolved) lies inside the real `dir`. */
export function reallyInside(file: string, dir: string): boolean {
  try {
    return isInside(realPath(file), realPath(dir));
  } catch {
    return false;
  }
}

/** The worktree folders in the paired folder other than `layout.worktree` (real folders only). */
export function otherWorktreeFolders(layout: PairedLayout): string[] {
  const stat = lstatIfAny(layout.pairedFolder);
  if (stat === undefined || !stat.isDirectory()) return [];
  return fs
    .readdirSync(layout.pairedFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && WORKTREE_NAME.test(entry.name))
    .map((entry) => path.join(layout.pairedFolder, entry.name))
    .filter((dir) => dir !== layout.worktree);
}

/**
 * The workspace's cargo config files that cargo also reads when it builds in the worktree (it reads
 * `.cargo/config.toml` in every parent folder, and the workspace is one), where the paired revision's
 * own copy (`<worktree>/<same place>`) differs or is missing: then settings of the head reach the
 * base's build. The files are the pull request's: read capped, never followed out of the workspace.
 */
export function inheritedCargoConfigs(workspace: string, mirror: string): string[] {
  const differing: string[] = [];
  for (const name of ['config.toml', 'config']) {
    const head = path.join(workspace, '.cargo', name);
    const read = (file: string, root: string): string | null => {
      try {
        return readFileCapped(file, FILE_CAPS.configFile, 'cargo config', root);
      } catch (error) {
        return error instanceof FileReadError && error.reason === 'missing'
          ? null
          : `unreadable: ${messageOf(error)}`;
      }
    };
    const headText = read(head, workspace);
    if (headText === null) continue;
    if (read(path.join(mirror, '.cargo', name), mirror) !== headText) differing.push(head);
  }
  return differing;
}
