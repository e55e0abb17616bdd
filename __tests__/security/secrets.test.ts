// Credentials and the pull request's code. The workflow hands credentials in (bench-env, cargo-args,
// the token); the pull request controls every file of the checkout, build scripts, benches and
// rust-toolchain.toml included. Credentials stay out of every file, artifact and log line, and out
// of every process the action starts; with run: false no toolchain program runs at all.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { AuditRecord } from '../../src/core/audit/record.js';
import type { PerfReport } from '../../src/core/model.js';
import { runAction } from '../helpers/action-process.js';
import { itWithCargo, REPO_ROOT } from '../helpers/cargo.js';
import { workspaceMaker } from '../helpers/criterion-tree.js';
import { zipEntries } from '../helpers/zip.js';
import { createActionsServices } from '../servers/actions-services.js';
import { githubApi } from '../servers/github-api.js';
import { startServer, type TestServer } from '../servers/http.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'security-secrets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const workspaces = workspaceMaker(scratch);

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const TOKEN = 'ghs_securityE2eToken0123456789abcdefghij';
/** Credentials the workflow hands in through the settings. */
const SETTING_SECRETS = ['s3cr3t-value', 'tok-123', 'tok-456', 'proxy-pw-789'];
const CARGO_ARGS = `--config 'registries.x.token="tok-123"' --config 'http.proxy="http://probe:proxy-pw-789@127.0.0.1:9"'`;
/** The job's credentials, as the runner sets them. */
const JOB_SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_envTokenSecret0123456789abcdefghijkl',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret-0123',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret-4567',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.invalid/token?secret=oidc-url-secret-89'
};

/** Every file below `dir`, relative path → text. */
function filesBelow(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file, 'utf8'));
  }
  return files;
}

