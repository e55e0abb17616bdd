// Writes files atomically (temp file + rename), so a reader never sees half a report.

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { perfReportProblems } from './schema.js';
import type { PerfReport } from './types.js';

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Validates the report against its schema, then writes it; an invalid report is never written. */
export async function writePerfReport(file: string, report: PerfReport): Promise<void> {
  const problems = perfReportProblems(report);
  if (problems.length > 0) {
    throw new Error(`perf.json does not match schema/perf-report.schema.json: ${problems.join('; ')}`);
  }
  await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}
