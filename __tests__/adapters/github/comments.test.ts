import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../../src/adapters/github/client.js';
import {
  type CommentTarget,
  commentPolicy,
  explainFailure,
  type IssueComment,
  lastLine,
  ownComments,
  planWrite,
  type StickyCommentRequest,
  sameBody,
  upsertStickyComment
} from '../../../src/adapters/github/comments.js';
import { type GitHubApi, githubApi } from '../../servers/github-api.js';
import { type Handler, sendJson, startServer, type TestServer } from '../../servers/http.js';

const MARKER = '<!-- copybook-bench-action:copybook-bench -->';
const BOT = 'github-actions[bot]';
const comment = (
  id: number,
  body: string,
  login: string,
  created_at: string,
  type: 'User' | 'Bot' = login.endsWith('[bot]') ? 'Bot' : 'User'
): IssueComment => ({
  id,
  body,
  user: { login, type },
  created_at,
  html_url: `https://github.com/o/r/pull/1#issuecomment-${id}`
});

describe('commentPolicy', () => {
  it('writes on pull request events in auto mode, and never in never mode', () => {
    expect(commentPolicy('auto', 'pull_request', 1, 'pass')).toEqual({ write: true, mayCreate: true });
    expect(commentPolicy('auto', 'pull_request_target', 1, 'fail')).toEqual({ write: true, mayCreate: true });
    expect(commentPolicy('never', 'pull_request', 1, 'fail')).toEqual({
      write: false,
      reason: 'comment is set to never'
    });
  });

  it('does not write on other events unless always, and needs a pull request', () => {
    expect(commentPolicy('auto', 'push', null, 'pass')).toEqual({
      write: false,
      reason: 'this is a push event, not a pull request (comment: auto)'
    });
    expect(commentPolicy('on-failure', 'workflow_run', 3, 'fail').write).toBe(false);
    expect(commentPolicy('always', 'workflow_run', 3, 'pass')).toEqual({ write: true, mayCreate: true });
    expect(commentPolicy('always', 'push', null, 'pass')).toEqual({
      write: false,
      reason: 'the push event names no pull request'
    });
    expect(commentPolicy('always', null, null, 'pass')).toEqual({
      write: false,
      reason: 'not running on a GitHub event (GITHUB_EVENT_NAME is unset)'
    });
  });

  it('on-failure creates only when not passing, but may always update', () => {
    expect(commentPolicy('on-failure', 'pull_request', 1, 'pass')).toEqual({ write: true, mayCreate: false });
    expect(commentPolicy('on-failure', 'pull_request', 1, 'warn')).toEqual({ write: true, mayCreate: true });
    expect(commentPolicy('on-failure', 'pull_request', 1, 'fail')).toEqual({ write: true, mayCreate: true });
  });
});

