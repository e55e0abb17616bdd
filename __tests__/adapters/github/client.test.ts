import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../../src/adapters/github/client.js';
import { type Handler, sendJson, startServer, type TestServer } from '../../servers/http.js';

const TOKEN = 'ghp_client0123456789abcdefghijklmnopqrs';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Answers `GET <prefix>/user` with the queued answers, then 200. */
async function userServer(
  queue: Array<{ status: number; body: unknown; headers?: Record<string, string> }>,
  prefix = ''
) {
  const handler: Handler = (req, res) => {
    if (req.method !== 'GET' || req.url !== `${prefix}/user`) return false;
    const next = queue.shift();
    return next
      ? sendJson(res, next.status, next.body, next.headers)
      : sendJson(res, 200, { login: 'octo-bot' });
  };
  server = await startServer([handler]);
  return server;
}

describe('createGitHubClient', () => {
  it('sends the token, talks to a GitHub Enterprise base path, and names itself', async () => {
    const s = await userServer([], '/api/v3');
    const client = createGitHubClient({ token: TOKEN, baseUrl: `${s.url}/api/v3` });
    const { data } = await client.request('GET /user');
    expect(data.login).toBe('octo-bot');
    expect(s.requests[0]?.headers.authorization).toBe(`token ${TOKEN}`);
    expect(s.requests[0]?.headers['user-agent']).toMatch(/octokit-core\.js/);
  });

  it('retries 5xx with growing back-off (1, 4 units) and succeeds', async () => {
    const s = await userServer([
      { status: 502, body: { message: 'Server Error' } },
      { status: 503, body: { message: 'Service Unavailable' } }
    ]);
    const client = createGitHubClient({ token: TOKEN, baseUrl: s.url, retryBaseMs: 50 });
    const started = Date.now();
    const { data } = await client.request('GET /user');
    expect(data.login).toBe('octo-bot');
    expect(s.requests).toHaveLength(3);
    // 1 × 50 ms, then 4 × 50 ms (timers may fire a little early).
    expect(Date.now() - started).toBeGreaterThanOrEqual(50 + 200 - 20);
  });

  it('gives up after three retries', async () => {
    const fail = { status: 500, body: { message: 'Server Error' } };
    const s = await userServer([fail, fail, fail, fail, fail]);
    const client = createGitHubClient({ token: TOKEN, baseUrl: s.url, retryBaseMs: 1 });
    await expect(client.request('GET /user')).rejects.toMatchObject({ status: 500 });
    expect(s.requests).toHaveLength(4);
  });

  it('does not retry 403 "Resource not accessible by integration" or 404', async () => {
    const s = await userServer([
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      { status: 404, body: { message: 'Not Found' } }
    ]);
    const client = createGitHubClient({ token: TOKEN, baseUrl: s.url, retryBaseMs: 1 });
    await expect(client.request('GET /user')).rejects.toMatchObject({ status: 403 });
    await expect(client.request('GET /user')).rejects.toMatchObject({ status: 404 });
    expect(s.requests).toHaveLength(2);
  });

  it('waits out a secondary rate limit for its Retry-After, and says so', async () => {
    const s = await userServer([
      {
        status: 403,
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        },
        headers: { 'retry-after': '3' }
      }
    ]);
    const notes: string[] = [];
    const client = createGitHubClient({
      token: TOKEN,
      baseUrl: s.url,
      retryBaseMs: 100,
      log: (m) => notes.push(m)
    });
    const started = Date.now();
    const { data } = await client.request('GET /user');
    expect(data.login).toBe('octo-bot');
    // Retry-After 3 × 100 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(notes).toEqual(['GitHub secondary rate limit on GET /user; retrying in 3 s']);
    expect(notes.join('\n')).not.toContain(TOKEN);
  });

  it('does not wait for a secondary rate limit longer than a minute', async () => {
    const limited = {
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '3600' }
    };
    const s = await userServer([limited, limited, limited, limited, limited]);
    const notes: string[] = [];
    const client = createGitHubClient({
      token: TOKEN,
      baseUrl: s.url,
      retryBaseMs: 1,
      log: (m) => notes.push(m)
    });
    await expect(client.request('GET /user')).rejects.toMatchObject({ status: 429 });
    expect(notes[0]).toBe('GitHub secondary rate limit on GET /user; giving up');
  });
});
