// The comparison stage: the stored baseline this run compares with (fetched before the results are
// gathered, since a shard plans its share by the baseline's times), and the paired measurement
// against a second revision, whose benchmarks come from the stored comparison.

import path from 'node:path';
import type { GitOptions } from '../adapters/git/git.js';
import { type AnalysisInput, analyze, type BaselineInput, storedComparison } from '../core/analyze.js';
import {
  baselineFromRecord,
  type ComparedBaseline,
  comparedBaseline,
  isBase,
  isCommitSha,
  pullRequestBases,
  recordOfBase,
  sameCommit
} from '../core/baseline/compared.js';
import { buildBaselineFile } from '../core/baseline/file.js';
import type { Config } from '../core/config/config.js';
import { InputError, messageOf } from '../core/errors.js';
import type { HistoryRecord } from '../core/history/record.js';
import { UNKNOWN_MACHINE } from '../core/machine.js';
import type { BaselineFile, RunFacts } from '../core/model.js';
import { comparedCommitLine, shortSha } from '../render/comparison.js';
import { baselineInput, fetchBaselineForRun, readBaselineFile } from './baseline.js';
import type { Gathered } from './gather.js';
import { historyRemote } from './history.js';
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
  const compared = policy.compare ? await comparedForRun(plan, fetched.file, ports) : null;
  return {
    input: compared ? { ...baselineInput(config, compared.file), reference: compared.reference } : null,
    findings: fetched.findings,
    path: fetched.file ? file : null,
    sha256: fetched.sha256,
    state: { compared: policy.compare, history: fetched.file?.history ?? [], branch: policy.branch }
  };
}

/** What the run compares with: the stored result chosen (comparedBaseline), and how it stands. */
interface ComparedForRun {
  file: BaselineFile;
  reference: NonNullable<BaselineInput['reference']>;
}

/** git's questions here are quick ones: each gets this long. */
const GIT_QUESTION_MS = 30_000;

const gitOptions = (ports: Pick<Ports, 'env'>): GitOptions => ({
  env: ports.env,
  timeoutMs: () => GIT_QUESTION_MS
});

/**
 * A pull request is compared with its own base's stored result when there is one (the base, then
 * the merge base when the checkout has the history): the latest baseline itself, the data branch's
 * record (`history: branch`), or the baseline history's entry; else with the latest baseline.
 * Without a latest baseline (the cache evicted, the artifacts expired) the data branch's record of
 * the base still serves; null when there is nothing to compare with.
 */
async function comparedForRun(
  plan: Plan,
  latest: BaselineFile | null,
  ports: Ports
): Promise<ComparedForRun | null> {
  // A published report was compared by the run that measured it.
  const baseSha = plan.origin.kind === 'report' ? null : plan.github.pullRequest?.baseSha;
  // The event's value goes to git and the REST API: only a full sha does.
  const base = isCommitSha(baseSha) ? baseSha : null;
  if (base === null)
    return (
      latest && { file: latest, reference: { source: 'baseline', base_commit: null, commits_behind: null } }
    );
  const cwd = plan.paths.workingDirectory;
  const bases = pullRequestBases(base, await ports.git.mergeBase('HEAD', base, cwd, gitOptions(ports)));
  const records = latest && isBase(latest.commit, bases) ? [] : await baseRecords(plan, bases, ports);
  const chosen = latest ? comparedBaseline(latest, bases, records) : recordAlone(plan, bases, records);
  if (chosen === null) return null;
  const behind = await commitsBehind(chosen.file.commit, base, plan, ports);
  const reference = { source: chosen.source, base_commit: base, commits_behind: behind };
  const { commit, promoted_at, ref } = chosen.file;
  const line = comparedCommitLine({ commit, promoted_at, ref, ...reference }, shortSha);
  if (line) ports.log.info(line);
  return { file: chosen.file, reference };
}

/**
 * The data branch's record of a base when no baseline was fetched, shaped around this
 * configuration's report of no results (its metrics, floors and labels): the comparison reads only
 * the benchmarks, the metrics and the machine, which come from the record.
 */
function recordAlone(
  plan: Plan,
  bases: readonly string[],
  records: readonly HistoryRecord[]
): ComparedBaseline | null {
  const record = recordOfBase(records, plan.identity.slot, bases);
  if (record === null) return null;
  const facts: RunFacts = {
    origin: 'existing-results',
    timestamp: record.timestamp,
    gitCommit: record.commit,
    rustVersion: record.machine?.rustc ?? null,
    platform: record.os,
    cpuCores: record.machine?.cpu_cores ?? 1,
    memoryGb: 0,
    executionTimeSeconds: 0,
    peakRssBytes: null,
    resultsSource: null,
    resultsPath: null,
    machine: record.machine ?? UNKNOWN_MACHINE
  };
  const empty = analyze({ config: plan.config, results: { measurements: [], problems: [] }, facts }).report;
  const template = buildBaselineFile(empty, null, {
    name: record.name,
    commit: record.commit,
    ref: record.ref,
    runId: record.run_id,
    promotedAt: record.timestamp,
    runner: { os: record.os, arch: record.arch, testbed: record.testbed },
    historySize: 1
  });
  return { source: 'history-branch', file: baselineFromRecord(record, { ...template, history: [] }) };
}

/**
 * With `history: branch`, the data branch's records of the bases for this slot. A branch that cannot
 * be read is a warning in the log: the comparison goes on with what else is stored.
 */
async function baseRecords(plan: Plan, bases: readonly string[], ports: Ports): Promise<HistoryRecord[]> {
  if (plan.config.history !== 'branch') return [];
  try {
    const remote = await historyRemote(plan, ports);
    if (remote === null) {
      ports.log.info(
        'No data branch to look in: the checkout has no origin, the repository is unknown and history-repository is empty.'
      );
      return [];
    }
    const found = await ports.history.find(remote, plan.identity.slot, bases);
    if (!found.ok) {
      ports.log.warning(`The data branch ${remote.branch} could not be read: ${found.reason}`);
      return [];
    }
    for (const problem of found.problems) ports.log.info(problem);
    return found.records;
  } catch (error) {
    ports.log.warning(`The data branch could not be read: ${messageOf(error)}`);
    return [];
  }
}

/**
 * How many commits `compared` lies behind the pull request's base: 0 when it is the base; else as
 * the checkout counts them, else as the REST API does; null when neither can say.
 */
async function commitsBehind(
  compared: string | null,
  base: string,
  plan: Plan,
  ports: Ports
): Promise<number | null> {
  if (sameCommit(compared, base)) return 0;
  if (!isCommitSha(compared)) return null;
  const cwd = plan.paths.workingDirectory;
  const counted = await ports.git.countCommits(compared, base, cwd, gitOptions(ports));
  if (counted !== null) return counted;
  const { auth } = plan.identity;
  const { owner, repo } = plan.github;
  if (!auth || !owner || !repo) return null;
  const ahead = await ports.github.commitsAhead(auth, { owner, repo, from: compared, to: base });
  if (ahead.ok) return ahead.aheadBy;
  ports.log.info(
    `How far ${shortSha(compared)} lies behind the pull request's base is unknown: ${ahead.reason}`
  );
  return null;
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
