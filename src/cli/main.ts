// The CLI's shell: the same pipeline from a terminal. Progress and cargo's output go to stderr, the
// one-liner and the report path to stdout. Exit codes: 0 pass or warn, 1 a failing finding,
// 2 bad usage or bad input.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load.js';
import { InputError, messageOf } from '../errors.js';
import { publishComment, readCommentTemplate } from '../github/publish.js';
import type { Log } from '../log.js';
import { runPipeline } from '../pipeline.js';
import { perfReportProblems } from '../report/schema.js';
import { type CliArgs, parseCliArgs, usage } from './args.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const consoleLog = (io: CliIO): Log => ({
  info: (message) => io.stderr(`${message}\n`),
  warning: (message) => io.stderr(`warning: ${message}\n`),
  error: (message) => io.stderr(`error: ${message}\n`),
  group: async (name, fn) => {
    io.stderr(`── ${name}\n`);
    return fn();
  }
});

/** The example crate, found next to the bundle (dist/cli/index.js → examples/copybook-bench). */
function exampleCrate(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'examples', 'copybook-bench');
}

async function analyzeCommand(
  args: CliArgs,
  io: CliIO,
  defaults: Record<string, string>,
  printCommentPath = false
): Promise<number> {
  // The flag wins; GITHUB_TOKEN keeps the token out of the process list.
  const token = args.inputs['github-token'] || io.env.GITHUB_TOKEN || '';
  const config = loadConfig({ ...defaults, ...args.inputs, 'github-token': token }, io.cwd);
  const template = readCommentTemplate(config, io.cwd);
  const log = consoleLog(io);
  const result = await runPipeline(config, { log, env: io.env, cwd: io.cwd, echo: io.stderr });
  const comment = await publishComment(config, result, template, { log, env: io.env, cwd: io.cwd });
  const { report } = result.analysis;
  for (const message of report.errors) io.stderr(`error: ${message}\n`);
  for (const message of report.warnings) io.stderr(`warning: ${message}\n`);
  io.stdout(`${report.summary}\n`);
  io.stdout(`Report: ${result.reportPath}\n`);
  io.stdout(`Summary: ${result.summaryPath}\n`);
  if (printCommentPath) io.stdout(`Comment: ${comment.path}\n`);
  return result.analysis.failed ? 1 : 0;
}

function validateCommand(args: CliArgs, io: CliIO): number {
  const file = args.positional[0];
  if (!file || args.positional.length > 1)
    throw new InputError('validate takes one file: copybook-bench validate perf.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    throw new InputError(`${file} cannot be read as JSON: ${messageOf(error)}`);
  }
  const problems = perfReportProblems(data);
  if (problems.length > 0) {
    throw new InputError(`${file} does not match schema/perf-report.schema.json: ${problems.join('; ')}`);
  }
  io.stdout(`${file} is a valid perf.json\n`);
  return 0;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs | null = null;
  try {
    args = parseCliArgs(argv);
    if (args.help || args.command === null) {
      (args.help ? io.stdout : io.stderr)(usage());
      return args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'run':
        return await analyzeCommand(args, io, { run: 'true' });
      case 'analyze':
        return await analyzeCommand(args, io, { run: 'false' });
      case 'demo':
        // The example crate is not the pull request's code: the demo never comments.
        return await analyzeCommand(
          args,
          io,
          { run: 'true', 'working-directory': exampleCrate(), comment: 'never' },
          true
        );
      case 'validate':
        return validateCommand(args, io);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`copybook-bench: ${error.message}\n`);
      return 2;
    }
    io.stderr(`copybook-bench: unexpected error: ${messageOf(error)}\n`);
    if (args?.verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
