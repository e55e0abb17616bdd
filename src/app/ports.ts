// Everything a run does to the world goes through one object, handed down from the entry point:
// the log, the environment, the clock, the files, child processes, git, GitHub, the cache and
// artifacts.
// The entry points build it from the adapters (src/adapters/ports.ts); tests build it from fakes.
// So nothing under app/ reads process.env or the clock on its own, and a run can be driven in
// process with services that answer as the test wants.

import type { ToolVersions } from '../adapters/audit/collect.js';
import type {
  ArtifactDownloadResult,
  ArtifactUploadResult,
  RunArtifactsResult
} from '../adapters/baseline/artifact.js';
import type { CacheRestoreResult, CacheSaveResult } from '../adapters/baseline/cache.js';
import type { BenchBuildOptions, BenchBuildResult } from '../adapters/cargo/bench-build.js';
import type { CargoBenchOptions, CargoBenchResult } from '../adapters/cargo/cargo.js';
import type { PreflightOptions, Workspace } from '../adapters/cargo/preflight.js';
import type { ReportPaths, RunPaths } from '../adapters/config/paths.js';
import type { Collected } from '../adapters/criterion/collect.js';
import type { SamplesWanted } from '../adapters/criterion/disk.js';
import type { ConfinedPath } from '../adapters/fs/confined.js';
import type { ReportDirLock } from '../adapters/fs/lock.js';
import type { WrittenFile } from '../adapters/fs/write.js';
import type { GitOptions } from '../adapters/git/git.js';
import type { HistoryPort } from '../adapters/git/history-branch.js';
import type { WorktreeRequest } from '../adapters/git/paired-worktree.js';
import type { CommentOutcome, StickyCommentRequest } from '../adapters/github/comments.js';
import type { CommitsAhead } from '../adapters/github/commits.js';
import type { GitHubContext } from '../adapters/github/context.js';
import type { PromotedSectionOutcome } from '../adapters/github/promoted.js';
import type { CommitStatus, PullRequestHead } from '../adapters/github/publish-target.js';
import type { HostFacts } from '../adapters/host.js';
import type { ProgramOptions, ProgramResult } from '../adapters/program.js';
import type { AuditConfig } from '../core/audit/config.js';
import type { AuditFacts } from '../core/audit/record.js';
import type { Config, RawSettings } from '../core/config/config.js';
import type { Measurement } from '../core/criterion/measurement.js';
import type { Log } from '../core/log.js';
import type { ManifestTargets } from '../core/runner/targets.js';
import type { ShardInput } from '../core/shard/merge.js';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface FilesPort {
  /** Writes whole or not at all (temp file + rename); the sha256 of the bytes written. */
  write(file: string, content: string): Promise<WrittenFile>;
  /** One run per report dir: throws, naming the other run, when a live one holds it. */
  lockReportDir(dir: string): Promise<ReportDirLock>;
  /** A new empty folder of this run's own (for a download), under the runner's temp folder. */
  tempDir(prefix: string): Promise<string>;
  remove(dir: string): Promise<void>;
  /** The names of the regular files in `dir`, sorted. */
  list(dir: string): Promise<string[]>;
  copy(from: string, to: string): Promise<void>;
  /**
   * criterion's results under `dir` (a CRITERION_HOME), each with its samples' fastest time; what
   * could not be read is a line in `problems` and the rest is still read.
   */
  readCriterionSamples(dir: string): Promise<{ measurements: Measurement[]; problems: string[] }>;
}

