// Services that answer from memory, for driving a whole run in this process: a cache, an artifact
// store, GitHub, cargo and a clock. Each answers in the shapes of the adapter it stands for (the
// same results and reasons) and records what it was asked, so a test can assert on both. Files stay
// real (see localPorts).

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NO_TOOL_VERSIONS, type ToolVersions } from '../../src/adapters/audit/collect.js';
import type {
  ArtifactDownloadResult,
  ArtifactUploadResult,
  RunArtifactsResult
} from '../../src/adapters/baseline/artifact.js';
import type { CacheRestoreResult, CacheSaveResult } from '../../src/adapters/baseline/cache.js';
import { buildBenchPrograms } from '../../src/adapters/cargo/bench-build.js';
import type { CargoBenchOptions, CargoBenchResult } from '../../src/adapters/cargo/cargo.js';
import type { PreflightOptions, Workspace } from '../../src/adapters/cargo/preflight.js';
import type {
  HistoryAppendResult,
  HistoryFindResult,
  HistoryPort,
  HistoryRemote
} from '../../src/adapters/git/history-branch.js';
import {
  type CommentOutcome,
  commentPolicy,
  lastLine,
  planWrite,
  type StickyCommentRequest
} from '../../src/adapters/github/comments.js';
import type { PromotedSectionOutcome } from '../../src/adapters/github/promoted.js';
import type { ProgramOptions, ProgramResult } from '../../src/adapters/program.js';
import { NO_ARTIFACT_SERVICE } from '../../src/adapters/services.js';
import type {
  ArtifactAccess,
  ArtifactsPort,
  CachePort,
  Clock,
  ExecPort,
  FilesPort,
  GitHubAuth,
  GitHubPort
} from '../../src/app/ports.js';
import { BASELINE_FILE_NAME } from '../../src/core/baseline/store-naming.js';
import type { HistoryRecord } from '../../src/core/history/record.js';

