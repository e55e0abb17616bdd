// Where the data branch lives and how git is told about it: the remote's URL from the
// `history-repository` setting or the checkout's origin, the repository page the dashboard links
// commits to, the Authorization header git sends (never a URL's user or password), which rejected
// pushes are worth another try, and how long to wait before it. Pure.

const OWNER_REPO = /^(?!\.\.?\/)([A-Za-z0-9_.-]+)\/(?!\.\.?$)([A-Za-z0-9_.-]+)$/;

/** `owner/repo` (neither `.` nor `..`) as its two names; null for anything else (a URL, a path). */
export function ownerRepo(text: string): { owner: string; repo: string } | null {
  const match = OWNER_REPO.exec(text);
  return match ? { owner: match[1] as string, repo: match[2] as string } : null;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/**
 * The URL or path git fetches from and pushes to: `owner/repo` on the run's server, a URL or path
 * as given, else the checkout's origin (its user and password removed), else the run's own
 * repository (`repository`, `owner/repo`: a publish job needs no checkout); null when none is known.
 */
export function historyRemoteUrl(
  setting: string | null,
  origin: string | null,
  serverUrl: string,
  repository: string | null = null
): string | null {
  const onServer = (ownerRepo: string): string => `${trimSlash(serverUrl)}/${ownerRepo}.git`;
  if (setting !== null && setting !== '') return ownerRepo(setting) ? onServer(setting) : setting;
  if (origin !== null && origin !== '') return withoutCredentials(origin);
  return repository !== null && ownerRepo(repository) ? onServer(repository) : null;
}

/** `https://github.com/owner/repo`: where the dashboard links a commit (`…/commit/<sha>`). */
export function repositoryPageUrl(
  serverUrl: string,
  owner: string | null,
  repo: string | null
): string | null {
  return owner && repo ? `${trimSlash(serverUrl)}/${owner}/${repo}` : null;
}

/** An http(s) URL without its user and password; anything else (a path, an scp-like address) as it is. */
export function withoutCredentials(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL after all: drop everything up to the authority's last `@`, whatever it is.
    return url.replace(/^(https?:\/\/)[^/?#]*@/i, '$1');
  }
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

/** Whether git reaches `url` over https, where a token goes in a header. */
export const isHttpsRemote = (url: string): boolean => /^https:\/\//i.test(url);

/** `https://host/`: the part of the URL git's `http.<url>.extraheader` is scoped to. */
export function headerScope(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? `${parsed.origin}/` : null;
  } catch {
    return null;
  }
}

/**
 * The value of git's `http.extraheader` for a token, in the form actions/checkout uses:
 * `AUTHORIZATION: basic base64("x-access-token:<token>")`.
 */
export const authorizationHeader = (token: string): string =>
  `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;

/**
 * Whether a failed push lost a race with another writer (the branch moved, or its ref was locked
 * while another push updated it): fetched again and rebuilt on the new tip, it may well pass. Any
 * other failure (no permission, a protected branch, no network) stays a failure.
 */
export function isLostRace(stderr: string): boolean {
  return /non-fast-forward|fetch first|cannot lock ref|failed to lock|unable to create '[^']*\.lock'|incorrect old value|stale info|but expected|failed to update ref/i.test(
    stderr
  );
}

/**
 * Whether git's failure says the token may not push (no `contents: write`, a protected branch): in
 * the README's pair of workflows the bench job's read-only token meets this on every push, and the
 * publish job adds the result, so it is worth a line saying so rather than a warning.
 */
export function isPushRefused(reason: string): boolean {
  return /returned error: 403|permission to \S+ denied|write access to repository not granted|protected branch|insufficient permission/i.test(
    reason
  );
}

export interface RetryPolicy {
  /** Pushes at most. */
  attempts: number;
  /** The first wait in ms, doubled after each rejected push, up to `capMs`. */
  baseMs: number;
  capMs: number;
}

/** Eight matrix legs promoting at once all land within these. */
export const PUSH_RETRY: RetryPolicy = { attempts: 10, baseMs: 250, capMs: 4000 };

/**
 * The wait in ms before push `attempt` + 1 after `attempt` were rejected: exponential, capped, and
 * half of it random (`random` in [0, 1)) so that writers who collided do not collide again.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: number): number {
  const full = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (full / 2) * Math.min(Math.max(random, 0), 1));
}
