// The promoted baseline as a workflow artifact, which outlives the cache's 7 days of disuse: upload
// through the real @actions/artifact client; find the repository's newest one that a push,
// schedule or workflow_dispatch run on the baseline branch uploaded, through the REST API (the
// listing, then each candidate's run), and download it with the same client. Shell.
//
// Environment: the upload needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the client
// reads from process.env on each call (its API takes no environment); `env` is checked first.
// The listing uses `apiUrl`; the client's download asks the REST API for the artifact's zip through
// a plain @actions/github Octokit, which takes its base URL from GITHUB_API_URL once, when first
// imported, whatever `apiUrl` says. On a runner both are the same.

import { access, rm } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { BASELINE_FILE_NAME } from '../../core/baseline/store-naming.js';
import { messageOf } from '../../core/errors.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { artifactServiceConfigured, NO_ARTIFACT_SERVICE } from '../services.js';
import {
  describeArtifactApiFailure,
  type ListedArtifact,
  type ListedRun,
  listingRefusal,
  newestFirst,
  runRefusal,
  skippedArtifact
} from './store-listing.js';

export type ArtifactUploadResult =
  | { uploaded: true; name: string; id: number; size: number }
  | { uploaded: false; name: string; reason: string };

export type ArtifactDownloadResult =
  | {
      found: true;
      file: string;
      artifactId: number;
      createdAt: string | null;
      workflowRunId: number | null;
      /** Newer artifacts of the name passed over, each with why (skippedArtifact). */
      skipped: string[];
    }
  | { found: false; reason: string; skipped: string[] };

export interface LatestArtifactQuery {
  /** The artifact's name, `<name>-baseline-<testbed>-<os>`. */
  name: string;
  /** Needs `actions: read` on the repository. */
  token: string;
  owner: string;
  repo: string;
  /** The REST API's base URL (GITHUB_API_URL). */
  apiUrl: string;
  /** The baseline branch: only an artifact of a promoting event's run on it is taken. */
  branch: string;
  /** The REST client to list with; by default one for `token` and `apiUrl`. */
  client?: GitHubClient;
  /** Where `baseline.json` is extracted. */
  dir: string;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  );
}

/** An Octokit error's HTTP status and the API's own message. */
function apiFailure(error: unknown): { status: number | null; message: string } {
  const e = error as { status?: unknown; response?: { data?: { message?: unknown } } };
  const status = typeof e?.status === 'number' ? e.status : null;
  const apiMessage = e?.response?.data?.message;
  return { status, message: typeof apiMessage === 'string' ? apiMessage : messageOf(error) };
}

/**
 * Uploads `files` (paths under `root`) as the artifact `name` of this run, kept `retentionDays` days;
 * `env` is the process's.
 */
export async function uploadArtifactFiles(opts: {
  name: string;
  files: readonly string[];
  root: string;
  retentionDays?: number;
  env: NodeJS.ProcessEnv;
}): Promise<ArtifactUploadResult> {
  const { name } = opts;
  if (!artifactServiceConfigured(opts.env)) return { uploaded: false, name, reason: NO_ARTIFACT_SERVICE };
  for (const file of opts.files) {
    if (!(await exists(file))) return { uploaded: false, name, reason: `${file} does not exist` };
  }
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(
      name,
      [...opts.files],
      opts.root,
      opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays }
    );
    if (result.id === undefined)
      return { uploaded: false, name, reason: `the artifact service gave ${name} no id` };
    return { uploaded: true, name, id: result.id, size: result.size ?? 0 };
  } catch (error) {
    return { uploaded: false, name, reason: `uploading the artifact ${name} failed: ${messageOf(error)}` };
  }
}

/** Uploads `file` (named baseline.json) as the artifact `name`, kept `retentionDays` days. */
export async function uploadBaselineArtifact(opts: {
  name: string;
  file: string;
  retentionDays: number;
  env: NodeJS.ProcessEnv;
}): Promise<ArtifactUploadResult> {
  const file = path.resolve(opts.file);
  // The downloaded zip is searched for this name, so the uploaded file must carry it.
  if (path.basename(file) !== BASELINE_FILE_NAME)
    throw new Error(`uploadBaselineArtifact needs a file named ${BASELINE_FILE_NAME}, got ${file}`);
  return uploadArtifactFiles({
    name: opts.name,
    files: [file],
    root: path.dirname(file),
    retentionDays: opts.retentionDays,
    env: opts.env
  });
}

/** Pages of 100 looked through at most, and candidates whose runs are read at most. */
export const SEARCH_LIMITS = { pages: 10, runs: 10 } as const;

