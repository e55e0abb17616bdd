// The promoted baseline as a workflow artifact, which outlives the cache's 7 days of disuse: upload
// through the real @actions/artifact client; find the repository's newest one through the REST API
// and download it with the same client. Shell.
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
import { describeArtifactApiFailure, type ListedArtifact, pickLatestArtifact } from './store-listing.js';

export type ArtifactUploadResult =
  | { uploaded: true; name: string; id: number; size: number }
  | { uploaded: false; name: string; reason: string };

export type ArtifactDownloadResult =
  | { found: true; file: string; artifactId: number; createdAt: string | null; workflowRunId: number | null }
  | { found: false; reason: string };

export interface LatestArtifactQuery {
  /** The artifact's name, `<name>-baseline-<testbed>-<os>`. */
  name: string;
  /** Needs `actions: read` on the repository. */
  token: string;
  owner: string;
  repo: string;
  /** The REST API's base URL (GITHUB_API_URL). */
  apiUrl: string;
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

/** The newest unexpired artifact called `name`: GitHub lists newest first, so paging stops at one. */
async function findLatestArtifact(query: LatestArtifactQuery): Promise<ListedArtifact | null> {
  const octokit = query.client ?? createGitHubClient({ token: query.token, baseUrl: query.apiUrl });
  const seen: ListedArtifact[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
    owner: query.owner,
    repo: query.repo,
    name: query.name,
    per_page: 100
  })) {
    seen.push(...page.data);
    if (pickLatestArtifact(page.data, query.name)) break;
  }
  return pickLatestArtifact(seen, query.name);
}

/**
 * Downloads the repository's newest `name` artifact into `dir` and returns its baseline.json. A
 * missing permission, no artifact, or a download whose digest differs from the listed one are
 * results with a reason, not errors.
 */
export async function downloadLatestBaselineArtifact(
  query: LatestArtifactQuery
): Promise<ArtifactDownloadResult> {
  const repository = `${query.owner}/${query.repo}`;
  let latest: ListedArtifact | null;
  try {
    latest = await findLatestArtifact(query);
  } catch (error) {
    const { status, message } = apiFailure(error);
    return {
      found: false,
      reason: describeArtifactApiFailure(
        `Listing the artifacts named ${query.name}`,
        repository,
        status,
        message
      )
    };
  }
  if (!latest) return { found: false, reason: `${repository} has no unexpired artifact named ${query.name}` };

  const file = path.join(path.resolve(query.dir), BASELINE_FILE_NAME);
  const what = `Downloading the artifact ${query.name} (id ${latest.id})`;
  try {
    // A file left from an earlier download must not pass for this one.
    await rm(file, { force: true });
    const { digestMismatch } = await new DefaultArtifactClient().downloadArtifact(latest.id, {
      path: path.dirname(file),
      ...(latest.digest ? { expectedHash: latest.digest } : {}),
      findBy: {
        token: query.token,
        repositoryOwner: query.owner,
        repositoryName: query.repo,
        workflowRunId: latest.workflow_run?.id ?? 0
      }
    });
    if (digestMismatch) {
      await rm(file, { force: true });
      return {
        found: false,
        reason: `${what}: the download is corrupt, its SHA-256 differs from the artifact's ${latest.digest}`
      };
    }
  } catch (error) {
    const { status, message } = apiFailure(error);
    return { found: false, reason: describeArtifactApiFailure(what, repository, status, message) };
  }
  if (!(await exists(file))) return { found: false, reason: `${what}: it holds no ${BASELINE_FILE_NAME}` };
  return {
    found: true,
    file,
    artifactId: latest.id,
    createdAt: latest.created_at ?? null,
    workflowRunId: latest.workflow_run?.id ?? null
  };
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
