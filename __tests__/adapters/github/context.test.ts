import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  githubContext,
  loadGitHubContext,
  MAX_EVENT_PAYLOAD_BYTES,
  readEventPayload,
  readGitHubContext
} from '../../../src/adapters/github/context.js';
import { REPO_ROOT } from '../../helpers/cargo.js';

const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const payload = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(EVENTS, `${name}.json`), 'utf8'));

const RUNNER_ENV = {
  GITHUB_REPOSITORY: 'octo-org/copybook-rs',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '30433642',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
  GITHUB_REF: 'refs/pull/42/merge'
};

describe('githubContext', () => {
  it('reads a pull_request event: the PR, its head commit, the run URL and the API base', () => {
    const context = githubContext(
      { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request' },
      payload('pull_request')
    );
    expect(context).toEqual({
      eventName: 'pull_request',
      owner: 'octo-org',
      repo: 'copybook-rs',
      pullRequest: {
        number: 42,
        headSha: '4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291',
        headRef: 'faster-comp3',
        baseRef: 'main',
        baseSha: '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e',
        headRepo: 'octo-org/copybook-rs',
        fromFork: false
      },
      sha: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
      headSha: '4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291',
      ref: 'refs/pull/42/merge',
      runId: '30433642',
      runAttempt: 1,
      runUrl: 'https://github.com/octo-org/copybook-rs/actions/runs/30433642',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      defaultBranch: 'main',
      workflowRun: null
    });
  });

  it("reads a workflow_run event's run: its event, head and the pull requests GitHub names (none for a fork)", () => {
    const run = (pullRequests: unknown[]) =>
      githubContext(
        { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REPOSITORY: 'octo-org/copybook-rs' },
        {
          workflow_run: {
            id: 9001,
            event: 'pull_request',
            head_sha: 'a'.repeat(40),
            head_branch: 'main',
            head_repository: { full_name: 'fork-owner/copybook-rs' },
            pull_requests: pullRequests
          }
        }
      );
    expect(run([]).workflowRun).toEqual({
      id: '9001',
      event: 'pull_request',
      headSha: 'a'.repeat(40),
      headBranch: 'main',
      headRepository: 'fork-owner/copybook-rs',
      pullRequests: []
    });
    expect(run([]).pullRequest).toBeNull();
    expect(
      run([{ number: 7, head: { sha: 'b'.repeat(40) } }, { number: 'x' }]).workflowRun?.pullRequests
    ).toEqual([7]);
    expect(githubContext({ GITHUB_EVENT_NAME: 'push' }, { workflow_run: { id: 1 } }).workflowRun).toBeNull();
  });

  it('knows a fork by its head repository, also for pull_request_target', () => {
    const context = githubContext(
      { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request_target' },
      payload('pull_request_fork')
    );
    expect(context.pullRequest?.fromFork).toBe(true);
    expect(context.pullRequest?.headRepo).toBe('octocat/copybook-rs');
  });

  it('has no pull request on push, and the commit is GITHUB_SHA', () => {
    const context = githubContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: 'push' }, payload('push'));
    expect(context.pullRequest).toBeNull();
    expect(context.headSha).toBe(RUNNER_ENV.GITHUB_SHA);
    expect(context.defaultBranch).toBe('main');
  });

  it('finds the pull request of a workflow_run follow-up and of a comment on a PR', () => {
    expect(
      githubContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: 'workflow_run' }, payload('workflow_run')).pullRequest
        ?.number
    ).toBe(42);
    const onPr = { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } } };
    expect(
      githubContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: 'issue_comment' }, onPr).pullRequest?.number
    ).toBe(7);
    const onIssue = { issue: { number: 8 } };
    expect(
      githubContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: 'issue_comment' }, onIssue).pullRequest
    ).toBeNull();
  });

  it('uses GitHub Enterprise URLs, trims slashes and links a re-run attempt', () => {
    const context = githubContext(
      {
        ...RUNNER_ENV,
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
        GITHUB_RUN_ATTEMPT: '3'
      },
      {}
    );
    expect(context.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(context.runUrl).toBe(
      'https://ghe.example.com/octo-org/copybook-rs/actions/runs/30433642/attempts/3'
    );
  });

  it('outside Actions: defaults, no run, the repository from the payload when GITHUB_REPOSITORY is unset', () => {
    const context = githubContext({}, { repository: { full_name: 'a/b', default_branch: 'trunk' } });
    expect(context).toMatchObject({
      eventName: null,
      owner: 'a',
      repo: 'b',
      runUrl: null,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      defaultBranch: 'trunk'
    });
    expect(githubContext({}, 'not an object').owner).toBeNull();
  });

  it('ignores a pull request without a valid number', () => {
    const broken = { pull_request: { number: 'forty-two' } };
    expect(githubContext({ GITHUB_EVENT_NAME: 'pull_request' }, broken).pullRequest).toBeNull();
  });
});

