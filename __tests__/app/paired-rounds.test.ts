// The paired run in this process with real git and scripted cargo: the bench build and the bench
// programs answer through the exec port, a round's results through the files port. What the run
// does with them is asserted whole: the order of the sides, the rounds that stop measuring what is
// settled, what it logs, and the one line each failure ends it with.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { BenchBuildOptions, BenchBuildResult } from '../../src/adapters/cargo/bench-build.js';
import { GitTimeout } from '../../src/adapters/git/git.js';
import type { ProgramOptions, ProgramResult } from '../../src/adapters/program.js';
import { type PairedRequest, runPaired } from '../../src/app/paired.js';
import type { Ports } from '../../src/app/ports.js';
import type { Measurement } from '../../src/core/criterion/measurement.js';
import { fixedClock } from '../helpers/fake-ports.js';
import { measurement } from '../helpers/measurements.js';
import { commitAll, initRepo } from '../helpers/paired-repo.js';
import { type KeptLog, keptLog, localPorts } from '../helpers/ports.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-rounds-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COMP3 = 'decode_comp3_heavy/single_threaded/100';
const DISPLAY = 'decode_display_heavy/single_threaded/100';

let count = 0;
/** A repository with the crate folder `crates/c` in two commits; the first is the base. */
function repository(): { repo: string; crate: string; base: string } {
  const repo = path.join(scratch, `repo-${++count}`);
  const crate = path.join(repo, 'crates', 'c');
  initRepo(repo);
  mkdirSync(crate, { recursive: true });
  writeFileSync(path.join(crate, 'Cargo.toml'), '[package]\nname = "c"\n');
  const base = commitAll(repo, 'base');
  writeFileSync(path.join(crate, 'lib.rs'), '// the head\n');
  commitAll(repo, 'head');
  return { repo, crate, base };
}

interface Script {
  /** Each side's answer to the bench build; default: one bench program `decode`. */
  build?: (side: 'base' | 'head', options: BenchBuildOptions) => BenchBuildResult;
  /** Each bench program's answer; default: exit code 0. */
  bench?: (side: 'base' | 'head', round: number) => Partial<ProgramResult>;
  /** What a side's results hold; default: COMP-3 four times slower in the head. */
  results?: (side: 'base' | 'head') => { measurements: Measurement[]; problems: string[] };
}

/** The build of one bench program `decode`: in the paired target folder for the base. */
function oneProgram(
  side: 'base' | 'head',
  options: BenchBuildOptions,
  criterionVersion: string | null = '0.5.1'
): BenchBuildResult {
  const folder = options.env.CARGO_TARGET_DIR ?? path.join(options.cwd, 'target');
  const executable = path.join(folder, 'release', 'deps', `decode-${side}`);
  const decode = { target: 'decode', executable, manifestPath: path.join(options.cwd, 'Cargo.toml') };
  return {
    ok: true,
    build: { executables: [decode], missing: [], criterionVersion, artifacts: 3, fresh: 1 }
  };
}

/** The ports: real git and files, scripted cargo and results, a kept log and a fixed clock. */
function scripted(script: Script = {}) {
  const log: KeptLog = keptLog();
  const real = localPorts({ PATH: process.env.PATH ?? '/usr/bin:/bin' });
  const builds: { side: 'base' | 'head'; options: BenchBuildOptions }[] = [];
  const benches: { side: 'base' | 'head'; args: readonly string[]; options: ProgramOptions }[] = [];
  const homes = new Map<string, 'base' | 'head'>();
  const sideOf = (options: BenchBuildOptions) => (options.env.CARGO_TARGET_DIR ? 'base' : 'head');
  const ports: Ports = {
    ...real,
    log,
    clock: fixedClock('2026-03-01T12:00:00Z'),
    exec: {
      ...real.exec,
      async buildBenches(options) {
        const side = sideOf(options);
        builds.push({ side, options });
        return script.build ? script.build(side, options) : oneProgram(side, options);
      },
      async run(command, args, options) {
        const side = command.endsWith('-base') ? 'base' : 'head';
        benches.push({ side, args, options });
        homes.set(options.env.CRITERION_HOME as string, side);
        const round = benches.filter((b) => b.side === side).length;
        return {
          exitCode: 0,
          stdout: '',
          stderr: '',
          timedOut: false,
          error: null,
          ...script.bench?.(side, round)
        };
      }
    },
    files: {
      ...real.files,
      async readCriterionSamples(dir) {
        const side = homes.get(dir) as 'base' | 'head';
        if (script.results) return script.results(side);
        const comp3 = side === 'base' ? 1000 : 4000;
        return {
          measurements: [
            measurement(COMP3, { timeNs: comp3, fastestNs: comp3 }),
            measurement(DISPLAY, { timeNs: 500, fastestNs: 500 })
          ],
          problems: []
        };
      }
    }
  };
  return { ports, log, builds, benches };
}

