import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { resolveReportPaths, resolveRunPaths } from '../../src/adapters/config/paths.js';
import type { GitHubContext } from '../../src/adapters/github/context.js';
import { readGitHubContext } from '../../src/adapters/github/context.js';
import { type CommentStep, postComment, readCommentTemplate } from '../../src/app/comment.js';
import { writeComment } from '../../src/app/documents.js';
import { type CommentTemplate, identityOf } from '../../src/app/plan.js';
import type { Ports } from '../../src/app/ports.js';
import { type Analysis, analyze } from '../../src/core/analyze.js';
import { buildConfig, type Config } from '../../src/core/config/config.js';
import { InputError } from '../../src/core/errors.js';
import type { Log } from '../../src/core/log.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { atRate } from '../helpers/measurements.js';
import { localPorts } from '../helpers/ports.js';
import { RUN_FACTS } from '../helpers/run-facts.js';
import { githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readCommentTemplate', () => {
  const dir = path.join(scratch, 'ws');
  mkdirSync(path.join(dir, 'bench', '.github'), { recursive: true });
  writeFileSync(path.join(dir, 'bench', '.github', 'ok.md'), '{{status}}\n');
  writeFileSync(path.join(dir, 'bench', '.github', 'bad.md'), '{{status}} {{speed}}\n');
  const config = (template: string) =>
    buildConfig({ inputs: { 'working-directory': 'bench', 'comment-template': template } });
  // As a run reads it: the path resolved and checked first, then the file read.
  const read = (c: Config) => {
    const paths = resolveRunPaths(c, resolveReportPaths(c, { cwd: dir, workspace: dir }), {});
    return readCommentTemplate(c, paths.commentTemplate, localPorts());
  };

  it('is null without a template, and reads one relative to working-directory', () => {
    expect(read(buildConfig({ inputs: {} }))).toBeNull();
    expect(read(config('.github/ok.md'))).toEqual({
      path: '.github/ok.md',
      text: '{{status}}\n'
    });
  });

  it('names a missing file, where it looked and what is accepted', () => {
    const missing = path.join(dir, 'bench', 'nope.md');
    expect(() => read(config('nope.md'))).toThrow(
      new InputError(
        `Invalid comment-template: "nope.md" does not exist (looked at ${missing}). Accepted: a markdown file, relative to working-directory.`
      )
    );
  });

  it('rejects unknown placeholders', () => {
    expect(() => read(config('.github/bad.md'))).toThrow(
      /^comment-template \.github\/bad\.md: unknown placeholder \{\{speed\}\}\. Accepted: /
    );
  });
});

describe('publishComment', () => {
  const TOKEN = 'ghs_publish0123456789abcdefghijklmnopqr';
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  /** comment.md written as the documents stage writes it, then posted as the publish stage posts it. */
  async function publishComment(
    config: Config,
    result: { analysis: Analysis; reportDir: string },
    template: CommentTemplate | null,
    where: { github: GitHubContext; cwd: string },
    ports: Ports,
    options: { retryBaseMs: number }
  ): Promise<CommentStep> {
    const identity = identityOf(config, where.github, where.cwd, ports);
    const auth = identity.auth && { ...identity.auth, retryBaseMs: options.retryBaseMs };
    const plan = { config, identity: { ...identity, auth }, github: where.github, template };
    const written = await writeComment(plan, result.reportDir, result.analysis.report, [], ports);
    return postComment(plan, written, result.analysis.report.status, ports);
  }

  function pipelineResult(
    reportDir: string,
    inputs: Record<string, string>
  ): { analysis: Analysis; reportDir: string } {
    const analysis = analyze({
      config: buildConfig({ inputs }),
      results: {
        measurements: [atRate('decode_display_heavy/a', 4e9), atRate('decode_comp3_heavy/a', 6e8)],
        problems: []
      },
      facts: RUN_FACTS
    });
    return { analysis, reportDir };
  }

  function recordingLog() {
    const lines: string[] = [];
    const log: Log = {
      info: (m) => lines.push(`info: ${m}`),
      warning: (m) => lines.push(`warning: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
      group: (_, fn) => fn()
    };
    return { log, lines };
  }

  const prEnv = (apiUrl: string, event = 'pull_request_fork') => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', `${event}.json`),
    GITHUB_REPOSITORY: 'octo-org/copybook-rs',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: '7'
  });

  it('writes comment.md, and on a read-only token warns exactly once and writes nothing', async () => {
    const api = githubApi({ token: TOKEN, readOnly: true, login: null });
    server = await startServer([api.handler]);
    const inputs = { 'github-token': TOKEN, project: 'copybook-rs' };
    const reportDir = path.join(scratch, 'fork');
    const { log, lines } = recordingLog();
    const step = await publishComment(
      buildConfig({ inputs }),
      pipelineResult(reportDir, inputs),
      null,
      { github: readGitHubContext(prEnv(server.url)).context, cwd: scratch },
      localPorts({}, { log }),
      { retryBaseMs: 1 }
    );
    expect(readFileSync(path.join(reportDir, 'comment.md'), 'utf8')).toBe(step.markdown);
    expect(step.outcome.action).toBe('skipped');
    expect(lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(api.comments(42)).toEqual([]);
  });

  it('posts the body and reports the outcome', async () => {
    const api = githubApi({ token: TOKEN });
    server = await startServer([api.handler]);
    const inputs = { 'github-token': TOKEN, name: 'x64' };
    const { log, lines } = recordingLog();
    const step = await publishComment(
      buildConfig({ inputs }),
      pipelineResult(path.join(scratch, 'ok'), inputs),
      { path: 't.md', text: '{{headline}} {{status_code}}' },
      { github: readGitHubContext(prEnv(server.url, 'pull_request')).context, cwd: scratch },
      localPorts({}, { log }),
      { retryBaseMs: 1 }
    );
    expect(step.outcome.action).toBe('created');
    expect(api.comments(42)[0]?.body).toBe(
      '## 🚀 Performance Report - copybook-rs pass\n\n<!-- copybook-bench-action:x64 -->\n'
    );
    expect(lines).toEqual([`info: PR comment created: ${step.outcome.url}`]);
  });
});
