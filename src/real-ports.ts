// The composition root: the adapters wired into the one object a run is given (src/app/ports.ts),
// for both entry points. Each service client is loaded on first use only (see adapters/clients.ts).

import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { collectAuditFacts, loadAuditConfig, toolVersions } from './adapters/audit/collect.js';
import { buildBenchPrograms } from './adapters/cargo/bench-build.js';
import { runCargoBench } from './adapters/cargo/cargo.js';
import { readManifestTargets } from './adapters/cargo/manifest.js';
import { preflight } from './adapters/cargo/preflight.js';
import { loadArtifactStore, loadCacheStore, loadGitHubClient } from './adapters/clients.js';
import { loadConfig } from './adapters/config/load.js';
import { resolveReportPaths, resolveRunPaths } from './adapters/config/paths.js';
import { collectResults } from './adapters/criterion/collect.js';
import { parseCriterionDir } from './adapters/criterion/disk.js';
import { readFileCapped, recheckPlace, rootFor } from './adapters/fs/confined.js';
import { lockReportDir } from './adapters/fs/lock.js';
import { readShardReport, reportsInFolder } from './adapters/fs/shard-reports.js';
import { writeFileAtomic } from './adapters/fs/write.js';
import { checkoutRoot, resolveCommit } from './adapters/git/checkout.js';
import { countCommits, mergeBase } from './adapters/git/commits.js';
import { gitRunner } from './adapters/git/git.js';
import { realHistory } from './adapters/git/history-branch.js';
import { checkOutWorktree } from './adapters/git/paired-worktree.js';
import { policyOf, upsertStickyComment } from './adapters/github/comments.js';
import { commitsAhead } from './adapters/github/commits.js';
import { loadGitHubContext } from './adapters/github/context.js';
import { addPromotedSection } from './adapters/github/promoted.js';
import { pullRequestHead, setCommitStatus } from './adapters/github/publish-target.js';
import { gitCommit, type HostFacts, readHostFacts } from './adapters/host.js';
import { type RunProgram, runProgram } from './adapters/program.js';
import {
  artifactServiceConfigured,
  cacheServiceMayBeConfigured,
  NO_ARTIFACT_SERVICE,
  NO_CACHE_SERVICE
} from './adapters/services.js';
import type {
  ArtifactsPort,
  CachePort,
  FilesPort,
  GitHubAuth,
  GitHubPort,
  GitPort,
  Ports,
  ReadPort
} from './app/ports.js';
import type { Log } from './core/log.js';

