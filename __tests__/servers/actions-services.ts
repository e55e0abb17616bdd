// The Actions services the baseline store talks to, as a handler for startServer (http.ts): the
// cache service v2 and the artifact service (twirp, JSON with snake_case fields and int64 as
// strings), the blob storage their signed URLs point at (Azure block-blob PUTs and plain GETs), and
// the REST routes that list and download a repository's artifacts and describe the workflow runs
// that uploaded them. The real @actions/cache and @actions/artifact clients run against it unchanged.
//
// Each run is what GitHub knows of it: the event that started it, its head branch and the
// repository that branch is in (a fork's pull request runs here, with the fork as its head
// repository). A run is described when its token is made (runToken); a token minted without it
// is a push to main of this repository.
//
// The clients read their environment (ActionsServices.env gives it) as follows: @actions/cache on every call
// (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, GITHUB_SERVER_URL, plus
// RUNNER_TEMP for its archive and GITHUB_WORKSPACE as tar's root); @actions/artifact on every call
// for the twirp service, but its download from another run goes through @actions/github, which
// fixes GITHUB_API_URL when it is first imported: set that before importing either client.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Handler, RecordedRequest } from './http.js';
import { sendJson } from './http.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.';

/** What a runtime token grants: one job of one workflow run. */
export interface RuntimeIds {
  runBackendId: string;
  jobBackendId: string;
}

