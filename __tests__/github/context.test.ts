import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { githubContext, loadGitHubContext, readGitHubContext } from '../../src/github/context.js';
import { REPO_ROOT } from '../helpers/cargo.js';

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
      defaultBranch: 'main'
    });
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
    expect(problem).toContain(`GITHUB_EVENT_PATH=${missing} cannot be read as JSON`);
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

  it('warns once about an unreadable payload on pull request events, and only notes it elsewhere', () => {
    const pr = load('pull_request');
    expect(pr.context.eventName).toBe('pull_request');
    expect(pr.lines).toHaveLength(1);
    expect(pr.lines[0]).toMatch(/^warning: The event payload GITHUB_EVENT_PATH=.* cannot be read as JSON/);
    const push = load('push');
    expect(push.lines).toHaveLength(1);
    expect(push.lines[0]).toMatch(/^info: The event payload/);
  });
});
