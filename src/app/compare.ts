// The comparison stage: the stored baseline this run compares with (fetched before the results are
// gathered, since a shard plans its share by the baseline's times), and the paired measurement
// against a second revision, whose benchmarks come from the stored comparison.

import path from 'node:path';
import { type AnalysisInput, storedComparison } from '../core/analyze.js';
import type { Config } from '../core/config/config.js';
import { InputError } from '../core/errors.js';
import { baselineInput, fetchBaselineForRun, readBaselineFile } from './baseline.js';
import type { Gathered } from './gather.js';
import { idsToPair, measurePaired, type Pairing } from './pairing.js';
import type { Plan, RunBaseline } from './plan.js';
import type { Ports } from './ports.js';

/** A baseline.json named on the command line: it must be valid; it is what the user asked for. */
export async function baselineNamed(
  config: Config,
  file: string,
  ports: Pick<Ports, 'read'>
): Promise<RunBaseline> {
  const checked = await readBaselineFile(file, null, null, ports);
  if (!checked.ok) throw new InputError(`Invalid baseline: ${checked.reason}`);
  return {
    input: baselineInput(config, checked.file),
    findings: [],
    path: file,
    sha256: checked.sha256,
    state: { compared: true, history: checked.file.history, branch: null }
  };
}

/**
 * The run's baseline: the one named on the command line, or the stored one fetched into the report
 * dir (`file`), where a promotion replaces it; null when the policy wants none.
 */
export async function runBaseline(plan: Plan, file: string, ports: Ports): Promise<RunBaseline | null> {
  if (plan.settings.baseline.kind !== 'store') return plan.localBaseline;
  const { baselinePolicy: policy, config } = plan;
  if (policy.warning) ports.log.warning(policy.warning);
  if (!policy.compare && !policy.promote) return null;
  const fetched = await ports.log.group('Baseline', () => fetchBaselineForRun(plan, file, ports));
  ports.log.info(`Baseline: ${fetched.source}.`);
  return {
    input: fetched.file && policy.compare ? baselineInput(config, fetched.file) : null,
    findings: fetched.findings,
    path: fetched.file ? file : null,
    sha256: fetched.sha256,
    state: { compared: policy.compare, history: fetched.file?.history ?? [], branch: policy.branch }
  };
}

/** The stored baseline's file in the report dir. */
export const baselinePath = (reportDir: string): string => path.join(reportDir, 'baseline.json');

/**
 * With `comparison: paired` or `confirm`, after this runner's own bench ran well: the benchmarks
 * the comparison names, measured against the paired revision. None otherwise.
 */
export async function pairedComparison(
  plan: Plan,
  gathered: Gathered,
  analysis: AnalysisInput,
  ports: Ports
): Promise<Pairing> {
  const { config, origin } = plan;
  if (config.comparison === 'baseline' || config.shard || origin.kind !== 'cargo' || !gathered.ran)
    return { input: null, findings: [] };
  const ids = idsToPair(config, storedComparison(analysis));
  return measurePaired(
    config,
    {
      github: plan.github,
      paths: plan.paths,
      benches: gathered.benches,
      cargoConfigArgs: origin.cargoConfigArgs,
      ids
    },
    ports
  );
}
