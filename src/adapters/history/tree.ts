// The data branch as files in a working tree (a clone of the branch, or the folder the import
// writes to): add a record, read them all back, prune a slot, and regenerate the dashboard from
// what is there. The tree may hold anything (it is a git branch), so every read is capped, only
// regular files are read, and a file that is not a valid record is reported and left alone.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BaselineSlot } from '../../core/baseline/store-naming.js';
import { dashboardData, dashboardScript } from '../../core/history/dashboard-data.js';
import {
  DASHBOARD_DATA,
  DASHBOARD_PAGE,
  DATA_DIR,
  holdsCommit,
  PAGES_MARKER,
  pruneSelection,
  recordFileName,
  slotFolder
} from '../../core/history/layout.js';
import { type HistoryRecord, parseHistoryRecord } from '../../core/history/record.js';
import { dashboardPage } from '../../render/dashboard/page.js';
import { FILE_CAPS } from '../fs/confined.js';
import { writeFileAtomic } from '../fs/write.js';

const native = (dir: string, slashPath: string): string => path.join(dir, ...slashPath.split('/'));

/**
 * The names in a slot's folder (none when it is not there). Each folder on the way must be a real
 * one: a symlink or a file in the branch where a folder belongs could lead a write or a deletion
 * out of the tree, so it stops the change instead.
 */
async function namesIn(dir: string, slashPath: string): Promise<string[]> {
  const parts = slashPath.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const shown = parts.slice(0, i).join('/');
    let stat: Awaited<ReturnType<typeof fs.lstat>>;
    try {
      stat = await fs.lstat(native(dir, shown));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    if (!stat.isDirectory())
      throw new Error(`${shown} is not a folder in ${dir}, so nothing is written there`);
  }
  return fs.readdir(native(dir, slashPath));
}

/**
 * Adds the record's file unless its slot already holds that commit; the path written, or that of
 * the commit's record already there, `/`-separated.
 */
export async function addRecord(
  dir: string,
  record: HistoryRecord
): Promise<{ added: boolean; path: string }> {
  const folder = slotFolder({ name: record.name, testbed: record.testbed, os: record.os });
  const file = `${folder}/${recordFileName(record)}`;
  const held = (await namesIn(dir, folder)).filter((name) => holdsCommit([name], record.commit)).sort();
  if (held[0] !== undefined) return { added: false, path: `${folder}/${held[0]}` };
  await fs.mkdir(native(dir, folder), { recursive: true });
  await writeFileAtomic(native(dir, file), `${JSON.stringify(record, null, 1)}\n`);
  return { added: true, path: file };
}

async function readRecordFile(file: string, shown: string): Promise<HistoryRecord | string> {
  const stat = await fs.lstat(file);
  if (!stat.isFile()) return `${shown} is not a regular file`;
  if (stat.size > FILE_CAPS.historyRecord) return `${shown} is larger than ${FILE_CAPS.historyRecord} bytes`;
  const parsed = parseHistoryRecord(await fs.readFile(file, 'utf8'), shown);
  return parsed.ok ? parsed.record : parsed.reason;
}

/** Every valid record under data/, and why each other `.json` file there was skipped. */
export async function readRecords(dir: string): Promise<{ records: HistoryRecord[]; problems: string[] }> {
  const records: HistoryRecord[] = [];
  const problems: string[] = [];
  const walk = async (slashPath: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(native(dir, slashPath), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${slashPath}/${entry.name}`;
      if (entry.isDirectory() && depth < 3) await walk(child, depth + 1);
      else if (entry.name.endsWith('.json') && depth === 3) {
        const read = await readRecordFile(native(dir, child), child);
        if (typeof read === 'string') problems.push(read);
        else records.push(read);
      }
    }
  };
  await walk(DATA_DIR, 0);
  return { records, problems };
}

/** Deletes the slot's oldest records beyond `max` (0: none); the paths deleted, `/`-separated. */
export async function pruneSlot(dir: string, slot: BaselineSlot, max: number): Promise<string[]> {
  const folder = slotFolder(slot);
  const doomed = pruneSelection(await namesIn(dir, folder), max);
  for (const name of doomed) await fs.rm(native(dir, `${folder}/${name}`));
  return doomed.map((name) => `${folder}/${name}`);
}

/** Writes index.html, data.js and .nojekyll from the records in the tree; the paths written. */
export async function writeDashboard(
  dir: string,
  meta: { generatedAt: string; repositoryUrl: string | null }
): Promise<{ files: string[]; records: number; problems: string[] }> {
  const { records, problems } = await readRecords(dir);
  await writeFileAtomic(path.join(dir, DASHBOARD_DATA), dashboardScript(dashboardData(records, meta)));
  await writeFileAtomic(path.join(dir, DASHBOARD_PAGE), dashboardPage());
  await writeFileAtomic(path.join(dir, PAGES_MARKER), '');
  return { files: [DASHBOARD_PAGE, DASHBOARD_DATA, PAGES_MARKER], records: records.length, problems };
}
