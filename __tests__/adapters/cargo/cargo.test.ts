import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { BenchRunError, runCargoBench } from '../../../src/adapters/cargo/cargo.js';
import { CARGO_NOT_FOUND, PreflightError } from '../../../src/adapters/cargo/preflight.js';
import { parseProcStat } from '../../../src/adapters/cargo/processes.js';
import { buildBenchCommand } from '../../../src/core/runner/args.js';
import { lastLines } from '../../../src/core/runner/failure.js';
import { EXAMPLE_CRATE, itWithCargo, itWithCriterion, offlineHint } from '../../helpers/cargo.js';

const scratch = mkdtempSync(join(tmpdir(), 'cargo-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A crate with no dependencies and one `harness = false` bench, so it builds without a registry. */
function tinyCrate(name: string, bench: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'benches'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'Cargo.toml'),
    `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n` +
      `[lib]\nbench = false\n\n[[bench]]\nname = "${name}"\nharness = false\n`
  );
  writeFileSync(join(dir, 'src', 'lib.rs'), '');
  writeFileSync(join(dir, 'benches', `${name}.rs`), bench);
  return dir;
}

function alive(pid: number): boolean {
  const path = `/proc/${pid}/stat`;
  const stat = existsSync(path) ? parseProcStat(readFileSync(path, 'utf8')) : null;
  return stat !== null && stat.state !== 'Z'; // a zombie is dead, only not yet reaped
}

async function failureOf(run: Promise<unknown>): Promise<BenchRunError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof BenchRunError) return error;
    throw error;
  }
  throw new Error('the run was expected to fail');
}

