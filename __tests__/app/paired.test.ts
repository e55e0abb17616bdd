// The paired run with real git, real cargo and real criterion: a repository whose HEAD makes COMP-3
// four times slower than its parent, paired with that parent. Only effects far beyond noise are
// asserted: a 4x slowdown seen in every round, the ids and the order of the rounds, where the
// worktree lives, and that a second run reuses what the first built.

import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { firstInRound, type PairedRequest, runPaired } from '../../src/app/paired.js';
import type { Measurement } from '../../src/core/criterion/measurement.js';
import { takesFractionalSeconds } from '../../src/core/runner/criterion-args.js';
import { parseWorktreeList } from '../../src/core/runner/worktree-list.js';
import { exampleCrateSource, itWithCriterion } from '../helpers/cargo.js';
import { comparedRepo, git, initRepo } from '../helpers/paired-repo.js';
import { type KeptLog, keptLog, localPorts } from '../helpers/ports.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-run-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COMP3 = 'decode_comp3_heavy/single_threaded/100';
const DISPLAY = 'decode_display_heavy/single_threaded/100';

/** This process's environment without what would change the benches or where cargo builds. */
function testEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_TOKEN: 'ghs_pairedTestSecret0123456789abcdefghij' };
  delete env.COPYBOOK_BENCH_COMP3_SLOWDOWN;
  delete env.CARGO_TARGET_DIR;
  delete env.CRITERION_HOME;
  return env;
}

/**
 * cargo's arguments: the crate source that resolves criterion here, and dependencies built without
 * optimisation (four times quicker to build on two busy cores; the crate under test stays optimised).
 */
function cargoArgs(): string[] {
  const source = exampleCrateSource();
  return [
    ...(source.kind === 'directory' ? source.args : []),
    '--config',
    'profile.bench.package."*".opt-level=0'
  ];
}

function request(
  overrides: Partial<PairedRequest> & Pick<PairedRequest, 'workingDirectory' | 'workspace' | 'ref'>
) {
  return {
    packageName: 'copybook-bench',
    benches: ['decode'],
    cargoArgs: cargoArgs(),
    benchEnv: {},
    ids: [COMP3, DISPLAY],
    rounds: 3,
    regressionThreshold: 0.05,
    noiseThreshold: 0.02,
    together: false,
    measurementSeconds: 0.3,
    warmUpSeconds: 0.1,
    timeoutMinutes: 10,
    ...overrides
  } satisfies PairedRequest;
}

const ids = (measurements: readonly Measurement[]): string[] => measurements.map((m) => m.id).sort();
const rateOf = (measurements: readonly Measurement[], id: string): number => {
  const rate = measurements.find((m) => m.id === id)?.rate?.point;
  if (rate === undefined) throw new Error(`no rate for ${id}`);
  return rate;
};

