// The paired measurement: a second revision (the pull request's base) checked out in a git worktree
// next to the head, both built, then run in alternating rounds on this machine, base and head back
// to back. Whatever slows the machine during a round slows both sides, so their ratio round by
// round holds where a baseline stored from another runner does not. Measuring only: the
// statistics over the rounds are core/paired's.

import path from 'node:path';
import { realPath } from '../adapters/fs/confined.js';
import { checkPairedFolder, inheritedCargoConfigs, reallyInside } from '../adapters/fs/paired-folder.js';
import { CheckoutError, GitTimeout } from '../adapters/git/git.js';
import { childEnv } from '../core/child-env.js';
import type { Measurement } from '../core/criterion/measurement.js';
import { messageOf } from '../core/errors.js';
import { pairedIds, settledIds } from '../core/paired/compare.js';
import type { BenchBuild, BenchExecutable } from '../core/runner/bench-executables.js';
import {
  type CriterionTimes,
  criterionRunArgs,
  criterionTimes,
  idFilter
} from '../core/runner/criterion-args.js';
import { failureCause } from '../core/runner/failure.js';
import { isRevisionName, REVISION_NAME_ACCEPTED } from '../core/runner/git-revision.js';
import { type PairedLayout, pairedLayout } from '../core/runner/paired-layout.js';
import type { Ports } from './ports.js';

export interface PairedRequest {
  /** The head's cargo working directory (working-directory, resolved): inside the git checkout. */
  workingDirectory: string;
  /** The workspace: the paired folder goes in it (`.copybook-bench/paired`). */
  workspace: string;
  /** The revision to pair with: a sha, a branch or a tag. */
  ref: string;
  /** The package to benchmark (`cargo bench -p`). */
  packageName: string;
  /** The criterion bench targets to build and run; empty: every bench target cargo builds. */
  benches: readonly string[];
  /** cargo's arguments (cargo-args with this run's `--config` arguments). */
  cargoArgs: readonly string[];
  benchEnv: Readonly<Record<string, string>>;
  /** Run only these benchmarks (criterion full ids); null: all. */
  ids: readonly string[] | null;
  /** How many rounds of base and head (at least 1). */
  rounds: number;
  /**
   * Whether a round runs the two sides at the same time, one core each (duet benchmarking), or one
   * after the other. Together, whatever slows the machine slows both at the same moment, and a
   * round takes half the time; it needs a core per side.
   */
  together: boolean;
  /**
   * The regression and noise thresholds (fractions): a benchmark the remaining rounds can no longer
   * make regressed or improved is measured no further (settledIds).
   */
  regressionThreshold: number;
  noiseThreshold: number;
  /** criterion's measurement time per benchmark, side and round, in seconds. */
  measurementSeconds: number;
  /** criterion's warm-up time per benchmark, side and round, in seconds. */
  warmUpSeconds: number;
  /** The whole paired run (git, both builds, every round) stops after this many minutes. */
  timeoutMinutes: number;
}

export type PairedSide = 'base' | 'head';

export interface PairedRound {
  /** Which side ran (or, run together, started) first in this round: base in odd rounds, head in even ones. */
  first: PairedSide;
  base: Measurement[];
  head: Measurement[];
}

/** One side's build. */
export interface PairedBuild {
  seconds: number;
  /** cargo's compiler-artifact messages, and how many of them cargo reused without compiling. */
  artifacts: number;
  fresh: number;
  /** The criterion the side's bench programs link (`0.3.6`), or null when cargo did not say. */
  criterionVersion: string | null;
}

export type PairedRun =
  | {
      ok: true;
      /** The full sha `ref` resolved to. */
      commit: string;
      rounds: PairedRound[];
      /** Wall time of the whole paired run (git, builds, rounds). */
      seconds: number;
      /** Whether each round ran both sides at the same time. */
      together: boolean;
      /**
       * The times criterion was given: as asked, or rounded up to whole seconds when a side's
       * criterion is older than 0.4 (it takes only whole seconds).
       */
      measurementSeconds: number;
      warmUpSeconds: number;
      /** The paired revision's checkout and its cargo target folder. */
      worktree: string;
      targetDir: string;
      builds: Record<PairedSide, PairedBuild>;
      /**
       * What the report should say about the measurement: a cargo config of the head that the base's
       * build read too, and what criterion's results reader could not read (naming round and side).
       */
      warnings: string[];
    }
  | { ok: false; reason: string };

