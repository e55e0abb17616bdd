// The CLI's shell: the same pipeline from a terminal. Progress and cargo's output go to stderr, the
// one-liner and the report path to stdout. Exit codes: 0 pass or warn, 1 a failing finding,
// 2 bad usage or bad input.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuditConfig, toolVersions } from '../adapters/audit/collect.js';
import { type CrateSource, resolveCrateSource } from '../adapters/cargo/crate-source.js';
import { findOnPath } from '../adapters/cargo/preflight.js';
import { loadConfig } from '../adapters/config/load.js';
import { settingPath } from '../adapters/config/paths.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../adapters/fs/confined.js';
import { withReportDirLock } from '../adapters/fs/lock.js';
import { type WrittenFile, writeFileAtomic } from '../adapters/fs/write.js';
import { loadGitHubContext } from '../adapters/github/context.js';
import { runnerOf } from '../adapters/host.js';
import { baselineInput, readBaselineFile } from '../app/baseline.js';
import { publishComment } from '../app/comment.js';
import { type DocumentPaths, writeAuditFiles, writeReportPages } from '../app/documents.js';
import { type PipelineBaseline, type PipelineOptions, runPipeline } from '../app/pipeline.js';
import { prepareRun, SetupError } from '../app/prepare.js';
import { buildBaselineFile, validateBaselineFile } from '../core/baseline/file.js';
import { childEnv } from '../core/child-env.js';
import type { Config } from '../core/config/config.js';
import { optionSpec } from '../core/config/options.js';
import { InputError, messageOf } from '../core/errors.js';
import { type Log, logText } from '../core/log.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { perfReportProblems, withQuantities } from '../core/report/schema.js';
import { sha256Hex } from '../core/sha256.js';
import type { PageHeader } from '../render/html/layout.js';
import { type CliArgs, parseCliArgs, usage } from './args.js';
import { readRecording } from './recorded.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

// Messages go through logText: a CI step reads the CLI's output for workflow commands, and ids
// and paths in a message come from files a pull request controls.
const printLine = (write: (text: string) => void, message: string): void => write(`${logText(message)}\n`);

const consoleLog = (io: CliIO): Log => ({
  info: (message) => printLine(io.stderr, message),
  warning: (message) => printLine(io.stderr, `warning: ${message}`),
  error: (message) => printLine(io.stderr, `error: ${message}`),
  group: async (name, fn) => {
    printLine(io.stderr, `── ${name}`);
    return fn();
  }
});

/** A line for stderr, as the log's notes are. */
const notice =
  (io: CliIO) =>
  (line: string): void =>
    printLine(io.stderr, line);

/** The example crate, found next to the bundle (dist/cli/index.js → examples/copybook-bench). */
function exampleCrate(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'examples', 'copybook-bench');
}

async function analyzeCommand(
  args: CliArgs,
  io: CliIO,
  defaults: Record<string, string>,
  printCommentPath = false,
  runOptions: Pick<PipelineOptions, 'cargoConfigArgs' | 'recorded'> = {}
): Promise<number> {
  // The flag wins; GITHUB_TOKEN keeps the token out of the process list.
  const token = args.inputs['github-token'] || io.env.GITHUB_TOKEN || '';
  // In a terminal `--baseline` may name a baseline.json to compare with instead of a mode.
  const given = args.inputs.baseline;
  const baselinePath = given !== undefined && !BASELINE_MODES.has(given) ? given : null;
  const inputs: Record<string, string> = { ...defaults, ...args.inputs, 'github-token': token };
  if (baselinePath !== null) inputs.baseline = 'compare';
  const log = consoleLog(io);
  const github = loadGitHubContext(io.env, log);
  const pipelineIO = { log, env: io.env, cwd: io.cwd, echo: io.stderr, github };
  // The checkout is the directory the command runs in.
  const { config, paths, template, auditConfig } = await prepareRun(inputs, {
    ...pipelineIO,
    workspace: io.cwd
  });
  const baseline = baselinePath === null ? null : await localBaseline(config, baselinePath, io.cwd);
  // Before anything is written there: one run per report dir.
  const { result, comment } = await withReportDirLock(paths.reportDir.path, notice(io), async () => {
    const result = await runPipeline(
      config,
      { ...pipelineIO, paths },
      { baseline, auditConfig, ...runOptions }
    );
    return { result, comment: await publishComment(config, result, template, { log, github, cwd: io.cwd }) };
  });
  const { report } = result.analysis;
  for (const message of report.errors) printLine(io.stderr, `error: ${message}`);
  for (const message of report.warnings) printLine(io.stderr, `warning: ${message}`);
  printLine(io.stdout, report.summary);
  printLine(io.stdout, `Report: ${result.reportPath}`);
  printLine(io.stdout, `Summary: ${result.summaryPath}`);
  if (printCommentPath) {
    printLine(io.stdout, `Comment: ${comment.path}`);
    for (const [label, file] of Object.entries(documentLabels(result.documents)))
      printLine(io.stdout, `${label}: ${file}`);
  }
  return result.analysis.failed ? 1 : 0;
}

