// A sharded job's share with scripted cargo: the bench build and each program's `--list` answer
// through the exec port. What planShare asks for, the bench-args it hands back, and the one line
// each failure stops the plan with.

import { describe, expect, it } from '@jest/globals';
import type { BenchBuildOptions, BenchBuildResult } from '../../src/adapters/cargo/bench-build.js';
import type { ProgramOptions, ProgramResult } from '../../src/adapters/program.js';
import type { Ports } from '../../src/app/ports.js';
import { planShare, ShardPlanError } from '../../src/app/shard.js';
import { buildConfig } from '../../src/core/config/config.js';
import { keptLog, localPorts } from '../helpers/ports.js';

const PROGRAMS = [
  { target: 'decode', executable: '/w/target/release/deps/decode-1', manifestPath: '/w/crate/Cargo.toml' },
  { target: 'encode', executable: '/w/target/release/deps/encode-1', manifestPath: '/w/crate/Cargo.toml' }
];

const LISTINGS: Record<string, string> = {
  decode: 'Gnuplot not found, using plotters backend\ndecode/a: bench\ndecode/b: bench\n',
  encode: 'encode/a: bench\n'
};

/** The ports with scripted cargo; what it was asked is kept. */
function scripted(answers: { build?: BenchBuildResult; list?: Partial<ProgramResult> } = {}) {
  const builds: BenchBuildOptions[] = [];
  const lists: { command: string; args: readonly string[]; options: ProgramOptions }[] = [];
  const real = localPorts({
    PATH: '/usr/bin:/bin',
    GITHUB_TOKEN: 'ghs_shardTestSecret0123456789abcdefghijk'
  });
  const ports: Ports = {
    ...real,
    log: keptLog(),
    exec: {
      ...real.exec,
      async buildBenches(options) {
        builds.push(options);
        return (
          answers.build ?? {
            ok: true,
            build: { executables: PROGRAMS, missing: [], criterionVersion: '0.5.1', artifacts: 2, fresh: 2 }
          }
        );
      },
      async run(command, args, options) {
        lists.push({ command, args, options });
        const target = PROGRAMS.find((p) => p.executable === command)?.target ?? '';
        return {
          exitCode: 0,
          stdout: LISTINGS[target] ?? '',
          stderr: '',
          timedOut: false,
          error: null,
          ...answers.list
        };
      }
    }
  };
  return { ports, builds, lists };
}

const config = (benchArgs = '--noplot decode') =>
  buildConfig({
    inputs: { 'bench-args': benchArgs, 'cargo-args': '--features simd', 'bench-env': 'COPYBOOK=1' }
  });

const context = {
  workingDirectory: '/w/crate',
  benches: ['decode', 'encode'],
  cargoConfigArgs: ['--config', 'net.retry=1'],
  baseline: null,
  slot: { name: 'copybook-bench', testbed: 'default', os: 'Linux' },
  timeoutMs: 60_000
};

describe('planShare', () => {
  it("builds the programs once, lists each with bench-args' filter, and runs this shard's ids", async () => {
    const { ports, builds, lists } = scripted();
    const share = await planShare(config(), { index: 1, count: 1 }, context, ports);
    expect(builds).toEqual([
      {
        packageName: config().package,
        benches: ['decode', 'encode'],
        cargoArgs: ['--config', 'net.retry=1', '--features', 'simd'],
        cwd: '/w/crate',
        env: expect.objectContaining({ COPYBOOK: '1' }),
        timeoutMs: 60_000
      }
    ]);
    expect(builds[0]?.env.GITHUB_TOKEN).toBeUndefined();
    expect(lists.map((l) => [l.command, l.args, l.options.cwd])).toEqual([
      ['/w/target/release/deps/decode-1', ['--bench', '--list', 'decode'], '/w/crate'],
      ['/w/target/release/deps/encode-1', ['--bench', '--list', 'decode'], '/w/crate']
    ]);
    expect(share.report).toMatchObject({ index: 1, count: 1, listed: 3 });
    expect(share.report.ids.sort()).toEqual(['decode/a', 'decode/b', 'encode/a']);
    expect(share.benchArgs).toEqual([['--noplot', expect.stringMatching(/^\^\(\?:/)]]);
  });

  it('stops with the line that says why', async () => {
    const reason = async (answers: Parameters<typeof scripted>[0], benchArgs?: string) => {
      const error = await planShare(
        config(benchArgs),
        { index: 1, count: 2 },
        context,
        scripted(answers).ports
      )
        .then(() => null)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ShardPlanError);
      return (error as Error).message;
    };
    expect(await reason({}, 'a b')).toBe(
      'bench-args hold more than one filter ("a", "b"); criterion takes one'
    );
    expect(await reason({ build: { ok: false, timedOut: false, cause: 'error: no such package' } })).toBe(
      'error: no such package (cargo bench --no-run, to list the benchmarks for the shard plan)'
    );
    expect(await reason({ build: { ok: false, timedOut: true } })).toBe(
      'building the bench programs to list them took too long'
    );
    const none = { executables: [], missing: [], criterionVersion: null, artifacts: 0, fresh: 0 };
    expect(await reason({ build: { ok: true, build: none } })).toBe(
      'cargo bench --no-run built no bench program to list the benchmarks of'
    );
    expect(await reason({ list: { exitCode: 1, stderr: "error: Unrecognized option: 'list'\n" } })).toBe(
      "error: Unrecognized option: 'list' (the bench decode with --list, for the shard plan; criterion 0.3 or later lists)"
    );
  });
});