function request(
  repo: string,
  crate: string,
  ref: string,
  overrides: Partial<PairedRequest> = {}
): PairedRequest {
  return {
    workingDirectory: crate,
    workspace: repo,
    ref,
    packageName: 'c',
    benches: ['decode'],
    cargoArgs: ['--features', 'simd'],
    benchEnv: { COPYBOOK: '1' },
    ids: [COMP3, DISPLAY],
    rounds: 5,
    regressionThreshold: 0.5,
    noiseThreshold: 0.02,
    together: false,
    measurementSeconds: 0.3,
    warmUpSeconds: 0.1,
    timeoutMinutes: 10,
    ...overrides
  };
}

describe('runPaired with scripted cargo', () => {
  it('builds the base then the head, alternates the rounds and measures settled benchmarks no further', async () => {
    const { repo, crate, base } = repository();
    const { ports, log, builds, benches } = scripted();
    const run = await runPaired(request(repo, crate, base), ports);
    if (!run.ok) throw new Error(run.reason);

    const worktree = path.join(repo, '.copybook-bench', 'paired', base.slice(0, 12));
    const targetDir = path.join(repo, '.copybook-bench', 'paired', 'target');
    expect(builds.map((b) => [b.side, b.options.cwd, b.options.cargoArgs])).toEqual([
      ['base', path.join(worktree, 'crates', 'c'), ['--features', 'simd']],
      ['head', crate, ['--features', 'simd']]
    ]);
    expect(builds[0]?.options.env).toMatchObject({ COPYBOOK: '1', CARGO_TARGET_DIR: targetDir });
    expect(run.rounds.map((r) => r.first)).toEqual(['base', 'head', 'base', 'head', 'base']);
    expect(run.rounds.map((r) => r.head.map((m) => m.id))).toEqual([
      [COMP3, DISPLAY],
      [COMP3, DISPLAY],
      [COMP3, DISPLAY],
      [COMP3],
      [COMP3]
    ]);
    expect(benches.map((b) => b.side)).toEqual([
      'base',
      'head',
      'head',
      'base',
      'base',
      'head',
      'head',
      'base',
      'base',
      'head'
    ]);
    // Round 4 runs COMP-3 alone: a filter of its own.
    expect(benches[0]?.args).toEqual([
      '--bench',
      '--noplot',
      '--measurement-time',
      '0.3',
      '--warm-up-time',
      '0.1',
      expect.stringContaining('decode_comp3_heavy')
    ]);
    expect(benches[0]?.args.at(-1)).toContain('decode_display_heavy');
    expect(benches[6]?.args.at(-1)).not.toContain('decode_display_heavy');
    expect(benches[0]?.options.cwd).toBe(path.join(worktree, 'crates', 'c'));
    expect(run).toMatchObject({
      commit: base,
      seconds: 0,
      together: false,
      worktree,
      targetDir,
      builds: {
        base: { seconds: 0, artifacts: 3, fresh: 1, criterionVersion: '0.5.1' },
        head: { seconds: 0, artifacts: 3, fresh: 1, criterionVersion: '0.5.1' }
      },
      warnings: []
    });
    expect(log.lines).toEqual([
      `── Paired run: check out ${base}`,
      `${base} is ${base}: checked out at ${worktree}`,
      `── Paired run: build ${base.slice(0, 12)} and the head`,
      'base: decode built in 0 s (1 of 3 artifacts reused, criterion 0.5.1)',
      'head: decode built in 0 s (1 of 3 artifacts reused, criterion 0.5.1)',
      '── Paired run: 5 rounds of base and head',
      'round 1: base then head, 2 and 2 benchmarks in 0 s',
      'round 2: head then base, 2 and 2 benchmarks in 0 s',
      'round 3: base then head, 2 and 2 benchmarks in 0 s',
      'round 4: 1 of 2 benchmarks can come out neither regressed nor improved whatever the remaining rounds measure, and are measured no further',
      'round 4: head then base, 1 and 1 benchmarks in 0 s',
      'round 5: 1 of 2 benchmarks can come out neither regressed nor improved whatever the remaining rounds measure, and are measured no further',
      'round 5: base then head, 1 and 1 benchmarks in 0 s'
    ]);
  });

  it('runs both sides together, and says when criterion takes whole seconds only', async () => {
    const { repo, crate, base } = repository();
    const { ports, log } = scripted({
      build: (side, options) => oneProgram(side, options, side === 'base' ? '0.3.6' : '0.5.1')
    });
    const run = await runPaired(request(repo, crate, base, { rounds: 2, together: true, ids: null }), ports);
    if (!run.ok) throw new Error(run.reason);
    expect([run.measurementSeconds, run.warmUpSeconds]).toEqual([1, 1]);
    expect(log.lines.slice(-3)).toEqual([
      'criterion before 0.4 takes whole seconds: measurement 0.3 s and warm-up 0.1 s run as 1 s and 1 s',
      'round 1: base with head, 2 and 2 benchmarks in 0 s',
      'round 2: head with base, 2 and 2 benchmarks in 0 s'
    ]);
  });
});

