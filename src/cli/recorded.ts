// The example crate's recorded run: criterion's files from one real `cargo bench` of
// examples/copybook-bench, committed with the facts of the machine that measured them. The demo
// shows it where cargo or criterion is not available, labelled as recorded.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordedRun } from '../app/plan.js';

/** Where the recording lives inside the example crate. */
export const RECORDED_DIR = 'recorded';

export interface Recording {
  /** criterion's results folder of the recorded run. */
  criterionDir: string;
  facts: RecordedRun;
}

/** Reads `<crate>/recorded/recording.json`; a damaged recording is named with what is wrong. */
export function readRecording(crateDir: string): Recording {
  const dir = path.join(crateDir, RECORDED_DIR);
  const file = path.join(dir, 'recording.json');
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`the recorded run cannot be read: ${file}: ${(error as Error).message}`);
  }
  const text = (key: string): string => {
    const value = data[key];
    if (typeof value !== 'string' || value === '')
      throw new Error(`${file}: "${key}" must be a non-empty string`);
    return value;
  };
  const count = (key: string): number => {
    const value = data[key];
    if (typeof value !== 'number' || !(value > 0))
      throw new Error(`${file}: "${key}" must be a positive number`);
    return value;
  };
  const recordedAt = text('recorded_at');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(recordedAt)) {
    throw new Error(`${file}: "recorded_at" must be a UTC timestamp such as 2026-11-28T08:35:09Z`);
  }
  return {
    criterionDir: path.join(dir, 'criterion'),
    facts: {
      recordedAt,
      rustVersion: text('rust_version'),
      platform: text('platform'),
      cpuCores: count('cpu_cores'),
      memoryGb: count('memory_gb')
    }
  };
}
