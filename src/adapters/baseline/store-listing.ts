// Choosing the baseline artifact from the repository's artifact listing, and saying why the listing
// failed. Pure: the REST call lives in artifact.ts.

/** The fields of a REST artifact (`GET /repos/{owner}/{repo}/actions/artifacts`) this code reads. */
export interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  /** `sha256:<hex>` of the zip, for artifacts uploaded by the v4+ clients. */
  digest?: string | null;
  workflow_run?: { id?: number } | null;
}

function createdMs(artifact: ListedArtifact): number {
  const ms = artifact.created_at ? Date.parse(artifact.created_at) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** The newest artifact called exactly `name` that has not expired; null when there is none. */
export function pickLatestArtifact(
  artifacts: readonly ListedArtifact[],
  name: string
): ListedArtifact | null {
  let latest: ListedArtifact | null = null;
  for (const artifact of artifacts) {
    if (artifact.name !== name || artifact.expired) continue;
    // Ids grow with time, so they order artifacts created in the same instant.
    if (
      latest === null ||
      createdMs(artifact) > createdMs(latest) ||
      (createdMs(artifact) === createdMs(latest) && artifact.id > latest.id)
    )
      latest = artifact;
  }
  return latest;
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