describe('a paired run that ends', () => {
  const reasonOf = async (
    script: Script,
    overrides: Partial<PairedRequest> = {},
    change?: (p: Ports) => Ports
  ) => {
    const { repo, crate, base } = repository();
    const { ports } = scripted(script);
    const run = await runPaired(request(repo, crate, base, overrides), change ? change(ports) : ports);
    return { reason: run.ok ? '' : run.reason, repo, crate, base };
  };

  it("names cargo's cause, the side and the folder when a build fails", async () => {
    const { reason, repo, base } = await reasonOf({
      build: () => ({ ok: false, timedOut: false, cause: 'error: no such package' })
    });
    const dir = path.join(repo, '.copybook-bench', 'paired', base.slice(0, 12), 'crates', 'c');
    expect(reason).toBe(
      `error: no such package (building the base ${base.slice(0, 12)} (${base}) with cargo bench --no-run in ${dir} for the paired run)`
    );
  });

  it('says which build ran out of time, and which git command', async () => {
    const head = await reasonOf({
      build: (side, options) => (side === 'head' ? { ok: false, timedOut: true } : oneProgram(side, options))
    });
    expect(head.reason).toBe(
      "building the head did not finish within the paired run's 10 minutes and was stopped"
    );
    const git = await reasonOf({}, {}, (ports) => ({
      ...ports,
      git: {
        ...ports.git,
        resolveCommit: async () => {
          throw new GitTimeout('git fetch');
        }
      }
    }));
    expect(git.reason).toBe("git fetch did not finish within the paired run's 10 minutes and was stopped");
  });

  it('refuses a base bench program cargo named outside the paired target folder', async () => {
    const { reason, repo } = await reasonOf({
      build: (side, options) => ({
        ok: true,
        build: {
          executables: [
            {
              target: 'decode',
              executable: `/tmp/decode-${side}`,
              manifestPath: path.join(options.cwd, 'Cargo.toml')
            }
          ],
          missing: [],
          criterionVersion: null,
          artifacts: 1,
          fresh: 0
        }
      })
    });
    const targetDir = path.join(repo, '.copybook-bench', 'paired', 'target');
    expect(reason).toBe(`cargo named /tmp/decode-base as the base's bench decode: outside ${targetDir}`);
  });

  it('names the bench that failed, its side, round and exit code, and a side that measured nothing', async () => {
    const failed = await reasonOf({
      bench: (side, round) =>
        side === 'head' && round === 2 ? { exitCode: 101, stderr: 'error: boom\n' } : {}
    });
    expect(failed.reason).toBe("error: boom (the head's bench decode in round 2, exit code 101)");
    const nothing = await reasonOf({
      results: () => ({
        measurements: [measurement('other')],
        problems: ['a: cannot read', 'b: cannot read']
      })
    });
    expect(nothing.reason).toBe(
      'the base measured none of the benchmarks asked for in round 1: a: cannot read'
    );
  });
});