describe('runPaired with real cargo', () => {
  itWithCriterion(
    'sees a 4x COMP-3 slowdown in every round, alternates the order, and reuses the worktree and its build',
    async () => {
      const { repo, crate, fast, slow } = comparedRepo(path.join(scratch, 'compared'));
      const log: KeptLog = keptLog();
      const ports = localPorts(testEnv(), { log });
      // A 50% band: DISPLAY (unchanged code) settles after three rounds, COMP-3 (x4) never does.
      const first = await runPaired(
        request({ workingDirectory: crate, workspace: repo, ref: fast, rounds: 5, regressionThreshold: 0.5 }),
        ports
      );
      if (!first.ok) throw new Error(`the paired run failed: ${first.reason}\n${log.lines.join('\n')}`);

      expect(git(repo, 'rev-parse', 'HEAD')).toBe(slow);
      expect(first.commit).toBe(fast);
      expect(first.rounds.map((r) => r.first)).toEqual(['base', 'head', 'base', 'head', 'base']);
      for (const [i, round] of first.rounds.entries()) {
        const measured = i < 3 ? [COMP3, DISPLAY] : [COMP3];
        expect(ids(round.base)).toEqual(measured);
        expect(ids(round.head)).toEqual(measured);
        // The head repeats COMP-3's work four times: about 0.25 of the base's throughput.
        expect(rateOf(round.head, COMP3) / rateOf(round.base, COMP3)).toBeLessThan(0.5);
        // Each side's fastest sample, read from criterion's sample.json.
        for (const m of [...round.base, ...round.head]) expect(m.fastest_ns).toBeGreaterThan(0);
      }
      expect(log.lines).toContain(
        'round 4: 1 of 2 benchmarks can come out neither regressed nor improved whatever the remaining rounds measure, and are measured no further'
      );
      // criterion 0.3 takes whole seconds only; both sides were given the same.
      const fractional = takesFractionalSeconds(first.builds.base.criterionVersion);
      expect(first.measurementSeconds).toBe(fractional ? 0.3 : 1);
      expect(first.warmUpSeconds).toBe(fractional ? 0.1 : 1);

      // The base's checkout and its own target folder, under the workspace.
      const paired = path.join(repo, '.copybook-bench', 'paired');
      expect(first.worktree).toBe(path.join(paired, fast.slice(0, 12)));
      expect(first.targetDir).toBe(path.join(paired, 'target'));
      expect(git(first.worktree, 'rev-parse', 'HEAD')).toBe(fast);
      expect(
        readFileSync(path.join(first.worktree, 'crates/copybook-bench/benches/decode.rs'), 'utf8')
      ).toContain('Err(_) => 1,');
      expect(existsSync(path.join(first.targetDir, 'release'))).toBe(true);
      // The head built where it always does, not in the paired folder.
      expect(existsSync(path.join(crate, 'target', 'release'))).toBe(true);
      expect(first.builds.base.fresh).toBeLessThan(first.builds.base.artifacts);
      // The head's own cargo config reached the base's build too, and the report is told; nothing else.
      expect(first.warnings).toEqual([
        expect.stringContaining(
          `the base's build reads the head's ${path.join(repo, '.cargo', 'config.toml')} too`
        )
      ]);
      // git leaves the action's folder out of the checkout's status.
      expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).not.toContain('.copybook-bench');
      expect(log.lines).toContain(`── Paired run: check out ${fast}`);

      // Both sides at once this time (a core each).
      const second = await runPaired(
        request({
          workingDirectory: crate,
          workspace: repo,
          ref: fast,
          rounds: 1,
          ids: [COMP3],
          together: true
        }),
        ports
      );
      if (!second.ok) throw new Error(`the second paired run failed: ${second.reason}`);
      expect(second.together).toBe(true);
      expect(log.lines.some((l) => l.startsWith('round 1: base with head, 1 and 1 benchmarks in '))).toBe(
        true
      );
      const [together] = second.rounds;
      expect(rateOf(together?.head ?? [], COMP3) / rateOf(together?.base ?? [], COMP3)).toBeLessThan(0.5);
      expect(second.worktree).toBe(first.worktree);
      expect(log.lines).toContain(`${fast} is ${fast}: reused at ${first.worktree}`);
      // Nothing compiled again: every artifact of both builds was fresh.
      expect(second.builds.base.fresh).toBe(second.builds.base.artifacts);
      expect(second.builds.head.fresh).toBe(second.builds.head.artifacts);
      expect(second.rounds).toHaveLength(1);
      expect(ids(second.rounds[0]?.base ?? [])).toEqual([COMP3]);
      expect(ids(second.rounds[0]?.head ?? [])).toEqual([COMP3]);
      expect(parseWorktreeList(git(repo, 'worktree', 'list', '--porcelain')).map((w) => w.path)).toEqual([
        repo,
        first.worktree
      ]);
    },
    600_000
  );

  itWithCriterion(
    "fetches a commit a shallow checkout lacks, and gives cargo's cause when the base does not build",
    async () => {
      const origin = comparedRepo(path.join(scratch, 'origin-for-fetch'));
      const clone = path.join(scratch, 'shallow-fetch');
      git(scratch, 'clone', '--quiet', '--depth=1', `file://${origin.repo}`, clone);
      expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
      expect(() => git(clone, 'cat-file', '-e', `${origin.fast}^{commit}`)).toThrow();

      const run = await runPaired(
        request({
          workingDirectory: path.join(clone, 'crates', 'copybook-bench'),
          workspace: clone,
          ref: origin.fast,
          packageName: 'no-such-package'
        }),
        localPorts(testEnv())
      );
      expect(run.ok).toBe(false);
      const reason = run.ok ? '' : run.reason;
      expect(reason).toMatch(/^error: package ID specification `no-such-package` did not match any packages/);
      expect(reason).toContain(
        `(building the base ${origin.fast.slice(0, 12)} (${origin.fast}) with cargo bench --no-run`
      );
      expect(reason).not.toContain('\n');
      // Fetched, and checked out in the worktree before the build.
      const worktree = path.join(clone, '.copybook-bench', 'paired', origin.fast.slice(0, 12));
      expect(git(worktree, 'rev-parse', 'HEAD')).toBe(origin.fast);
    },
    180_000
  );
});

