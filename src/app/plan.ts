// What `prepare` decides before anything runs, and every later stage reads: the checked settings,
// the places, where the results come from (one tagged union) and who the run is (its baseline
// slot, project, credentials). Computed once; a testbed of a merge gets a plan of its own.

import path from 'node:path';
import type { RunPaths } from '../adapters/config/paths.js';
import type { GitHubContext } from '../adapters/github/context.js';
import type { HostFacts } from '../adapters/host.js';
import type { BaselineInput } from '../core/analyze.js';
import type { AuditConfig } from '../core/audit/config.js';
import type { BaselinePolicy } from '../core/baseline/policy.js';
import type { BaselineSlot } from '../core/baseline/store-naming.js';
import type { Config, RawSettings } from '../core/config/config.js';
import type { Finding } from '../core/findings.js';
import type { BaselineFile, PerfReport } from '../core/model.js';
import { runSecrets } from '../core/secrets.js';
import type { MergedShards } from '../core/shard/merge.js';
import type { BaselineState } from '../render/baseline-sections.js';
import type { GitHubAuth, Ports } from './ports.js';

export interface RunSettings {
  /** Inputs or flags by setting name, as given (the token already resolved: resolveToken). */
  inputs: RawSettings['inputs'];
  /** bench-args as arguments (the CLI's words after `--`), in place of the setting's text. */
  benchArgs?: RawSettings['benchArgs'];
  /** Where the run started: relative settings resolve against it. */
  cwd: string;
  /** The checkout: GITHUB_WORKSPACE for the Action, the current directory for the CLI. */
  workspace: string;
  /**
   * Where the baseline comes from: `store` (the Action: the cache or an artifact, promoted on the
   * default branch), a baseline.json named on the command line, or none.
   */
  baseline: { kind: 'store' } | { kind: 'file'; path: string } | { kind: 'none' };
  /** Upload the report dir as the run's artifact (the Action, when upload-report says so). */
  upload: boolean;
  /** cargo `--config` arguments for this run only (the demo's crate source); not settings. */
  cargoConfigArgs?: readonly string[];
  /** The results are a recorded run: its facts stand in for this machine's, nothing ran here. */
  recorded?: RecordedRun | null;
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
 * Where a run's results come from. Each origin has one gatherer (gather.ts); after it, every run
 * takes the same path.
 */
export type Origin =
  /** `cargo bench` on this runner (run: true), then criterion's files or its output. */
  | { kind: 'cargo'; cargoConfigArgs: readonly string[] }
  /** Results already on disk or in a captured output (run: false). */
  | { kind: 'disk' }
  /** The example crate's recorded run: on disk, with the recording's facts. */
  | { kind: 'recorded'; recorded: RecordedRun }
  /** `mode: merge`: this run's shards, joined per testbed before they are gathered. */
  | { kind: 'shards' }
  /** One testbed's shards, checked and joined. */
  | { kind: 'merged'; group: MergedShards }
  /** `mode: publish`: another run's reports, downloaded before they are gathered. */
  | { kind: 'publish'; runId: string }
  /** One report another run made: published as it is, nothing analyzed again. */
  | { kind: 'report'; report: PerfReport; source: string; promoted: BaselineFile | null }
  /** Nothing to read: a setting, or shards that cannot be joined, stopped the run first. */
  | { kind: 'problem'; message: string };

export interface CommentTemplate {
  /** As configured (for messages). */
  path: string;
  text: string;
}

/** The baseline as this run has it, before the analysis. */
export interface RunBaseline {
  /** Compare with this baseline; null when there is none. */
  input: BaselineInput | null;
  /** Warnings to carry into the report (a baseline that was ignored, and why). */
  findings: Finding[];
  /** The compared baseline's file, and the sha256 of the bytes compared with (for the audit). */
  path: string | null;
  sha256: string | null;
  state: BaselineState;
}

/** Who the run is, for every stage that names it: computed once, overridden only by a plan. */
export interface Identity {
  /** The stored baseline this run reads and promotes: name, testbed and OS. */
  slot: BaselineSlot;
  /** The runner's architecture, recorded in a promotion. */
  arch: string;
  /** The project's name in the comment and the pages. */
  project: string;
  /** The REST API with the token; null without a token. */
  auth: GitHubAuth | null;
  /**
   * The values scrubbed from everything the run publishes (core/secrets.ts): the job's credentials,
   * the token, the workflow's bench-env values. Never written anywhere themselves.
   */
  secrets: readonly string[];
}

/** Everything checked, nothing run yet. */
export interface Plan {
  settings: RunSettings;
  config: Config;
  paths: RunPaths;
  origin: Origin;
  identity: Identity;
  template: CommentTemplate | null;
  auditConfig: AuditConfig;
  github: GitHubContext;
  /** Whether the stored baseline is compared with and whether this run promotes. */
  baselinePolicy: BaselinePolicy;
  /** A baseline.json named on the command line, read and checked. */
  localBaseline: RunBaseline | null;
}

/** The origin the settings ask for. */
export function originOf(config: Config, settings: RunSettings, github: GitHubContext): Origin {
  if (config.mode === 'merge') return { kind: 'shards' };
  if (config.mode === 'publish') {
    // A workflow_run workflow publishes the run it follows; a later job, its own run's.
    const runId = config.reportRunId ?? github.workflowRun?.id ?? github.runId;
    return runId
      ? { kind: 'publish', runId }
      : { kind: 'problem', message: 'mode: publish needs report-run-id outside a workflow run' };
  }
  if (settings.recorded) return { kind: 'recorded', recorded: settings.recorded };
  if (config.run) return { kind: 'cargo', cargoConfigArgs: settings.cargoConfigArgs ?? [] };
  return { kind: 'disk' };
}

/** The project's name: the `project` setting, else the repository's, else the working directory's. */
export function projectName(config: Config, github: GitHubContext, workingDirectory: string): string {
  return config.project ?? github.repo ?? path.basename(workingDirectory);
}

/** The runner's OS and architecture as GitHub names them (Linux/X64), else Node's. */
export function runnerOf(env: NodeJS.ProcessEnv, host: HostFacts): { os: string; arch: string } {
  return { os: env.RUNNER_OS || host.type, arch: env.RUNNER_ARCH || host.arch };
}

export function slotOf(config: Config, env: NodeJS.ProcessEnv, host: HostFacts): BaselineSlot {
  return { name: config.name, os: runnerOf(env, host).os, testbed: config.testbed };
}

/** The run's identity from its settings, context and runner. */
export function identityOf(
  config: Config,
  github: GitHubContext,
  workingDirectory: string,
  ports: Pick<Ports, 'env' | 'host'>
): Identity {
  const token = config.githubToken;
  return {
    slot: slotOf(config, ports.env, ports.host),
    arch: runnerOf(ports.env, ports.host).arch,
    project: projectName(config, github, workingDirectory),
    auth: token ? { token, apiUrl: github.apiUrl } : null,
    secrets: runSecrets(config, ports.env)
  };
}

/** A testbed's own plan in a merge over several: its slot, its testbed setting. */
export function planForTestbed(plan: Plan, testbed: string, os: string): Plan {
  const { config, identity } = plan;
  if (testbed === config.testbed && os === identity.slot.os) return plan;
  const effective = { ...config.effective, testbed: { ...config.effective.testbed, value: testbed } };
  return {
    ...plan,
    config: { ...config, testbed, effective },
    identity: { ...identity, slot: { ...identity.slot, testbed, os } }
  };
}
