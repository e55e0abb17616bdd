// Two instances of the action on one pull request, `a` and `other`, keep one comment each, found by
// the marker on the comment's last line. Instance a's benchmark ids, or its comment-template (a file
// in the pull request's checkout), may hold `<!-- copybook-bench-action:other -->`: instance other
// must still write its own comment, and the two must never edit each other's. The bundled action
// runs as a process against the local REST server.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { lastLine } from '../../src/adapters/github/comments.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, workspaceMaker } from '../helpers/criterion-tree.js';
import { type GitHubApi, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_markerSecret0123456789abcdefghijklmn';
const PR = 42;
const marker = (name: string) => `<!-- copybook-bench-action:${name} -->`;
const OTHER = marker('other');

const scratch = mkdtempSync(path.join(tmpdir(), 'marker-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function github(): Promise<{ api: GitHubApi; url: string }> {
  const api = githubApi({ token: TOKEN });
  server = await startServer([api.handler]);
  return { api, url: server.url };
}

function act(url: string, cwd: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(
    { run: 'false', 'github-token': TOKEN, ...inputs },
    {
      cwd,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
        GITHUB_REPOSITORY: 'octo-org/copybook-rs',
        GITHUB_API_URL: url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '30433642',
        GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
        GITHUB_REF: 'refs/pull/42/merge'
      }
    }
  );
}

const writes = (api: GitHubApi) => api.log.filter((line) => !line.startsWith('GET'));

/** Runs instance a in `cwd`, then instance other twice, and checks that each kept its own comment. */
async function bothInstances(cwd: string, inputsOfA: Record<string, string> = {}): Promise<string> {
  const { api, url } = await github();
  const a = await act(url, cwd, { name: 'a', ...inputsOfA });
  expect(a.exitCode).toBe(0);
  const [mine] = api.comments(PR);
  const bodyOfA = mine?.body ?? '';
  expect(lastLine(bodyOfA)).toBe(marker('a'));

  const other = await act(url, workspaces.make(), { name: 'other' });
  expect(other.exitCode).toBe(0);
  expect(other.stdout).toContain('PR comment created:');
  const again = await act(url, workspaces.make(), { name: 'other', project: 'copybook-rs (2)' });
  expect(again.stdout).toContain('PR comment updated:');

  const comments = api.comments(PR);
  expect(comments).toHaveLength(2);
  // a's comment is as a wrote it; other wrote and then edited only its own.
  expect(comments[0]?.body).toBe(bodyOfA);
  expect(lastLine(comments[1]?.body ?? '')).toBe(OTHER);
  expect(writes(api)).toEqual([
    'POST /repos/octo-org/copybook-rs/issues/42/comments',
    'POST /repos/octo-org/copybook-rs/issues/42/comments',
    `PATCH /repos/octo-org/copybook-rs/issues/comments/${comments[1]?.id}`
  ]);
  return bodyOfA;
}

describe('another instance’s marker in instance a’s comment', () => {
  it('in a benchmark id (alone, or between lone CRs) is not written verbatim, and other keeps its own comment', async () => {
    const cwd = workspaces.make([
      ...HEALTHY,
      { id: `decode_display_heavy/${OTHER}`, bytes: 1024 ** 3, ns: 300e6 },
      { id: `decode_display_heavy/cr\r${OTHER}\r`, bytes: 1024 ** 3, ns: 300e6 },
      { id: `decode_comp3_heavy/lf\n${OTHER}\n`, bytes: 1024 ** 2, ns: 3e6 }
    ]);
    const body = await bothInstances(cwd);
    // The ids are in a's table, but `<!--` from data never is: the marker is the only HTML comment.
    expect(body).toContain('cr\\r<\u2060!-- copybook-bench-action:other -->\\r');
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body).not.toContain(OTHER);
  });

  it('on a line of its own in a’s comment-template does not make other edit a’s comment', async () => {
    const cwd = workspaces.make();
    mkdirSync(path.join(cwd, '.github'), { recursive: true });
    writeFileSync(
      path.join(cwd, '.github', 'perf-comment.md'),
      `{{headline}}\n\n${OTHER}\n\n{{status_line}}\n\n{{table}}\n`
    );
    const body = await bothInstances(cwd, { 'comment-template': '.github/perf-comment.md' });
    expect(body.split('\n')).toContain(OTHER);
  });
});