describe('ownComments', () => {
  const comments = [
    comment(5, `old\n${MARKER}`, 'github-actions[bot]', '2026-11-01T00:00:00Z'),
    comment(6, `quoted by a person\n${MARKER}`, 'octocat', '2026-11-02T00:00:00Z'),
    comment(7, 'no marker', 'github-actions[bot]', '2026-11-03T00:00:00Z'),
    comment(
      8,
      `other instance\n<!-- copybook-bench-action:copybook-bench-arm -->`,
      'github-actions[bot]',
      '2026-11-04T00:00:00Z'
    ),
    comment(4, `newest by time\n${MARKER}`, 'GitHub-Actions[bot]', '2026-11-05T00:00:00Z'),
    { ...comment(9, '', 'github-actions[bot]', '2026-11-06T00:00:00Z'), body: null },
    { ...comment(10, MARKER, 'ghost', '2026-11-07T00:00:00Z'), user: null }
  ];

  it('keeps only our marker by our identity, oldest first (logins compare case-insensitively)', () => {
    expect(ownComments(comments, MARKER, BOT).map((c) => c.id)).toEqual([5, 4]);
    expect(ownComments(comments, MARKER, 'octocat').map((c) => c.id)).toEqual([6]);
    expect(ownComments(comments, MARKER, 'someone-else')).toEqual([]);
  });

  it('does not take another instance whose name starts with ours', () => {
    expect(ownComments(comments, '<!-- copybook-bench-action:copybook-bench-arm -->', BOT)).toHaveLength(1);
    expect(ownComments(comments, MARKER, BOT).some((c) => c.id === 8)).toBe(false);
  });

  it('needs the marker as the last line: a quote or a mention of it is not our comment', () => {
    const quoted = [
      comment(20, `> ${MARKER}\nthe bot wrote that`, BOT, '2026-11-01T00:00:00Z'),
      comment(21, `the marker is \`${MARKER}\` here`, BOT, '2026-11-02T00:00:00Z'),
      comment(22, `report\r\n\r\n${MARKER}\r\n`, BOT, '2026-11-03T00:00:00Z'),
      comment(23, `report\n\n${MARKER}  \n\n\n`, BOT, '2026-11-04T00:00:00Z')
    ];
    expect(ownComments(quoted, MARKER, BOT).map((c) => c.id)).toEqual([22, 23]);
  });

  it("does not take a comment that carries the marker on a line of its own but not last (another instance's)", () => {
    const other = '<!-- copybook-bench-action:other -->';
    const comments = [
      // Instance `copybook-bench`'s comment, whose data put the other marker on a line of its own.
      comment(40, `| id |\n${other}\n| x |\n\n${MARKER}\n`, BOT, '2026-11-01T00:00:00Z'),
      comment(41, `a lone CR ends a line too\r${other}\r\n\n${MARKER}\n`, BOT, '2026-11-02T00:00:00Z'),
      comment(42, `report\n\n${other}\n`, BOT, '2026-11-03T00:00:00Z')
    ];
    expect(ownComments(comments, other, BOT).map((c) => c.id)).toEqual([42]);
    expect(ownComments(comments, MARKER, BOT).map((c) => c.id)).toEqual([40, 41]);
    expect(lastLine(`report\r${other}`)).toBe(other);
  });

  it("when the token's identity is unknown (an App's token), takes a bot's comment and never a person's", () => {
    const mixed = [
      comment(30, `ours, by the App\n${MARKER}`, 'copybook-perf[bot]', '2026-11-01T00:00:00Z'),
      comment(31, `a bot whose login does not say so\n${MARKER}`, 'renovate', '2026-11-02T00:00:00Z', 'Bot'),
      comment(32, `a person copied it\n${MARKER}`, 'octocat', '2026-11-03T00:00:00Z'),
      {
        // A person acting through an App: GitHub sets performed_via_github_app, the author stays the person.
        ...comment(33, `through an App\n${MARKER}`, 'octocat', '2026-11-04T00:00:00Z'),
        performed_via_github_app: { slug: 'some-app' }
      } as IssueComment
    ];
    expect(ownComments(mixed, MARKER, null).map((c) => c.id)).toEqual([30, 31]);
    expect(ownComments(mixed, MARKER, 'copybook-perf[bot]').map((c) => c.id)).toEqual([30]);
  });

  it('orders by id when created at the same time', () => {
    const same = [
      comment(12, MARKER, 'bot', '2026-11-01T00:00:00Z'),
      comment(11, MARKER, 'bot', '2026-11-01T00:00:00Z')
    ];
    expect(ownComments(same, MARKER, 'bot').map((c) => c.id)).toEqual([11, 12]);
  });
});