/** Ends the paired run with a reason (one line, the cause first). */
class PairedFailure extends Error {
  override name = 'PairedFailure';
}

const fail = (reason: string): never => {
  throw new PairedFailure(reason);
};

/** The side that runs first in round `round` (1-based): base, head, base, … (ABAB). */
export function firstInRound(round: number): PairedSide {
  return round % 2 === 1 ? 'base' : 'head';
}

/** cargo flags that would build both revisions from one place, and what to use instead. */
const SHARED_PLACE_FLAGS: Readonly<Record<string, string>> = {
  '--target-dir': 'set CARGO_TARGET_DIR in bench-env instead',
  '--manifest-path': 'set working-directory instead'
};

function checkRequest(request: PairedRequest): void {
  // Checked again here, as it reaches git rev-parse and git fetch, whoever built the request.
  if (!isRevisionName(request.ref))
    fail(
      `the revision to pair with, ${JSON.stringify(request.ref)}, is not a commit, branch or tag name; accepted: ${REVISION_NAME_ACCEPTED}`
    );
  if (!(Number.isInteger(request.rounds) && request.rounds >= 1))
    fail(`the paired run needs a whole number of rounds, at least 1; got ${request.rounds}`);
  for (const [name, value] of [
    ['measurement time', request.measurementSeconds],
    ['warm-up time', request.warmUpSeconds],
    ['timeout', request.timeoutMinutes]
  ] as const) {
    if (!(Number.isFinite(value) && value > 0))
      fail(`the paired run's ${name} must be above 0; got ${value}`);
  }
  if (request.ids !== null && request.ids.length === 0)
    fail('the paired run was given an empty list of benchmarks to run');
  for (const arg of request.cargoArgs) {
    const flag = arg.split('=')[0] as string;
    const instead = SHARED_PLACE_FLAGS[flag];
    if (instead !== undefined)
      fail(
        `cargo-args has ${flag}, which would build the base and the head in one place for the paired run; ${instead}`
      );
  }
}

/** The seconds since `start` (ms), to one decimal. */
const secondsSince = (ports: Ports, start: number): number =>
  Math.round((ports.clock.now() - start) / 100) / 10;

/** A paired run: the base revision built in a worktree, then base and head in alternating rounds. */
export async function runPaired(request: PairedRequest, ports: Ports): Promise<PairedRun> {
  try {
    return await pairedRun(request, ports);
  } catch (error) {
    const reason =
      error instanceof PairedFailure ? error.message : `the paired run stopped: ${messageOf(error)}`;
    // One line, whatever a program printed or a file was called.
    return { ok: false, reason: reason.replace(/\s*[\r\n]+\s*/g, ' ') };
  }
}

/** What every step of one paired run shares. */
interface PairedContext {
  request: PairedRequest;
  ports: Ports;
  /** The workspace, absolute. */
  workspace: string;
  /** When the run started (ms, the ports' clock). */
  started: number;
  /** The ms left of the run's time, for the next program. */
  timeoutMs: () => number;
  /** Ends the run: `what` did not finish within the run's time. */
  timedOut: (what: string) => never;
  /** What the report should say about the measurement (PairedRun's warnings), as they come. */
  warnings: string[];
}

/** One side built: its bench programs, and what the report says about the build. */
interface SideBuild {
  build: BenchBuild;
  summary: PairedBuild;
}

/** Both sides built, and what a round runs them with. */
interface Measuring {
  layout: PairedLayout;
  built: Record<PairedSide, SideBuild>;
  times: CriterionTimes;
}

/** The benchmarks a round measures: those kept (null: all), and criterion's filter (null: none fits). */
interface Selection {
  wanted: Set<string> | null;
  filter: string | null;
}

