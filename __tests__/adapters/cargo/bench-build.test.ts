// The bench build (`cargo bench --no-run --message-format=json`) the paired run and the shard plan
// share: the command it runs, the programs it reads from cargo's JSON, and the failure it hands
// back for the caller to word; then with the real cargo on a crate that needs no registry.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { buildBenchPrograms } from '../../../src/adapters/cargo/bench-build.js';
import { type ProgramOptions, type ProgramResult, runProgram } from '../../../src/adapters/program.js';
import { itWithCargo } from '../../helpers/cargo.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DECODE = JSON.stringify({
  reason: 'compiler-artifact',
  package_id: 'path+file:///w/crate#copybook-bench@0.1.0',
  manifest_path: '/w/crate/Cargo.toml',
  target: { kind: ['bench'], crate_types: ['bin'], name: 'decode' },
  executable: '/t/release/deps/decode-1ebec8b3a4df43f6',
  fresh: true
});

/** A run that answers `answer` and keeps what it was asked. */
function scripted(answer: Partial<ProgramResult>) {
  const calls: { command: string; args: readonly string[]; options: ProgramOptions }[] = [];
  const run = async (command: string, args: readonly string[], options: ProgramOptions) => {
    calls.push({ command, args, options });
    return { exitCode: 0, stdout: '', stderr: '', timedOut: false, error: null, ...answer };
  };
  return { calls, run };
}

const options = {
  packageName: 'copybook-bench',
  benches: ['decode'],
  cargoArgs: ['--config', 'net.retry=1', '--features', 'simd'],
  cwd: '/w/crate',
  env: { PATH: '/usr/bin' },
  timeoutMs: 5000
};

describe('buildBenchPrograms', () => {
  it("runs cargo with an argument array and reads the bench programs from cargo's JSON", async () => {
    const { calls, run } = scripted({ stdout: `${DECODE}\n{"reason":"build-finished","success":true}\n` });
    const result = await buildBenchPrograms(options, run);
    expect(calls).toEqual([
      {
        command: 'cargo',
        args: [
          'bench',
          '-p',
          'copybook-bench',
          '--bench',
          'decode',
          '--no-run',
          '--message-format=json',
          '--config',
          'net.retry=1',
          '--features',
          'simd'
        ],
        options: { cwd: '/w/crate', env: { PATH: '/usr/bin' }, timeoutMs: 5000 }
      }
    ]);
    expect(result).toEqual({
      ok: true,
      build: {
        executables: [
          {
            target: 'decode',
            executable: '/t/release/deps/decode-1ebec8b3a4df43f6',
            manifestPath: '/w/crate/Cargo.toml'
          }
        ],
        missing: [],
        criterionVersion: null,
        artifacts: 1,
        fresh: 1
      }
    });
  });

  it("hands back cargo's cause without credentials, or that it ran out of time", async () => {
    const token = 'ghs_benchBuildSecret0123456789abcdefghijk';
    const failed = scripted({
      exitCode: 101,
      stderr: `error: failed to fetch https://x:${token}@example.com/r\n`
    });
    const result = await buildBenchPrograms(options, failed.run);
    expect(result).toEqual({
      ok: false,
      timedOut: false,
      cause: expect.stringMatching(/^error: failed to fetch/)
    });
    expect(JSON.stringify(result)).not.toContain(token);
    const missing = scripted({ exitCode: null, error: 'cargo was not found on PATH' });
    expect(await buildBenchPrograms(options, missing.run)).toEqual({
      ok: false,
      timedOut: false,
      cause: 'cargo was not found on PATH'
    });
    const stopped = scripted({ exitCode: null, timedOut: true });
    expect(await buildBenchPrograms(options, stopped.run)).toEqual({ ok: false, timedOut: true });
  });

  itWithCargo(
    'builds a bench program of a real crate, and names a bench target it does not have',
    async () => {
      const crate = path.join(scratch, 'tiny');
      mkdirSync(path.join(crate, 'benches'), { recursive: true });
      writeFileSync(
        path.join(crate, 'Cargo.toml'),
        '[package]\nname = "tiny"\nversion = "0.1.0"\nedition = "2021"\n\n[[bench]]\nname = "spin"\nharness = false\n'
      );
      writeFileSync(path.join(crate, 'benches', 'spin.rs'), 'fn main() {}\n');
      const run = (command: string, args: readonly string[], runOptions: ProgramOptions) =>
        runProgram(command, args, { ...runOptions, now: Date.now });
      const real = { packageName: 'tiny', cargoArgs: [], cwd: crate, env: process.env, timeoutMs: 120_000 };
      const built = await buildBenchPrograms({ ...real, benches: ['spin'] }, run);
      if (!built.ok) throw new Error(`the build failed: ${JSON.stringify(built)}`);
      expect(built.build.executables.map((e) => [e.target, e.manifestPath])).toEqual([
        ['spin', path.join(crate, 'Cargo.toml')]
      ]);
      expect(built.build.executables[0]?.executable).toContain(path.join(crate, 'target', 'release'));
      expect(await buildBenchPrograms({ ...real, benches: ['nope'] }, run)).toEqual({
        ok: false,
        timedOut: false,
        cause: expect.stringMatching(/^error: no bench target named `nope` in `tiny` package/)
      });
    },
    120_000
  );
});
