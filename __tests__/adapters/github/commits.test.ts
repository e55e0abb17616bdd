// The compare API against the local GitHub server: how far the pull request's base lies ahead of
// the compared commit, and a reason when the API cannot say.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../../src/adapters/github/client.js';
import { commitsAhead } from '../../../src/adapters/github/commits.js';
import { githubApi } from '../../servers/github-api.js';
import { startServer, type TestServer } from '../../servers/http.js';

const TOKEN = 'ghs_compare0123456789abcdefghijklmnopqr';
const FROM = 'a'.repeat(40);
const TO = 'b'.repeat(40);
const api = githubApi({ token: TOKEN });
let server: TestServer;

beforeAll(async () => {
  server = await startServer([api.handler]);
});
afterAll(() => server.close());

const target = { owner: 'octo-org', repo: 'copybook-rs', from: FROM, to: TO };

describe('commitsAhead', () => {
  it('answers ahead_by of from...to', async () => {
    api.compare(FROM, TO, 3, 1);
    const client = createGitHubClient({ token: TOKEN, baseUrl: server.url });
    expect(await commitsAhead(client, target)).toEqual({ ok: true, aheadBy: 3 });
    expect(api.log.at(-1)).toBe(`GET /repos/octo-org/copybook-rs/compare/${FROM}...${TO}?per_page=1`);
  });

  it('gives the reason when the commits are unknown or the token is refused', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: server.url });
    const unknown = await commitsAhead(client, { ...target, from: TO, to: FROM });
    expect(unknown).toEqual({
      ok: false,
      reason: expect.stringMatching(/^comparing b{40}\.\.\.a{40} failed: Not Found/)
    });
    const refused = createGitHubClient({ token: 'ghs_wrong', baseUrl: server.url });
    expect(await commitsAhead(refused, target)).toEqual({
      ok: false,
      reason: expect.stringContaining('Bad credentials')
    });
  });
});