interface Search {
  latest: ListedArtifact | null;
  skipped: string[];
  /** Why the search stopped before the listing's end, when it did. */
  stopped: string | null;
}

/**
 * The newest unexpired artifact called `name` that a push, schedule or workflow_dispatch run on the
 * baseline branch of this repository uploaded; every newer one is skipped with why. GitHub lists
 * newest first, so paging stops at the first accepted.
 */
async function findLatestArtifact(query: LatestArtifactQuery): Promise<Search> {
  const octokit = query.client ?? createGitHubClient({ token: query.token, baseUrl: query.apiUrl });
  const skipped: string[] = [];
  let pages = 0;
  let runs = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
    owner: query.owner,
    repo: query.repo,
    name: query.name,
    per_page: 100
  })) {
    for (const artifact of newestFirst(page.data, query.name)) {
      let refused = listingRefusal(artifact, query.branch);
      if (refused === null) {
        if (++runs > SEARCH_LIMITS.runs)
          return {
            latest: null,
            skipped,
            stopped: `the runs of the newest ${SEARCH_LIMITS.runs} candidates were read`
          };
        refused = await runOfArtifact(octokit, query, artifact);
      }
      if (refused === null) return { latest: artifact, skipped, stopped: null };
      skipped.push(skippedArtifact(artifact, refused));
    }
    if (++pages >= SEARCH_LIMITS.pages)
      return { latest: null, skipped, stopped: `the newest ${SEARCH_LIMITS.pages * 100} were listed` };
  }
  return { latest: null, skipped, stopped: null };
}

/** Why the run that uploaded `artifact` disqualifies it (runRefusal), or null; reading it may fail. */
async function runOfArtifact(
  octokit: GitHubClient,
  query: LatestArtifactQuery,
  artifact: ListedArtifact
): Promise<string | null> {
  const runId = artifact.workflow_run?.id ?? 0;
  try {
    const { data } = await octokit.rest.actions.getWorkflowRun({
      owner: query.owner,
      repo: query.repo,
      run_id: runId
    });
    return runRefusal(artifact, data as unknown as ListedRun, query.branch);
  } catch (error) {
    const { status, message } = apiFailure(error);
    return `its run could not be read (${status === null ? message : `HTTP ${status}: ${message}`}), so what started it is unknown`;
  }
}

/**
 * Downloads the repository's newest `name` artifact from a push, schedule or workflow_dispatch run
 * on the baseline branch into `dir` and returns its baseline.json. A missing permission, no such
 * artifact, or a download whose digest differs from the listed one are results with a reason, not
 * errors; the newer artifacts passed over are listed with why.
 */
export async function downloadLatestBaselineArtifact(
  query: LatestArtifactQuery
): Promise<ArtifactDownloadResult> {
  const repository = `${query.owner}/${query.repo}`;
  let search: Search;
  try {
    search = await findLatestArtifact(query);
  } catch (error) {
    const { status, message } = apiFailure(error);
    const what = `Listing the artifacts named ${query.name}`;
    return {
      found: false,
      reason: describeArtifactApiFailure(what, repository, status, message),
      skipped: []
    };
  }
  const { latest, skipped } = search;
  if (!latest) return { found: false, reason: noneAccepted(query, repository, search), skipped };
  const downloaded = await downloadArtifactFile(query, repository, latest);
  if (!downloaded.ok) return { found: false, reason: downloaded.reason, skipped };
  return {
    found: true,
    file: downloaded.file,
    artifactId: latest.id,
    createdAt: latest.created_at ?? null,
    workflowRunId: latest.workflow_run?.id ?? null,
    skipped
  };
}

function noneAccepted(query: LatestArtifactQuery, repository: string, search: Search): string {
  const none = `${repository} has no unexpired artifact named ${query.name}`;
  if (search.skipped.length === 0 && search.stopped === null) return none;
  const count = search.skipped.length;
  const skipped = count > 0 ? ` (${count} skipped, see above)` : '';
  const stopped = search.stopped === null ? '' : `; the search stopped after ${search.stopped}`;
  return `${none} from a push, schedule or workflow_dispatch run on ${query.branch}${skipped}${stopped}`;
}

