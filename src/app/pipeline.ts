// The pipeline's shell, shared by the Action and the CLI: run cargo bench (optionally), collect the
// results, analyze them with the pure core, and write perf.json and summary.md. Whatever fails,
// the report is written first.

import path from 'node:path';
import { BenchRunError } from '../adapters/cargo/cargo.js';
import { readManifestTargets } from '../adapters/cargo/manifest.js';
import { type MemberPackage, PreflightError } from '../adapters/cargo/preflight.js';
import type { RunPaths } from '../adapters/config/paths.js';
import { collectResults } from '../adapters/criterion/collect.js';
import type { SamplesWanted } from '../adapters/criterion/disk.js';
import { recheckPlace, rootFor } from '../adapters/fs/confined.js';
import type { GitHubContext } from '../adapters/github/context.js';
import { machine } from '../adapters/host.js';
import { type Analysis, analyze, type BaselineInput } from '../core/analyze.js';
import { childEnv } from '../core/child-env.js';
import type { Config } from '../core/config/config.js';
import { InputError, messageOf } from '../core/errors.js';
import { error, type Finding, shouldFail, warning } from '../core/findings.js';
import { listIds } from '../core/metrics.js';
import type { BaselineFile, RunFacts, ShardReport } from '../core/model.js';
import { redactArgs } from '../core/redact.js';
import { repairReport } from '../core/report/repair.js';
import { checkedJsonText } from '../core/report/schema.js';
import { benchCommandOf } from '../core/runner/args.js';
import { chooseBenchTargets, describeChoice, noTargetsMessage, targetFlag } from '../core/runner/targets.js';
import type { MergedShards } from '../core/shard/merge.js';
import { type BaselineState, baselineSections, sectionsAsMarkdown } from '../render/baseline-sections.js';
import { renderSummary } from '../render/summary.js';
import { projectName } from './comment.js';
import { measurePaired } from './pairing.js';
import { isoNow, type Ports } from './ports.js';
import { planShare, ShardPlanError, shardPlan } from './shard.js';
import type { PipelineResult } from './types.js';

export type { PipelineResult } from './types.js';

export interface PipelineWhere {
  /** The run's GitHub context (loadGitHubContext), read once per run. */
  github: GitHubContext;
  /** Where the run started (the Action: the workspace; the CLI: the shell's cwd). */
  cwd: string;
  /** The run's places, resolved against `cwd` and checked before anything ran (src/adapters/config/paths.ts). */
  paths: RunPaths;
}

/** What the shell learned about the baseline before the analysis. */
export interface PipelineBaseline {
  /** Compare with this baseline; null when there is none. */
  input: BaselineInput | null;
  /** Warnings to carry into the report (a baseline that was ignored, and why). */
  findings: Finding[];
  /** The compared baseline's file, and the sha256 of the bytes compared with (for the audit). */
  path: string | null;
  sha256: string | null;
  state: BaselineState;
}

interface RunOutcome {
  /** When the run started (ms since the epoch); null when nothing ran. */
  startedAt: number | null;
  stdout: string | null;
  wallSeconds: number | null;
  peakRssBytes: number | null;
  findings: Finding[];
  /** The bench targets cargo ran (empty: none were named, or nothing ran). */
  benches: string[];
  /** A sharded run's share (`shard: i/n`); null when not sharded or the plan failed. */
  shard: ShardReport | null;
}

/**
 * The `--bench` targets: the `benches` input when given; none when cargo-args choose targets; else
 * the package's criterion targets (harness = false, required features enabled), logged with what
 * was left out and why.
 */
async function benchTargets(
  config: Config,
  pkg: MemberPackage,
  log: Ports['log'],
  workspace: string
): Promise<string[]> {
  if (config.benches.length > 0) return config.benches;
  const flag = targetFlag(config.cargoArgs);
  if (flag !== null) {
    log.info(`cargo-args choose the targets (${flag}): no --bench is added.`);
    return [];
  }
  // A manifest in the checkout may not lead out of it.
  const manifest = await readManifestTargets(pkg.manifestPath, rootFor(pkg.manifestPath, workspace));
  const choice = chooseBenchTargets(pkg, manifest, config.cargoArgs);
  for (const line of describeChoice(pkg.name, choice)) log.info(line);
  if (choice.run.length === 0) throw new InputError(noTargetsMessage(pkg.name, choice));
  return choice.run;
}

