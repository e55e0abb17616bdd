// The CLI's commands: the same run as the Action from a terminal (run, analyze, demo), and the
// tools that work on a perf.json (validate, baseline promote, report, audit). Progress and cargo's
// output go to stderr, the one-liner and the report path to stdout.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuditConfig } from '../adapters/audit/collect.js';
import { type CrateSource, resolveCrateSource } from '../adapters/cargo/crate-source.js';
import { findOnPath } from '../adapters/cargo/preflight.js';
import { loadConfig } from '../adapters/config/load.js';
import { settingPath } from '../adapters/config/paths.js';
import { FILE_CAPS, FileReadError, readFileCapped } from '../adapters/fs/confined.js';
import { withReportDirLock } from '../adapters/fs/lock.js';
import type { WrittenFile } from '../adapters/fs/write.js';
import { newBaselineText, readBaselineFile } from '../app/baseline.js';
import { type DocumentPaths, writeAuditFiles, writeReportPages } from '../app/documents.js';
import { gatePorts, scrubberOf } from '../app/gate.js';
import type { RunSettings } from '../app/plan.js';
import { runnerOf } from '../app/plan.js';
import { isoNow, type Ports } from '../app/ports.js';
import { prepare } from '../app/prepare.js';
import { execute } from '../app/run.js';
import { childEnv } from '../core/child-env.js';
import { InputError, messageOf } from '../core/errors.js';
import { type Log, logText } from '../core/log.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { perfReportProblems } from '../core/report/schema.js';
import { jobCredentials } from '../core/secrets.js';
import { sha256Hex } from '../core/sha256.js';
import { realPorts } from '../real-ports.js';
import type { PageHeader } from '../render/html/layout.js';
import type { CliArgs } from './args.js';
import { readRecording } from './recorded.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

// Messages go through logText: a CI step reads the CLI's output for workflow commands, and ids
// and paths in a message come from files a pull request controls.
export const printLine = (write: (text: string) => void, message: string): void =>
  write(`${logText(message)}\n`);

/**
 * The real ports, with the log and cargo's live output on stderr; the job's credentials in the
 * environment (GITHUB_TOKEN, say) are scrubbed from the log from the start (a run adds its own).
 */
export const cliPorts = (io: CliIO): Ports =>
  gatePorts(
    realPorts({ log: consoleLog(io), env: io.env, echo: io.stderr }),
    scrubberOf(jobCredentials(io.env))
  );

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

export async function analyzeCommand(
  args: CliArgs,
  io: CliIO,
  defaults: Record<string, string>,
  printCommentPath = false,
  extra: Pick<RunSettings, 'cargoConfigArgs' | 'recorded'> = {}
): Promise<number> {
  // The flag wins; GITHUB_TOKEN keeps the token out of the process list.
  const token = args.inputs['github-token'] || io.env.GITHUB_TOKEN || '';
  // A baseline.json named on the command line is what this run compares with.
  const baselinePath = args.files['baseline-file'] ?? null;
  const inputs: Record<string, string> = { ...defaults, ...args.inputs, 'github-token': token };
  if (baselinePath !== null) inputs.baseline = 'compare';
  const ports = cliPorts(io);
  // The checkout is the directory the command runs in.
  const plan = await prepare(
    {
      inputs,
      // The words after `--`, kept as arguments: joined into text they could split differently.
      benchArgs: args.benchArgs,
      cwd: io.cwd,
      workspace: io.cwd,
      baseline: baselinePath === null ? { kind: 'none' } : { kind: 'file', path: baselinePath },
      upload: false,
      ...extra
    },
    ports
  );
  const { result, comment, documents, failed } = await execute(plan, ports);
  const { report } = result.analysis;
  const scrub = scrubberOf(plan.identity.secrets);
  const say = (write: (text: string) => void, message: string): void => printLine(write, scrub.text(message));
  for (const message of report.errors) say(io.stderr, `error: ${message}`);
  for (const message of report.warnings) say(io.stderr, `warning: ${message}`);
  say(io.stdout, report.summary);
  say(io.stdout, `Report: ${result.reportPath}`);
  say(io.stdout, `Summary: ${result.summaryPath}`);
  if (printCommentPath) {
    say(io.stdout, `Comment: ${comment.path}`);
    for (const [label, file] of Object.entries(documentLabels(documents)))
      say(io.stdout, `${label}: ${file}`);
  }
  return failed ? 1 : 0;
}

