// The last gate: every port a run publishes through scrubs the run's secrets, and a whole run in
// this process whose bench names its benchmarks with the job's credentials publishes none of them.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { gatePorts, scrubbedFile, scrubberOf } from '../../src/app/gate.js';
import type { Ports } from '../../src/app/ports.js';
import { prepare } from '../../src/app/prepare.js';
import { execute } from '../../src/app/run.js';
import type { PerfReport } from '../../src/core/model.js';
import { commentMarker } from '../../src/render/comment.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { criterionText, HEALTHY, workspaceMaker } from '../helpers/criterion-tree.js';
import { fakeArtifacts, fakeCache, fakeExec, fakeGitHub, fixedClock } from '../helpers/fake-ports.js';
import { HOST } from '../helpers/host.js';
import { keptLog, localPorts } from '../helpers/ports.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'gate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOKEN = 'ghs_gateToken0123456789abcdefghijklmnopq';
const RUNTIME = 'eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJnYXRlIn0.gateRuntimeSignature';
const BENCH_SECRET = 'bench-env-secret-4711';
const SECRETS = [TOKEN, RUNTIME, BENCH_SECRET];

/** Which of `texts` hold a secret, by name: a failure names the place, never prints the value. */
const leaks = (texts: Record<string, string>): string[] =>
  Object.entries(texts)
    .filter(([, text]) => SECRETS.some((secret) => text.includes(secret)))
    .map(([name]) => name);

describe('gatePorts', () => {
  const scrub = scrubberOf(SECRETS);

  it('scrubs log lines, group names and cargo’s echo, split pieces included', async () => {
    const log = keptLog();
    const echoed: string[] = [];
    const echo = {
      echo: (text: string) => echoed.push(text),
      echoCommand: (line: string) => echoed.push(`$ ${line}\n`)
    };
    const ports = gatePorts(localPorts({}, { log, ...echo }), scrub);
    ports.log.info(`a ${TOKEN}`);
    ports.log.warning(`b ${RUNTIME}`);
    await ports.log.group(`cargo bench ${BENCH_SECRET}`, async () => {
      ports.echoCommand?.(`cargo bench -- ${BENCH_SECRET}`);
      ports.echo?.(`Benchmarking g/${TOKEN.slice(0, 12)}`);
      ports.echo?.(`${TOKEN.slice(12)}: done`);
    });
    expect(log.lines).toEqual(['a ***', 'warning: b ***', '── cargo bench ***']);
    // The rest of a line that holds no line break yet is written when the group ends.
    expect(echoed.join('')).toBe('$ cargo bench -- ***\nBenchmarking g/***: done');
  });

  it('scrubs what is written to a file, and a JSON document stays JSON', async () => {
    expect(scrubbedFile('a.md', `x ${TOKEN} y`, scrub)).toBe('x *** y');
    // A value ending in a backslash: its raw form would cut the JSON string's escape in two.
    const odd = scrubberOf(['trailing-backslash\\']);
    const json = `${JSON.stringify({ a: 'trailing-backslash\\', b: ['trailing-backslash\\\\"'] }, null, 2)}\n`;
    const written = scrubbedFile('perf.json', json, odd);
    expect(JSON.parse(written)).toEqual({ a: '***', b: ['***\\"'] });
  });

  it('scrubs the comment but keeps its marker, and names artifacts and cache keys without ***', async () => {
    const marker = commentMarker('copybook-bench');
    // A bench-env value that is also the instance's name.
    const named = scrubberOf(['copybook-bench', TOKEN]);
    const github = fakeGitHub();
    const artifacts = fakeArtifacts({ configured: false });
    const cache = fakeCache();
    const ports = gatePorts(localPorts({}, { github, artifacts, cache }), named);
    await ports.github.upsertComment(
      {
        target: { owner: 'o', repo: 'r', issueNumber: 1, eventName: 'pull_request', fromFork: false },
        marker,
        body: `## copybook-bench ${TOKEN}\n${marker}\n`,
        mode: 'always',
        status: 'pass'
      },
      { token: TOKEN, apiUrl: 'http://api.invalid' },
      () => {}
    );
    expect(github.upserts[0]?.request.body).toBe(`## *** ***\n${marker}\n`);
    expect(github.upserts[0]?.request.marker).toBe(marker);
    const upload = await ports.artifacts.upload({ name: 'copybook-bench-report-x', files: [], root: '.' });
    expect(upload.name).toBe('___-report-x');
    await ports.cache.save({ file: path.join(scratch, 'none.json'), key: 'copybook-bench-baseline-x' });
    expect(cache.saves[0]?.key).toBe('***-baseline-x');
  });

  it('leaves out of an upload a file it did not write that holds a secret, and says so', async () => {
    const dir = path.join(scratch, 'planted');
    mkdirSync(dir, { recursive: true });
    const log = keptLog();
    const artifacts = fakeArtifacts();
    const ports = gatePorts(localPorts({}, { log, artifacts }), scrub);
    const own = path.join(dir, 'perf.json');
    await ports.files.write(own, `{"id": "${TOKEN}"}`);
    const planted = path.join(dir, 'stolen.txt');
    writeFileSync(planted, `the bench wrote ${TOKEN}`);
    const named = path.join(dir, `${BENCH_SECRET}.txt`);
    writeFileSync(named, 'harmless text');
    const innocent = path.join(dir, 'notes.txt');
    writeFileSync(innocent, 'nothing secret');
    await ports.artifacts.upload({ name: 'report', files: [own, planted, named, innocent], root: dir });
    expect([...(artifacts.artifacts[0]?.files.keys() ?? [])]).toEqual(['perf.json', 'notes.txt']);
    expect(artifacts.artifacts[0]?.files.get('perf.json')).toBe('{"id": "***"}');
    expect(log.lines).toEqual([
      `warning: ${planted} is left out of the artifact: this run did not write it, and it holds a value the run keeps secret or cannot be read to check.`,
      `warning: ${path.join(dir, '***.txt')} is left out of the artifact: this run did not write it, and it holds a value the run keeps secret or cannot be read to check.`
    ]);
  });

  it('hands the ports on as they are when there is nothing to scrub', () => {
    const ports = localPorts({});
    expect(gatePorts(ports, scrubberOf(['short']))).toBe(ports);
  });
});