function realFiles(env: NodeJS.ProcessEnv, now: () => number, host: HostFacts): FilesPort {
  return {
    write: writeFileAtomic,
    lockReportDir: (dir) => lockReportDir(dir, now, host),
    // The runner's temp folder (emptied after each job), else the system's.
    tempDir: (prefix) => mkdtemp(path.join(env.RUNNER_TEMP || host.tmpdir, prefix)),
    remove: (dir) => rm(dir, { recursive: true, force: true }),
    copy: (from, to) => copyFile(from, to),
    readCriterionSamples: (dir) => parseCriterionDir(dir, { samples: true }),
    list: async (dir) =>
      (await readdir(dir, { withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort()
  };
}

const realRead: ReadPort = {
  config: loadConfig,
  reportPaths: resolveReportPaths,
  runPaths: resolveRunPaths,
  githubContext: loadGitHubContext,
  text: readFileCapped,
  auditConfig: loadAuditConfig,
  results: collectResults,
  manifestTargets: (manifestPath, workspace) =>
    readManifestTargets(manifestPath, rootFor(manifestPath, workspace)),
  shardReportsIn: reportsInFolder,
  shardReport: readShardReport,
  auditFacts: collectAuditFacts,
  recheck: recheckPlace
};

const realGit = (run: RunProgram): GitPort => ({
  checkoutRoot: (dir, options) => checkoutRoot(dir, gitRunner(run, options)),
  resolveCommit: (ref, root, options) => resolveCommit(ref, root, gitRunner(run, options)),
  checkOutWorktree: (request, options) => checkOutWorktree(request, gitRunner(run, options)),
  mergeBase: (a, b, cwd, options) => mergeBase(a, b, cwd, gitRunner(run, options)),
  countCommits: (from, to, cwd, options) => countCommits(from, to, cwd, gitRunner(run, options))
});

const clientFor = async (auth: GitHubAuth) =>
  (await loadGitHubClient()).createGitHubClient({
    token: auth.token,
    baseUrl: auth.apiUrl,
    ...(auth.retryBaseMs === undefined ? {} : { retryBaseMs: auth.retryBaseMs })
  });

const realGitHub: GitHubPort = {
  async upsertComment(request, auth, log) {
    // The REST client is loaded only for a comment that will be written.
    const policy = policyOf(request);
    const client =
      auth && policy.write
        ? (await loadGitHubClient()).createGitHubClient({
            token: auth.token,
            baseUrl: auth.apiUrl,
            log,
            ...(auth.retryBaseMs === undefined ? {} : { retryBaseMs: auth.retryBaseMs })
          })
        : null;
    return upsertStickyComment(client, request, policy);
  },
  async pullRequestHead(auth, target) {
    return pullRequestHead(await clientFor(auth), target);
  },
  async setCommitStatus(auth, status) {
    return setCommitStatus(await clientFor(auth), status);
  },
  async commitsAhead(auth, target) {
    return commitsAhead(await clientFor(auth), target);
  },
  async addPromotedSection(auth, target, withSection) {
    const { createGitHubClient } = await loadGitHubClient();
    return addPromotedSection(
      createGitHubClient({ token: auth.token, baseUrl: auth.apiUrl }),
      target,
      withSection
    );
  }
};

const realCache = (env: NodeJS.ProcessEnv): CachePort => ({
  async restore(options) {
    if (!cacheServiceMayBeConfigured(env)) return { restored: false, reason: NO_CACHE_SERVICE };
    return (await loadCacheStore()).restoreBaselineFromCache(options);
  },
  async save(options) {
    if (!cacheServiceMayBeConfigured(env))
      return { saved: false, key: options.key, reason: NO_CACHE_SERVICE };
    return (await loadCacheStore()).saveBaselineToCache(options);
  }
});

const realArtifacts = (env: NodeJS.ProcessEnv): ArtifactsPort => ({
  configured: () => artifactServiceConfigured(env),
  async upload(options) {
    if (!artifactServiceConfigured(env))
      return { uploaded: false, name: options.name, reason: NO_ARTIFACT_SERVICE };
    return (await loadArtifactStore()).uploadArtifactFiles({ ...options, env });
  },
  async downloadLatest(options) {
    return (await loadArtifactStore()).downloadLatestBaselineArtifact(options);
  },
  async downloadOfRun(options) {
    return (await loadArtifactStore()).downloadOtherRunArtifacts(options);
  },
  async downloadRun(options) {
    if (!artifactServiceConfigured(env)) return { ok: false, reason: NO_ARTIFACT_SERVICE };
    return (await loadArtifactStore()).downloadRunArtifacts({ ...options, env });
  }
});

/** The ports of a real run in this process. */
export function realPorts(options: {
  log: Log;
  env: NodeJS.ProcessEnv;
  echo?: (text: string) => void;
  echoCommand?: (line: string) => void;
}): Ports {
  const { env } = options;
  const now = (): number => Date.now();
  const host = readHostFacts();
  const run: RunProgram = (command, args, runOptions) => runProgram(command, args, { ...runOptions, now });
  return {
    log: options.log,
    env,
    clock: { now },
    host,
    ...(options.echo ? { echo: options.echo } : {}),
    ...(options.echoCommand ? { echoCommand: options.echoCommand } : {}),
    files: realFiles(env, now, host),
    read: realRead,
    exec: {
      preflight,
      cargoBench: runCargoBench,
      buildBenches: (buildOptions) => buildBenchPrograms(buildOptions, run),
      toolVersions,
      gitCommit,
      run
    },
    git: realGit(run),
    github: realGitHub,
    cache: realCache(env),
    artifacts: realArtifacts(env),
    // Its own folders under the runner's temp folder; the retries' waits randomized by this process.
    history: realHistory(run, { env, tempRoot: env.RUNNER_TEMP || host.tmpdir, random: Math.random })
  };
}
