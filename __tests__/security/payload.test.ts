// A broken event payload (GITHUB_EVENT_PATH) against the bundled action on a runner-like setup: the
// cache and artifact services, the REST API. The payload is read once, by us; a broken one is one
// named warning and the run goes on without it, whatever it goes on to load.

import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { type ActionRun, runAction } from '../helpers/action-process.js';
import { itWithCriterion, REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import { type ActionsServices, createActionsServices } from '../servers/actions-services.js';
import { type GitHubApi, githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const TOKEN = 'ghs_payloadSecret0123456789abcdefghijklm';
const REPOSITORY = 'octo-org/copybook-rs';
const EVENTS = path.join(REPO_ROOT, '__tests__', 'fixtures', 'events');
const PR = 42;
const SHA = '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b';

const scratch = mkdtempSync(path.join(tmpdir(), 'payload-security-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function services(): Promise<{ actions: ActionsServices; api: GitHubApi; url: string }> {
  const actions = createActionsServices({ repository: REPOSITORY, githubToken: TOKEN });
  const api = githubApi({ token: TOKEN });
  server = await startServer([actions.handler, api.handler]);
  return { actions, api, url: server.url };
}

/** A fixture event cut in half, as a runner that ran out of disk would leave it. */
function truncatedEvent(event: 'pull_request' | 'push'): string {
  const text = readFileSync(path.join(EVENTS, `${event}.json`), 'utf8');
  const file = path.join(scratch, `${event}-truncated-${workspaces.count()}.json`);
  writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
  return file;
}

async function act(
  env: { actions: ActionsServices; url: string },
  event: 'pull_request' | 'push',
  eventPath: string,
  inputs: Record<string, string> = {}
): Promise<{ run: ActionRun; cwd: string }> {
  const cwd = workspaces.make();
  const run = await runAction(
    { run: 'false', 'github-token': TOKEN, ...inputs },
    {
      cwd,
      env: {
        ...env.actions.env(env.url),
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_API_URL: env.url,
        GITHUB_SHA: SHA,
        GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR}/merge`,
        GITHUB_RUN_ID: String(2000 + workspaces.count()),
        GITHUB_RUN_ATTEMPT: '1',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64'
      },
      timeoutMs: 120_000
    }
  );
  return { run, cwd };
}

const annotations = (run: ActionRun, kind: 'warning' | 'error') =>
  run.stdout.split('\n').filter((line) => line.startsWith(`::${kind}`));
/** A JavaScript stack frame, as an uncaught error prints it. */
const STACK_FRAME = /^\s+at .+[:(]/m;

function expectNamedWarning(run: ActionRun, eventPath: string, reason: RegExp): void {
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(annotations(run, 'error')).toEqual([]);
  const payload = annotations(run, 'warning').filter((line) => line.includes('GITHUB_EVENT_PATH'));
  expect(payload).toHaveLength(1);
  expect(payload[0]).toContain(eventPath);
  expect(payload[0]).toMatch(reason);
}

const reportOf = (cwd: string): PerfReport =>
  JSON.parse(readFileSync(path.join(cwd, 'copybook-bench-report', 'perf.json'), 'utf8')) as PerfReport;

describe('a broken event payload', () => {
  it('on a pull request is one named warning: the report is written and uploaded, no comment', async () => {
    const env = await services();
    const eventPath = truncatedEvent('pull_request');
    const { run, cwd } = await act(env, 'pull_request', eventPath);
    expectNamedWarning(run, eventPath, /not valid JSON/);
    expect(run.exitCode).toBe(0);
    expect(reportOf(cwd).status).toBe('pass');
    expect(run.outputs['report-path']).toBe(path.join(cwd, 'copybook-bench-report', 'perf.json'));
    // The report artifact loads the artifact client, which loads @actions/github.
    expect(env.actions.artifacts.map((a) => a.name)).toEqual(['copybook-bench-report-default-Linux']);
    expect(run.stdout).toContain('No PR comment');
    expect(env.api.comments(PR)).toEqual([]);
  });

  it('on a push that promotes does not stop the promotion or its announcement', async () => {
    const env = await services();
    env.api.merged(SHA, PR);
    env.api.seed(PR, 'earlier\n<!-- copybook-bench-action:copybook-bench -->', 'octo-bot');
    const eventPath = truncatedEvent('push');
    // Without the payload the default branch is unknown: baseline-branch names it.
    const { run, cwd } = await act(env, 'push', eventPath, { 'baseline-branch': 'main' });
    expectNamedWarning(run, eventPath, /not valid JSON/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['baseline-promoted']).toBe('true');
    expect(env.actions.cacheEntries).toHaveLength(1);
    expect(env.actions.artifacts.map((a) => a.name).sort()).toEqual([
      'copybook-bench-baseline-default-Linux',
      'copybook-bench-report-default-Linux'
    ]);
    // The announcement loads the REST client, which is built on @actions/github.
    expect(run.stdout).toContain(`Baseline promoted: added the promoted baseline to the comment on #${PR}.`);
    expect(env.api.comments(PR)[0]?.body).toContain('### 🎯 Baseline promoted');
    expect(reportOf(cwd).status).toBe('pass');
  });

  it('that is JSON but not an object is named as such', async () => {
    const env = await services();
    const eventPath = path.join(scratch, 'array.json');
    writeFileSync(eventPath, '[{"pull_request": {"number": 42}}]\n');
    const { run, cwd } = await act(env, 'pull_request', eventPath);
    expectNamedWarning(run, eventPath, /not a JSON object \(an array\)/);
    expect(run.exitCode).toBe(0);
    expect(reportOf(cwd).status).toBe('pass');
    expect(env.api.comments(PR)).toEqual([]);
  });

  it('that is a named pipe is refused at once instead of waiting for a writer', async () => {
    const env = await services();
    const eventPath = path.join(scratch, 'event.fifo');
    execFileSync('mkfifo', [eventPath]);
    const { run, cwd } = await act(env, 'pull_request', eventPath);
    expectNamedWarning(run, eventPath, /not a regular file/);
    expect(run.exitCode).toBe(0);
    expect(reportOf(cwd).status).toBe('pass');
  });

  it('that is far larger than any GitHub event is not read', async () => {
    const env = await services();
    const eventPath = path.join(scratch, 'huge.json');
    // A sparse file: 600 MiB on paper, nothing on disk.
    writeFileSync(eventPath, '');
    truncateSync(eventPath, 600 * 1024 ** 2);
    const { run, cwd } = await act(env, 'pull_request', eventPath);
    expectNamedWarning(
      run,
      eventPath,
      /is 600\.0 MiB \(629145600 bytes\), over the 64 MiB an event payload can be/
    );
    expect(run.exitCode).toBe(0);
    expect(reportOf(cwd).status).toBe('pass');
  });

  itWithCriterion(
    'that the benchmarks rewrite mid-run is never read again: the comment still reaches the PR',
    async () => {
      const crate = benchCrateThatTruncatesThePayload();
      const eventPath = path.join(crate, 'event.json');
      const original = readFileSync(path.join(EVENTS, 'pull_request.json'));
      copyFileSync(path.join(EVENTS, 'pull_request.json'), eventPath);
      const api = githubApi({ token: TOKEN });
      server = await startServer([api.handler]);
      const run = await runAction(
        { run: 'true', baseline: 'off', 'github-token': TOKEN },
        {
          cwd: crate,
          env: {
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: eventPath,
            GITHUB_REPOSITORY: REPOSITORY,
            GITHUB_API_URL: server.url,
            GITHUB_SHA: SHA,
            GITHUB_REF: `refs/pull/${PR}/merge`
          },
          timeoutMs: 600_000
        }
      );
      // The benchmark did cut the payload in half before the comment was written.
      expect(readFileSync(eventPath).length).toBe(Math.floor(original.length / 2));
      expect(run.stdout).not.toMatch(STACK_FRAME);
      expect(annotations(run, 'error')).toEqual([]);
      expect(run.stdout).toContain('PR comment created:');
      expect(api.comments(PR)).toHaveLength(1);
      expect(
        reportOf(crate)
          .benchmarks.map((b) => b.id)
          .sort()
      ).toEqual(['decode_comp3_heavy/single_threaded/1', 'decode_display_heavy/single_threaded/1']);
    },
    600_000
  );
});

/**
 * A crate whose benchmark does what any pull request's benchmark can: it runs as the job's user and
 * rewrites the event payload, which is a file that user owns.
 */
function benchCrateThatTruncatesThePayload(): string {
  const crate = path.join(scratch, 'rewrites-payload');
  mkdirSync(path.join(crate, 'src'), { recursive: true });
  mkdirSync(path.join(crate, 'benches'), { recursive: true });
  writeFileSync(
    path.join(crate, 'Cargo.toml'),
    `[package]
name = "copybook-bench"
version = "0.1.0"
edition = "2021"
publish = false

[lib]
bench = false

[dev-dependencies]
criterion = { version = ">=0.3, <0.9", default-features = false, features = ["cargo_bench_support", "html_reports"] }

[[bench]]
name = "decode"
harness = false
`
  );
  writeFileSync(path.join(crate, 'src', 'lib.rs'), '');
  writeFileSync(
    path.join(crate, 'benches', 'decode.rs'),
    `use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn rewrite_event_payload() {
    if let Ok(path) = std::env::var("GITHUB_EVENT_PATH") {
        let bytes = std::fs::read(&path).unwrap_or_default();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("the payload is writable");
    }
}

fn decode(c: &mut Criterion) {
    rewrite_event_payload();
    let data = vec![7u8; 4096];
    for name in ["decode_display_heavy", "decode_comp3_heavy"] {
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(50))
            .measurement_time(Duration::from_millis(300));
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(BenchmarkId::new("single_threaded", 1), &data, |b, d| {
            b.iter(|| black_box(d).iter().map(|&x| x as u64).sum::<u64>())
        });
        group.finish();
    }
}

criterion_group!(benches, decode);
criterion_main!(benches);
`
  );
  return crate;
}