/** A clock that always says `iso`. */
export function fixedClock(iso: string): Clock {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not a time: ${iso}`);
  return { now: () => ms };
}

export interface CacheEntry {
  key: string;
  /** The file's text as saved. */
  text: string;
}

export interface FakeCache extends CachePort {
  /** Oldest first: the newest entry under a prefix is the last. */
  entries: CacheEntry[];
  saves: { file: string; key: string }[];
  restores: { file: string; prefix: string }[];
}

/**
 * The Actions cache in memory: restore by prefix answers the newest entry under it; keys are
 * immutable, so a save under an existing key is refused as the real one refuses it. `saveFails`:
 * every save fails with this reason.
 */
export function fakeCache(options: { saveFails?: string } = {}): FakeCache {
  const entries: CacheEntry[] = [];
  const saves: FakeCache['saves'] = [];
  const restores: FakeCache['restores'] = [];
  return {
    entries,
    saves,
    restores,
    async restore({ file, prefix }): Promise<CacheRestoreResult> {
      restores.push({ file, prefix });
      // As the real one: whatever happens, the file is not left over from an earlier run.
      rmSync(file, { force: true });
      const found = entries.filter((e) => e.key.startsWith(prefix)).at(-1);
      if (!found)
        return {
          restored: false,
          reason: `the cache holds no entry for ${file} under ${prefix}… (none was promoted yet, or it was evicted after 7 days unused)`
        };
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, found.text);
      return { restored: true, matchedKey: found.key, file };
    },
    async save({ file, key }): Promise<CacheSaveResult> {
      saves.push({ file, key });
      if (options.saveFails !== undefined) return { saved: false, key, reason: options.saveFails };
      if (!existsSync(file)) return { saved: false, key, reason: `${file} does not exist` };
      if (entries.some((e) => e.key === key))
        return {
          saved: false,
          key,
          reason: `the cache already holds ${key}; cache keys are immutable, so the first save of this commit stays`
        };
      entries.push({ key, text: readFileSync(file, 'utf8') });
      return { saved: true, key, entryId: entries.length };
    }
  };
}

export interface StoredArtifact {
  id: number;
  name: string;
  /** Each file's path relative to the upload's root, and its text. */
  files: Map<string, string>;
  retentionDays: number | null;
}

export interface FakeArtifacts extends ArtifactsPort {
  /** Oldest first. */
  artifacts: StoredArtifact[];
  downloads: (ArtifactAccess & { name: string; dir: string; branch: string })[];
}

/**
 * The artifact service in memory. `configured: false` is a machine that is no GitHub runner: uploads
 * answer as the real port does there. The download lists by name, newest first, as the REST API does;
 * every artifact here is one a run under test uploaded, so each passes for the baseline branch's.
 */
export function fakeArtifacts(options: { configured?: boolean } = {}): FakeArtifacts {
  const configured = options.configured ?? true;
  const artifacts: StoredArtifact[] = [];
  const downloads: FakeArtifacts['downloads'] = [];
  return {
    artifacts,
    downloads,
    configured: () => configured,
    async upload({ name, files, root, retentionDays }): Promise<ArtifactUploadResult> {
      if (!configured) return { uploaded: false, name, reason: NO_ARTIFACT_SERVICE };
      const stored = new Map<string, string>();
      for (const file of files) {
        if (!existsSync(file)) return { uploaded: false, name, reason: `${file} does not exist` };
        stored.set(path.relative(root, file), readFileSync(file, 'utf8'));
      }
      const id = 100 + artifacts.length + 1;
      artifacts.push({ id, name, files: stored, retentionDays: retentionDays ?? null });
      const size = [...stored.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      return { uploaded: true, name, id, size };
    },
    async downloadLatest(query): Promise<ArtifactDownloadResult> {
      downloads.push(query);
      const latest = artifacts.filter((a) => a.name === query.name).at(-1);
      if (!latest)
        return {
          found: false,
          reason: `${query.owner}/${query.repo} has no unexpired artifact named ${query.name}`,
          skipped: []
        };
      const text = latest.files.get(BASELINE_FILE_NAME);
      const what = `Downloading the artifact ${query.name} (id ${latest.id})`;
      if (text === undefined)
        return { found: false, reason: `${what}: it holds no ${BASELINE_FILE_NAME}`, skipped: [] };
      const file = path.join(query.dir, BASELINE_FILE_NAME);
      writeFileSync(file, text);
      return { found: true, file, artifactId: latest.id, createdAt: null, workflowRunId: null, skipped: [] };
    },
    async downloadOfRun({ wanted, dir }): Promise<RunArtifactsResult> {
      // One run in memory: another run's artifacts are these.
      return this.downloadRun({ wanted, dir });
    },
    async downloadRun({ wanted, dir }): Promise<RunArtifactsResult> {
      if (!configured) return { ok: false, reason: NO_ARTIFACT_SERVICE };
      const found: { name: string; id: number; dir: string }[] = [];
      for (const artifact of artifacts.filter((a) => wanted(a.name))) {
        const into = path.join(dir, String(artifact.id));
        for (const [name, text] of artifact.files) {
          mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
          writeFileSync(path.join(into, name), text);
        }
        found.push({ name: artifact.name, id: artifact.id, dir: into });
      }
      return { ok: true, artifacts: found };
    }
  };
}

export interface FakeComment {
  id: number;
  body: string;
}

export interface FakeGitHub extends GitHubPort {
  /** Every upsertComment call, written or not. */
  upserts: { request: StickyCommentRequest; auth: GitHubAuth | null; outcome: CommentOutcome }[];
  /** The comments on each pull request, oldest first. */
  comments: Map<number, FakeComment[]>;
  /** Every comment written: created or updated. */
  writes: { issue: number; action: 'created' | 'updated'; body: string }[];
  /** Every addPromotedSection call. */
  promotedCalls: { sha: string; branch: string | null; marker: string; outcome: PromotedSectionOutcome }[];
  /** The comments that gained the promoted section: the pull request and the new body. */
  promotedEdits: { pullRequest: number; body: string }[];
  /** Says that `sha` is the merge of pull request `pr`. */
  merged(sha: string, pr: number): void;
  /** What the compare API answers for `from...to` (`ahead_by`); unknown pairs answer 404. */
  aheadBy: Map<string, number>;
  /** Every commitsAhead call, as `from...to`. */
  compares: string[];
}

/**
 * GitHub in memory: the sticky comment written as the real adapter decides (commentPolicy, then
 * planWrite on this instance's marker), and the promoted section added to the merged pull request's
 * comment. Every comment here is the token's own.
 */
export function fakeGitHub(): FakeGitHub {
  const comments = new Map<number, FakeComment[]>();
  const mergedFrom = new Map<string, number>();
  let nextId = 5000;
  const fake: FakeGitHub = {
    upserts: [],
    comments,
    writes: [],
    promotedCalls: [],
    promotedEdits: [],
    merged: (sha, pr) => void mergedFrom.set(sha, pr),
    aheadBy: new Map(),
    compares: [],
    async commitsAhead(_auth, { from, to }) {
      const basehead = `${from}...${to}`;
      fake.compares.push(basehead);
      const ahead = fake.aheadBy.get(basehead);
      return ahead === undefined
        ? { ok: false, reason: `comparing ${basehead} failed: Not Found` }
        : { ok: true, aheadBy: ahead };
    },
    async upsertComment(request, auth) {
      const answer = (outcome: CommentOutcome): CommentOutcome => {
        fake.upserts.push({ request, auth, outcome });
        return outcome;
      };
      const skipped = (reason: string, warning?: string): CommentOutcome =>
        answer({ action: 'skipped', id: null, url: null, reason, ...(warning ? { warning } : {}) });
      const { target, marker, body } = request;
      const policy = commentPolicy(request.mode, target.eventName, target.issueNumber, request.status);
      if (!policy.write) return skipped(policy.reason);
      if (auth === null) return skipped('no token', 'No GitHub token, so the pull request gets no comment.');
      const issue = target.issueNumber as number;
      const url = (id: number) =>
        `https://github.com/${target.owner}/${target.repo}/pull/${issue}#issuecomment-${id}`;
      const list = comments.get(issue) ?? [];
      comments.set(issue, list);
      const own = list.filter((c) => lastLine(c.body) === marker).at(-1) ?? null;
      const plan = planWrite(
        own && { id: own.id, body: own.body, user: null, created_at: '', html_url: url(own.id) },
        body,
        policy.mayCreate
      );
      if (plan.kind === 'skip') return skipped(plan.reason);
      if (plan.kind === 'unchanged')
        return answer({
          action: 'unchanged',
          id: plan.comment.id,
          url: plan.comment.html_url,
          reason: 'the body is unchanged'
        });
      if (plan.kind === 'update') {
        (own as FakeComment).body = body;
        fake.writes.push({ issue, action: 'updated', body });
        return answer({
          action: 'updated',
          id: plan.id,
          url: url(plan.id),
          reason: `updated comment ${plan.id}`
        });
      }
      const id = ++nextId;
      list.push({ id, body });
      fake.writes.push({ issue, action: 'created', body });
      return answer({ action: 'created', id, url: url(id), reason: `created comment ${id}` });
    },
    async pullRequestHead(_auth, target) {
      return { ok: false, reason: `pull request #${target.number} is not known here` };
    },
    async setCommitStatus(_auth, status) {
      return { ok: false, reason: `no commit statuses here (${status.sha})` };
    },
    async addPromotedSection(_auth, target, withSection) {
      const answer = (outcome: PromotedSectionOutcome): PromotedSectionOutcome => {
        fake.promotedCalls.push({ sha: target.sha, branch: target.branch, marker: target.marker, outcome });
        return outcome;
      };
      const pr = mergedFrom.get(target.sha);
      if (pr === undefined)
        return answer({
          pullRequest: null,
          action: 'none',
          reason: `${target.sha} is not from a merged pull request`
        });
      const own = (comments.get(pr) ?? []).filter((c) => lastLine(c.body) === target.marker).at(-1);
      if (!own)
        return answer({
          pullRequest: pr,
          action: 'none',
          reason: `pull request #${pr} has no comment of this action`
        });
      const body = withSection(own.body);
      if (body === null)
        return answer({
          pullRequest: pr,
          action: 'none',
          reason: `the comment on #${pr} would exceed GitHub's limit`
        });
      own.body = body;
      fake.promotedEdits.push({ pullRequest: pr, body });
      return answer({
        pullRequest: pr,
        action: 'updated',
        reason: `added the promoted baseline to the comment on #${pr}`
      });
    }
  };
  return fake;
}