async function runBenches(
  config: Config,
  where: PipelineWhere,
  ports: Ports,
  cargoConfigArgs: readonly string[],
  baseline: BaselineFile | null
): Promise<RunOutcome> {
  const { workingDirectory } = where.paths;
  const startedAt = ports.clock.now();
  let shard: ShardReport | null = null;
  // A sharded run's several cargo bench runs (one per id filter), added up.
  let stdout = '';
  let wallSeconds = 0;
  let peakRssBytes: number | null = null;
  try {
    const workspace = await ports.exec.preflight({
      packageName: config.package,
      cwd: workingDirectory,
      env: childEnv(config.benchEnv, ports.env)
    });
    // cargo's path comes from preflight, which resolves it on the bench's PATH.
    const benches = await benchTargets(config, workspace.package, ports.log, where.paths.workspace);
    let runs: (readonly string[])[] = [config.benchArgs];
    if (config.shard) {
      const share = await planShare(
        config,
        config.shard,
        {
          workingDirectory,
          benches,
          cargoConfigArgs,
          baseline,
          timeoutMs: config.timeoutMinutes * 60_000
        },
        ports
      );
      shard = share.report;
      runs = share.benchArgs;
    }
    const { echo } = ports;
    for (const benchArgs of runs) {
      const { args } = benchCommandOf({ ...config, benchArgs }, { benches, cargoConfigArgs });
      const result = await ports.log.group(`cargo ${redactArgs(args).join(' ')}`, () =>
        ports.exec.cargoBench({
          command: workspace.cargoPath,
          args,
          cwd: workingDirectory,
          env: childEnv(config.benchEnv, ports.env),
          now: () => ports.clock.now(),
          timeoutMinutes: config.timeoutMinutes,
          silent: echo !== undefined,
          ...(echo ? { onOutput: (text: string) => echo(text) } : {})
        })
      );
      stdout += result.stdout;
      wallSeconds += result.wallSeconds;
      peakRssBytes = maxOrNull(peakRssBytes, result.peakRssBytes);
    }
    return { startedAt, stdout, wallSeconds, peakRssBytes, findings: [], benches, shard };
  } catch (caught) {
    if (caught instanceof BenchRunError) {
      const r = caught.result;
      return {
        startedAt,
        stdout: stdout + r.stdout,
        wallSeconds: wallSeconds + r.wallSeconds,
        peakRssBytes: maxOrNull(peakRssBytes, r.peakRssBytes),
        findings: [error('run', caught.message)],
        benches: [],
        shard
      };
    }
    // A missing cargo, a package that is not in the workspace, no target to run or no shard plan:
    // nothing ran, the report says why.
    if (
      caught instanceof PreflightError ||
      caught instanceof InputError ||
      caught instanceof ShardPlanError
    ) {
      return {
        startedAt,
        stdout: null,
        wallSeconds: null,
        peakRssBytes: null,
        findings: [error('run', caught.message)],
        benches: [],
        shard: null
      };
    }
    throw caught;
  }
}

const maxOrNull = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

export interface PipelineOptions {
  baseline?: PipelineBaseline | null;
  /** cargo `--config` arguments for this run only (the demo's crate source); not settings. */
  cargoConfigArgs?: readonly string[];
  /** The results are a recorded run: its facts stand in for this machine's, nothing ran here. */
  recorded?: RecordedRun | null;
  /** A setting that stopped the run before anything ran: the report says so, and nothing is read. */
  setupProblem?: string;
  /** `mode: merge`: one testbed's shards, checked and joined; nothing runs and nothing is read. */
  merged?: MergedShards | null;
}

/** Where and when a recorded run was measured. */
export interface RecordedRun {
  /** ISO 8601 UTC. */
  recordedAt: string;
  rustVersion: string;
  platform: string;
  cpuCores: number;
  memoryGb: number;
}