/** The artifact's zip downloaded and checked against its digest; its baseline.json, or why not. */
async function downloadArtifactFile(
  query: LatestArtifactQuery,
  repository: string,
  artifact: ListedArtifact
): Promise<{ ok: true; file: string } | { ok: false; reason: string }> {
  const file = path.join(path.resolve(query.dir), BASELINE_FILE_NAME);
  const what = `Downloading the artifact ${query.name} (id ${artifact.id})`;
  try {
    // A file left from an earlier download must not pass for this one.
    await rm(file, { force: true });
    const { digestMismatch } = await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: path.dirname(file),
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      findBy: {
        token: query.token,
        repositoryOwner: query.owner,
        repositoryName: query.repo,
        workflowRunId: artifact.workflow_run?.id ?? 0
      }
    });
    if (digestMismatch) {
      await rm(file, { force: true });
      return {
        ok: false,
        reason: `${what}: the download is corrupt, its SHA-256 differs from the artifact's ${artifact.digest}`
      };
    }
  } catch (error) {
    const { status, message } = apiFailure(error);
    return { ok: false, reason: describeArtifactApiFailure(what, repository, status, message) };
  }
  if (!(await exists(file))) return { ok: false, reason: `${what}: it holds no ${BASELINE_FILE_NAME}` };
  return { ok: true, file };
}

export type RunArtifactsResult =
  | { ok: true; artifacts: { name: string; id: number; dir: string }[] }
  | { ok: false; reason: string };

/**
 * Downloads this workflow run's artifacts whose names `wanted` accepts (the newest of each name,
 * as a re-run job uploads again), each into a folder of its own under `dir`. The runtime token
 * names the run; no REST call is made.
 */
export async function downloadRunArtifacts(opts: {
  wanted: (name: string) => boolean;
  dir: string;
  env: NodeJS.ProcessEnv;
}): Promise<RunArtifactsResult> {
  if (!artifactServiceConfigured(opts.env)) return { ok: false, reason: NO_ARTIFACT_SERVICE };
  const client = new DefaultArtifactClient();
  let listed: { name: string; id: number; digest?: string }[];
  try {
    listed = (await client.listArtifacts({ latest: true })).artifacts;
  } catch (error) {
    return { ok: false, reason: `listing this run's artifacts failed: ${messageOf(error)}` };
  }
  const artifacts: { name: string; id: number; dir: string }[] = [];
  for (const artifact of listed.filter((a) => opts.wanted(a.name))) {
    // The folder is named by the id the service gave, never by the name.
    const dir = path.join(path.resolve(opts.dir), String(artifact.id));
    try {
      const { digestMismatch } = await client.downloadArtifact(artifact.id, {
        path: dir,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {})
      });
      if (digestMismatch)
        return {
          ok: false,
          reason: `the artifact ${artifact.name} is corrupt: its SHA-256 differs from the listed one`
        };
    } catch (error) {
      return { ok: false, reason: `downloading the artifact ${artifact.name} failed: ${messageOf(error)}` };
    }
    artifacts.push({ name: artifact.name, id: artifact.id, dir });
  }
  return { ok: true, artifacts };
}

/**
 * Another workflow run's artifacts that `wanted` accepts (the newest of each name), each into a
 * folder of its own under `dir`, found through the REST API with `access` (`actions: read`).
 */
export async function downloadOtherRunArtifacts(opts: {
  token: string;
  owner: string;
  repo: string;
  runId: string;
  wanted: (name: string) => boolean;
  dir: string;
}): Promise<RunArtifactsResult> {
  const client = new DefaultArtifactClient();
  const findBy = {
    token: opts.token,
    workflowRunId: Number(opts.runId),
    repositoryOwner: opts.owner,
    repositoryName: opts.repo
  };
  const repository = `${opts.owner}/${opts.repo}`;
  let listed: { name: string; id: number; digest?: string }[];
  try {
    listed = (await client.listArtifacts({ latest: true, findBy })).artifacts;
  } catch (error) {
    const { status, message } = apiFailure(error);
    return {
      ok: false,
      reason: describeArtifactApiFailure(
        `Listing the artifacts of run ${opts.runId}`,
        repository,
        status,
        message
      )
    };
  }
  const artifacts: { name: string; id: number; dir: string }[] = [];
  for (const artifact of listed.filter((a) => opts.wanted(a.name))) {
    // The folder is named by the id the service gave, never by the name.
    const dir = path.join(path.resolve(opts.dir), String(artifact.id));
    const what = `Downloading the artifact ${artifact.name} (id ${artifact.id}) of run ${opts.runId}`;
    try {
      const { digestMismatch } = await client.downloadArtifact(artifact.id, {
        path: dir,
        findBy,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {})
      });
      if (digestMismatch) return { ok: false, reason: `${what}: its SHA-256 differs from the listed one` };
    } catch (error) {
      const { status, message } = apiFailure(error);
      return { ok: false, reason: describeArtifactApiFailure(what, repository, status, message) };
    }
    artifacts.push({ name: artifact.name, id: artifact.id, dir });
  }
  return { ok: true, artifacts };
}