export interface FakeExec extends ExecPort {
  preflights: PreflightOptions[];
  benches: CargoBenchOptions[];
  toolCalls: { cwd: string; env: NodeJS.ProcessEnv; run: boolean }[];
  /** Every program `run` was asked to start (none is started). */
  programs: { command: string; args: readonly string[]; options: ProgramOptions }[];
}

export const FAKE_CARGO = '/opt/fake-toolchain/bin/cargo';
export const FAKE_TOOLS: ToolVersions = {
  rustc: 'rustc 1.91.0 (f8297e351 2026-10-28)',
  cargo: 'cargo 1.91.0 (ea2d97820 2026-10-10)',
  rustcHost: 'x86_64-unknown-linux-gnu'
};

/**
 * cargo that is not run: preflight finds the package in the working directory, `cargo bench`
 * writes nothing and prints `stdout`, taking `wallSeconds`. Tool versions are asked only when the
 * run builds, as the real adapter does (otherwise both are null). Other programs are not started:
 * `run` answers as the real port does for a program missing from PATH, and so does the bench build
 * (the real adapter over that `run`).
 */
export function fakeExec(options: {
  stdout: string;
  wallSeconds?: number;
  peakRssBytes?: number | null;
  commit?: string | null;
}): FakeExec {
  const fake: FakeExec = {
    preflights: [],
    benches: [],
    toolCalls: [],
    programs: [],
    async preflight(opts): Promise<Workspace> {
      fake.preflights.push(opts);
      const name = opts.packageName;
      return {
        cargoPath: FAKE_CARGO,
        workspaceRoot: opts.cwd,
        members: [name],
        package: {
          name,
          version: '0.1.0',
          manifestPath: path.join(opts.cwd, 'Cargo.toml'),
          targets: [{ name: 'decode', kind: ['bench'], requiredFeatures: [] }],
          features: {}
        }
      };
    },
    async cargoBench(opts): Promise<CargoBenchResult> {
      fake.benches.push(opts);
      return {
        exitCode: 0,
        stdout: options.stdout,
        stderr: '',
        wallSeconds: options.wallSeconds ?? 1,
        peakRssBytes: options.peakRssBytes ?? null,
        timedOut: false
      };
    },
    buildBenches: (opts) =>
      buildBenchPrograms(opts, (command, args, runOptions) => fake.run(command, args, runOptions)),
    async toolVersions(opts) {
      fake.toolCalls.push(opts);
      return opts.run ? FAKE_TOOLS : NO_TOOL_VERSIONS;
    },
    async gitCommit() {
      return options.commit === undefined ? 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed' : options.commit;
    },
    async run(command, args, runOptions): Promise<ProgramResult> {
      fake.programs.push({ command, args, options: runOptions });
      return {
        exitCode: null,
        stdout: '',
        stderr: '',
        timedOut: false,
        error: `${command} was not found on PATH`
      };
    }
  };
  return fake;
}