/**
 * The analysis with a report that matches its schema: a value that does not is left out (see
 * repairReport) and each problem is an input error, which fails the step unless fail-on is none.
 */
function writable(analysis: Analysis, config: Config): Analysis {
  const repair = repairReport(analysis.report);
  if (repair.problems.length === 0) return analysis;
  const added = repair.report.errors.slice(analysis.report.errors.length).map((m) => error('input', m));
  const findings = [...analysis.findings, ...added];
  return { report: repair.report, findings, failed: shouldFail(findings, config.failOn) };
}

export async function runPipeline(
  config: Config,
  where: PipelineWhere,
  ports: Ports,
  options: PipelineOptions = {}
): Promise<PipelineResult> {
  const baseline = options.baseline ?? null;
  const started = ports.clock.now();
  const { workingDirectory } = where.paths;
  const recorded = options.recorded ?? null;
  const setupProblem = options.setupProblem ?? null;
  // A merge runs nothing: its results are the shards'.
  const merged = options.merged ?? null;
  const runs = config.run && config.mode === 'run' && merged === null;
  const outcome: RunOutcome =
    runs && setupProblem === null
      ? await runBenches(config, where, ports, options.cargoConfigArgs ?? [], baseline?.input?.file ?? null)
      : {
          startedAt: null,
          stdout: null,
          wallSeconds: null,
          peakRssBytes: null,
          findings: setupProblem === null ? [] : [error('input', setupProblem)],
          benches: [],
          shard: null
        };

  const resolved = { ...config, workingDirectory };
  // After a setup problem nothing is read: the finding says why.
  let collected: Awaited<ReturnType<typeof collectResults>> = {
    measurements: [],
    problems: [],
    source: null,
    path: null,
    stale: []
  };
  // A shard with nothing to run ran nothing: what is on disk is not its.
  const emptyShare = outcome.shard !== null && outcome.shard.ids.length === 0;
  if (merged !== null) {
    collected = {
      measurements: merged.measurements,
      problems: [],
      source: merged.shards[0]?.report._metadata.execution_context.results_source ?? null,
      path: `${merged.shards.length} shard report${merged.shards.length === 1 ? '' : 's'} (${merged.testbed} on ${merged.os})`,
      stale: []
    };
  } else if (config.mode === 'merge') {
    // A merge with no shards to join: the setup problem says why; nothing on disk is read.
  } else if (setupProblem === null && !emptyShare) {
    try {
      // A shard records how long each benchmark measured, for the next plans (sample.json).
      const samples: SamplesWanted = config.shard ? 'optional' : false;
      const run =
        outcome.startedAt === null ? null : { stdout: outcome.stdout, startedAt: outcome.startedAt };
      collected = await collectResults(resolved, where.paths, run, ports.env, samples);
    } catch (caught) {
      collected = { ...collected, problems: [messageOf(caught)] };
    }
  }
  // A shard of results already on disk (`run: false`): the plan is over what criterion wrote, and
  // this shard keeps its part.
  let shard = outcome.shard;
  if (config.shard && !runs && setupProblem === null && merged === null) {
    shard = await shardPlan(
      collected.measurements.map((m) => m.id),
      config.shard,
      config,
      baseline?.input?.file ?? null,
      ports
    );
    const share = new Set(shard.ids);
    collected = { ...collected, measurements: collected.measurements.filter((m) => share.has(m.id)) };
  }
  // After a failed run everything on disk is old; the run's own error says why.
  if (collected.stale.length > 0 && !outcome.findings.some((f) => f.kind === 'run')) {
    outcome.findings.push(
      warning(
        'input',
        `Left out ${collected.stale.length} result${collected.stale.length === 1 ? '' : 's'} in ${collected.path} that this run did not write (from an earlier run or a removed benchmark): ${listIds(collected.stale)}`
      )
    );
  }
  if (collected.source)
    ports.log.info(
      `Read ${collected.measurements.length} benchmarks from ${collected.path} (${collected.source}).`
    );

  // Asked once, for the report and the audit alike; never with run: false (see toolVersions).
  const tools = await ports.exec.toolVersions({
    cwd: workingDirectory,
    env: childEnv(config.benchEnv, ports.env),
    run: runs
  });
  // Merged results were measured on the shards' machines: their facts stand for this one's.
  const shardMeta = merged?.shards[0]?.report._metadata ?? null;
  const host =
    recorded ??
    (shardMeta
      ? {
          platform: shardMeta.environment.platform,
          cpuCores: shardMeta.environment.cpu_cores,
          memoryGb: shardMeta.environment.memory_gb
        }
      : machine(ports.host));
  const facts: RunFacts = {
    origin: recorded
      ? 'recorded'
      : config.mode === 'merge'
        ? 'shards'
        : runs
          ? 'cargo-bench'
          : 'existing-results',
    timestamp: recorded?.recordedAt ?? isoNow(ports.clock),
    gitCommit: merged ? merged.commit : await ports.exec.gitCommit(workingDirectory, ports.env),
    rustVersion: recorded?.rustVersion ?? shardMeta?.rust_version ?? tools.rustc,
    platform: host.platform,
    cpuCores: host.cpuCores,
    memoryGb: host.memoryGb,
    executionTimeSeconds:
      merged?.executionTimeSeconds ?? outcome.wallSeconds ?? (ports.clock.now() - started) / 1000,
    peakRssBytes: merged ? merged.peakRssBytes : outcome.peakRssBytes,
    resultsSource: collected.source,
    resultsPath: collected.path
  };
  const earlier = [...outcome.findings, ...(merged?.findings ?? []), ...(baseline?.findings ?? [])];
  if (config.shard && config.comparison !== 'baseline')
    earlier.push(
      warning(
        'input',
        `comparison: ${config.comparison} is not measured in a sharded job: shard ${config.shard.index} of ${config.shard.count} measured its share only`
      )
    );
  let analyzed = analyze(config, collected, facts, earlier, baseline?.input ?? null, null, shard);
  // A paired comparison needs this run's own bench to have run, and run well.
  const ran = outcome.stdout !== null && !outcome.findings.some((f) => f.kind === 'run');
  if (config.comparison !== 'baseline' && !config.shard && runs && ran && recorded === null) {
    const pairing = await measurePaired(
      config,
      {
        github: where.github,
        paths: where.paths,
        benches: outcome.benches,
        cargoConfigArgs: options.cargoConfigArgs ?? []
      },
      analyzed.report,
      ports
    );
    if (pairing.input || pairing.findings.length > 0)
      analyzed = analyze(
        config,
        collected,
        facts,
        [...earlier, ...pairing.findings],
        baseline?.input ?? null,
        pairing.input
      );
  }

  const analysis = writable(analyzed, config);

  // The run may have swapped the report dir (or a parent) for a symlink since it was checked.
  recheckPlace(where.paths.reportDir, 'report-dir');
  const reportDir = where.paths.reportDir.path;
  const reportPath = path.join(reportDir, 'perf.json');
  const summaryPath = path.join(reportDir, 'summary.md');
  // perf.json first: whatever happens to the rest, the report is on disk.
  const reportFile = await ports.files.write(reportPath, checkedJsonText('perf.json', analysis.report));
  // A paired comparison stands without a stored baseline too.
  const state =
    baseline?.state ?? (analysis.report.comparison ? { compared: true, history: [], branch: null } : null);
  const sections = state ? baselineSections(analysis.report, state) : [];
  const summaryMarkdown = renderSummary(analysis.report, sectionsAsMarkdown(sections));
  await ports.files.write(summaryPath, summaryMarkdown);
  // What cargo bench printed, kept with the report: evidence, and input for `source: stdout`.
  if (outcome.stdout !== null)
    await ports.files.write(path.join(reportDir, 'cargo-bench.txt'), outcome.stdout);
  const { github } = where;
  const pageHeader = {
    project: projectName(config, github, where.cwd),
    runUrl: github.runUrl,
    commit: github.headSha ?? analysis.report._metadata.git_commit
  };
  return {
    analysis,
    reportDir,
    reportPath,
    summaryPath,
    summaryMarkdown,
    reportFile,
    sections,
    pageHeader,
    tools
  };
}