describe('runPaired without cargo', () => {
  /** A repository with one commit, cloned with depth 1. */
  function shallowClone(name: string): string {
    const origin = path.join(scratch, `${name}-origin`);
    initRepo(origin);
    git(origin, 'commit', '--quiet', '--allow-empty', '-m', 'first');
    git(origin, 'commit', '--quiet', '--allow-empty', '-m', 'second');
    const clone = path.join(scratch, name);
    git(scratch, 'clone', '--quiet', '--depth=1', `file://${origin}`, clone);
    return clone;
  }

  it('names an unknown revision in a shallow checkout and the fix, after one fetch', async () => {
    const clone = shallowClone('shallow-unknown');
    const log = keptLog();
    const run = await runPaired(
      request({ workingDirectory: clone, workspace: clone, ref: 'no-such-branch' }),
      localPorts(testEnv(), { log })
    );
    expect(run.ok).toBe(false);
    const reason = run.ok ? '' : run.reason;
    expect(reason).toMatch(
      /^the revision to pair with, no-such-branch, is not in this shallow checkout and fetching it from origin failed \(fatal: couldn't find remote ref no-such-branch\)/
    );
    expect(reason).toMatch(/fetch the history with actions\/checkout fetch-depth: 0$/);
    expect(reason).not.toContain('\n');
    // Nothing was made in the workspace.
    expect(existsSync(path.join(clone, '.copybook-bench'))).toBe(false);
  });

  it('names an unknown revision in a full checkout without fetching', async () => {
    const repo = path.join(scratch, 'full-unknown');
    initRepo(repo);
    git(repo, 'commit', '--quiet', '--allow-empty', '-m', 'only');
    const run = await runPaired(
      request({ workingDirectory: repo, workspace: repo, ref: 'v9.9.9' }),
      localPorts(testEnv())
    );
    expect(run).toEqual({
      ok: false,
      reason: `the revision to pair with, v9.9.9, is not in the checkout at ${repo}: name a commit, branch or tag it has`
    });
  });

  it('takes no revision that git would read as an option or a refspec', async () => {
    const repo = path.join(scratch, 'option-ref');
    initRepo(repo);
    for (const ref of ['--output=/tmp/x', 'main:refs/heads/evil', '+main', 'a b', '']) {
      const run = await runPaired(
        request({ workingDirectory: repo, workspace: repo, ref }),
        localPorts(testEnv())
      );
      expect(run.ok).toBe(false);
      expect(run.ok ? '' : run.reason).toContain('is not a commit, branch or tag name');
    }
  });

  it('refuses a working directory outside a git checkout', async () => {
    const plain = path.join(scratch, 'not-a-repo');
    initRepo(plain);
    rmSync(path.join(plain, '.git'), { recursive: true });
    const run = await runPaired(
      request({ workingDirectory: plain, workspace: plain, ref: 'main' }),
      localPorts(testEnv())
    );
    expect(run.ok ? '' : run.reason).toMatch(
      new RegExp(`^working-directory ${plain} is not in a git checkout`)
    );
  });

  it('refuses cargo-args that would build both revisions in one place', async () => {
    const repo = path.join(scratch, 'target-dir-arg');
    initRepo(repo);
    const run = await runPaired(
      request({
        workingDirectory: repo,
        workspace: repo,
        ref: 'main',
        cargoArgs: ['--target-dir=/tmp/shared']
      }),
      localPorts(testEnv())
    );
    expect(run.ok ? '' : run.reason).toBe(
      'cargo-args has --target-dir, which would build the base and the head in one place for the paired run; set CARGO_TARGET_DIR in bench-env instead'
    );
  });
});

describe('the order of the rounds', () => {
  it('runs the base first in odd rounds and the head first in even ones', () => {
    expect([1, 2, 3, 4, 5].map(firstInRound)).toEqual(['base', 'head', 'base', 'head', 'base']);
  });
});