/** What a run reads: settings, places, the event, the results. Each refuses what is not what it expects. */
export interface ReadPort {
  /** Inputs over the config file over the defaults, checked; throws an InputError. */
  config(
    inputs: RawSettings['inputs'],
    cwd: string,
    workspace: string,
    benchArgs?: RawSettings['benchArgs']
  ): Config;
  /** working-directory and report-dir, resolved and checked; throws a PathError. */
  reportPaths(config: Config, where: { cwd: string; workspace: string }): ReportPaths;
  /** Every other path setting, resolved and checked; throws a PathError naming the setting. */
  runPaths(config: Config, base: ReportPaths, env: NodeJS.ProcessEnv): RunPaths;
  /** The event, the repository and the pull request; a payload that cannot be used is a warning. */
  githubContext(env: NodeJS.ProcessEnv, log: Log): GitHubContext;
  /** A text file of at most `maxBytes`, inside `root` when given; throws a FileReadError. */
  text(file: string, maxBytes: number, what: string, root: string | null): string;
  /** `audit-config`'s file, checked; no file: no extras. Throws an InputError. */
  auditConfig(setting: string | null, file: ConfinedPath | null): Promise<AuditConfig>;
  /** criterion's results: its files, or the printed text (collectResults). */
  results(
    config: Config,
    paths: RunPaths,
    run: { stdout: string | null; startedAt: number } | null,
    env: NodeJS.ProcessEnv,
    samples: SamplesWanted
  ): Promise<Collected>;
  /** A package's Cargo.toml targets; a manifest in the workspace may not lead out of it. */
  manifestTargets(manifestPath: string, workspace: string): Promise<ManifestTargets>;
  /** The shards' perf.json files in a folder (one folder deep), each checked. */
  shardReportsIn(folder: string): { inputs: ShardInput[]; problems: string[] };
  /** One shard's perf.json, checked; a string says why it cannot be used. */
  shardReport(file: string, source: string, root: string): ShardInput | string;
  /** The facts of the audit record: Cargo.lock's criterion, the tools, this machine. */
  auditFacts(options: {
    cwd: string;
    tools: ToolVersions;
    host: HostFacts;
    workspace?: string;
  }): Promise<AuditFacts>;
  /** A place checked again just before it is written: the bench may have swapped it for a symlink. */
  recheck(place: ConfinedPath, what: string): void;
}

export interface ExecPort {
  /** cargo on PATH, the workspace and the package to benchmark (`cargo metadata`). */
  preflight(options: PreflightOptions): Promise<Workspace>;
  /** `cargo bench`, its output, wall time and peak memory; throws BenchRunError on a failed run. */
  cargoBench(options: CargoBenchOptions): Promise<CargoBenchResult>;
  /**
   * `cargo bench --no-run --message-format=json` and the bench programs it built; a failure is its
   * cause for the caller to complete, or that it ran out of time.
   */
  buildBenches(options: BenchBuildOptions): Promise<BenchBuildResult>;
  /** rustc's and cargo's versions, asked once a run. */
  toolVersions(options: { cwd: string; env: NodeJS.ProcessEnv; run: boolean }): Promise<ToolVersions>;
  /** The checkout's commit (GITHUB_SHA, else git). */
  gitCommit(cwd: string, env: NodeJS.ProcessEnv): Promise<string | null>;
  /**
   * Any other program (a bench program) with an argument array, never a shell; its output
   * captured. Resolves whatever the program does (a missing program: exitCode null and `error`).
   */
  run(command: string, args: readonly string[], options: ProgramOptions): Promise<ProgramResult>;
}

/**
 * git for the paired run, with argument arrays, never a shell. Each method throws CheckoutError
 * (adapters/git/git.ts) with the one line that stops the run, or GitTimeout when a command ran out
 * of `options.timeoutMs`.
 */
export interface GitPort {
  /** The top folder of the git checkout `workingDirectory` lies in. */
  checkoutRoot(workingDirectory: string, options: GitOptions): Promise<string>;
  /** The full sha `ref` names in the checkout at `root`; a shallow checkout fetches it once. */
  resolveCommit(ref: string, root: string, options: GitOptions): Promise<string>;
  /** The paired revision's worktree, reused (reset and cleaned) or added; true when reused. */
  checkOutWorktree(request: WorktreeRequest, options: GitOptions): Promise<boolean>;
  /**
   * `git merge-base <a> <b>` in the checkout `cwd` lies in (`HEAD` or full shas only); null when the
   * checkout cannot say (a shallow one lacks the commits). Never throws CheckoutError.
   */
  mergeBase(a: string, b: string, cwd: string, options: GitOptions): Promise<string | null>;
  /** `git rev-list --count <from>..<to>` (full shas); null when a complete history cannot say. */
  countCommits(from: string, to: string, cwd: string, options: GitOptions): Promise<number | null>;
}