/**
 * `demo`: the whole pipeline on the example crate. Without access to crates.io, criterion comes
 * from Debian's crate sources for this run only (the user's cargo configuration is not touched);
 * without cargo or criterion, the example's recorded run is shown, labelled as recorded.
 */
async function demoCommand(args: CliArgs, io: CliIO): Promise<number> {
  const crate = exampleCrate();
  // The example crate is not the pull request's code: the demo never comments.
  const defaults = { 'working-directory': crate, comment: 'never' };
  const cargoPath = findOnPath('cargo', io.env.PATH);
  const source: CrateSource =
    cargoPath === null
      ? { kind: 'unavailable', reason: 'cargo was not found on PATH' }
      : resolveCrateSource({
          cargoPath,
          cwd: path.resolve(io.cwd, args.inputs['working-directory'] ?? crate)
        });
  if (source.kind === 'unavailable') {
    const recording = readRecording(crate);
    printLine(
      io.stderr,
      `${source.reason}: showing the example crate's recorded run of ${recording.facts.recordedAt.slice(0, 10)} instead of measuring.`
    );
    return analyzeCommand(
      args,
      io,
      { ...defaults, run: 'false', source: 'disk', 'criterion-dir': recording.criterionDir },
      true,
      { recorded: recording.facts }
    );
  }
  if (source.kind === 'directory') {
    printLine(
      io.stderr,
      `cargo cannot fetch criterion from its registry: using the crate sources in ${source.registry} for this run only (${source.args.join(' ')}).`
    );
  }
  return analyzeCommand(args, io, { ...defaults, run: 'true' }, true, {
    cargoConfigArgs: source.kind === 'directory' ? source.args : []
  });
}

const BASELINE_MODES: ReadonlySet<string> = new Set(optionSpec('baseline').choices ?? []);

/** A baseline.json named on the command line: it must be valid; it is what the user asked for. */
async function localBaseline(config: Config, file: string, cwd: string): Promise<PipelineBaseline> {
  const checked = await readBaselineFile(path.resolve(cwd, file), null);
  if (!checked.ok) throw new InputError(`Invalid baseline: ${checked.reason}`);
  return {
    input: baselineInput(config, checked.file),
    findings: [],
    path: path.resolve(cwd, file),
    sha256: checked.sha256,
    state: { compared: true, history: checked.file.history, branch: null }
  };
}

async function baselineCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (args.positional[0] !== 'promote' || args.positional.length > 1) {
    throw new InputError(
      'Usage: copybook-bench baseline promote --report perf.json [--previous baseline.json] --out baseline.json'
    );
  }
  const { previous: previousFile, out } = args.files;
  const { report: perf } = readReportFile(
    args,
    io,
    'baseline promote needs --report perf.json and --out baseline.json'
  );
  const config = loadConfig(args.inputs, io.cwd);
  let previous: BaselineFile | null = null;
  if (previousFile) {
    const checked = await readBaselineFile(path.resolve(io.cwd, previousFile), null);
    if (!checked.ok) throw new InputError(`Invalid --previous: ${checked.reason}`);
    previous = checked.file;
  }
  const file = buildBaselineFile(perf, previous, {
    name: config.name,
    commit: perf._metadata.git_commit,
    ref: io.env.GITHUB_REF || null,
    runId: io.env.GITHUB_RUN_ID || null,
    promotedAt: new Date().toISOString(),
    runner: { ...runnerOf(io.env), testbed: config.testbed },
    historySize: config.historySize
  });
  const invalid = validateBaselineFile(file);
  if (invalid.length > 0)
    throw new Error(`the new baseline does not match its schema: ${invalid.join('; ')}`);
  const target = path.resolve(io.cwd, out as string);
  await writeFileAtomic(target, `${JSON.stringify(file, null, 2)}\n`);
  printLine(io.stdout, `Baseline: ${target} (history ${file.history.length})`);
  return 0;
}

const DOCUMENT_LABELS: Readonly<Record<keyof DocumentPaths, string>> = {
  reportHtml: 'HTML report',
  trendHtml: 'Trend',
  auditJson: 'Audit record',
  auditHtml: 'Audit',
  complianceHtml: 'Compliance summary'
};

function documentLabels(documents: Partial<DocumentPaths> | null): Record<string, string> {
  if (!documents) return {};
  return Object.fromEntries(
    (Object.keys(DOCUMENT_LABELS) as Array<keyof DocumentPaths>).flatMap((key) =>
      documents[key] ? [[DOCUMENT_LABELS[key], documents[key]]] : []
    )
  );
}

/** A perf.json named by --report, checked against its schema; `read` is its path and the bytes' sha256. */
function readReportFile(
  args: CliArgs,
  io: CliIO,
  usageLine: string
): { report: PerfReport; read: WrittenFile } {
  const reportFile = args.files.report;
  if (!reportFile || !args.files.out) throw new InputError(usageLine);
  const file = path.resolve(io.cwd, reportFile);
  const { data, sha256 } = readJsonFile(file, '--report');
  const problems = perfReportProblems(data);
  if (problems.length > 0) {
    throw new InputError(
      `--report ${reportFile} does not match schema/perf-report.schema.json: ${problems.join('; ')}`
    );
  }
  return { report: withQuantities(data as PerfReport), read: { path: file, sha256 } };
}

