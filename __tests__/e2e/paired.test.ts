// The paired comparison through the bundled CLI, with real git, cargo and criterion: a repository
// whose HEAD makes COMP-3 four times slower than its parent, run with `--comparison paired`. Only
// the x4 effect is asserted, never that unchanged code stays unchanged.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { exampleCrateSource, itWithCriterion, offlineHint, REPO_ROOT } from '../helpers/cargo.js';
import { comparedRepo, git } from '../helpers/paired-repo.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-cli-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COMP3 = 'decode_comp3_heavy/single_threaded/1000';

function cli(cwd: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'COPYBOOK_BENCH_COMP3_SLOWDOWN',
    'CARGO_TARGET_DIR',
    'CRITERION_HOME',
    'GITHUB_EVENT_NAME'
  ])
    delete env[name];
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 900_000
  });
}

/** The crate source that resolves criterion here; dependencies unoptimised (quicker to build). */
function cargoArgs(): string {
  const source = exampleCrateSource();
  const words = [
    ...(source.kind === 'directory' ? source.args : []),
    '--config',
    'profile.bench.package."*".opt-level=0'
  ];
  return words.map((w) => `'${w}'`).join(' ');
}

const settings = (crate: string, report: string) => [
  '--working-directory',
  crate,
  '--benches',
  'decode',
  '--report-dir',
  report,
  `--cargo-args=${cargoArgs()}`,
  // Two benchmarks, briefly: the effect asserted is x4.
  '--bench-args=--noplot --warm-up-time 1 --measurement-time 1 heavy/single_threaded/1000$',
  '--display-benchmarks',
  'decode_display_heavy/*',
  '--comp3-benchmarks',
  'decode_comp3_heavy/*'
];

describe('copybook-bench run --comparison paired', () => {
  itWithCriterion(
    'measures HEAD against its parent on this machine, interleaved, and calls the x4 COMP-3 slowdown a regression',
    () => {
      const { repo, crate, fast } = comparedRepo(path.join(scratch, 'repo'));
      const report = path.join(scratch, 'report');
      const run = cli(
        repo,
        'run',
        ...settings(crate, report),
        '--comparison',
        'paired',
        '--paired-ref',
        fast,
        '--rounds',
        '3'
      );
      if (run.status !== 0 && run.status !== 1)
        throw new Error(`the paired run failed ${offlineHint()}:\n${run.stderr.slice(-4000)}`);

      const perf = JSON.parse(readFileSync(path.join(report, 'perf.json'), 'utf8')) as PerfReport;
      const paired = perf.comparison?.paired;
      expect(paired).toMatchObject({ mode: 'paired', ref: fast, commit: fast, rounds: 3 });
      expect(paired?.order).toEqual(['base', 'head', 'base']);
      const comp3 = perf.comparison?.changes.find((c) => c.id === COMP3);
      expect(comp3).toMatchObject({ method: 'paired', quantity: 'throughput', verdict: 'regressed' });
      for (const ratio of comp3?.paired?.ratios ?? []) expect(ratio).toBeLessThan(0.5);
      expect(comp3?.paired?.ratios).toHaveLength(3);
      // Regressions fail the run by default, and the failure names the paired verdict.
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${COMP3} regressed by`);
      expect(run.stderr).toContain('paired, 3 rounds');

      const comment = readFileSync(path.join(report, 'comment.md'), 'utf8');
      expect(comment).toContain(`Measured on this runner against \`${fast.slice(0, 7)}\``);
      expect(comment).toContain('3 interleaved rounds');
      // The paired revision's checkout stays under the workspace, out of the report.
      expect(git(path.join(repo, '.copybook-bench', 'paired', fast.slice(0, 12)), 'rev-parse', 'HEAD')).toBe(
        fast
      );
    },
    900_000
  );

  itWithCriterion(
    'falls back to the stored baseline with one line and the fix when a shallow checkout cannot have the ref',
    () => {
      const origin = comparedRepo(path.join(scratch, 'origin'));
      const shallow = path.join(scratch, 'shallow');
      git(scratch, 'clone', '--quiet', '--depth=1', `file://${origin.repo}`, shallow);
      const crate = path.join(shallow, 'crates', 'copybook-bench');
      const report = path.join(scratch, 'shallow-report');
      const run = cli(
        shallow,
        'run',
        ...settings(crate, report),
        '--comparison',
        'paired',
        '--paired-ref',
        'no-such-branch',
        '--fail-on',
        'none'
      );
      if (run.status !== 0) throw new Error(`the run failed ${offlineHint()}:\n${run.stderr.slice(-4000)}`);
      const lines = run.stderr.split('\n').filter((l) => l.includes('fetch-depth'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('fetch-depth: 0');
      expect(lines[0]).toContain('compared with the stored baseline instead');
      const perf = JSON.parse(readFileSync(path.join(report, 'perf.json'), 'utf8')) as PerfReport;
      expect(perf.comparison).toBeNull();
      expect(perf.warnings.some((w) => w.includes('no-such-branch') && w.includes('fetch-depth: 0'))).toBe(
        true
      );
      // The head's own numbers stand: floors use them.
      expect(perf.benchmarks.length).toBeGreaterThan(0);
    },
    600_000
  );
});