async function pairedRun(request: PairedRequest, ports: Ports): Promise<Extract<PairedRun, { ok: true }>> {
  checkRequest(request);
  const run = startRun(request, ports);
  const { root, commit, layout } = await checkOutRevision(run);
  const relative = path.relative(root, realPath(request.workingDirectory));
  const baseDirectory = path.join(layout.worktree, relative);
  warnOfInheritedConfigs(run, root, layout);
  const built = await buildBoth(run, commit, layout, baseDirectory);
  const times = criterionTimes(
    [built.base.build.criterionVersion, built.head.build.criterionVersion],
    request.measurementSeconds,
    request.warmUpSeconds
  );
  const rounds = await runRounds(run, { layout, built, times });
  return {
    ok: true,
    commit,
    rounds,
    seconds: secondsSince(ports, run.started),
    together: request.together,
    measurementSeconds: times.measurementSeconds,
    warmUpSeconds: times.warmUpSeconds,
    worktree: layout.worktree,
    targetDir: layout.targetDir,
    builds: { base: built.base.summary, head: built.head.summary },
    warnings: run.warnings
  };
}

/** The run's context: its clock started and its deadline set. */
function startRun(request: PairedRequest, ports: Ports): PairedContext {
  const started = ports.clock.now();
  const deadline = started + request.timeoutMinutes * 60_000;
  return {
    request,
    ports,
    workspace: path.resolve(request.workspace),
    started,
    timeoutMs: () => deadline - ports.clock.now(),
    timedOut: (what) =>
      fail(
        `${what} did not finish within the paired run's ${request.timeoutMinutes} minutes and was stopped`
      ),
    warnings: []
  };
}

/**
 * The checkout, the full sha of the revision to pair with, and its worktree, made by git through
 * the port; git's failures are the run's reasons as they are.
 */
async function checkOutRevision(
  run: PairedContext
): Promise<{ root: string; commit: string; layout: PairedLayout }> {
  const { request, ports, workspace } = run;
  const options = { env: ports.env, timeoutMs: run.timeoutMs };
  return ports.log.group(`Paired run: check out ${request.ref}`, async () => {
    try {
      const root = await ports.git.checkoutRoot(request.workingDirectory, options);
      const commit = await ports.git.resolveCommit(request.ref, root, options);
      const layout = pairedLayout(workspace, commit);
      const reused = await ports.git.checkOutWorktree({ workspace, root, layout, commit }, options);
      ports.log.info(
        `${request.ref} is ${commit}: ${reused ? 'reused' : 'checked out'} at ${layout.worktree}`
      );
      return { root, commit, layout };
    } catch (error) {
      if (error instanceof GitTimeout) run.timedOut(error.command);
      if (error instanceof CheckoutError) fail(error.message);
      throw error;
    }
  });
}

/** The head's cargo configs that the base's build reads too, when the workspace lies in the checkout. */
function warnOfInheritedConfigs(run: PairedContext, root: string, layout: PairedLayout): void {
  const workspaceInCheckout = path.relative(root, realPath(run.workspace));
  if (workspaceInCheckout.startsWith('..') || path.isAbsolute(workspaceInCheckout)) return;
  for (const file of inheritedCargoConfigs(run.workspace, path.join(layout.worktree, workspaceInCheckout))) {
    const warning = `the base's build reads the head's ${file} too (cargo reads the .cargo config of every parent folder, and the base's checkout lies in the workspace): a change the head made there is not seen by the pairing`;
    run.ports.log.warning(warning);
    run.warnings.push(warning);
  }
}

/** Both sides built, the base first: the head's build scripts (the pull request's code) run after it. */
async function buildBoth(
  run: PairedContext,
  commit: string,
  layout: PairedLayout,
  baseDirectory: string
): Promise<Record<PairedSide, SideBuild>> {
  const { request, ports } = run;
  return ports.log.group(`Paired run: build ${commit.slice(0, 12)} and the head`, async () => {
    recheckFolder(run.workspace, layout);
    const what = `the base ${commit.slice(0, 12)} (${request.ref})`;
    const base = await buildSide(run, 'base', what, baseDirectory, { CARGO_TARGET_DIR: layout.targetDir });
    for (const executable of base.build.executables) {
      if (!reallyInside(executable.executable, layout.targetDir))
        fail(
          `cargo named ${executable.executable} as the base's bench ${executable.target}: outside ${layout.targetDir}`
        );
      if (!reallyInside(path.dirname(executable.manifestPath), layout.worktree))
        fail(`cargo named ${executable.manifestPath} as the base's manifest: outside ${layout.worktree}`);
    }
    const head = await buildSide(run, 'head', 'the head', request.workingDirectory, {});
    return { base, head };
  });
}