/** What GitHub records of a workflow run, as its REST objects show it. */
export interface RunFacts {
  /** The event that started it: `push`, `pull_request`, `schedule`, `issue_comment`, … */
  event: string;
  /** The pushed branch, a pull request's head branch, the branch a schedule or dispatch ran on. */
  headBranch: string;
  /** `owner/name` of the head branch's repository: this one, or a fork's. */
  headRepository: string;
  headSha: string;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * An unsigned JWT shaped like ACTIONS_RUNTIME_TOKEN: its `scp` claim holds
 * `Actions.Results:<runBackendId>:<jobBackendId>`, which the artifact client reads to name its run.
 * `scp` replaces the whole claim, to make tokens the services must refuse.
 */
export function mintRuntimeToken(
  ids: Partial<RuntimeIds> & { scp?: string; expiresInSeconds?: number } = {}
): string {
  const runBackendId = ids.runBackendId ?? randomUUID();
  const jobBackendId = ids.jobBackendId ?? randomUUID();
  const payload = {
    iss: 'local-actions-services',
    scp:
      ids.scp ??
      `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
    exp: Math.floor(Date.now() / 1000) + (ids.expiresInSeconds ?? 3600)
  };
  return `${base64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${base64url(JSON.stringify(payload))}.unsigned`;
}

/** The run a bearer runtime token grants, or why it does not grant one. */
export function readRuntimeToken(authorization: string | undefined): RuntimeIds | string {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  if (!match) return 'no bearer token';
  const parts = (match[1] as string).split('.');
  if (parts.length !== 3) return 'the token is not a JWT';
  let claims: { scp?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
  } catch {
    return 'the token is not a JWT';
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return 'the token has expired';
  for (const scope of typeof claims.scp === 'string' ? claims.scp.split(' ') : []) {
    const [name, runBackendId, jobBackendId, ...rest] = scope.split(':');
    if (name === 'Actions.Results' && runBackendId && jobBackendId && rest.length === 0)
      return { runBackendId, jobBackendId };
  }
  return 'the token has no Actions.Results scope';
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Blob path, `cache/<id>`. */
  blob: string;
  /** Declared at finalization; null while the upload is open. */
  sizeBytes: number | null;
  finalized: boolean;
  createdAt: Date;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  /** The run's numeric id, as the REST API shows it. */
  workflowRunId: number;
  /** Blob path, `artifacts/<id>.zip`. */
  blob: string;
  mimeType: string | null;
  size: number | null;
  /** `sha256:<hex>` as the client reported it at finalization. */
  digest: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  finalized: boolean;
}

/** One request this handler answered. */
export interface ServiceCall {
  /** `CacheService/CreateCacheEntry`, `ArtifactService/ListArtifacts`, `blob PUT`, `REST GET …`. */
  route: string;
  status: number;
}

/**
 * How a stored blob is damaged when it is next read:
 * - `flip`: one byte in the middle changes (same length),
 * - `truncate`: the second half is gone (served with its new, shorter length),
 * - `short-read`: served with the full Content-Length, but the connection drops halfway,
 * - `zip-timestamp`: the first zip entry's modification time changes; the zip stays valid, only
 *   its digest differs.
 */
export type Corruption = 'flip' | 'truncate' | 'short-read' | 'zip-timestamp';

export interface ActionsServicesOptions {
  /** `owner/repo` the REST routes serve; default `octo-org/octo-repo`. */
  repository?: string;
  /** The token the REST routes accept (`token …` or `Bearer …`); default `ghs_localtoken`. */
  githubToken?: string;
  /** The storage account, the first path segment of blob URLs on an IP host; default `actionsblobs`. */
  account?: string;
}

export interface ActionsServices {
  handler: Handler;
  repository: string;
  githubToken: string;
  cacheEntries: CacheEntry[];
  artifacts: StoredArtifact[];
  /** Committed blobs by path (`cache/3`, `artifacts/2.zip`). */
  blobs: Map<string, Buffer>;
  calls: ServiceCall[];
  /** When set, the REST artifact listing or the zip download answers this status with GitHub's message. */
  faults: { listArtifactsStatus: number | null; downloadArtifactStatus: number | null };
  /** Removes finalized cache entries (those whose key starts with `prefix`); returns how many. */
  evictCache(prefix?: string): number;
  corruptCacheEntry(key: string, how: Corruption): void;
  corruptArtifact(id: number, how: Corruption): void;
  /** Makes an artifact expired, as its retention running out does. */
  expireArtifact(id: number): void;
  /** The environment the clients need to use these services at `serverUrl`. */
  env(serverUrl: string, runtimeToken?: string): Record<string, string>;
  /**
   * A runtime token for a job of a run started as `facts` says (by default a push to main of this
   * repository); `ids` names the run to make another job of it.
   */
  runToken(facts?: Partial<RunFacts>, ids?: Partial<RuntimeIds>): string;
  /** The repository id the REST API gives `owner/name` (this repository's is REPOSITORY_ID). */
  repositoryId(fullName: string): number;
}

/** This repository's id, as in the event payloads of the fixtures. */
export const REPOSITORY_ID = 812345678;

const TWIRP_STATUS = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412
} as const;

function twirpError(res: ServerResponse, code: keyof typeof TWIRP_STATUS, msg: string): number {
  const status = TWIRP_STATUS[code];
  sendJson(res, status, { code, msg });
  return status;
}

function blobError(res: ServerResponse, status: number, code: string, message: string): number {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'x-ms-error-code': code
  });
  res.end(body);
  return status;
}

const REST_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  410: 'Gone',
  500: 'Server Error'
};

function restError(res: ServerResponse, status: number, message = REST_MESSAGES[status] ?? 'Error'): number {
  sendJson(res, status, {
    message,
    documentation_url: 'https://docs.github.com/rest/actions/artifacts',
    status: String(status)
  });
  return status;
}

function damage(bytes: Buffer, how: Exclude<Corruption, 'short-read'>): Buffer {
  const copy = Buffer.from(bytes);
  if (how === 'truncate') return copy.subarray(0, Math.floor(copy.length / 2));
  if (how === 'flip') {
    const at = Math.floor(copy.length / 2);
    copy[at] = (copy[at] ?? 0) ^ 0xff;
    return copy;
  }
  // A zip starts with a local file header: signature, version, flags, method, then the time (offset 10).
  if (copy.readUInt32LE(0) !== 0x04034b50) throw new Error('zip-timestamp needs a zip blob');
  copy.writeUInt16LE(copy.readUInt16LE(10) ^ 0x0421, 10);
  return copy;
}

function parseJson(body: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function createActionsServices(options: ActionsServicesOptions = {}): ActionsServices {
  const repository = options.repository ?? 'octo-org/octo-repo';
  const githubToken = options.githubToken ?? 'ghs_localtoken';
  const account = options.account ?? 'actionsblobs';
  const cacheEntries: CacheEntry[] = [];
  const artifacts: StoredArtifact[] = [];
  const blobs = new Map<string, Buffer>();
  const stagedBlocks = new Map<string, Map<string, Buffer>>();
  const blobTypes = new Map<string, string>();
  const signatures = new Map<string, string>();
  const shortReads = new Set<string>();
  const runIds = new Map<string, number>();
  const runFacts = new Map<string, RunFacts>();
  const repositoryIds = new Map<string, number>([[repository, REPOSITORY_ID]]);
  const calls: ServiceCall[] = [];
  const faults: ActionsServices['faults'] = { listArtifactsStatus: null, downloadArtifactStatus: null };
  let nextId = 1;
  let lastCreated = 0;

  // Strictly increasing, so "newest" is never a tie even for back-to-back requests.
  const created = (): Date => {
    lastCreated = Math.max(Date.now(), lastCreated + 1);
    return new Date(lastCreated);
  };

  const signedUrl = (req: RecordedRequest, blob: string): string => {
    let sig = signatures.get(blob);
    if (!sig) {
      sig = randomBytes(12).toString('hex');
      signatures.set(blob, sig);
    }
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    return `http://${req.headers.host}/${account}/${blob}?sv=2024-11-04&se=${encodeURIComponent(expiry)}&sr=b&sp=rcw&sig=${sig}`;
  };

  const workflowRunId = (runBackendId: string): number => {
    let id = runIds.get(runBackendId);
    if (id === undefined) {
      id = 7000 + runIds.size + 1;
      runIds.set(runBackendId, id);
    }
    return id;
  };

  const repositoryId = (fullName: string): number => {
    let id = repositoryIds.get(fullName);
    if (id === undefined) {
      id = 900_000_000 + repositoryIds.size;
      repositoryIds.set(fullName, id);
    }
    return id;
  };

  // A run nobody described is a push to main of this repository.
  const factsOf = (runBackendId: string, id: number): RunFacts =>
    runFacts.get(runBackendId) ?? {
      event: 'push',
      headBranch: 'main',
      headRepository: repository,
      headSha: createHash('sha1').update(`run ${id}`).digest('hex')
    };

  // ---- cache service v2 ----

  const cacheMethods: Record<
    string,
    (req: RecordedRequest, res: ServerResponse, body: Record<string, unknown>) => number
  > = {
    CreateCacheEntry(req, res, body) {
      const key = text(body.key);
      const version = text(body.version);
      if (!key || !version) return twirpError(res, 'invalid_argument', 'key and version are required');
      if (cacheEntries.some((e) => e.key === key && e.version === version))
        return twirpError(
          res,
          'already_exists',
          'cache entry with the same key, version, and scope already exists'
        );
      const id = nextId++;
      cacheEntries.push({
        id,
        key,
        version,
        blob: `cache/${id}`,
        sizeBytes: null,
        finalized: false,
        createdAt: created()
      });
      sendJson(res, 200, { ok: true, signed_upload_url: signedUrl(req, `cache/${id}`) });
      return 200;
    },
    FinalizeCacheEntryUpload(_req, res, body) {
      const entry = cacheEntries.find(
        (e) => e.key === text(body.key) && e.version === text(body.version) && !e.finalized
      );
      if (!entry) return twirpError(res, 'not_found', `no open cache entry for key ${text(body.key)}`);
      const stored = blobs.get(entry.blob);
      const declared = Number(text(body.size_bytes));
      if (!stored || stored.length !== declared) {
        sendJson(res, 200, {
          ok: false,
          entry_id: '0',
          message: `uploaded ${stored?.length ?? 0} bytes, finalized with size_bytes ${text(body.size_bytes)}`
        });
        return 200;
      }
      entry.sizeBytes = declared;
      entry.finalized = true;
      sendJson(res, 200, { ok: true, entry_id: String(entry.id) });
      return 200;
    },
    GetCacheEntryDownloadURL(req, res, body) {
      const version = text(body.version);
      const key = text(body.key);
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(text) : [];
      const candidates = cacheEntries
        .filter((e) => e.finalized && e.version === version)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      // The primary key matches exactly; each restore key exactly, then as the prefix of the newest.
      const match =
        candidates.find((e) => e.key === key) ??
        restoreKeys
          .map((k) => candidates.find((e) => e.key === k) ?? candidates.find((e) => e.key.startsWith(k)))
          .find((e) => e !== undefined);
      if (!match) {
        sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
        return 200;
      }
      sendJson(res, 200, {
        ok: true,
        signed_download_url: signedUrl(req, match.blob),
        matched_key: match.key
      });
      return 200;
    }
  };

  // ---- artifact service ----

  const ownRun = (ids: RuntimeIds, body: Record<string, unknown>): boolean =>
    text(body.workflow_run_backend_id) === ids.runBackendId &&
    text(body.workflow_job_run_backend_id) === ids.jobBackendId;
  // A later job of the run downloads what another job uploaded: @actions/artifact asks for the
  // signed URL with the uploading job's id (the listing's), under its own token.
  const sameRun = (ids: RuntimeIds, body: Record<string, unknown>): boolean =>
    text(body.workflow_run_backend_id) === ids.runBackendId;

  const artifactMethods: Record<
    string,
    (req: RecordedRequest, res: ServerResponse, body: Record<string, unknown>, ids: RuntimeIds) => number
  > = {
    CreateArtifact(req, res, body, ids) {
      if (!ownRun(ids, body)) return twirpError(res, 'permission_denied', 'the token is for another job');
      const name = text(body.name);
      if (!name) return twirpError(res, 'invalid_argument', 'name is required');
      if (artifacts.some((a) => a.runBackendId === ids.runBackendId && a.name === name))
        return twirpError(
          res,
          'already_exists',
          'an artifact with this name already exists on the workflow run'
        );
      const expires = text(body.expires_at);
      const id = nextId++;
      artifacts.push({
        id,
        name,
        runBackendId: ids.runBackendId,
        jobBackendId: ids.jobBackendId,
        workflowRunId: workflowRunId(ids.runBackendId),
        blob: `artifacts/${id}.zip`,
        mimeType: text(body.mime_type) || null,
        size: null,
        digest: null,
        createdAt: created(),
        expiresAt: expires ? new Date(expires) : null,
        finalized: false
      });
      sendJson(res, 200, { ok: true, signed_upload_url: signedUrl(req, `artifacts/${id}.zip`) });
      return 200;
    },
    FinalizeArtifact(_req, res, body, ids) {
      if (!ownRun(ids, body)) return twirpError(res, 'permission_denied', 'the token is for another job');
      const artifact = artifacts.find(
        (a) => a.runBackendId === ids.runBackendId && a.name === text(body.name) && !a.finalized
      );
      if (!artifact) return twirpError(res, 'not_found', `no open artifact named ${text(body.name)}`);
      const stored = blobs.get(artifact.blob);
      const size = Number(text(body.size));
      if (!stored || stored.length !== size)
        return twirpError(
          res,
          'invalid_argument',
          `uploaded ${stored?.length ?? 0} bytes, finalized with size ${text(body.size)}`
        );
      artifact.size = size;
      artifact.digest = text(body.hash) || null;
      artifact.finalized = true;
      sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
      return 200;
    },
    ListArtifacts(_req, res, body, ids) {
      if (!ownRun(ids, body)) return twirpError(res, 'permission_denied', 'the token is for another job');
      const nameFilter = text(body.name_filter);
      const idFilter = text(body.id_filter);
      const listed = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runBackendId === ids.runBackendId &&
          (!nameFilter || a.name === nameFilter) &&
          (!idFilter || String(a.id) === idFilter)
      );
      sendJson(res, 200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {})
        }))
      });
      return 200;
    },
    GetSignedArtifactURL(req, res, body, ids) {
      if (!sameRun(ids, body)) return twirpError(res, 'permission_denied', 'the token is for another run');
      const artifact = artifacts.find(
        (a) =>
          a.finalized &&
          a.runBackendId === ids.runBackendId &&
          a.jobBackendId === text(body.workflow_job_run_backend_id) &&
          a.name === text(body.name)
      );
      if (!artifact) return twirpError(res, 'not_found', `no artifact named ${text(body.name)}`);
      sendJson(res, 200, { signed_url: signedUrl(req, artifact.blob) });
      return 200;
    },
    DeleteArtifact(_req, res, body, ids) {
      if (!ownRun(ids, body)) return twirpError(res, 'permission_denied', 'the token is for another job');
      const index = artifacts.findIndex(
        (a) => a.finalized && a.runBackendId === ids.runBackendId && a.name === text(body.name)
      );
      const artifact = artifacts[index];
      if (!artifact) return twirpError(res, 'not_found', `no artifact named ${text(body.name)}`);
      artifacts.splice(index, 1);
      blobs.delete(artifact.blob);
      sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
      return 200;
    }
  };

  const twirp = (req: RecordedRequest, res: ServerResponse, route: string): number => {
    const [service, method] = route.split('/') as [string, string];
    if (req.method !== 'POST') return twirpError(res, 'invalid_argument', 'twirp calls are POSTs');
    const ids = readRuntimeToken(req.headers.authorization);
    if (typeof ids === 'string') return twirpError(res, 'unauthenticated', ids);
    const body = parseJson(req.body);
    if (!body) return twirpError(res, 'invalid_argument', 'the body is not a JSON object');
    if (service === 'CacheService') {
      const call = cacheMethods[method];
      return call ? call(req, res, body) : twirpError(res, 'not_found', `no method ${route}`);
    }
    if (service === 'ArtifactService') {
      const call = artifactMethods[method];
      return call ? call(req, res, body, ids) : twirpError(res, 'not_found', `no method ${route}`);
    }
    return twirpError(res, 'not_found', `no service ${service}`);
  };

  // ---- blob storage ----

  const commitBlob = (blob: string, content: Buffer, type: string | undefined): void => {
    blobs.set(blob, content);
    if (type) blobTypes.set(blob, type);
    stagedBlocks.delete(blob);
    shortReads.delete(blob);
  };

  const blobCreated = (res: ServerResponse): number => {
    res.writeHead(201, {
      'content-length': 0,
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true'
    });
    res.end();
    return 201;
  };

  const blobStorage = (req: RecordedRequest, res: ServerResponse, url: URL, blob: string): number => {
    if (!signatures.has(blob) || url.searchParams.get('sig') !== signatures.get(blob))
      return blobError(res, 403, 'AuthenticationFailed', 'Signature did not match.');
    if (req.method === 'PUT') {
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return blobError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
        const staged = stagedBlocks.get(blob) ?? new Map<string, Buffer>();
        staged.set(blockId, req.body);
        stagedBlocks.set(blob, staged);
        return blobCreated(res);
      }
      if (comp === 'blocklist') {
        const staged = stagedBlocks.get(blob) ?? new Map<string, Buffer>();
        const ids = [
          ...req.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)
        ].map((m) => m[1] as string);
        const parts = ids.map((id) => staged.get(id));
        if (parts.some((p) => p === undefined))
          return blobError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
        commitBlob(blob, Buffer.concat(parts as Buffer[]), text(req.headers['x-ms-blob-content-type']));
        return blobCreated(res);
      }
      if (comp) return blobError(res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not supported`);
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        return blobError(res, 400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob');
      commitBlob(blob, req.body, text(req.headers['x-ms-blob-content-type']));
      return blobCreated(res);
    }
    if (req.method === 'GET') {
      const content = blobs.get(blob);
      if (!content) return blobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      res.writeHead(200, {
        'content-type': blobTypes.get(blob) || 'application/octet-stream',
        'content-length': content.length,
        'x-ms-blob-type': 'BlockBlob'
      });
      if (shortReads.has(blob)) {
        // Headers promise every byte; the connection drops halfway, as a broken transfer does.
        res.write(content.subarray(0, Math.floor(content.length / 2)), () => res.destroy());
        return 200;
      }
      res.end(content);
      return 200;
    }
    return blobError(res, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
  };

  // ---- REST: the repository's artifacts ----

  const restArtifact = (a: StoredArtifact, origin: string) => {
    const url = `${origin}/repos/${repository}/actions/artifacts/${a.id}`;
    const run = factsOf(a.runBackendId, a.workflowRunId);
    return {
      id: a.id,
      node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size ?? 0,
      url,
      archive_download_url: `${url}/zip`,
      expired: isExpired(a),
      digest: a.digest,
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: a.expiresAt ? a.expiresAt.toISOString() : null,
      workflow_run: {
        id: a.workflowRunId,
        repository_id: REPOSITORY_ID,
        head_repository_id: repositoryId(run.headRepository),
        head_branch: run.headBranch,
        head_sha: run.headSha
      }
    };
  };

  // A minimal-repository object, as a workflow run holds two.
  const restRepository = (fullName: string, origin: string) => {
    const [owner = '', name = ''] = fullName.split('/');
    const id = repositoryId(fullName);
    return {
      id,
      node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
      name,
      full_name: fullName,
      owner: { login: owner, type: 'Organization' },
      private: false,
      fork: fullName !== repository,
      html_url: `https://github.com/${fullName}`,
      url: `${origin}/repos/${fullName}`
    };
  };

  // GET /repos/{owner}/{repo}/actions/runs/{id}: the fields a workflow run object carries.
  const restRun = (id: number, runBackendId: string, origin: string) => {
    const run = factsOf(runBackendId, id);
    const url = `${origin}/repos/${repository}/actions/runs/${id}`;
    return {
      id,
      name: 'bench',
      node_id: Buffer.from(`WorkflowRun${id}`).toString('base64'),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: '.github/workflows/bench.yml',
      display_title: 'bench',
      run_number: id,
      run_attempt: 1,
      event: run.event,
      status: 'completed',
      conclusion: 'success',
      workflow_id: 161335,
      url,
      html_url: `https://github.com/${repository}/actions/runs/${id}`,
      pull_requests: [],
      artifacts_url: `${url}/artifacts`,
      repository: restRepository(repository, origin),
      head_repository: restRepository(run.headRepository, origin)
    };
  };

  /** The run with this REST id: one that uploaded an artifact here, or one a token was made for. */
  const runBackendIdOf = (id: number): string | undefined =>
    [...runIds].find(([, runId]) => runId === id)?.[0] ??
    artifacts.find((a) => a.workflowRunId === id)?.runBackendId;

  const isExpired = (a: StoredArtifact): boolean =>
    a.expiresAt !== null && a.expiresAt.getTime() <= Date.now();

  const rest = (req: RecordedRequest, res: ServerResponse, url: URL, rest: string): number => {
    const auth = /^(?:token|Bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    if (auth?.[1] !== githubToken) return restError(res, 401);
    if (req.method !== 'GET') return restError(res, 404);
    const origin = `http://${req.headers.host}`;
    const finalized = artifacts.filter((a) => a.finalized);
    if (rest === '') {
      if (faults.listArtifactsStatus !== null) return restError(res, faults.listArtifactsStatus);
      const name = url.searchParams.get('name');
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      // Newest first, as GitHub lists them.
      const matching = finalized
        .filter((a) => name === null || a.name === name)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
      const pages = Math.max(1, Math.ceil(matching.length / perPage));
      const links: string[] = [];
      const pageUrl = (n: number) => {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(n));
        return `<${origin}${next.pathname}${next.search}>`;
      };
      if (page < pages) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(pages)}; rel="last"`);
      sendJson(
        res,
        200,
        {
          total_count: matching.length,
          artifacts: matching.slice((page - 1) * perPage, page * perPage).map((a) => restArtifact(a, origin))
        },
        links.length > 0 ? { link: links.join(', ') } : {}
      );
      return 200;
    }
    const match = /^\/(\d+)(\/zip)?$/.exec(rest);
    const artifact = match ? finalized.find((a) => a.id === Number(match[1])) : undefined;
    if (!match || !artifact) return restError(res, 404);
    if (!match[2]) return sendJson(res, 200, restArtifact(artifact, origin)) && 200;
    if (faults.downloadArtifactStatus !== null) return restError(res, faults.downloadArtifactStatus);
    if (isExpired(artifact)) return restError(res, 410, 'Artifact has expired');
    res.writeHead(302, { location: signedUrl(req, artifact.blob), 'content-length': 0 });
    res.end();
    return 302;
  };

  /** `GET /repos/{repo}/actions/runs/{id}/artifacts`: one run's artifacts, as the REST API lists them. */
  const restRunArtifacts = (req: RecordedRequest, res: ServerResponse, url: URL, runId: number): number => {
    const auth = /^(?:token|Bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    if (auth?.[1] !== githubToken) return restError(res, 401);
    if (req.method !== 'GET') return restError(res, 404);
    const origin = `http://${req.headers.host}`;
    const listed = artifacts
      .filter((a) => a.finalized && a.workflowRunId === runId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    sendJson(res, 200, {
      total_count: listed.length,
      artifacts: listed.slice((page - 1) * perPage, page * perPage).map((a) => restArtifact(a, origin))
    });
    return 200;
  };

  const restRuns = (req: RecordedRequest, res: ServerResponse, rest: string): number => {
    const auth = /^(?:token|Bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    if (auth?.[1] !== githubToken) return restError(res, 401);
    if (req.method !== 'GET' || !/^\d+$/.test(rest)) return restError(res, 404);
    const runBackendId = runBackendIdOf(Number(rest));
    if (runBackendId === undefined) return restError(res, 404);
    sendJson(res, 200, restRun(Number(rest), runBackendId, `http://${req.headers.host}`));
    return 200;
  };

  const handler: Handler = (req, res) => {
    const url = new URL(req.url, 'http://services.local');
    let route: string;
    let status: number;
    const restPrefix = `/repos/${repository}/actions/artifacts`;
    const runsPrefix = `/repos/${repository}/actions/runs/`;
    const runArtifacts = new RegExp(`^/repos/${repository}/actions/runs/(\\d+)/artifacts$`).exec(
      url.pathname
    );
    if (runArtifacts) {
      route = `REST ${req.method} /repos/${repository}/actions/runs/{id}/artifacts`;
      status = restRunArtifacts(req, res, url, Number(runArtifacts[1]));
    } else if (url.pathname.startsWith(TWIRP_PREFIX)) {
      route = url.pathname.slice(TWIRP_PREFIX.length);
      status = twirp(req, res, route);
    } else if (url.pathname.startsWith(`/${account}/`)) {
      route = `blob ${req.method}${url.searchParams.get('comp') ? ` comp=${url.searchParams.get('comp')}` : ''}`;
      status = blobStorage(req, res, url, decodeURIComponent(url.pathname.slice(account.length + 2)));
    } else if (url.pathname === restPrefix || url.pathname.startsWith(`${restPrefix}/`)) {
      route = `REST ${req.method} ${url.pathname}`;
      status = rest(req, res, url, url.pathname.slice(restPrefix.length));
    } else if (url.pathname.startsWith(runsPrefix)) {
      route = `REST ${req.method} ${url.pathname}`;
      status = restRuns(req, res, url.pathname.slice(runsPrefix.length));
    } else {
      return false;
    }
    calls.push({ route, status });
    return true;
  };

  const cacheEntry = (key: string): CacheEntry => {
    const entry = cacheEntries.find((e) => e.key === key && e.finalized);
    if (!entry) throw new Error(`no cache entry ${key}`);
    return entry;
  };

  const corrupt = (blob: string, how: Corruption): void => {
    const content = blobs.get(blob);
    if (!content) throw new Error(`no blob ${blob}`);
    if (how === 'short-read') shortReads.add(blob);
    else blobs.set(blob, damage(content, how));
  };

  return {
    handler,
    repository,
    githubToken,
    cacheEntries,
    artifacts,
    blobs,
    calls,
    faults,
    evictCache(prefix = '') {
      const evicted = cacheEntries.filter((e) => e.finalized && e.key.startsWith(prefix));
      for (const entry of evicted) {
        cacheEntries.splice(cacheEntries.indexOf(entry), 1);
        blobs.delete(entry.blob);
      }
      return evicted.length;
    },
    corruptCacheEntry(key, how) {
      corrupt(cacheEntry(key).blob, how);
    },
    corruptArtifact(id, how) {
      const artifact = artifacts.find((a) => a.id === id);
      if (!artifact) throw new Error(`no artifact ${id}`);
      corrupt(artifact.blob, how);
    },
    expireArtifact(id) {
      const artifact = artifacts.find((a) => a.id === id);
      if (!artifact) throw new Error(`no artifact ${id}`);
      artifact.expiresAt = new Date(Date.now() - 1000);
    },
    env(serverUrl, runtimeToken = mintRuntimeToken()) {
      return {
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: `${serverUrl}/`,
        ACTIONS_RUNTIME_TOKEN: runtimeToken,
        // Any other host than github.com (or *.ghe.com) switches the cache client to the v1 protocol.
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: serverUrl,
        GITHUB_REPOSITORY: repository
      };
    },
    runToken(facts = {}, ids = {}) {
      const runBackendId = ids.runBackendId ?? randomUUID();
      const id = workflowRunId(runBackendId);
      runFacts.set(runBackendId, { ...factsOf(runBackendId, id), ...facts });
      return mintRuntimeToken({ ...ids, runBackendId });
    },
    repositoryId
  };
}

/** sha256 of bytes as the artifact service writes digests: `sha256:<hex>`. */
export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
