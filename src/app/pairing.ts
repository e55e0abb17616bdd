// The paired comparison's part of a run: which revision to pair with, which benchmarks to measure
// again, the measurement (paired.ts), and what the report is told when it cannot be done. A pairing
// that cannot be had never fails the run: it says why in one line, with the fix, and the stored
// baseline's comparison stands.

import type { RunPaths } from '../adapters/config/paths.js';
import type { GitHubContext } from '../adapters/github/context.js';
import type { Config } from '../core/config/config.js';
import { type Finding, warning } from '../core/findings.js';
import type { PerfReport } from '../core/model.js';
import type { PairedInput } from '../core/paired/compare.js';
import { runPaired } from './paired.js';
import type { Ports } from './ports.js';

/** The revision to pair with: `paired-ref`, else a pull request's base commit; null when neither. */
export function pairedRefOf(config: Config, github: GitHubContext): string | null {
  if (config.pairedRef !== null) return config.pairedRef;
  // The payload's base commit becomes an argument of git: only a commit id is taken from it.
  const base = github.pullRequest?.baseSha ?? null;
  return base !== null && /^[0-9a-f]{40}$/i.test(base) ? base : null;
}

/**
 * The benchmarks to measure again: every one (`paired`), or those the stored baseline called
 * regressed or improved (`confirm`).
 */
export function idsToPair(config: Config, report: Pick<PerfReport, 'benchmarks' | 'comparison'>): string[] {
  if (config.comparison === 'paired') return report.benchmarks.map((b) => b.id);
  return (report.comparison?.changes ?? [])
    .filter((c) => c.verdict === 'regressed' || c.verdict === 'improved')
    .map((c) => c.id);
}

export interface Pairing {
  input: PairedInput | null;
  findings: Finding[];
}

/** Measures the base and the head, interleaved, for a run whose own bench ran and succeeded. */
export async function measurePaired(
  config: Config,
  context: {
    github: GitHubContext;
    paths: RunPaths;
    benches: readonly string[];
    cargoConfigArgs: readonly string[];
    /** The benchmarks to measure again (idsToPair). */
    ids: readonly string[];
  },
  ports: Ports
): Promise<Pairing> {
  const none: Pairing = { input: null, findings: [] };
  const fallBack = (why: string): Pairing => {
    // A finding, not a log line too: the run prints its warnings once, at the end.
    const message = `${why}; compared with the stored baseline instead.`;
    return { input: null, findings: [warning('input', message)] };
  };
  // Nothing flagged, nothing to pair with: confirm needs no revision then.
  const { ids } = context;
  if (ids.length === 0) {
    if (config.comparison === 'confirm')
      ports.log.info('Nothing to confirm: the stored baseline flagged no benchmark.');
    return none;
  }
  const ref = pairedRefOf(config, context.github);
  if (ref === null)
    return fallBack(
      `comparison: ${config.comparison} needs paired-ref outside a pull request (a branch, tag or commit to measure against)`
    );
  const run = await runPaired(
    {
      workingDirectory: context.paths.workingDirectory,
      workspace: context.paths.workspace,
      ref,
      packageName: config.package,
      benches: context.benches,
      cargoArgs: [...context.cargoConfigArgs, ...config.cargoArgs],
      benchEnv: config.benchEnv,
      ids,
      rounds: config.rounds,
      // One core per side: on a single core the sides would take turns within the round anyway.
      together: ports.host.cpuCores >= 2,
      regressionThreshold: config.regressionThreshold,
      noiseThreshold: config.noiseThreshold,
      measurementSeconds: config.pairedMeasurementTime,
      warmUpSeconds: config.pairedMeasurementTime / 2,
      timeoutMinutes: config.timeoutMinutes
    },
    ports
  );
  if (!run.ok) return fallBack(run.reason);
  return {
    input: {
      mode: config.comparison === 'confirm' ? 'confirm' : 'paired',
      ref,
      commit: run.commit,
      rounds: run.rounds,
      seconds: run.seconds,
      together: run.together,
      // As criterion was given it: criterion 0.3 takes whole seconds only.
      measurementSeconds: run.measurementSeconds
    },
    // What could not be read in a round leaves that round's ratio out; the report says which.
    findings: run.warnings.map((message) => warning('input', message))
  };
}