describe('planWrite', () => {
  const existing = comment(5, `body\r\nline\n\n${MARKER}\n`, 'bot', '2026-11-01T00:00:00Z');

  it('updates a changed body, leaves an equal one alone (up to line endings), creates when none', () => {
    expect(planWrite(existing, `body\nother\n\n${MARKER}\n`, true)).toEqual({ kind: 'update', id: 5 });
    expect(planWrite(existing, `body\nline\n\n${MARKER}`, true)).toEqual({
      kind: 'unchanged',
      comment: existing
    });
    expect(planWrite(null, 'new', true)).toEqual({ kind: 'create' });
  });

  it('does not create when it may only update', () => {
    expect(planWrite(null, 'new', false)).toEqual({
      kind: 'skip',
      reason: 'the status is pass and there is no comment to update (comment: on-failure)'
    });
    expect(planWrite(existing, 'fixed', false)).toEqual({ kind: 'update', id: 5 });
  });

  it('compares bodies exactly otherwise', () => {
    expect(sameBody('a', 'a ')).toBe(true);
    expect(sameBody('a', ' a')).toBe(false);
    expect(sameBody(null, '')).toBe(true);
  });
});

describe('explainFailure', () => {
  const target = { pr: 'pull request #42 of o/r', fromFork: false };

  it('explains a read-only token with the fix, and says when it is a fork', () => {
    const failure = {
      status: 403,
      message: 'Resource not accessible by integration - https://docs.github.com/rest/issues/comments'
    };
    expect(explainFailure(failure, { ...target, fromFork: true })).toBe(
      'The token cannot comment on pull request #42 of o/r (403 Resource not accessible by integration): the pull request comes from a fork, and GitHub gives such runs a read-only token. Give the job `permissions: pull-requests: write`, or write the comment from a `workflow_run` workflow that runs after this one.'
    );
    expect(explainFailure(failure, target)).toContain('the token may read but not write pull requests');
  });

  it('names bad credentials, a missing PR, server errors and network errors', () => {
    expect(explainFailure({ status: 401, message: 'Bad credentials' }, target)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression.
      'GitHub rejected the github-token (401 Bad credentials). Pass a valid token, e.g. `github-token: ${{ github.token }}`.'
    );
    expect(explainFailure({ status: 404, message: 'Not Found' }, target)).toMatch(
      /^GitHub answered 404 \(Not Found\) for pull request #42 of o\/r: it does not exist, or the token cannot see it/
    );
    expect(explainFailure({ status: 502, message: 'Bad Gateway' }, target)).toBe(
      'GitHub answered 502 (Bad Gateway) for pull request #42 of o/r, after retries.'
    );
    expect(explainFailure({ message: 'connect ECONNREFUSED 127.0.0.1:9' }, target)).toBe(
      'GitHub could not be reached for pull request #42 of o/r: connect ECONNREFUSED 127.0.0.1:9.'
    );
  });
});