/** Real files that count what was written to each path. */
export function countingFiles(files: FilesPort): FilesPort & { writes: Map<string, number> } {
  const writes = new Map<string, number>();
  return {
    ...files,
    writes,
    write: (file, content) => {
      writes.set(file, (writes.get(file) ?? 0) + 1);
      return files.write(file, content);
    }
  };
}

export interface FakeHistory extends HistoryPort {
  /** The data branch's records, oldest first. */
  records: HistoryRecord[];
  /** Every find call: the remote asked and the commits looked for. */
  finds: { remote: HistoryRemote; commits: readonly string[] }[];
}

/**
 * The data branch in memory: `find` answers the slot's records of the commits asked for, as the
 * branch holds them; `append` adds one (a record of a commit the slot holds adds nothing).
 * `unreadable`: every find fails with this reason. `origin`: the checkout's origin URL.
 */
export function fakeHistory(
  options: { records?: HistoryRecord[]; origin?: string | null; unreadable?: string } = {}
): FakeHistory {
  const fake: FakeHistory = {
    records: [...(options.records ?? [])],
    finds: [],
    async originUrl() {
      return options.origin === undefined ? 'https://github.com/octo-org/copybook-rs.git' : options.origin;
    },
    async releaseTag() {
      return null;
    },
    async append(_remote, record): Promise<HistoryAppendResult> {
      const path = `data/${record.name}/${record.testbed}/${record.os}/${record.commit}.json`;
      const held = fake.records.some((r) => r.commit === record.commit && sameSlot(r, record));
      if (!held) fake.records.push(record);
      return { ok: true, added: !held, path, attempts: 1, pruned: [] };
    },
    async find(remote, slot, commits): Promise<HistoryFindResult> {
      fake.finds.push({ remote, commits });
      if (options.unreadable !== undefined) return { ok: false, reason: options.unreadable };
      const records = fake.records.filter((r) => commits.includes(r.commit) && sameSlot(r, slot));
      return { ok: true, records, problems: [] };
    }
  };
  return fake;
}

type Slot = Pick<HistoryRecord, 'name' | 'testbed' | 'os'>;
const sameSlot = (a: Slot, b: Slot): boolean => a.name === b.name && a.testbed === b.testbed && a.os === b.os;
