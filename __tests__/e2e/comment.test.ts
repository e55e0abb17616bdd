// The bundled action as a process on pull_request and push events, keeping one PR comment on a
// local server that speaks the GitHub REST subset, under every fault the comment must survive.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT } from '../../src/render/comment.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, type TreeBenchmark, workspaceMaker } from '../helpers/criterion-tree.js';
import { type GitHubApi, type GitHubApiOptions, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_e2eSecret0123456789abcdefghijklmnop';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const MARKER = '<!-- copybook-bench-action:copybook-bench -->';
const PR = 42;

const scratch = mkdtempSync(path.join(tmpdir(), 'comment-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workspaces = workspaceMaker(scratch);
const workspace = workspaces.make;

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function github(options: Partial<GitHubApiOptions> = {}): Promise<{ api: GitHubApi; url: string }> {
  const api = githubApi({ token: TOKEN, ...options });
  server = await startServer([api.handler]);
  return { api, url: server.url };
}

/** The runner's environment for an event, pointing the API at the local server. */
function runnerEnv(
  apiUrl: string,
  event: 'pull_request' | 'pull_request_fork' | 'push'
): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: event === 'push' ? 'push' : 'pull_request',
    GITHUB_EVENT_PATH: path.join(EVENTS, `${event}.json`),
    GITHUB_REPOSITORY: 'octo-org/copybook-rs',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '30433642',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
    GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/42/merge'
  };
}

async function act(
  apiUrl: string,
  cwd: string,
  inputs: Record<string, string> = {},
  event: 'pull_request' | 'pull_request_fork' | 'push' = 'pull_request'
): Promise<ActionRun> {
  const run = await runAction(
    { run: 'false', 'github-token': TOKEN, ...inputs },
    { cwd, env: runnerEnv(apiUrl, event) }
  );
  // The token is only ever handed to the runner to mask.
  for (const text of [run.stdout, run.stderr]) {
    const leaks = text.split('\n').filter((line) => line.includes(TOKEN) && line !== `::add-mask::${TOKEN}`);
    expect(leaks).toEqual([]);
  }
  return run;
}

const warningsOf = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning'));

describe('the PR comment on a pull_request event', () => {
  it('is created on the first run and updated in place on the second', async () => {
    const { api, url } = await github();
    const cwd = workspace();
    const first = await act(url, cwd);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe('');
    const comments = api.comments(PR);
    expect(comments).toHaveLength(1);
    const [created] = comments;
    expect(created?.user.login).toBe('octo-bot');
    expect(first.outputs['comment-id']).toBe(String(created?.id));
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/octo-org/copybook-rs/pull/42#issuecomment-${created?.id}`
    );
    expect(first.stdout).toContain(`PR comment created: ${first.outputs['comment-url']}`);
    const body = created?.body ?? '';
    expect(body.split('\n').slice(0, 3)).toEqual([
      '## 🚀 Performance Report - copybook-rs',
      '',
      `**✅ PASSED** | DISPLAY: **4.000 GiB/s** (${((4 * 1024 ** 3) / 80e6).toFixed(1)}x safety) | COMP-3: **512.0 MiB/s** (${((512 * 1024 ** 2) / 40e6).toFixed(1)}x safety)`
    ]);
    // The PR's head commit, not the merge commit; the run's page in the footer.
    expect(body).toContain('- Commit: `4c3b2a1`');
    expect(body).toContain('[Workflow run](https://github.com/octo-org/copybook-rs/actions/runs/30433642)');
    expect(body.endsWith(`${MARKER}\n`)).toBe(true);
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'comment.md'), 'utf8')).toBe(body);
    // The job summary is still the summary.
    expect(first.summary).toContain('## copybook-bench: DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');

    const second = await act(url, cwd, { 'comp3-floor': '450 MiB/s' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(second.stdout).toContain('PR comment updated:');
    expect(api.comments(PR)).toHaveLength(1);
    expect(api.comments(PR)[0]?.body).toContain('**⚠️ WARNING**');
    expect(api.log.filter((line) => !line.startsWith('GET'))).toEqual([
      'POST /repos/octo-org/copybook-rs/issues/42/comments',
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${created?.id}`
    ]);
  });

  it('leaves a stranger’s comment that carries the marker alone', async () => {
    const { api, url } = await github();
    const stranger = api.seed(PR, `Look what the bot wrote:\n${MARKER}`, 'octocat');
    const run = await act(url, workspace());
    expect(run.exitCode).toBe(0);
    expect(api.comments(PR)).toHaveLength(2);
    expect(api.comments(PR)[0]).toEqual(stranger);
    expect(run.outputs['comment-id']).not.toBe(String(stranger.id));
  });

  it('with a GitHub App installation token (no GET /user), updates its comment in place on every run', async () => {
    const { api, url } = await github({ app: 'copybook-perf' });
    const stranger = api.seed(PR, `Look what the bot wrote:\n${MARKER}`, 'octocat');
    const cwd = workspace();
    const first = await act(url, cwd);
    // Each run's body differs, so each one writes.
    const second = await act(url, cwd, { project: 'copybook-rs (2)' });
    const third = await act(url, cwd, { project: 'copybook-rs (3)' });
    for (const run of [first, second, third]) {
      expect(run.exitCode).toBe(0);
      expect(warningsOf(run)).toEqual([]);
    }
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(third.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(third.stdout).toContain('PR comment updated:');
    const comments = api.comments(PR);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(stranger);
    expect(comments[1]?.user).toMatchObject({ login: 'copybook-perf[bot]', type: 'Bot' });
    expect(comments[1]?.performed_via_github_app?.slug).toBe('copybook-perf');
    expect(api.log.filter((line) => line === 'GET /user')).toHaveLength(3);
    expect(api.log.filter((line) => !line.startsWith('GET'))).toEqual([
      'POST /repos/octo-org/copybook-rs/issues/42/comments',
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${first.outputs['comment-id']}`,
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${first.outputs['comment-id']}`
    ]);
  });

  it('finds its comment on page 3 of the listing', async () => {
    const { api, url } = await github();
    for (let i = 0; i < 215; i++) api.seed(PR, `review comment ${i}`, i % 3 ? 'octocat' : 'octo-bot');
    const mine = api.seed(PR, `old report\n\n${MARKER}`, 'octo-bot');
    api.seed(PR, 'LGTM', 'octocat');
    const run = await act(url, workspace());
    expect(run.outputs['comment-id']).toBe(String(mine.id));
    expect(api.comments(PR)).toHaveLength(217);
    expect(api.log).toContain('GET /repos/octo-org/copybook-rs/issues/42/comments?per_page=100&page=3');
    expect(api.log.some((line) => line.startsWith('POST'))).toBe(false);
  });

  it('creates the comment again when the update answers 404', async () => {
    const { api, url } = await github();
    const mine = api.seed(PR, `old report\n\n${MARKER}`, 'octo-bot');
    api.fail({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 404,
      body: { message: 'Not Found' },
      // Deleted by someone after the listing, before the update.
      effect: () => api.remove(mine.id)
    });
    const run = await act(url, workspace());
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run)).toEqual([]);
    expect(run.stdout).toContain('PR comment created:');
    expect(run.outputs['comment-id']).not.toBe(String(mine.id));
    expect(api.log.filter((line) => !line.startsWith('GET'))).toEqual([
      `PATCH /repos/octo-org/copybook-rs/issues/comments/${mine.id}`,
      'POST /repos/octo-org/copybook-rs/issues/42/comments'
    ]);
  });

  it('rides out two 502s with back-off and still writes the comment', async () => {
    const { api, url } = await github();
    api.fail({
      method: 'POST',
      path: /\/issues\/42\/comments$/,
      status: 502,
      body: { message: 'Server Error' },
      times: 2
    });
    const started = Date.now();
    const run = await act(url, workspace());
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run)).toEqual([]);
    expect(api.comments(PR)).toHaveLength(1);
    expect(api.log.filter((line) => line.startsWith('POST'))).toHaveLength(3);
    // The retry plugin's own back-off: 1 s, then 4 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
  }, 60_000);

  it('keeps two comments for two instances with different names', async () => {
    const { api, url } = await github();
    const cwd = workspace();
    const x64 = await act(url, cwd, { name: 'bench-x64', 'report-dir': 'x64' });
    const arm = await act(url, cwd, {
      name: 'bench-arm64',
      'report-dir': 'arm',
      project: 'copybook-rs (arm64)'
    });
    expect(x64.outputs['comment-id']).not.toBe(arm.outputs['comment-id']);
    expect(api.comments(PR).map((c) => c.body.split('\n')[0])).toEqual([
      '## 🚀 Performance Report - copybook-rs',
      '## 🚀 Performance Report - copybook-rs (arm64)'
    ]);
    const again = await act(url, cwd, { name: 'bench-x64', 'report-dir': 'x64', 'comp3-floor': '450 MiB/s' });
    expect(again.outputs['comment-id']).toBe(x64.outputs['comment-id']);
    expect(api.comments(PR)).toHaveLength(2);
    expect(api.comments(PR)[1]?.body).toContain('<!-- copybook-bench-action:bench-arm64 -->');
  });

  it('posts the short form of a body over the limit, and comment.md is exactly what was posted', async () => {
    const { api, url } = await github();
    const many: TreeBenchmark[] = Array.from({ length: 900 }, (_, i) => ({
      id: `decode_display_heavy/streaming_processor/record_layout_with_many_occurs_clauses/${1000 + i}`,
      bytes: 1024 ** 3,
      ns: 250e6 + i * 1000
    }));
    const cwd = workspace([...many, ...HEALTHY.filter((b) => !b.id.startsWith('decode_display'))]);
    const run = await act(url, cwd, { 'comp3-floor': '1 GiB/s' });
    expect(run.exitCode).toBe(1);
    const body = api.comments(PR)[0]?.body ?? '';
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'comment.md'), 'utf8')).toBe(body);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // The full report is still there, in summary.md.
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'summary.md'), 'utf8')).toContain(
      'record_layout_with_many_occurs_clauses/1899'
    );
    expect(body).toContain('**❌ FAILED**');
    expect(body).toContain('more than a PR comment holds');
    expect(body).toContain('| `decode_comp3_heavy/single_threaded/1000` | COMP-3 |');
    expect(body).not.toContain('record_layout_with_many_occurs_clauses');
    expect(body.endsWith(`${MARKER}\n`)).toBe(true);
    expect(run.stdout).toMatch(
      /over GitHub's limit: posted the short form \(.*comment\.md\); the full report is summary\.md next to it\./
    );
  });

  it('fills a comment-template from the repository', async () => {
    const { api, url } = await github();
    const cwd = workspace();
    mkdirSync(path.join(cwd, '.github'));
    writeFileSync(
      path.join(cwd, '.github', 'perf-comment.md'),
      '### {{project}}: {{status}}\n\nDISPLAY {{display_gibs}} GiB/s, COMP-3 {{comp3_mibs}} MiB/s\n\n[run]({{run_url}})\n'
    );
    const run = await act(url, cwd, { 'comment-template': '.github/perf-comment.md' });
    expect(run.exitCode).toBe(0);
    expect(api.comments(PR)[0]?.body).toBe(
      `### copybook-rs: ✅ PASSED\n\nDISPLAY 4.000 GiB/s, COMP-3 512.0 MiB/s\n\n[run](https://github.com/octo-org/copybook-rs/actions/runs/30433642)\n\n${MARKER}\n`
    );
  });

  it('rejects a template with an unknown placeholder before anything runs, in the default layout', async () => {
    const { api, url } = await github();
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'bad.md'), '{{status}} {{througput}}\n');
    const run = await act(url, cwd, { 'comment-template': 'bad.md' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::comment-template bad.md: unknown placeholder {{througput}}. Accepted: {{project}},'
    );
    // The comment says the run failed on its settings, so an earlier ✅ does not stand.
    const [comment] = api.comments(PR);
    expect(comment?.body).toContain('**❌ FAILED**');
    expect(comment?.body).toContain('unknown placeholder {{througput}}');
    expect(run.outputs.status).toBe('fail');
  });

  it('reads the token from GITHUB_TOKEN when the input is empty', async () => {
    const { api, url } = await github();
    const run = await runAction(
      { run: 'false' },
      { cwd: workspace(), env: { ...runnerEnv(url, 'pull_request'), GITHUB_TOKEN: TOKEN } }
    );
    expect(run.exitCode).toBe(0);
    expect(api.comments(PR)).toHaveLength(1);
  });
});