describe('readGitHubContext', () => {
  it('reads GITHUB_EVENT_PATH', () => {
    const { context, problem } = readGitHubContext({
      ...RUNNER_ENV,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(EVENTS, 'pull_request.json')
    });
    expect(problem).toBeNull();
    expect(context.pullRequest?.number).toBe(42);
  });

  it('names a payload it cannot read, and goes on without it', () => {
    const missing = path.join(EVENTS, 'missing.json');
    const { context, problem } = readGitHubContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: missing
    });
    expect(context.pullRequest).toBeNull();
    expect(problem).toContain(`GITHUB_EVENT_PATH=${missing} does not exist.`);
  });
});

describe('readEventPayload', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'event-payload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };

  it('reads an object', () => {
    expect(readEventPayload(path.join(EVENTS, 'push.json'))).toMatchObject({
      payload: { ref: 'refs/heads/main' }
    });
  });

  it('names truncated JSON with the parser’s reason and the size read', () => {
    const read = readEventPayload(file('cut.json', '{"pull_request": {"number": 4'));
    expect(read).toEqual({
      problem: expect.stringMatching(/^is not valid JSON \(.+; 29 bytes: truncated or damaged\?\)$/)
    });
  });

  it('names JSON that is not an object', () => {
    expect(readEventPayload(file('array.json', '[1]'))).toEqual({
      problem: 'is not a JSON object (an array)'
    });
    expect(readEventPayload(file('null.json', 'null'))).toEqual({ problem: 'is not a JSON object (null)' });
    expect(readEventPayload(file('number.json', '42'))).toEqual({
      problem: 'is not a JSON object (a number)'
    });
  });

  it('refuses what is not a regular file without waiting on it', () => {
    expect(readEventPayload(dir)).toEqual({ problem: 'is not a regular file' });
    const fifo = path.join(dir, 'event.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(readEventPayload(fifo)).toEqual({ problem: 'is not a regular file' });
  });

  it('does not read a file over the limit', () => {
    const huge = file('huge.json', '');
    truncateSync(huge, MAX_EVENT_PAYLOAD_BYTES + 1);
    expect(readEventPayload(huge)).toEqual({
      problem: `is 64.0 MiB (${MAX_EVENT_PAYLOAD_BYTES + 1} bytes), over the 64 MiB an event payload can be`
    });
  });
});

describe('loadGitHubContext', () => {
  const missing = path.join(EVENTS, 'missing.json');
  const load = (eventName: string) => {
    const lines: string[] = [];
    const context = loadGitHubContext(
      { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: missing },
      { info: (m) => lines.push(`info: ${m}`), warning: (m) => lines.push(`warning: ${m}`) }
    );
    return { context, lines };
  };

  it('warns once about an unreadable payload, saying what the event loses without it', () => {
    const pr = load('pull_request');
    expect(pr.context.eventName).toBe('pull_request');
    expect(pr.lines).toEqual([
      `warning: The event payload GITHUB_EVENT_PATH=${missing} does not exist. Going on without it: the pull request is unknown, so no PR comment is written.`
    ]);
    const push = load('push');
    expect(push.lines).toHaveLength(1);
    expect(push.lines[0]).toMatch(
      /^warning: The event payload .* Going on without it: the default branch is unknown, so `baseline: auto` promotes only when baseline-branch names the branch\.$/
    );
  });

  it('says nothing without GITHUB_EVENT_PATH (outside Actions)', () => {
    const lines: string[] = [];
    loadGitHubContext({}, { info: (m) => lines.push(m), warning: (m) => lines.push(m) });
    expect(lines).toEqual([]);
  });
});
