// `npm run demo` on machines that cannot build criterion the usual way: one without access to the
// crate registry (criterion comes from Debian's crate sources, for that run only) and one without
// cargo at all (the example crate's recorded run, labelled as recorded).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEBIAN_CRATE_REGISTRY } from '../../src/adapters/cargo/crate-source.js';
import type { PerfReport } from '../../src/core/model.js';
import { EXAMPLE_CRATE, itWithDebianCrates, REPO_ROOT } from '../helpers/cargo.js';
import { criterionOnDisk, expectSameNumbers } from '../helpers/criterion-on-disk.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'demo-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RECORDED = path.join(EXAMPLE_CRATE, 'recorded');
const CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

function demo(reportDir: string, env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [CLI, 'demo', '--report-dir', reportDir], {
    cwd: scratch,
    env,
    encoding: 'utf8',
    timeout: 600_000
  });
}

const readReport = (reportDir: string) =>
  JSON.parse(readFileSync(path.join(reportDir, 'perf.json'), 'utf8')) as PerfReport;

describe('demo without cargo', () => {
  it('shows the recorded run, says why in one line and labels it as recorded everywhere', () => {
    const reportDir = path.join(scratch, 'recorded-report');
    const emptyPath = mkdtempSync(path.join(scratch, 'no-cargo-'));
    const run = demo(reportDir, { ...process.env, PATH: emptyPath });

    expect(run.status).toBe(0);
    expect(run.stderr.split('\n')[0]).toMatch(
      /^cargo was not found on PATH: showing the example crate's recorded run of \d{4}-\d\d-\d\d instead of measuring\.$/
    );
    const report = readReport(reportDir);
    expect(report._metadata.source).toBe('recorded');
    expect(report.summary).toMatch(/ \(recorded run\)$/);
    expect(run.stdout.split('\n')[0]).toBe(report.summary);
    expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8')).toContain(
      '> Recorded run of the example crate ('
    );
    // The recorded machine's facts, not this one's: nothing was measured here.
    const recording = JSON.parse(readFileSync(path.join(RECORDED, 'recording.json'), 'utf8'));
    expect(report._metadata.timestamp).toBe(recording.recorded_at);
    expect(report._metadata.rust_version).toBe(recording.rust_version);
    expect(report._metadata.environment.cpu_cores).toBe(recording.cpu_cores);
    expect(report.memory.peak_rss_bytes).toBeNull();
    // Every number is what criterion wrote in the recorded run.
    expectSameNumbers(report, criterionOnDisk(path.join(RECORDED, 'criterion')));
    expect(report.benchmarks).toHaveLength(8);
  });

  it('keeps a recording whose printed text and files are one real run', () => {
    // criterion printed cargo-bench.txt while it wrote the files: same ids, same times to the
    // printed digits. A hand-made or mixed recording would not agree.
    const out = path.join(scratch, 'recorded-text');
    const fromText = spawnSync(
      process.execPath,
      [
        CLI,
        'analyze',
        '--source',
        'stdout',
        '--bench-output',
        path.join(RECORDED, 'cargo-bench.txt'),
        '--report-dir',
        out
      ],
      { cwd: scratch, encoding: 'utf8' }
    );
    expect(fromText.stderr).toContain('(stdout)');
    const text = readReport(out);
    const disk = criterionOnDisk(path.join(RECORDED, 'criterion'));
    expect(text.benchmarks.map((b) => b.id).sort()).toEqual(disk.map((d) => d.id).sort());
    for (const b of text.benchmarks) {
      const typical = disk.find((d) => d.id === b.id)?.typicalNs as number;
      expect(Math.abs(b.time_ns.point / typical - 1)).toBeLessThan(5e-4);
    }
  });
});

describe('demo where the crate registry cannot be reached', () => {
  itWithDebianCrates(
    "builds criterion from Debian's crate sources for this run only and measures for real",
    () => {
      // A cargo home of its own (no configuration) and a proxy that refuses every connection: the
      // registry is unreachable here whatever the machine's network.
      const cargoHome = path.join(scratch, 'cargo-home');
      mkdirSync(cargoHome);
      const criterionHome = path.join(scratch, 'offline-criterion');
      const reportDir = path.join(scratch, 'offline-report');
      const run = demo(reportDir, {
        ...process.env,
        CARGO_HOME: cargoHome,
        CARGO_HTTP_PROXY: '127.0.0.1:9',
        CRITERION_HOME: criterionHome
      });
      if (run.status !== 0) throw new Error(`demo failed:\n${run.stderr.slice(-3000)}`);
      expect(run.stderr.split('\n')[0]).toBe(
        `cargo cannot fetch criterion from its registry: using the crate sources in ${DEBIAN_CRATE_REGISTRY} for this run only (--config source.crates-io.replace-with="debian" --config source.debian.directory="${DEBIAN_CRATE_REGISTRY}").`
      );
      const report = readReport(reportDir);
      expect(report._metadata.source).toBe('cargo-bench');
      expect(report.summary).not.toContain('recorded');
      expectSameNumbers(report, criterionOnDisk(criterionHome));
      // The user's cargo configuration was left alone: nothing was written to the cargo home.
      expect(readdirSync(cargoHome).filter((f) => f.startsWith('config'))).toEqual([]);
    },
    600_000
  );
});