/**
 * `demo`: the whole pipeline on the example crate. Without access to crates.io, criterion comes
 * from Debian's crate sources for this run only (the user's cargo configuration is not touched);
 * without cargo or criterion, the example's recorded run is shown, labelled as recorded.
 */
export async function demoCommand(args: CliArgs, io: CliIO): Promise<number> {
  const crate = exampleCrate();
  // The example crate is not the pull request's code: the demo never comments.
  const defaults = { 'working-directory': crate, comment: 'never' };
  const cargoPath = findOnPath('cargo', io.env.PATH);
  const source: CrateSource =
    cargoPath === null
      ? { kind: 'unavailable', reason: 'cargo was not found on PATH' }
      : resolveCrateSource({
          cargoPath,
          env: io.env,
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

export async function baselineCommand(args: CliArgs, io: CliIO): Promise<number> {
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
    const checked = await readBaselineFile(path.resolve(io.cwd, previousFile), null, null, cliPorts(io));
    if (!checked.ok) throw new InputError(`Invalid --previous: ${checked.reason}`);
    previous = checked.file;
  }
  const ports = cliPorts(io);
  const { file, text } = newBaselineText(config, perf, previous, {
    commit: perf._metadata.git_commit,
    ref: io.env.GITHUB_REF || null,
    runId: io.env.GITHUB_RUN_ID || null,
    promotedAt: isoNow(ports.clock),
    runner: runnerOf(io.env, ports.host)
  });
  const target = path.resolve(io.cwd, out as string);
  await ports.files.write(target, text);
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
  return { report: data as PerfReport, read: { path: file, sha256 } };
}

/** `report`: report.html and trend.html from a perf.json (and the baseline it was compared with). */
export async function reportCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { report } = readReportFile(
    args,
    io,
    'Usage: copybook-bench report --report perf.json [--baseline-file baseline.json] --out DIR'
  );
  const baselineFile = args.files['baseline-file'];
  let baseline: BaselineFile | null = null;
  if (baselineFile !== undefined) {
    const checked = await readBaselineFile(path.resolve(io.cwd, baselineFile), null, null, cliPorts(io));
    if (!checked.ok) throw new InputError(`Invalid baseline: ${checked.reason}`);
    baseline = checked.file;
  }
  const dir = path.resolve(io.cwd, args.files.out as string);
  const ports = cliPorts(io);
  const paths = await withReportDirLock(dir, ports.clock.now, ports.host, notice(io), () =>
    writeReportPages({ report, baseline, dir, header: localHeader(report) }, ports)
  );
  for (const [label, file] of Object.entries(documentLabels(paths)))
    printLine(io.stdout, `${label}: ${file}`);
  return 0;
}

/** `audit`: audit.json, audit.html and compliance.html for a perf.json. */
export async function auditCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { report, read } = readReportFile(
    args,
    io,
    'Usage: copybook-bench audit --report perf.json [--baseline-file baseline.json] --out DIR'
  );
  const baselineFile = args.files['baseline-file'];
  const config = loadConfig(args.inputs, io.cwd);
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
    baselineFile === undefined ? null : readHashed(path.resolve(io.cwd, baselineFile), '--baseline-file');
  const dir = path.resolve(io.cwd, args.files.out as string);
  const ports = cliPorts(io);
  const tools = await ports.exec.toolVersions({
    cwd: workingDirectory,
    env: childEnv(config.benchEnv, io.env),
    run: config.run
  });
  const paths = await withReportDirLock(dir, ports.clock.now, ports.host, notice(io), () =>
    writeAuditFiles(
      {
        report,
        reportFile: read,
        baselineFile: baselineRead,
        dir,
        settings: config.effective,
        auditConfig,
        auditVariables: config.auditVariables,
        env: io.env,
        workingDirectory,
        tools,
        header: localHeader(report)
      },
      ports
    )
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
export function readText(file: string, cap: number, what: string): string {
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

export function validateCommand(args: CliArgs, io: CliIO): number {
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