describe('a run whose bench names its benchmarks with the job’s credentials', () => {
  it('publishes none of them: files, comment, artifact, cache, log', async () => {
    const cwd = workspaceMaker(scratch).make([]);
    mkdirSync(cwd, { recursive: true });
    const hostile = [
      ...HEALTHY,
      { id: `decode_display_heavy/${TOKEN}`, bytes: 1024 ** 3, ns: 250e6 },
      { id: `leak/${RUNTIME}/${BENCH_SECRET}`, bytes: null, ns: 1500 }
    ];
    const stdout = `${criterionText(hostile)}\nprinted ${TOKEN}\n`;
    const log = keptLog();
    const github = fakeGitHub();
    const artifacts = fakeArtifacts();
    const cache = fakeCache();
    const env: NodeJS.ProcessEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
      GITHUB_REPOSITORY: 'octo-org/copybook-rs',
      GITHUB_SHA: '3333333333333333333333333333333333333333',
      GITHUB_REF: 'refs/pull/42/merge',
      RUNNER_TEMP: scratch,
      'INPUT_GITHUB-TOKEN': TOKEN,
      ACTIONS_RUNTIME_TOKEN: RUNTIME,
      PATH: process.env.PATH
    };
    const ports: Ports = localPorts(env, {
      log,
      clock: fixedClock('2026-11-27T08:30:00.000Z'),
      host: HOST,
      github,
      artifacts,
      cache,
      exec: fakeExec({ stdout })
    });
    const inputs = {
      run: 'true',
      package: 'copybook-bench',
      benches: 'decode',
      'github-token': TOKEN,
      'bench-env': `DB_PASSWORD=${BENCH_SECRET}`
    };
    const plan = await prepare(
      { inputs, cwd, workspace: cwd, baseline: { kind: 'store' }, upload: true },
      ports
    );
    const outcome = await execute(plan, ports);

    const dir = outcome.result.reportDir;
    const files = Object.fromEntries(
      readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')])
    );
    expect(leaks(files)).toEqual([]);
    const report = JSON.parse(files['perf.json'] as string) as PerfReport;
    expect(report.errors).toEqual([]);
    expect(report.benchmarks.some((b) => b.id === 'decode_display_heavy/***')).toBe(true);
    expect(files['cargo-bench.txt']?.includes('printed ***')).toBe(true);
    expect(github.writes).toHaveLength(1);
    expect(leaks({ comment: github.writes[0]?.body ?? '', log: log.lines.join('\n') })).toEqual([]);
    const uploaded = artifacts.artifacts.flatMap((a) =>
      [...a.files].map(([name, text]) => [`${a.name}/${name}`, text])
    );
    expect(uploaded.length).toBeGreaterThan(0);
    expect(leaks(Object.fromEntries(uploaded))).toEqual([]);
  });
});