describe('when the comment cannot be written', () => {
  it('on a fork (403), warns once with the fix and keeps the summary and outputs', async () => {
    const { api, url } = await github({ readOnly: true, login: null });
    const run = await act(url, workspace(), {}, 'pull_request_fork');
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run)).toEqual([
      '::warning::The token cannot comment on pull request #42 of octo-org/copybook-rs (403 Resource not accessible by integration): the pull request comes from a fork, and GitHub gives such runs a read-only token. Give the job `permissions: pull-requests: write`, or write the comment from a `workflow_run` workflow that runs after this one.'
    ]);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(run.summary).toContain('## copybook-bench: DISPLAY: 4.000 GiB/s');
    expect(api.comments(PR)).toEqual([]);
  });

  it('fails the step only on the findings, not on the comment', async () => {
    const { url } = await github({ readOnly: true });
    const run = await act(url, workspace(), { 'display-floor': '5 GiB/s' }, 'pull_request_fork');
    expect(run.exitCode).toBe(1);
    expect(warningsOf(run)).toHaveLength(1);
    expect(run.stdout).toMatch(
      /::error::DISPLAY: 4\.000 GiB\/s, COMP-3: 512\.0 MiB\/s ❌ DISPLAY below floor \(1 failing finding/
    );
  });

  it('without a token, warns once and still reports', async () => {
    const { api, url } = await github();
    const run = await runAction({ run: 'false' }, { cwd: workspace(), env: runnerEnv(url, 'pull_request') });
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression.
      '::warning::No GitHub token (the github-token input is empty and GITHUB_TOKEN is unset), so pull request #42 of octo-org/copybook-rs gets no comment. Pass `github-token: ${{ github.token }}` and give the job `permissions: pull-requests: write`.'
    ]);
    expect(run.outputs.summary).toBe('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(api.log).toEqual([]);
  });
});

describe('events that are not pull requests', () => {
  it('a push makes no comment and calls no API', async () => {
    const { api, url } = await github();
    const cwd = workspace();
    // The baseline's own push behaviour (promotion) is tested in baseline.test.ts.
    const run = await act(url, cwd, { baseline: 'off' }, 'push');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('No PR comment: this is a push event, not a pull request (comment: auto).');
    expect(warningsOf(run)).toEqual([]);
    expect(api.log).toEqual([]);
    expect(run.outputs['comment-id']).toBeUndefined();
    // comment.md is written all the same.
    expect(readFileSync(path.join(cwd, 'copybook-bench-report', 'comment.md'), 'utf8')).toContain(
      '## 🚀 Performance Report - copybook-rs'
    );
  });

  it('comment: never writes nothing on a pull request either', async () => {
    const { api, url } = await github();
    const run = await act(url, workspace(), { comment: 'never' });
    expect(run.stdout).toContain('No PR comment: comment is set to never.');
    expect(api.log).toEqual([]);
  });
});