/** The places (of `texts`) where any of `secrets` shows. */
function leaks(texts: Map<string, string>, secrets: readonly string[]): string[] {
  return [...texts].flatMap(([where, text]) =>
    secrets.filter((s) => text.includes(s)).map((s) => `${s} in ${where}`)
  );
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** An executable script. */
function script(file: string, body: string): void {
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

describe('credentials in the settings', () => {
  it('reach no report file, no artifact and no log line: bench-env by names, cargo-args redacted', async () => {
    const actions = createActionsServices({ repository: 'octo-org/copybook-rs', githubToken: TOKEN });
    const api = githubApi({ token: TOKEN });
    server = await startServer([actions.handler, api.handler]);
    const cwd = workspaces.make();
    const run = await runAction(
      {
        run: 'false',
        'github-token': TOKEN,
        'bench-env': 'API_TOKEN=s3cr3t-value\nPERF=1',
        'cargo-args': CARGO_ARGS,
        'bench-args': '--noplot --token tok-456'
      },
      {
        cwd,
        env: {
          ...actions.env(server.url),
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'push.json'),
          GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: '4242',
          RUNNER_OS: 'Linux',
          RUNNER_ARCH: 'X64'
        },
        timeoutMs: 120_000
      }
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs['baseline-promoted']).toBe('true');

    const reportDir = path.join(cwd, 'copybook-bench-report');
    const files = filesBelow(reportDir);
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining([
        'audit.html',
        'audit.json',
        'baseline.json',
        'comment.md',
        'compliance.html',
        'perf.json',
        'report.html',
        'summary.md',
        'trend.html'
      ])
    );
    expect(leaks(files, SETTING_SECRETS)).toEqual([]);
    const log = new Map([
      ['stdout', run.stdout],
      ['stderr', run.stderr],
      ['job summary', run.summary],
      ['outputs', JSON.stringify(run.outputs)]
    ]);
    expect(leaks(log, SETTING_SECRETS)).toEqual([]);

    // The uploaded artifacts: the 90-day baseline and the report dir.
    const zipped = new Map<string, string>();
    for (const artifact of actions.artifacts) {
      for (const [name, bytes] of zipEntries(actions.blobs.get(artifact.blob) as Buffer)) {
        zipped.set(`${artifact.name}/${name}`, bytes.toString('utf8'));
      }
    }
    expect([...zipped.keys()]).toEqual(
      expect.arrayContaining(['copybook-bench-baseline-default-Linux/baseline.json'])
    );
    expect([...zipped.keys()].filter((k) => k.endsWith('/perf.json'))).toHaveLength(1);
    expect(leaks(zipped, SETTING_SECRETS)).toEqual([]);

    // What is recorded: the names of bench-env, the words of the arguments.
    const recorded = `--config 'registries.x.token="***"' --config 'http.proxy="http://***@127.0.0.1:9"'`;
    const config = readJson<PerfReport>(path.join(reportDir, 'perf.json'))._metadata.execution_context.config;
    expect(config['bench-env']).toBe('API_TOKEN, PERF');
    expect(config['cargo-args']).toBe(recorded);
    expect(config['bench-args']).toBe('--noplot --token ***');
    const audit = readJson<AuditRecord>(path.join(reportDir, 'audit.json'));
    expect(audit.settings['bench-env']).toEqual({ value: 'API_TOKEN, PERF', origin: 'input' });
    expect(audit.settings['cargo-args']).toEqual({ value: recorded, origin: 'input' });
  });

  it('refuses bench-env that would hand the job’s token to the bench, naming it', async () => {
    const run = await runAction(
      { run: 'false', 'bench-env': `PERF=1\nGITHUB_TOKEN=${JOB_SECRETS.GITHUB_TOKEN}` },
      { cwd: workspaces.make() }
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error::Invalid bench-env: "GITHUB_TOKEN". Accepted: variables other than INPUT_*, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN and GITHUB_TOKEN'
    );
    expect(run.stdout).not.toContain(JOB_SECRETS.GITHUB_TOKEN);
  });

  it('never repeats the value of a bad bench-env line', async () => {
    const run = await runAction(
      { run: 'false', 'bench-env': 'PERF=1\nAPI_TOKEN s3cr3t-value' },
      { cwd: workspaces.make() }
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::Input 'bench-env' line 2 has no "="`);
    expect(run.stdout).not.toContain('s3cr3t-value');
  });
});

/**
 * A crate without dependencies (no registry needed) whose build script and bench write the
 * environment they were given to `$PROBE_DIR`, and a directory for those files.
 */
function envProbeCrate(): { crate: string; probeDir: string } {
  const crate = mkdtempSync(path.join(scratch, 'envprobe-'));
  const probeDir = path.join(crate, 'probe');
  mkdirSync(probeDir);
  mkdirSync(path.join(crate, 'src'));
  mkdirSync(path.join(crate, 'benches'));
  writeFileSync(
    path.join(crate, 'Cargo.toml'),
    '[package]\nname = "envprobe"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\nbench = false\n\n[[bench]]\nname = "probe"\nharness = false\n'
  );
  writeFileSync(path.join(crate, 'src', 'lib.rs'), '');
  const dump = (file: string) =>
    `    let dir = std::env::var("PROBE_DIR").expect("PROBE_DIR");\n` +
    `    let vars: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();\n` +
    `    std::fs::write(format!("{dir}/${file}"), vars.join("\\n")).expect("write");\n`;
  writeFileSync(path.join(crate, 'build.rs'), `fn main() {\n${dump('build-env.txt')}}\n`);
  writeFileSync(path.join(crate, 'benches', 'probe.rs'), `fn main() {\n${dump('bench-env.txt')}}\n`);
  return { crate, probeDir };
}

describe('the pull request’s code', () => {
  itWithCargo(
    'gets no INPUT_*, runtime, OIDC or GITHUB_TOKEN variable: not cargo, not the build script, not the bench',
    async () => {
      const { crate, probeDir } = envProbeCrate();
      const run = await runAction(
        {
          'working-directory': crate,
          package: 'envprobe',
          'github-token': TOKEN,
          'bench-env': `PROBE_DIR=${probeDir}`,
          comment: 'never',
          baseline: 'off',
          'upload-report': 'false'
        },
        { cwd: crate, env: JOB_SECRETS, timeoutMs: 300_000 }
      );
      const build = path.join(probeDir, 'build-env.txt');
      const bench = path.join(probeDir, 'bench-env.txt');
      if (!existsSync(build) || !existsSync(bench))
        throw new Error(`the probe did not run:\n${run.stdout.slice(-3000)}`);
      const seen = new Map([
        ['build script', readFileSync(build, 'utf8')],
        ['bench', readFileSync(bench, 'utf8')]
      ]);
      for (const [who, text] of seen) {
        // The probe did see the environment, bench-env included.
        expect([who, text]).toEqual([who, expect.stringContaining(`PROBE_DIR=${probeDir}`)]);
        const names = text.split('\n').map((line) => line.slice(0, line.indexOf('=')));
        expect([
          who,
          names.filter((n) =>
            /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_)|^(ACTIONS_RUNTIME_TOKEN|GITHUB_TOKEN)$/i.test(n)
          )
        ]).toEqual([who, []]);
      }
      expect(leaks(seen, [TOKEN, ...Object.values(JOB_SECRETS)])).toEqual([]);
    },
    300_000
  );

  itWithCargo(
    'sees its cargo command line in the log with the credentials of cargo-args redacted',
    async () => {
      const { crate, probeDir } = envProbeCrate();
      const run = await runAction(
        {
          'working-directory': crate,
          package: 'envprobe',
          'bench-env': `PROBE_DIR=${probeDir}`,
          // cargo refuses registry tokens on its command line; a proxy URL with a password it takes.
          'cargo-args': `--config 'http.proxy="http://probe:proxy-pw-789@127.0.0.1:9"'`,
          comment: 'never',
          baseline: 'off',
          'upload-report': 'false'
        },
        { cwd: crate, timeoutMs: 300_000 }
      );
      expect(existsSync(path.join(probeDir, 'bench-env.txt'))).toBe(true);
      expect(run.stdout).toContain(
        '::group::cargo bench -p envprobe --bench probe --config http.proxy="http://***@127.0.0.1:9" -- --noplot\n'
      );
      expect(run.stdout).toMatch(
        /\[command\]\S*cargo bench -p envprobe --bench probe --config http\.proxy="http:\/\/\*\*\*@127\.0\.0\.1:9"/
      );
      expect(run.stdout).not.toContain('proxy-pw-789');
    },
    300_000
  );

  it('with run: false, no rustc or cargo runs in its directory, whatever rust-toolchain.toml says', async () => {
    const cwd = workspaces.make();
    // The checkout's toolchain file points rustup at the pull request's own programs (rustup takes
    // an absolute path; a runner's workspace path is known). The same programs come first on PATH,
    // so that they are what runs with or without rustup: real programs that leave a mark.
    const toolchain = path.join(cwd, 'toolchain', 'bin');
    mkdirSync(toolchain, { recursive: true });
    writeFileSync(
      path.join(cwd, 'rust-toolchain.toml'),
      `[toolchain]\npath = "${path.dirname(toolchain)}"\n`
    );
    const marks = path.join(scratch, `marks-${workspaces.count()}`);
    mkdirSync(marks);
    for (const tool of ['rustc', 'cargo']) {
      script(
        path.join(toolchain, tool),
        `echo "$@" >> '${marks}/${tool}'\necho "${tool} 0.0.0-from-the-pull-request"`
      );
    }
    const run = await runAction(
      { run: 'false', comment: 'never', baseline: 'off', 'upload-report': 'false' },
      {
        cwd,
        env: {
          PATH: `${toolchain}${path.delimiter}${process.env.PATH ?? ''}`,
          GITHUB_SHA: '7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b'
        }
      }
    );
    expect(run.exitCode).toBe(0);
    expect(readdirSync(marks)).toEqual([]);
    const reportDir = path.join(cwd, 'copybook-bench-report');
    expect(readJson<PerfReport>(path.join(reportDir, 'perf.json'))._metadata.rust_version).toBeNull();
    const audit = readJson<AuditRecord>(path.join(reportDir, 'audit.json'));
    expect([audit.tools.rustc, audit.tools.cargo]).toEqual([null, null]);
  });
});
