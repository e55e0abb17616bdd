// The gather stage: where the run's results come from (the plan's origin), read into one value that
// every later stage takes alike: the measurements, the facts of the machine that measured them,
// the findings so far and what cargo printed. One gatherer per origin.

import type { ToolVersions } from '../adapters/audit/collect.js';
import type { Collected } from '../adapters/criterion/collect.js';
import { machine } from '../adapters/host.js';
import { childEnv } from '../core/child-env.js';
import { messageOf } from '../core/errors.js';
import { error, type Finding, warning } from '../core/findings.js';
import { machineFingerprint, UNKNOWN_MACHINE } from '../core/machine.js';
import { listIds } from '../core/metrics.js';
import type { BaselineFile, MachineFingerprint, RunFacts, ShardReport } from '../core/model.js';
import type { MergedShards } from '../core/shard/merge.js';
import { type Measured, measure } from './measure.js';
import type { Origin, Plan } from './plan.js';
import { isoNow, type Ports } from './ports.js';
import { shardPlan } from './shard.js';

/** A run's results, whatever their origin. */
export interface Gathered {
  results: Collected;
  facts: RunFacts;
  /** Findings before the analysis: a failed run, results left out, the shards' own. */
  findings: Finding[];
  /** What cargo bench printed (kept as cargo-bench.txt); null when nothing ran. */
  output: string | null;
  /** The bench targets cargo ran. */
  benches: string[];
  shard: ShardReport | null;
  /** rustc's and cargo's versions, asked once for the run (the report and the audit). */
  tools: ToolVersions;
  /** This runner's own bench ran, and ran well: a paired measurement may follow. */
  ran: boolean;
}

const NOTHING_READ: Collected = { measurements: [], problems: [], source: null, path: null, stale: [] };

/** The results of the plan's origin; `baseline` is the stored one (a shard plans by its times). */
export async function gather(plan: Plan, baseline: BaselineFile | null, ports: Ports): Promise<Gathered> {
  const started = ports.clock.now();
  const { origin } = plan;
  const part = await gatherOrigin(plan, origin, baseline, ports);
  const { results } = part;
  // After a failed run everything on disk is old; the run's own error says why.
  if (results.stale.length > 0 && !part.findings.some((f) => f.kind === 'run'))
    part.findings.push(
      warning(
        'input',
        `Left out ${results.stale.length} result${results.stale.length === 1 ? '' : 's'} in ${results.path} that this run did not write (from an earlier run or a removed benchmark): ${listIds(results.stale)}`
      )
    );
  if (results.source)
    ports.log.info(
      `Read ${results.measurements.length} benchmarks from ${results.path} (${results.source}).`
    );
  const measuring = measures(plan);
  // Asked once, for the report and the audit alike; never with run: false (see toolVersions).
  const tools = await ports.exec.toolVersions({
    cwd: plan.paths.workingDirectory,
    env: childEnv(plan.config.benchEnv, ports.env),
    run: measuring
  });
  const facts = await factsOf(plan, { ...part, tools, started }, ports);
  const merged = origin.kind === 'merged' ? origin.group.findings : [];
  return { ...part, findings: [...part.findings, ...merged], facts, tools };
}

const runsCargo = (plan: Plan): boolean => plan.config.run && plan.config.mode === 'run';

/** cargo runs (or would have, had a setting not stopped the run) on this runner. */
const measures = (plan: Plan): boolean =>
  plan.origin.kind === 'cargo' || (plan.origin.kind === 'problem' && runsCargo(plan));

type Part = Omit<Gathered, 'facts' | 'tools'> & { wallSeconds: number | null; peakRssBytes: number | null };

function gatherOrigin(
  plan: Plan,
  origin: Origin,
  baseline: BaselineFile | null,
  ports: Ports
): Promise<Part> {
  switch (origin.kind) {
    case 'cargo':
      return fromCargo(plan, baseline, ports);
    case 'disk':
    case 'recorded':
      return fromDisk(plan, baseline, ports);
    case 'merged':
      return Promise.resolve(fromShards(origin.group));
    case 'shards':
      throw new Error('the shards are joined per testbed before they are gathered');
    case 'publish':
      throw new Error("another run's reports are downloaded before they are gathered");
    case 'report':
      // The report is published as it is (run.ts): nothing is read or measured here.
      return Promise.resolve(nothing([]));
    case 'problem':
      return Promise.resolve(nothing([error('input', origin.message)]));
  }
}

const nothing = (findings: Finding[]): Part => ({
  results: NOTHING_READ,
  findings,
  output: null,
  benches: [],
  shard: null,
  ran: false,
  wallSeconds: null,
  peakRssBytes: null
});

/** `cargo bench` here, then what it wrote or printed. */
async function fromCargo(plan: Plan, baseline: BaselineFile | null, ports: Ports): Promise<Part> {
  const measured = await measure(plan, baseline, ports);
  // A shard with nothing to run ran nothing: what is on disk is not its.
  const emptyShare = measured.shard !== null && measured.shard.ids.length === 0;
  const results = emptyShare ? NOTHING_READ : await read(plan, measured, ports);
  const ran = measured.stdout !== null && !measured.findings.some((f) => f.kind === 'run');
  return {
    results,
    findings: [...measured.findings],
    output: measured.stdout,
    benches: measured.benches,
    shard: measured.shard,
    ran,
    wallSeconds: measured.wallSeconds,
    peakRssBytes: measured.peakRssBytes
  };
}