/** `cargo bench --no-run` of one side (`what`, for messages), and its bench programs. */
async function buildSide(
  run: PairedContext,
  side: PairedSide,
  what: string,
  cwd: string,
  extraEnv: Record<string, string>
): Promise<SideBuild> {
  const { request, ports } = run;
  const start = ports.clock.now();
  const result = await ports.exec.buildBenches({
    packageName: request.packageName,
    benches: request.benches,
    cargoArgs: request.cargoArgs,
    cwd,
    env: childEnv({ ...request.benchEnv, ...extraEnv }, ports.env),
    timeoutMs: run.timeoutMs()
  });
  if (!result.ok)
    return result.timedOut
      ? run.timedOut(`building ${what}`)
      : fail(`${result.cause} (building ${what} with cargo bench --no-run in ${cwd} for the paired run)`);
  const { build } = result;
  if (build.missing.length > 0 || build.executables.length === 0) {
    const missing = build.missing.length > 0 ? build.missing.join(', ') : 'any bench target';
    fail(`cargo bench --no-run built no bench program for ${missing} of ${what}`);
  }
  const summary: PairedBuild = {
    seconds: secondsSince(ports, start),
    artifacts: build.artifacts,
    fresh: build.fresh,
    criterionVersion: build.criterionVersion
  };
  ports.log.info(
    `${side}: ${build.executables.map((e) => e.target).join(', ')} built in ${summary.seconds} s ` +
      `(${build.fresh} of ${build.artifacts} artifacts reused${build.criterionVersion ? `, criterion ${build.criterionVersion}` : ''})`
  );
  return { build, summary };
}

/** The rounds of base and head, each measuring what earlier rounds have not settled yet. */
async function runRounds(run: PairedContext, measuring: Measuring): Promise<PairedRound[]> {
  const { request, ports } = run;
  const { times } = measuring;
  return ports.log.group(
    `Paired run: ${request.rounds} round${request.rounds === 1 ? '' : 's'} of base and head`,
    async () => {
      // The benchmarks each round measures: those asked for, less those already settled.
      let selection: Selection = {
        wanted: request.ids === null ? null : new Set(request.ids),
        filter: request.ids === null ? null : idFilter(request.ids)
      };
      if (times.rounded)
        ports.log.info(
          `criterion before 0.4 takes whole seconds: measurement ${request.measurementSeconds} s and warm-up ${request.warmUpSeconds} s run as ${times.measurementSeconds} s and ${times.warmUpSeconds} s`
        );
      if (request.ids !== null && selection.filter === null)
        ports.log.info(
          `${request.ids.length} benchmark ids are too many for one filter: each side runs all and keeps those`
        );
      const done: PairedRound[] = [];
      for (let round = 1; round <= request.rounds; round++) {
        if (round > 1) {
          const open = stillOpen(run, done, round, selection);
          if (open === null) break;
          selection = open;
        }
        done.push(await runRound(run, measuring, round, selection));
      }
      return done;
    }
  );
}

/**
 * What round `round` measures: `selection` less what the rounds `done` have settled; null when
 * nothing is left.
 */
function stillOpen(
  run: PairedContext,
  done: readonly PairedRound[],
  round: number,
  selection: Selection
): Selection | null {
  const { request, ports } = run;
  const measured = pairedIds(done);
  const settled = settledIds(done, request.rounds, request);
  const open = measured.filter((id) => !settled.has(id));
  if (settled.size > 0)
    ports.log.info(
      `round ${round}: ${settled.size} of ${measured.length} benchmarks can come out neither regressed nor improved whatever the remaining rounds measure, and are measured no further`
    );
  if (open.length === 0) return null;
  return settled.size > 0 ? { wanted: new Set(open), filter: idFilter(open) } : selection;
}

