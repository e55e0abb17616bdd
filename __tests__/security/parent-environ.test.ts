// A bench runs as the job's user, so it can read the environment of the action's own process
// (/proc/<pid>/environ), where the token, the runtime token and the OIDC request token are, and
// name its benchmarks with them. A real criterion bench does that here, through real cargo, under
// the bundled action on a pull_request event against the local GitHub and Actions services: none of
// the values may show in the comment, the job summary, the log and annotations, the outputs, a
// file of the report dir or the uploaded artifact (a file the bench plants in the report dir is
// left out of it).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { runAction } from '../helpers/action-process.js';
import { itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';
import { zipEntries } from '../helpers/zip.js';
import { mintRuntimeToken } from '../servers/actions-services.js';
import { localServices } from '../servers/local-services.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'parent-environ-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOKEN = 'ghs_parentEnvironToken0123456789abcdefgh';
const OIDC = 'oidc-request-token-parent-environ-0123456789';
const BENCH_SECRET = 'bench-env-secret-parent-environ-42';
const services = localServices(TOKEN, 'octo-org/copybook-rs');

const CARGO_TOML = `[package]
name = "environ-probe"
version = "0.1.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"
bench = false

[dev-dependencies]
criterion = { version = ">=0.3, <0.9", default-features = false, features = ["cargo_bench_support", "html_reports"] }

[[bench]]
name = "probe"
harness = false
`;

// Walks up from its parent (cargo) to the first ancestor whose environment holds the variable: the
// action's node process. Its own bench-env variable it reads as any bench does.
const PROBE_RS = `use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn from_ancestors(name: &str) -> String {
    let wanted = format!("{}=", name);
    let mut pid = std::os::unix::process::parent_id();
    while pid > 1 {
        if let Ok(bytes) = std::fs::read(format!("/proc/{}/environ", pid)) {
            for entry in bytes.split(|b| *b == 0) {
                let entry = String::from_utf8_lossy(entry);
                if let Some(value) = entry.strip_prefix(&wanted) {
                    return value.to_string();
                }
            }
        }
        let status = std::fs::read_to_string(format!("/proc/{}/status", pid)).expect("status");
        let ppid = status.lines().find_map(|l| l.strip_prefix("PPid:")).expect("PPid");
        pid = ppid.trim().parse().expect("a pid");
    }
    panic!("no ancestor has {}", name);
}

fn stolen(c: &mut Criterion) {
    let token = from_ancestors("INPUT_GITHUB-TOKEN");
    let runtime = from_ancestors("ACTIONS_RUNTIME_TOKEN");
    let oidc = from_ancestors("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
    let own = std::env::var("DB_PASSWORD").expect("bench-env reaches the bench");
    println!("stolen: {} {} {} {}", token, runtime, oidc, own);
    eprintln!("stolen: {} {} {} {}", token, runtime, oidc, own);
    // The report dir is uploaded: a file planted there would go with it.
    let planted = format!("{} {} {} {}", token, runtime, oidc, own);
    std::fs::write("copybook-bench-report/stolen.txt", planted).expect("the report dir exists");
    // No byte throughput: the DISPLAY metric's error names this id in its message.
    let mut display = c.benchmark_group("decode_display_heavy");
    display.bench_function(token.as_str(), |b| b.iter(|| black_box(1u64) + 1));
    display.finish();
    let mut comp3 = c.benchmark_group("decode_comp3_heavy");
    comp3.throughput(Throughput::Bytes(1024));
    comp3.bench_function(runtime.as_str(), |b| b.iter(|| black_box(2u64) * 3));
    comp3.finish();
    c.bench_function(&format!("leak_oidc/{}", oidc), |b| b.iter(|| black_box(3u64) + 4));
    c.bench_function(&format!("leak_env/{}", own), |b| b.iter(|| black_box(5u64) + 6));
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(50))
        .measurement_time(Duration::from_millis(100));
    targets = stolen
}
criterion_main!(benches);
`;

function probeCrate(): string {
  const dir = path.join(scratch, 'environ-probe');
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  mkdirSync(path.join(dir, 'benches'), { recursive: true });
  writeFileSync(path.join(dir, 'Cargo.toml'), CARGO_TOML);
  writeFileSync(path.join(dir, 'src', 'lib.rs'), '');
  writeFileSync(path.join(dir, 'benches', 'probe.rs'), PROBE_RS);
  return dir;
}

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

/** Where any of `secrets` shows: the places by name, never the values (a failure prints this). */
function leaks(texts: Map<string, string>, secrets: readonly string[]): string[] {
  return [...texts].flatMap(([where, text]) =>
    secrets.flatMap((secret, i) => (text.includes(secret) ? [`secret #${i} in ${where}`] : []))
  );
}

describe('a bench that reads the action’s environment from /proc', () => {
  itWithCriterion(
    'names its benchmarks with the job’s credentials, and none of them is published',
    async () => {
      const env = await services();
      const runtime = mintRuntimeToken();
      const crate = probeCrate();
      const run = await runAction(
        {
          'working-directory': crate,
          package: 'environ-probe',
          'github-token': TOKEN,
          'bench-env': `DB_PASSWORD=${BENCH_SECRET}`
        },
        {
          cwd: crate,
          env: {
            ...env.actions.env(env.url, runtime),
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC,
            ACTIONS_ID_TOKEN_REQUEST_URL: `${env.url}/oidc`,
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: path.join(REPO_ROOT, '__tests__', 'fixtures', 'events', 'pull_request.json'),
            GITHUB_SHA: '3333333333333333333333333333333333333333',
            GITHUB_REF: 'refs/pull/42/merge',
            GITHUB_RUN_ID: '4242',
            GITHUB_RUN_ATTEMPT: '1',
            RUNNER_OS: 'Linux',
            RUNNER_ARCH: 'X64'
          },
          timeoutMs: 900_000
        }
      );
      const secrets = [TOKEN, runtime, OIDC, BENCH_SECRET];
      const reportDir = path.join(crate, 'copybook-bench-report');
      const files = filesBelow(reportDir);
      const perf = files.get('perf.json');
      if (perf === undefined) throw new Error(`the action wrote no perf.json ${offlineHint()}`);

      // The runner consumes the mask command; it never shows in the log.
      const log = run.stdout
        .split('\n')
        .filter((line) => line !== `::add-mask::${TOKEN}`)
        .join('\n');
      const published = new Map<string, string>([
        ['stdout', log],
        ['stderr', run.stderr],
        ['job summary', run.summary],
        ['outputs', JSON.stringify(run.outputs)],
        // stolen.txt is the bench's own file on the runner's disk: it must not be uploaded.
        ...[...files]
          .filter(([name]) => name !== 'stolen.txt')
          .map(([name, text]): [string, string] => [`report dir ${name}`, text]),
        ...env.api.comments(42).map((c): [string, string] => [`comment ${c.id}`, c.body])
      ]);
      for (const artifact of env.actions.artifacts) {
        published.set(`artifact name ${artifact.id}`, artifact.name);
        for (const [name, bytes] of zipEntries(env.actions.blobs.get(artifact.blob) as Buffer))
          published.set(`artifact ${artifact.id} ${name}`, bytes.toString('utf8'));
      }
      expect(leaks(published, secrets)).toEqual([]);

      // The bench did find them all: its ids and its output held them, and show *** now.
      const report = JSON.parse(perf) as PerfReport;
      expect(report.benchmarks.map((b) => b.id).sort()).toEqual([
        'decode_comp3_heavy/***',
        'decode_display_heavy/***',
        'leak_env/***',
        'leak_oidc/***'
      ]);
      expect(files.get('cargo-bench.txt')?.includes('stolen: *** *** *** ***')).toBe(true);
      expect(env.api.comments(42)).toHaveLength(1);
      expect(env.actions.artifacts.length).toBeGreaterThan(0);
      expect(files.has('stolen.txt')).toBe(true);
      expect(log).toContain(`::warning::${path.join(reportDir, 'stolen.txt')} is left out of the artifact`);
      // The DISPLAY benchmark has no byte throughput: the step fails on an error naming its id.
      expect(run.exitCode).toBe(1);
      expect(log).toMatch(/^::error title=copybook-bench::DISPLAY: .*decode_display_heavy\/\*\*\*/m);
      expect(run.summary).toContain('decode\\_display\\_heavy/\\*\\*\\*');
    },
    900_000
  );
});