/** `report`: report.html and trend.html from a perf.json (and the baseline it was compared with). */
async function reportCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { report } = readReportFile(
    args,
    io,
    'Usage: copybook-bench report --report perf.json [--baseline baseline.json] --out DIR'
  );
  const baselineFile = args.inputs.baseline;
  let baseline: BaselineFile | null = null;
  if (baselineFile !== undefined) {
    const checked = await readBaselineFile(path.resolve(io.cwd, baselineFile), null);
    if (!checked.ok) throw new InputError(`Invalid baseline: ${checked.reason}`);
    baseline = checked.file;
  }
  const dir = path.resolve(io.cwd, args.files.out as string);
  const paths = await withReportDirLock(dir, notice(io), () =>
    writeReportPages({ report, baseline, dir, header: localHeader(report) })
  );
  for (const [label, file] of Object.entries(documentLabels(paths)))
    printLine(io.stdout, `${label}: ${file}`);
  return 0;
}

/** `audit`: audit.json, audit.html and compliance.html for a perf.json. */
async function auditCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { report, read } = readReportFile(
    args,
    io,
    'Usage: copybook-bench audit --report perf.json [--baseline baseline.json] --out DIR'
  );
  const { baseline: baselineFile, ...settings } = args.inputs;
  const config = loadConfig(settings, io.cwd);
  const workingDirectory = path.resolve(io.cwd, config.workingDirectory);
  const auditPath = settingPath(
    config,
    'audit-config',
    config.auditConfig,
    { base: workingDirectory, workspace: io.cwd },
    'file'
  );
  const auditConfig = await loadAuditConfig(config.auditConfig, auditPath);
  const baselineRead =
    baselineFile === undefined ? null : readHashed(path.resolve(io.cwd, baselineFile), '--baseline');
  const dir = path.resolve(io.cwd, args.files.out as string);
  const tools = await toolVersions({
    cwd: workingDirectory,
    env: childEnv(config.benchEnv, io.env),
    run: config.run
  });
  const paths = await withReportDirLock(dir, notice(io), () =>
    writeAuditFiles({
      report,
      reportFile: read,
      baselineFile: baselineRead,
      dir,
      settings: config.effective,
      auditConfig,
      env: io.env,
      workingDirectory,
      tools,
      header: localHeader(report)
    })
  );
  for (const [label, out] of Object.entries(documentLabels(paths))) printLine(io.stdout, `${label}: ${out}`);
  return 0;
}

function localHeader(report: PerfReport): PageHeader {
  return { commit: report._metadata.git_commit, generatedAt: report._metadata.timestamp };
}

/** A JSON file (capped), and the sha256 of the text read (the audit vouches for those bytes). */
function readJsonFile(file: string, what: string): { data: unknown; sha256: string } {
  const text = readText(file, FILE_CAPS.perfReport, what);
  try {
    return { data: JSON.parse(text), sha256: sha256Hex(text) };
  } catch (error) {
    throw new InputError(`${what} ${file} cannot be read as JSON: ${messageOf(error)}`);
  }
}

/** A file named on the command line, read with a size cap; a refusal is an input error. */
function readText(file: string, cap: number, what: string): string {
  try {
    return readFileCapped(file, cap, what);
  } catch (error) {
    const why = error instanceof FileReadError ? error.detail : messageOf(error);
    throw new InputError(`${what} ${file} cannot be read: ${why}`);
  }
}

/** A file's path and the sha256 of its text, read once. */
function readHashed(file: string, what: string): WrittenFile {
  return { path: file, sha256: sha256Hex(readText(file, FILE_CAPS.baselineFile, what)) };
}

function validateCommand(args: CliArgs, io: CliIO): number {
  const file = args.positional[0];
  if (!file || args.positional.length > 1)
    throw new InputError('validate takes one file: copybook-bench validate perf.json');
  const { data } = readJsonFile(path.resolve(io.cwd, file), 'validate:');
  const problems = perfReportProblems(data);
  if (problems.length > 0) {
    throw new InputError(`${file} does not match schema/perf-report.schema.json: ${problems.join('; ')}`);
  }
  printLine(io.stdout, `${file} is a valid perf.json`);
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
        return await demoCommand(args, io);
      case 'validate':
        return validateCommand(args, io);
      case 'baseline':
        return await baselineCommand(args, io);
      case 'report':
        return await reportCommand(args, io);
      case 'audit':
        return await auditCommand(args, io);
    }
  } catch (error) {
    if (error instanceof InputError) {
      printLine(io.stderr, `copybook-bench: ${error.message}`);
      if (error instanceof SetupError) printLine(io.stdout, `Report: ${error.reportPath}`);
      return 2;
    }
    printLine(io.stderr, `copybook-bench: unexpected error: ${messageOf(error)}`);
    if (args?.verbose && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
