// Chooses where the results come from and reads them: criterion's files first, then the printed
// text (live output or a `bench-output` file), then bencher lines.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { messageOf } from '../errors.js';
import { parseBencherText } from './bencher.js';
import { hasCriterionResults, parseCriterionDir, resolveCriterionDir } from './disk.js';
import type { MeasurementSource, ParseResult } from './measurement.js';
import { parseCriterionText } from './text.js';

export interface Collected extends ParseResult {
  source: MeasurementSource | null;
  /** The folder or file read. */
  path: string | null;
  /** Ids of results on disk that the run did not write, left out. */
  stale: string[];
}

/** Text to parse: the `bench-output` file when given, else what the run printed. */
async function benchText(
  config: Config,
  stdout: string | null
): Promise<{ text: string; name: string } | { problem: string }> {
  if (config.benchOutput) {
    const file = path.resolve(config.workingDirectory, config.benchOutput);
    try {
      return { text: await readFile(file, 'utf8'), name: config.benchOutput };
    } catch (error) {
      return { problem: `bench-output ${config.benchOutput} cannot be read: ${messageOf(error)}` };
    }
  }
  if (stdout !== null) return { text: stdout, name: 'the cargo bench output' };
  return {
    problem:
      'no bench output to read: set bench-output to a file with the captured `cargo bench` output, or run the benches (run: true)'
  };
}

function fromText(text: string, name: string, source: 'stdout' | 'bencher'): ParseResult {
  return source === 'bencher' ? parseBencherText(text, name) : parseCriterionText(text, name);
}

/**
 * `run` describes this job's bench run, if there was one: what it printed and when it started (disk
 * results older than that are left out).
 */
export async function collectResults(
  config: Config,
  run: { stdout: string | null; startedAt: number } | null,
  env: NodeJS.ProcessEnv
): Promise<Collected> {
  const stdout = run?.stdout ?? null;
  const dir = resolveCriterionDir({
    criterionDir: config.criterionDir,
    workingDirectory: config.workingDirectory,
    // The bench saw bench-env on top of ours (CRITERION_HOME or CARGO_TARGET_DIR may be set there).
    env: { ...env, ...config.benchEnv }
  });

  const useDisk =
    config.source === 'disk' ||
    (config.source === 'auto' && !config.benchOutput && (await hasCriterionResults(dir)));
  if (useDisk) {
    // File times have coarse granularity on some filesystems; allow a second of slack.
    const opts = run ? { modifiedSince: run.startedAt - 1000 } : {};
    return { ...(await parseCriterionDir(dir, opts)), source: 'disk', path: dir };
  }

  const input = await benchText(config, stdout);
  if ('problem' in input) {
    const why =
      config.source === 'auto'
        ? `criterion wrote no results under ${dir} (no */new/benchmark.json), and ${input.problem}`
        : input.problem;
    return { measurements: [], problems: [why], source: null, path: null, stale: [] };
  }
  if (config.source === 'stdout' || config.source === 'bencher') {
    return {
      ...fromText(input.text, input.name, config.source),
      source: config.source,
      path: input.name,
      stale: []
    };
  }
  // auto: the human format, and bencher lines when the text holds those instead.
  const human = parseCriterionText(input.text, input.name);
  if (human.measurements.length > 0) return { ...human, source: 'stdout', path: input.name, stale: [] };
  const bencher = parseBencherText(input.text, input.name);
  if (bencher.measurements.length > 0) return { ...bencher, source: 'bencher', path: input.name, stale: [] };
  return { ...human, source: 'stdout', path: input.name, stale: [] };
}
