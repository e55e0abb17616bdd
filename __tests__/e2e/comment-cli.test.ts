// The bundled CLI writes comment.md everywhere, and on a pull request event in CI posts it like the
// action, with the token from GITHUB_TOKEN.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, writeTree } from '../helpers/criterion-tree.js';
import { githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const TOKEN = 'ghp_cliSecret0123456789abcdefghijklmnopq';
const scratch = mkdtempSync(path.join(tmpdir(), 'comment-cli-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const tree = path.join(scratch, 'criterion');
writeTree(tree, HEALTHY);

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Runs the CLI asynchronously, so that the server in this process keeps answering. */
async function cli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

describe('copybook-bench analyze and the PR comment', () => {
  it('writes comment.md in a terminal and says why it posts nothing', async () => {
    const run = await cli(['analyze', '--criterion-dir', tree, '--report-dir', 'local'], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'No PR comment: not running on a GitHub event (GITHUB_EVENT_NAME is unset).'
    );
    const markdown = readFileSync(path.join(scratch, 'local', 'comment.md'), 'utf8');
    // Outside GitHub the project is the working directory's name.
    expect(markdown.split('\n')[0]).toBe(`## 🚀 Performance Report - ${path.basename(scratch)}`);
    expect(markdown.endsWith('<!-- copybook-bench-action:copybook-bench -->\n')).toBe(true);
  });

  it('posts on a pull request event with GITHUB_TOKEN, and never prints the token', async () => {
    const api = githubApi({ token: TOKEN });
    server = await startServer([api.handler]);
    const run = await cli(['analyze', '--criterion-dir', tree, '--report-dir', 'pr', '--name', 'cli'], {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
      GITHUB_REPOSITORY: 'octo-org/copybook-rs',
      GITHUB_API_URL: server.url,
      GITHUB_TOKEN: TOKEN
    });
    expect(run.code).toBe(0);
    const [comment] = api.comments(42);
    expect(comment?.body).toBe(readFileSync(path.join(scratch, 'pr', 'comment.md'), 'utf8'));
    expect(comment?.body).toContain('<!-- copybook-bench-action:cli -->');
    expect(run.stderr).toContain(`PR comment created: ${comment?.html_url}`);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  });
});