describe('runCargoBench', () => {
  it('says how to install Rust when cargo is not on the PATH it is given', async () => {
    const emptyDir = mkdtempSync(join(scratch, 'empty-path-'));
    const run = runCargoBench({
      command: 'cargo',
      args: ['bench'],
      cwd: scratch,
      env: { PATH: emptyDir },
      now: Date.now
    });
    await expect(run).rejects.toThrow(PreflightError);
    await expect(run).rejects.toThrow(CARGO_NOT_FOUND);
  });

  it('refuses a timeout that is not a positive number', async () => {
    await expect(
      runCargoBench({
        command: 'cargo',
        args: [],
        cwd: scratch,
        env: process.env,
        now: Date.now,
        timeoutMinutes: 0
      })
    ).rejects.toThrow("Input 'timeout-minutes' must be a positive number of minutes, got 0");
  });

  itWithCriterion(
    'runs the example crate’s criterion benches and measures them',
    async () => {
      const started = Date.now();
      const streamed: string[] = [];
      const command = buildBenchCommand({
        packageName: 'copybook-bench',
        benches: ['decode'],
        benchArgs: ['--noplot']
      });
      let result: Awaited<ReturnType<typeof runCargoBench>>;
      try {
        result = await runCargoBench({
          ...command,
          cwd: EXAMPLE_CRATE,
          env: process.env,
          now: Date.now,
          silent: true,
          timeoutMinutes: 15,
          onOutput: (text, stream) => {
            if (stream === 'stdout') streamed.push(text);
          }
        });
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${offlineHint()}`);
      }

      expect(result.exitCode).toBe(0);
      expect(result.timedOut).toBe(false);
      expect(result.stdout).toContain('decode_comp3_heavy/single_threaded/1000');
      expect(result.stdout).toMatch(/thrpt:\s+\[/);
      // What was streamed is exactly what was captured, multi-byte µ included.
      expect(streamed.join('')).toBe(result.stdout);
      expect(result.stderr).toMatch(/Running .*decode/);

      const targetDir = process.env.CARGO_TARGET_DIR ?? join(EXAMPLE_CRATE, 'target');
      const file = join(
        targetDir,
        'criterion',
        'decode_comp3_heavy',
        'single_threaded',
        '1000',
        'new',
        'benchmark.json'
      );
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(started - 1000); // written by this run
      expect(JSON.parse(readFileSync(file, 'utf8')).full_id).toBe('decode_comp3_heavy/single_threaded/1000');

      expect(result.wallSeconds).toBeGreaterThan(1);
      expect(result.wallSeconds).toBeLessThan((Date.now() - started) / 1000 + 1);
      // The bench binary: more than a page, far less than the compiler would take.
      expect(result.peakRssBytes).not.toBeNull();
      expect(result.peakRssBytes as number).toBeGreaterThan(1024 * 1024);
      expect(result.peakRssBytes as number).toBeLessThan(512 * 1024 * 1024);
    },
    15 * 60_000
  );

  itWithCargo(
    'fails with the compiler error first, under fifty warnings, then a short tail',
    async () => {
      // The library compiles with fifty warnings, then the bench fails on one type error.
      const dir = tinyCrate('broken', 'fn main() {\n    let v: u32 = "not a number";\n}\n');
      const unused = Array.from({ length: 50 }, (_, i) => `    let unused${i} = ${i};`).join('\n');
      writeFileSync(join(dir, 'src', 'lib.rs'), `pub fn noisy() {\n${unused}\n}\n`);
      const error = await failureOf(
        runCargoBench({
          ...buildBenchCommand({ packageName: 'broken', benches: ['broken'] }),
          cwd: dir,
          env: process.env,
          now: Date.now,
          silent: true
        })
      );

      expect(error.result.exitCode).toBe(101);
      expect(error.result.timedOut).toBe(false);
      expect(error.result.peakRssBytes).toBeNull(); // no bench binary ever ran
      expect(error.result.stderr.match(/^warning: unused variable/gm)?.length).toBe(50);
      const [first, second, ...rest] = error.message.split('\n');
      expect(first).toBe('cargo bench failed with exit code 101: error[E0308]: mismatched types');
      expect(second).toMatch(/^\s+--> benches\/broken\.rs:2:\d+$/);
      const tailAt = rest.indexOf('Last 12 lines of stderr:');
      expect(rest.slice(0, tailAt)).toEqual([
        expect.stringMatching(/^error: could not compile `broken` \(bench "broken"\) due to 1 previous error/)
      ]);
      expect(rest.slice(tailAt + 1).join('\n')).toBe(lastLines(error.result.stderr, 12));
    },
    5 * 60_000
  );

  itWithCargo(
    'stops the whole process tree at the timeout and reports it',
    async () => {
      // The bench starts a grandchild and records both pids: cargo → bench → sleep.
      const dir = tinyCrate(
        'sleepy',
        [
          'fn main() {',
          '    let mut child = std::process::Command::new("sleep").arg("120").spawn().unwrap();',
          '    let pids = format!("{} {}", std::process::id(), child.id());',
          '    std::fs::write(std::env::var("PID_FILE").unwrap(), pids).unwrap();',
          // Not waiting on the child: stopping any one of the three must leave the others running.
          '    std::thread::sleep(std::time::Duration::from_secs(120));',
          '    drop(child.wait());',
          '}',
          ''
        ].join('\n')
      );
      // Build first, so the short timeout lands on the running bench, not on the compiler.
      execFileSync('cargo', ['bench', '--no-run', '--bench', 'sleepy'], { cwd: dir, stdio: 'ignore' });
      const pidFile = join(dir, 'pids.txt');

      const started = Date.now();
      const error = await failureOf(
        runCargoBench({
          ...buildBenchCommand({ packageName: 'sleepy', benches: ['sleepy'] }),
          cwd: dir,
          env: { ...process.env, PID_FILE: pidFile },
          now: Date.now,
          timeoutMinutes: 0.05,
          silent: true
        })
      );
      const elapsed = (Date.now() - started) / 1000;

      expect(error.result.timedOut).toBe(true);
      expect(error.message).toMatch(/^cargo bench timed out after 0\.05 minutes and was stopped/);
      const pids = readFileSync(pidFile, 'utf8').split(' ').map(Number);
      expect(pids).toHaveLength(2);
      for (const pid of pids) expect(alive(pid)).toBe(false);
      expect(error.result.peakRssBytes).toBeGreaterThan(0); // the sleeping bench was seen
      expect(error.result.wallSeconds).toBeGreaterThanOrEqual(2.9);
      expect(elapsed).toBeLessThan(20);
    },
    3 * 60_000
  );
});
