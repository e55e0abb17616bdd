// The GitHub REST client: @actions/github's Octokit with the retry and throttling plugins, so a
// transient 5xx or a secondary rate limit does not lose the comment.
//
// How the plugins behave (read from their source): plugin-retry retries every status >= 400 except
// 400/401/403/404/410/422/451, up to 3 times, waiting (n + 1)² × `retryAfterBaseValue` ms (1 s, 4 s,
// 9 s); it does not read Retry-After. plugin-throttling retries a 403/429 whose message names a
// secondary rate limit after its Retry-After seconds × `retryAfterBaseValue` (60 s without the
// header), and a primary rate limit after x-ratelimit-reset, each only when our handler agrees.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API base, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Where the client's own notes (rate limits, retries) go; never given the token. */
  log?: (message: string) => void;
  /**
   * Milliseconds per unit of back-off (default 1000): the retry plugin waits 1, 4, 9 units, the
   * throttling plugin Retry-After units. Tests in this process lower it; the action keeps 1000.
   */
  retryBaseMs?: number;
  /** Retries after a secondary rate limit (default 2); a primary rate limit waits for at most 60 s. */
  rateLimitRetries?: number;
}

const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
let clients = 0;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const note = options.log ?? (() => {});
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryCount < rateLimitRetries;
      note(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`
      );
      return wait;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      log: { debug: () => {}, info: () => {}, warn: note, error: note },
      retry: { retryAfterBaseValue: retryBaseMs },
      throttle: {
        // The throttling plugin spaces writes per id across every client in the process; each
        // client is one action run, so each gets its own.
        id: `copybook-bench-${process.pid}-${++clients}`,
        retryAfterBaseValue: retryBaseMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    retry,
    throttling
  );
}