/** One round: both sides in this round's order, one after the other or together. */
async function runRound(
  run: PairedContext,
  measuring: Measuring,
  round: number,
  selection: Selection
): Promise<PairedRound> {
  const { request, ports } = run;
  const roundStart = ports.clock.now();
  const first = firstInRound(round);
  const order: PairedSide[] = first === 'base' ? ['base', 'head'] : ['head', 'base'];
  const measured: Partial<Record<PairedSide, Measurement[]>> = {};
  const measure = (side: PairedSide) => measureSide(run, measuring, side, round, selection);
  if (request.together) {
    // Both sides at once, `first` started first; a side that fails waits for the other to end.
    const settled = await Promise.allSettled(order.map(measure));
    for (const [i, outcome] of settled.entries()) {
      if (outcome.status === 'rejected') throw outcome.reason;
      measured[order[i] as PairedSide] = outcome.value;
    }
  } else {
    for (const side of order) measured[side] = await measure(side);
  }
  const base = measured.base ?? [];
  const head = measured.head ?? [];
  ports.log.info(
    `round ${round}: ${order.join(request.together ? ' with ' : ' then ')}, ${base.length} and ${head.length} benchmarks in ${secondsSince(ports, roundStart)} s`
  );
  return { first, base, head };
}

/** One side's bench programs, each with its own criterion folder for this round, read back. */
async function measureSide(
  run: PairedContext,
  measuring: Measuring,
  side: PairedSide,
  round: number,
  selection: Selection
): Promise<Measurement[]> {
  const { ports } = run;
  const home = await ports.files.tempDir(`copybook-paired-${side}-`);
  try {
    for (const executable of measuring.built[side].build.executables)
      await runBench(run, measuring, side, round, { executable, home, filter: selection.filter });
    const read = await ports.files.readCriterionSamples(home);
    const { wanted } = selection;
    const measurements = wanted ? read.measurements.filter((m) => wanted.has(m.id)) : read.measurements;
    for (const problem of read.problems) run.warnings.push(`round ${round}, ${side}: ${problem}`);
    if (measurements.length === 0)
      fail(
        `the ${side} measured none of the benchmarks${wanted ? ' asked for' : ''} in round ${round}` +
          (read.problems[0] === undefined ? '' : `: ${read.problems[0]}`)
      );
    return measurements;
  } finally {
    await ports.files.remove(home);
  }
}

/** One bench program of a side, writing its results into `home` (its CRITERION_HOME). */
async function runBench(
  run: PairedContext,
  measuring: Measuring,
  side: PairedSide,
  round: number,
  bench: { executable: BenchExecutable; home: string; filter: string | null }
): Promise<void> {
  const { request, ports } = run;
  const { executable, home } = bench;
  const { layout } = measuring;
  // A bench of the head (the pull request's code) may have swapped in a symlink meanwhile.
  if (side === 'base') {
    recheckFolder(run.workspace, layout);
    if (!reallyInside(executable.executable, layout.targetDir))
      fail(`${executable.executable} no longer lies inside ${layout.targetDir}`);
  }
  const result = await ports.exec.run(
    executable.executable,
    criterionRunArgs(measuring.times, bench.filter),
    {
      cwd: path.dirname(executable.manifestPath),
      env: childEnv({ ...request.benchEnv, CRITERION_HOME: home }, ports.env),
      timeoutMs: run.timeoutMs()
    }
  );
  if (result.timedOut) run.timedOut(`the ${side}'s bench ${executable.target} in round ${round}`);
  if (result.exitCode !== 0) {
    const status = result.exitCode === null ? 'ended by a signal' : `exit code ${result.exitCode}`;
    fail(`${failureCause(result)} (the ${side}'s bench ${executable.target} in round ${round}, ${status})`);
  }
}

/** The folder checked again before it is written to or run from. */
function recheckFolder(workspace: string, layout: PairedLayout): void {
  const problem = checkPairedFolder(workspace, layout);
  if (problem !== null) fail(problem);
}
