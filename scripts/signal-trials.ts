// One comparison of `npm run bench:signal`: the bundled CLI compares a head commit with the base
// commit of the throwaway repository, in one of two modes, and perf.json says what regressed.
//   baseline: `run` on base, `baseline promote`, `run --baseline-file` on head (the stored-baseline
//             way: two runs at two moments);
//   paired:   `run --comparison paired --paired-ref <base>` on head (both measured in turns).

import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PerfReport, Verdict } from '../src/core/model.js';
import { checkout, type SignalRepo } from './signal-repo.js';

export const MODES = ['baseline', 'paired'] as const;
export type Mode = (typeof MODES)[number];

/** The two pull requests: nothing changed but a comment, and COMP-3 5% slower. */
export type PairName = 'noise' | 'slow5';

export interface TrialSettings {
  /** The bundled CLI (dist/cli/index.js). */
  cli: string;
  repo: SignalRepo;
  /** Flags every `run` gets: benches, bench and cargo arguments, thresholds. */
  runArgs: string[];
  /** `--rounds` for the paired mode; null leaves the CLI's default. */
  rounds: number | null;
  env: Record<string, string>;
  /** Where each run's report folder and log go. */
  scratch: string;
}

/** A DISPLAY or COMP-3 benchmark's change in one comparison. */
export interface MetricChange {
  id: string;
  metric: 'display' | 'comp3';
  changePct: number | null;
  /** As perf.json says it. */
  verdict: Verdict;
}

export interface PairResult {
  /** Wall time of every `run` of the comparison (cargo builds and benches, plus the analysis). */
  seconds: number;
  /** The base side's `run` in baseline mode: one plain run without a comparison. */
  plainSeconds: number | null;
  changes: MetricChange[];
}

/** A run that failed: `line` is the CLI's own message. */
export class RunFailure extends Error {
  constructor(readonly line: string) {
    super(line);
  }
}

/** The child running now, so that an interrupt can end it and everything it started. */
let current: ChildProcess | null = null;

/** Ends the running CLI with its cargo and bench processes (they share its process group). */
export function killCurrentRun(): void {
  if (current?.pid !== undefined && current.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** The CLI's message from a failed run: its `copybook-bench:` or `error:` line, else its last line. */
export function failureLine(stderr: string, status: number | null): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const said = lines.findLast((l) => l.startsWith('copybook-bench:') || /^error(\[|:)/.test(l));
  return said ?? lines.at(-1) ?? `the CLI exited with ${status} and printed nothing`;
}

interface Finished {
  status: number | null;
  seconds: number;
  stderrTail: string;
}

/** Runs the CLI with `args` in the repository; its whole output goes to `log`. */
function runCli(settings: TrialSettings, args: readonly string[], log: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const out = createWriteStream(log);
    // Its own process group, so that an interrupt reaches cargo and the bench binaries too.
    const child = spawn(process.execPath, [settings.cli, ...args], {
      cwd: settings.repo.dir,
      env: settings.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    current = child;
    let stderrTail = '';
    child.stdout.pipe(out, { end: false });
    child.stderr.on('data', (chunk: Buffer) => {
      out.write(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-16_000);
    });
    child.on('error', reject);
    child.on('close', (status) => {
      current = null;
      out.end();
      resolve({ status, seconds: Number(process.hrtime.bigint() - started) / 1e9, stderrTail });
    });
  });
}

async function runOrFail(settings: TrialSettings, args: readonly string[], log: string): Promise<number> {
  const done = await runCli(settings, args, log);
  if (done.status !== 0) throw new RunFailure(failureLine(done.stderrTail, done.status));
  return done.seconds;
}

/** DISPLAY and COMP-3 changes of a perf.json; metrics come from its benchmarks (the run's mapping). */
export function metricChanges(report: PerfReport, mode: Mode): MetricChange[] {
  if (report.comparison === null) {
    // A paired run that could not pair says why in a warning.
    const why = report.warnings[0];
    throw new RunFailure(`perf.json has no comparison${why === undefined ? '' : ` (${why})`}`);
  }
  const metricOf = new Map(report.benchmarks.map((b) => [b.id, b.metric]));
  const changes: MetricChange[] = [];
  for (const change of report.comparison.changes) {
    // The paired mode marks its verdicts; anything else would be counted under the wrong mode.
    const method = (change as { method?: unknown }).method;
    if (mode === 'paired' && method !== 'paired') {
      throw new RunFailure(
        `perf.json's change for ${change.id} has method ${JSON.stringify(method)}, not "paired"`
      );
    }
    const metric = metricOf.get(change.id);
    if (metric === 'display' || metric === 'comp3') {
      changes.push({ id: change.id, metric, changePct: change.change_pct, verdict: change.verdict });
    }
  }
  return changes;
}

function readReport(reportDir: string): PerfReport {
  return JSON.parse(readFileSync(path.join(reportDir, 'perf.json'), 'utf8')) as PerfReport;
}

/** `run`'s arguments; a regression must not fail the run, perf.json's verdicts are what is counted. */
function runArgs(settings: TrialSettings, reportDir: string, ...more: string[]): string[] {
  return ['run', ...settings.runArgs, '--fail-on', 'none', '--report-dir', reportDir, ...more];
}

/** One results folder per run: nothing of an earlier run can be read as this one's. */
const ownCriterionHome = (reportDir: string): string =>
  `--bench-env=CRITERION_HOME=${path.join(reportDir, 'criterion')}`;

/** One plain `run` of `commit` (no comparison); its wall time. */
export async function plainRun(settings: TrialSettings, commit: string, label: string): Promise<number> {
  const reportDir = path.join(settings.scratch, label);
  checkout(settings.repo, commit);
  return runOrFail(settings, runArgs(settings, reportDir, ownCriterionHome(reportDir)), `${reportDir}.log`);
}

/** One comparison of `head` (noise or slow5) with base; `label` names its files. */
export async function comparePair(
  mode: Mode,
  head: PairName,
  label: string,
  settings: TrialSettings
): Promise<PairResult> {
  const { repo } = settings;
  const dir = (side: string) => path.join(settings.scratch, `${label}-${side}`);

  if (mode === 'baseline') {
    const before = dir('base');
    const after = dir(head);
    const plainSeconds = await plainRun(settings, repo.commits.base, `${label}-base`);
    const baselineFile = path.join(before, 'baseline.json');
    await runOrFail(
      settings,
      ['baseline', 'promote', '--report', path.join(before, 'perf.json'), '--out', baselineFile],
      `${before}-promote.log`
    );
    checkout(repo, repo.commits[head]);
    const headSeconds = await runOrFail(
      settings,
      runArgs(settings, after, ownCriterionHome(after), '--baseline-file', baselineFile),
      `${after}.log`
    );
    return {
      seconds: plainSeconds + headSeconds,
      plainSeconds,
      changes: metricChanges(readReport(after), mode)
    };
  }

  // CRITERION_HOME is the head's own run's; the paired rounds get one each from the runner.
  const reportDir = dir('paired');
  checkout(repo, repo.commits[head]);
  const rounds = settings.rounds === null ? [] : ['--rounds', String(settings.rounds)];
  const paired = ['--comparison', 'paired', '--paired-ref', repo.commits.base, ...rounds];
  const seconds = await runOrFail(
    settings,
    runArgs(settings, reportDir, ownCriterionHome(reportDir), ...paired),
    `${reportDir}.log`
  );
  return { seconds, plainSeconds: null, changes: metricChanges(readReport(reportDir), mode) };
}