export interface GitHubAuth {
  token: string;
  apiUrl: string;
  /** Back-off unit of the REST client in ms (tests shorten it). */
  retryBaseMs?: number;
}

export interface GitHubPort {
  /** Creates or updates the one sticky comment; `auth` null when there is no token. */
  upsertComment(
    request: StickyCommentRequest,
    auth: GitHubAuth | null,
    log: (message: string) => void
  ): Promise<CommentOutcome>;
  /** A pull request's head now: a publish job confirms a recorded number with it. */
  pullRequestHead(
    auth: GitHubAuth,
    target: { owner: string; repo: string; number: number }
  ): Promise<PullRequestHead>;
  /** Sets a commit status on the measured commit. */
  setCommitStatus(
    auth: GitHubAuth,
    status: CommitStatus
  ): Promise<{ ok: true } | { ok: false; reason: string }>;
  /**
   * How many commits `to` has that `from` lacks (`GET /repos/{o}/{r}/compare/{from}...{to}`,
   * `ahead_by`); a reason when the API cannot say.
   */
  commitsAhead(
    auth: GitHubAuth,
    target: { owner: string; repo: string; from: string; to: string }
  ): Promise<CommitsAhead>;
  /** Adds the promoted baseline's section to the merged pull request's comment. */
  addPromotedSection(
    auth: GitHubAuth,
    target: { owner: string; repo: string; sha: string; branch: string | null; marker: string; name: string },
    /** The comment's new body from its current one; null when it would be over GitHub's limit. */
    withSection: (body: string) => string | null
  ): Promise<PromotedSectionOutcome>;
}

export interface CachePort {
  restore(options: { file: string; prefix: string }): Promise<CacheRestoreResult>;
  save(options: { file: string; key: string }): Promise<CacheSaveResult>;
}

export interface ArtifactAccess {
  token: string;
  owner: string;
  repo: string;
  apiUrl: string;
}

export interface ArtifactsPort {
  /** Whether an artifact service is there (on a GitHub runner it is). */
  configured(): boolean;
  upload(options: {
    name: string;
    files: readonly string[];
    root: string;
    retentionDays?: number;
  }): Promise<ArtifactUploadResult>;
  /** The newest `name` artifact of a push, schedule or workflow_dispatch run on `branch`. */
  downloadLatest(
    options: ArtifactAccess & { name: string; dir: string; branch: string }
  ): Promise<ArtifactDownloadResult>;
  /** Another run's artifacts that `wanted` accepts (REST, `actions: read`), each into a folder under `dir`. */
  downloadOfRun(
    options: Omit<ArtifactAccess, 'apiUrl'> & {
      runId: string;
      wanted: (name: string) => boolean;
      dir: string;
    }
  ): Promise<RunArtifactsResult>;
  /** This workflow run's artifacts that `wanted` accepts, each downloaded into a folder under `dir`. */
  downloadRun(options: { wanted: (name: string) => boolean; dir: string }): Promise<RunArtifactsResult>;
}

export interface Ports {
  log: Log;
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** This machine, for the report (a recorded run brings its own). */
  host: HostFacts;
  /**
   * Where cargo's output is echoed live (the Action's stdout, the CLI's stderr), through the run's
   * gate (gate.ts); absent: cargo's adapter prints it to this process's stdout, past the gate.
   */
  echo?: (text: string) => void;
  /** Where the command line of an echoed cargo run is shown (the Action: the runner's `[command]` line). */
  echoCommand?: (line: string) => void;
  files: FilesPort;
  read: ReadPort;
  exec: ExecPort;
  git: GitPort;
  github: GitHubPort;
  cache: CachePort;
  artifacts: ArtifactsPort;
  history: HistoryPort;
}

/** An ISO 8601 UTC time from the run's clock. */
export const isoNow = (clock: Clock): string => new Date(clock.now()).toISOString();
