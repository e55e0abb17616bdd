// Choosing the baseline artifact from the repository's artifact listing, and saying why the listing
// failed. Pure: the REST call lives in artifact.ts.
//
// An artifact is only as trustworthy as the run that uploaded it: any run of the repository may
// upload one by the baseline's name (a push to another branch, a pull request, a fork's pull
// request, whose branch may well be called `main`). Only one from a promoting event's run on the
// baseline branch of this repository is taken.

import { PROMOTING_EVENTS } from '../../core/github-events.js';

/** The fields of a REST artifact (`GET /repos/{owner}/{repo}/actions/artifacts`) this code reads. */
export interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  /** `sha256:<hex>` of the zip, for artifacts uploaded by the v4+ clients. */
  digest?: string | null;
  /** The run that uploaded it (GitHub lists it for artifacts of the v4 service and later). */
  workflow_run?: {
    id?: number;
    repository_id?: number;
    head_repository_id?: number;
    head_branch?: string;
    head_sha?: string;
  } | null;
}

/** The fields of a workflow run (`GET /repos/{owner}/{repo}/actions/runs/{id}`) this code reads. */
export interface ListedRun {
  id: number;
  event: string;
  head_branch: string | null;
  repository: { id: number };
  head_repository?: { id: number } | null;
}

function createdMs(artifact: ListedArtifact): number {
  const ms = artifact.created_at ? Date.parse(artifact.created_at) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** The unexpired artifacts called exactly `name`, newest first; ids order those of the same instant. */
export function newestFirst(artifacts: readonly ListedArtifact[], name: string): ListedArtifact[] {
  return artifacts
    .filter((artifact) => artifact.name === name && !artifact.expired)
    .sort((a, b) => createdMs(b) - createdMs(a) || b.id - a.id);
}

/** What a run's branch was, for a message: branch names are whatever was pushed. */
const branchOf = (name: string | null | undefined): string =>
  typeof name === 'string' ? `branch ${JSON.stringify(name)}` : 'no branch';

/**
 * Why the listing shows `artifact` was not uploaded by a run on `branch` of this repository, or null
 * when it may have been (its run's event is checked next, with runRefusal).
 */
export function listingRefusal(artifact: ListedArtifact, branch: string): string | null {
  const run = artifact.workflow_run;
  if (typeof run?.id !== 'number')
    return 'the listing names no workflow run, so where it came from is unknown';
  if (typeof run.repository_id !== 'number' || run.head_repository_id !== run.repository_id)
    return `its run was for ${branchOf(run.head_branch)} of another repository (head repository ${run.head_repository_id ?? 'unknown'}, this one is ${run.repository_id ?? 'unknown'}), not ${branch} of this repository`;
  if (run.head_branch !== branch)
    return `its run was on ${branchOf(run.head_branch)}, not on ${branch}, the baseline branch`;
  return null;
}

/**
 * Why `run`, the run that uploaded `artifact`, was not a push, schedule or workflow_dispatch on
 * `branch` of this repository, or null when it was.
 */
export function runRefusal(artifact: ListedArtifact, run: ListedRun, branch: string): string | null {
  const repository = artifact.workflow_run?.repository_id;
  if (run.id !== artifact.workflow_run?.id || run.repository.id !== repository)
    return `its run ${run.id} is not the one the listing names`;
  if (run.head_repository?.id !== run.repository.id)
    return `its run was for ${branchOf(run.head_branch)} of another repository (head repository ${run.head_repository?.id ?? 'unknown'}, this one is ${run.repository.id}), not ${branch} of this repository`;
  if (run.head_branch !== branch)
    return `its run was on ${branchOf(run.head_branch)}, not on ${branch}, the baseline branch`;
  if (!PROMOTING_EVENTS.has(run.event))
    return `its run was triggered by ${run.event} on ${branchOf(run.head_branch)}; only push, schedule and workflow_dispatch runs on ${branch} are accepted`;
  return null;
}

/** The log line for an artifact that was passed over. */
export function skippedArtifact(artifact: ListedArtifact, reason: string): string {
  const run = artifact.workflow_run?.id;
  return `Skipped artifact ${artifact.name} (id ${artifact.id})${typeof run === 'number' ? ` of run ${run}` : ''}: ${reason}.`;
}

/** Why a REST call about the repository's artifacts failed, and what fixes it. */
export function describeArtifactApiFailure(
  what: string,
  repository: string,
  status: number | null,
  message: string
): string {
  const said = message ? ` (${message})` : '';
  if (status === 401) return `${what} in ${repository} was refused: 401${said}; the token is not valid.`;
  if (status === 403 && /rate limit/i.test(message))
    return `${what} in ${repository} was refused: 403${said}; the API rate limit is exhausted.`;
  if (status === 403)
    return `${what} in ${repository} was refused: 403${said}; the token needs the \`actions: read\` permission (add \`permissions: actions: read\` to the job).`;
  if (status === 404)
    return `${what} in ${repository} answered 404${said}; the repository does not exist or the token cannot see it (it needs \`actions: read\`).`;
  if (status === 410) return `${what} in ${repository} answered 410${said}; the artifact has expired.`;
  if (status === null) return `${what} in ${repository} failed: ${message}`;
  return `${what} in ${repository} failed with HTTP ${status}${said}.`;
}