describe('upsertStickyComment against a GitHub API server', () => {
  const TOKEN = 'ghs_unit0123456789abcdefghijklmnopqrstuv';
  const target: CommentTarget = {
    owner: 'octo-org',
    repo: 'copybook-rs',
    issueNumber: 42,
    eventName: 'pull_request',
    fromFork: false
  };
  const request = (body: string, extra: Partial<StickyCommentRequest> = {}): StickyCommentRequest => ({
    target,
    marker: MARKER,
    body: `${body}\n\n${MARKER}\n`,
    mode: 'auto',
    status: 'pass',
    ...extra
  });
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  async function setUp(options: Parameters<typeof githubApi>[0] = { token: TOKEN }): Promise<GitHubApi> {
    const api = githubApi(options);
    server = await startServer([api.handler]);
    return api;
  }
  const client = (token = TOKEN) =>
    createGitHubClient({ token, baseUrl: (server as TestServer).url, retryBaseMs: 5 });

  it('creates, then updates the same comment, then leaves an unchanged body alone', async () => {
    const api = await setUp();
    const first = await upsertStickyComment(client(), request('first'));
    expect(first).toMatchObject({ action: 'created', reason: `created comment ${first.id}` });
    expect(first.url).toBe(`https://github.com/octo-org/copybook-rs/pull/42#issuecomment-${first.id}`);
    const second = await upsertStickyComment(client(), request('second'));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await upsertStickyComment(client(), request('second'));
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(api.comments(42).map((c) => [c.id, c.body.split('\n')[0], c.user.login])).toEqual([
      [first.id, 'second', 'octo-bot']
    ]);
    expect(api.log.filter((line) => !line.startsWith('GET'))).toEqual([
      'POST /repos/octo-org/copybook-rs/issues/42/comments',
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${first.id}`
    ]);
  });

  it('never edits a comment by someone else that carries the marker', async () => {
    const api = await setUp();
    const stranger = api.seed(42, `I copied this:\n${MARKER}`, 'octocat');
    const outcome = await upsertStickyComment(client(), request('ours'));
    expect(outcome.action).toBe('created');
    expect(outcome.id).not.toBe(stranger.id);
    expect(api.comments(42).find((c) => c.id === stranger.id)?.body).toBe(`I copied this:\n${MARKER}`);
  });

  it('updates the bot comment when GET /user is forbidden (the default token)', async () => {
    const api = await setUp({ token: TOKEN, login: null });
    const mine = api.seed(42, `old\n\n${MARKER}`, 'github-actions[bot]', 'github-actions');
    const outcome = await upsertStickyComment(client(), request('new'));
    expect(outcome).toMatchObject({ action: 'updated', id: mine.id });
  });

  it('with a GitHub App installation token, creates once and then updates in place', async () => {
    const api = await setUp({ token: TOKEN, app: 'copybook-perf' });
    const stranger = api.seed(42, `I copied this:\n${MARKER}`, 'octocat');
    const throughApp = api.seed(42, `me, through an App:\n${MARKER}`, 'octocat', 'some-app');
    const first = await upsertStickyComment(client(), request('first'));
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(client(), request('second'));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await upsertStickyComment(client(), request('second'));
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(
      api.comments(42).map((c) => [c.id, c.user.login, c.performed_via_github_app?.slug ?? null])
    ).toEqual([
      [stranger.id, 'octocat', null],
      [throughApp.id, 'octocat', 'some-app'],
      [first.id, 'copybook-perf[bot]', 'copybook-perf']
    ]);
    expect(api.log.filter((line) => !line.startsWith('GET'))).toEqual([
      'POST /repos/octo-org/copybook-rs/issues/42/comments',
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${first.id}`
    ]);
  });

  it('reports a GET /user that keeps failing instead of guessing who it is', async () => {
    const api = await setUp();
    api.fail({ method: 'GET', path: /^\/user$/, status: 500, body: { message: 'Server Error' }, times: 10 });
    const outcome = await upsertStickyComment(client(), request('x'));
    expect(outcome.action).toBe('skipped');
    expect(outcome.warning).toBe(
      'GitHub answered 500 (Server Error) for pull request #42 of octo-org/copybook-rs, after retries.'
    );
    expect(api.comments(42)).toEqual([]);
  });

  it('creates again when the comment was deleted between listing and update (404)', async () => {
    const api = await setUp();
    const mine = api.seed(42, `old\n\n${MARKER}`, 'octo-bot');
    api.fail({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 404,
      body: { message: 'Not Found' },
      effect: () => api.remove(mine.id)
    });
    const outcome = await upsertStickyComment(client(), request('new'));
    expect(outcome.action).toBe('created');
    expect(outcome.id).not.toBe(mine.id);
    expect(api.comments(42).map((c) => c.id)).toEqual([outcome.id]);
  });

  it('on-failure: skips a passing run without a comment, but updates an existing one', async () => {
    const api = await setUp();
    const none = await upsertStickyComment(client(), request('fine', { mode: 'on-failure' }));
    expect(none).toEqual({
      action: 'skipped',
      id: null,
      url: null,
      reason: 'the status is pass and there is no comment to update (comment: on-failure)'
    });
    expect(api.comments(42)).toEqual([]);
    const failing = await upsertStickyComment(
      client(),
      request('broken', { mode: 'on-failure', status: 'fail' })
    );
    expect(failing.action).toBe('created');
    const fixed = await upsertStickyComment(client(), request('fixed', { mode: 'on-failure' }));
    expect(fixed).toMatchObject({ action: 'updated', id: failing.id });
  });

  it('turns a read-only token into one warning, with no write left behind', async () => {
    const api = await setUp({ token: TOKEN, readOnly: true });
    const outcome = await upsertStickyComment(
      client(),
      request('x', { target: { ...target, fromFork: true } })
    );
    expect(outcome.action).toBe('skipped');
    expect(outcome.warning).toContain(
      '(403 Resource not accessible by integration): the pull request comes from a fork'
    );
    expect(outcome.reason).toBe(outcome.warning);
    expect(api.comments(42)).toEqual([]);
  });

  it('reports a missing token and a rejected one', async () => {
    await setUp();
    const missing = await upsertStickyComment(null, request('x'));
    expect(missing.warning).toMatch(
      /^No GitHub token \(the github-token input is empty and GITHUB_TOKEN is unset\)/
    );
    const wrong = await upsertStickyComment(client('ghs_wrong'), request('x'));
    expect(wrong.warning).toMatch(/^GitHub rejected the github-token \(401 Bad credentials\)/);
    expect(wrong.warning).not.toContain('ghs_wrong');
  });

  it('does not call GitHub when the policy says no', async () => {
    const api = await setUp();
    const outcome = await upsertStickyComment(
      client(),
      request('x', { target: { ...target, eventName: 'push', issueNumber: null } })
    );
    expect(outcome).toMatchObject({
      action: 'skipped',
      reason: 'this is a push event, not a pull request (comment: auto)'
    });
    expect(outcome.warning).toBeUndefined();
    expect(api.log).toEqual([]);
  });

  it('two runs that create at the same time end with one comment', async () => {
    const api = await setUp();
    const [a, b] = await Promise.all([
      upsertStickyComment(client(), request('run a')),
      upsertStickyComment(client(), request('run b'))
    ]);
    // Both listed before either wrote: both created.
    expect([a.action, b.action]).toEqual(['created', 'created']);
    const left = api.comments(42);
    expect(left).toHaveLength(1);
    expect([a.id, b.id]).toContain(left[0]?.id);
    expect(a.removedDuplicates ?? 0).toBeLessThanOrEqual(1);
    // The next run finds the survivor.
    const next = await upsertStickyComment(client(), request('run c'));
    expect(next).toMatchObject({ action: 'updated', id: left[0]?.id });
  });

  it('reports a created comment as created even when the listing after it fails', async () => {
    const api = githubApi({ token: TOKEN });
    let listings = 0;
    const failLaterListings: Handler = (req, res) => {
      if (req.method !== 'GET' || !req.url.includes('/issues/42/comments')) return false;
      return ++listings > 1 ? sendJson(res, 500, { message: 'Server Error' }) : false;
    };
    server = await startServer([failLaterListings, api.handler]);
    const outcome = await upsertStickyComment(client(), request('x'));
    expect(outcome).toMatchObject({ action: 'created', id: api.comments(42)[0]?.id });
    expect(outcome.warning).toBeUndefined();
    // The first listing, then the one after the create with its three retries.
    expect(listings).toBe(5);
  });

  it('pages through every comment and follows Link to find the marker on page 3', async () => {
    const api = await setUp({ token: TOKEN, maxPerPage: 100 });
    for (let i = 0; i < 230; i++) api.seed(42, `chatter ${i}`, i % 2 ? 'octocat' : 'octo-bot');
    const mine = api.seed(42, `old\n\n${MARKER}`, 'octo-bot');
    for (let i = 0; i < 5; i++) api.seed(42, `more chatter ${i}`, 'octocat');
    const outcome = await upsertStickyComment(client(), request('new'));
    expect(outcome).toMatchObject({ action: 'updated', id: mine.id });
    expect(api.log.filter((line) => line.startsWith('GET /repos'))).toEqual([
      'GET /repos/octo-org/copybook-rs/issues/42/comments?per_page=100',
      'GET /repos/octo-org/copybook-rs/issues/42/comments?per_page=100&page=2',
      'GET /repos/octo-org/copybook-rs/issues/42/comments?per_page=100&page=3'
    ]);
  });
});
