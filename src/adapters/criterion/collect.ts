// Chooses where the results come from and reads them: criterion's files first, then the printed
// text (live output or a `bench-output` file), then bencher lines.

import type { Config } from '../../core/config/config.js';
import { parseBencherText } from '../../core/criterion/bencher.js';
import type { MeasurementSource, ParseResult } from '../../core/criterion/measurement.js';
import { parseCriterionText } from '../../core/criterion/text.js';
import { messageOf } from '../../core/errors.js';
import { criterionDirPath, type RunPaths } from '../config/paths.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../fs/confined.js';
import { hasCriterionResults, parseCriterionDir, type SamplesWanted } from './disk.js';

export interface Collected extends ParseResult {
  source: MeasurementSource | null;
  /** The folder or file read. */
  path: string | null;
  /** Ids of results on disk that the run did not write, left out. */
  stale: string[];
}

/** Text to parse: the `bench-output` file when given, else what the run printed. */
function benchText(
  config: Config,
  paths: RunPaths,
  stdout: string | null
): { text: string; name: string } | { problem: string } {
  const file = paths.benchOutput;
  if (config.benchOutput && file) {
    try {
      return {
        text: readFileCapped(file.path, FILE_CAPS.benchOutput, 'bench-output', file.root),
        name: config.benchOutput
      };
    } catch (error) {
      const why =
        error instanceof FileReadError
          ? `${error.detail} (${file.path})`
          : `cannot be read: ${messageOf(error)}`;
      return { problem: `bench-output ${config.benchOutput} ${why}` };
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
 * results older than that are left out). criterion's folder is looked up and confined again here:
 * the run may have changed the tree since resolveRunPaths looked. Throws a PathError when it leads
 * where it may not.
 */
export async function collectResults(
  config: Config,
  paths: RunPaths,
  run: { stdout: string | null; startedAt: number } | null,
  env: NodeJS.ProcessEnv,
  samples: SamplesWanted = false
): Promise<Collected> {
  const stdout = run?.stdout ?? null;
  const dir = criterionDirPath(config, paths, env).path;

  const useDisk =
    config.source === 'disk' ||
    (config.source === 'auto' && !config.benchOutput && (await hasCriterionResults(dir)));
  if (useDisk) {
    // File times have coarse granularity on some filesystems; allow a second of slack.
    const opts = run ? { modifiedSince: run.startedAt - 1000, samples } : { samples };
    return { ...(await parseCriterionDir(dir, opts)), source: 'disk', path: dir };
  }

  const input = benchText(config, paths, stdout);
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
