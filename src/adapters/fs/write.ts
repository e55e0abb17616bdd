// Writes files atomically (temp file + rename), so a reader never sees half a report.
//
// The temp file sits next to the target (a rename does not cross file systems) and is named
// `.<name>.<pid>.<random>.tmp`, so that what a killed run leaves is recognisable: the next run that
// locks the report dir removes it (removeStaleTempFiles), and a run that is stopped by a signal
// removes its own first (removeTempFilesInFlight, called from the report dir lock).

import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PerfReport } from '../../core/model.js';
import { perfReportProblems } from '../../core/report/schema.js';
import { sha256Hex } from '../../core/sha256.js';

/** A file this run wrote, and the sha256 of exactly the bytes it wrote. */
export interface WrittenFile {
  path: string;
  sha256: string;
}

/**
 * The temp files writeFileAtomic makes (`.perf.json.123.0a1b2c3d.tmp`), and those of earlier
 * versions (`perf.json.123.1700000000000.tmp`). Group 2 is the writer's pid.
 */
export const TEMP_FILE = /^\.?(.+)\.(\d+)\.([0-9a-f]{8}|\d{13})\.tmp$/;

/** Temp files of this process not yet renamed into place. */
const inFlight = new Set<string>();

function tempFileFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  );
}

export async function writeFileAtomic(file: string, content: string): Promise<WrittenFile> {
  await mkdir(path.dirname(file), { recursive: true });
  const bytes = Buffer.from(content, 'utf8');
  const temp = tempFileFor(file);
  inFlight.add(temp);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    inFlight.delete(temp);
  }
  return { path: file, sha256: sha256Hex(bytes) };
}

/** Removes this process's temp files now (synchronously: for a signal or exit handler). */
export function removeTempFilesInFlight(): void {
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed or removed already.
    }
  }
  inFlight.clear();
}

/**
 * Removes the temp files in `dir` that no write of this process is using: called once the dir is
 * locked, when no other run can be writing there, so they are what an interrupted run left.
 * Returns their names.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => TEMP_FILE.test(name) && !inFlight.has(path.join(dir, name))).sort();
  // unlink, never a recursive removal: a leftover that is a symlink or a folder is only unlinked or kept.
  const removed: string[] = [];
  for (const name of stale) {
    try {
      await rm(path.join(dir, name));
      removed.push(name);
    } catch {
      // A folder of that name, or gone meanwhile: not ours to clear.
    }
  }
  return removed;
}

/**
 * Validates the report against its schema, then writes it; an invalid report is never written.
 * Returns the sha256 of the bytes written, for the audit.
 */
export async function writePerfReport(file: string, report: PerfReport): Promise<WrittenFile> {
  const problems = perfReportProblems(report);
  if (problems.length > 0) {
    throw new Error(`perf.json does not match schema/perf-report.schema.json: ${problems.join('; ')}`);
  }
  return writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}