/** Results already there (run: false); a shard keeps its part of them. */
async function fromDisk(plan: Plan, baseline: BaselineFile | null, ports: Ports): Promise<Part> {
  let results = await read(plan, null, ports);
  const spec = plan.config.shard;
  if (!spec) return { ...nothing([]), results };
  // The plan is over what criterion wrote, and this shard keeps its part.
  const shard = await shardPlan(
    results.measurements.map((m) => m.id),
    spec,
    plan.identity.slot,
    baseline,
    ports
  );
  const share = new Set(shard.ids);
  results = { ...results, measurements: results.measurements.filter((m) => share.has(m.id)) };
  return { ...nothing([]), results, shard };
}

/** criterion's results; a folder that cannot be read is a problem the report names. */
async function read(plan: Plan, measured: Measured | null, ports: Ports): Promise<Collected> {
  try {
    // A shard records how long each benchmark measured, for the next plans (sample.json).
    const samples = plan.config.shard ? 'optional' : false;
    const run = measured === null ? null : { stdout: measured.stdout, startedAt: measured.startedAt };
    const config = { ...plan.config, workingDirectory: plan.paths.workingDirectory };
    return await ports.read.results(config, plan.paths, run, ports.env, samples);
  } catch (caught) {
    return { ...NOTHING_READ, problems: [messageOf(caught)] };
  }
}

/** One testbed's shards, joined: nothing runs and nothing is read. */
function fromShards(group: MergedShards): Part {
  const count = group.shards.length;
  return {
    ...nothing([]),
    results: {
      measurements: group.measurements,
      problems: [],
      source: group.shards[0]?.report._metadata.execution_context.results_source ?? null,
      path: `${count} shard report${count === 1 ? '' : 's'} (${group.testbed} on ${group.os})`,
      stale: []
    }
  };
}

/** Where and when the results were measured: this machine, the recording's, or the shards'. */
async function factsOf(
  plan: Plan,
  part: Part & { tools: ToolVersions; started: number },
  ports: Ports
): Promise<RunFacts> {
  const { origin } = plan;
  const recorded = origin.kind === 'recorded' ? origin.recorded : null;
  const group = origin.kind === 'merged' ? origin.group : null;
  // Merged results were measured on the shards' machines: their facts stand for this one's.
  const shardMeta = group?.shards[0]?.report._metadata ?? null;
  const host =
    recorded ??
    (shardMeta
      ? {
          platform: shardMeta.environment.platform,
          cpuCores: shardMeta.environment.cpu_cores,
          memoryGb: shardMeta.environment.memory_gb
        }
      : machine(ports.host));
  return {
    origin: originName(plan),
    timestamp: recorded?.recordedAt ?? isoNow(ports.clock),
    pullRequest: recordedPullRequest(plan),
    gitCommit: group ? group.commit : await ports.exec.gitCommit(plan.paths.workingDirectory, ports.env),
    rustVersion: recorded?.rustVersion ?? shardMeta?.rust_version ?? part.tools.rustc,
    platform: host.platform,
    cpuCores: host.cpuCores,
    memoryGb: host.memoryGb,
    executionTimeSeconds:
      group?.executionTimeSeconds ?? part.wallSeconds ?? (ports.clock.now() - part.started) / 1000,
    peakRssBytes: group ? group.peakRssBytes : part.peakRssBytes,
    machine: machineOf(plan, part.tools, ports),
    resultsSource: part.results.source,
    resultsPath: part.results.path
  };
}

/**
 * The machine fingerprint of the results: the recording's (what it recorded), the shards' (their
 * first's, as the other facts), or this machine's. rustc is known only when it was asked (the run
 * builds); the target and the flags only when cargo ran here, with the environment it was given.
 */
function machineOf(plan: Plan, tools: ToolVersions, ports: Ports): MachineFingerprint {
  const { origin } = plan;
  if (origin.kind === 'recorded')
    return machineFingerprint({
      cpuModel: null,
      cpuCores: origin.recorded.cpuCores,
      rustcVersion: origin.recorded.rustVersion,
      rustcHost: null,
      cargoEnv: null
    });
  if (origin.kind === 'merged') return origin.group.shards[0]?.report._metadata.machine ?? UNKNOWN_MACHINE;
  return machineFingerprint({
    cpuModel: ports.host.cpuModel,
    cpuCores: ports.host.cpuCores,
    rustcVersion: tools.rustc,
    rustcHost: tools.rustcHost,
    cargoEnv: measures(plan) ? childEnv(plan.config.benchEnv, ports.env) : null
  });
}

/** perf.json's `_metadata.source`; a run stopped by a problem says what it would have read. */
function originName(plan: Plan): RunFacts['origin'] {
  switch (plan.origin.kind) {
    case 'recorded':
      return 'recorded';
    case 'shards':
    case 'merged':
      return 'shards';
    case 'cargo':
      return 'cargo-bench';
    case 'disk':
    case 'publish':
      return 'existing-results';
    case 'report':
      return plan.origin.report._metadata.source;
    case 'problem':
      return plan.config.mode === 'merge' ? 'shards' : runsCargo(plan) ? 'cargo-bench' : 'existing-results';
  }
}

/** The pull request the event names, recorded for a publish job (merged shards keep theirs). */
function recordedPullRequest(plan: Plan): RunFacts['pullRequest'] {
  if (plan.origin.kind === 'merged')
    return plan.origin.group.shards[0]?.report._metadata.pull_request ?? null;
  const pr = plan.github.pullRequest;
  return pr ? { number: pr.number, head_sha: pr.headSha, head_repository: pr.headRepo } : null;
}
