// The bundled CLI's arguments for the bench harness, as cargo receives them: a cargo first on PATH
// writes down what `cargo bench` was given and prints criterion's text, and hands every other
// command (metadata, --version) to the real cargo.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';
import { cargoPath, EXAMPLE_CRATE, itWithCargo, REPO_ROOT } from '../helpers/cargo.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-bench-args-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PRINTED = [
  'decode_display_heavy/single_threaded/1000',
  '                        time:   [250.00 ns 251.00 ns 252.00 ns]',
  '                        thrpt:  [3.9000 GiB/s 4.0000 GiB/s 4.1000 GiB/s]',
  'decode_comp3_heavy/single_threaded/1000',
  '                        time:   [1.9000 µs 1.9500 µs 2.0000 µs]',
  '                        thrpt:  [500.00 MiB/s 512.00 MiB/s 520.00 MiB/s]',
  ''
].join('\n');

/** A cargo that records the arguments of `cargo bench`, one a line, in `<dir>/bench-args.txt`. */
function recordingCargo(dir: string): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(dir, 'printed.txt'), PRINTED);
  const script = [
    '#!/bin/sh',
    'if [ "$1" = bench ]; then',
    `  for a in "$@"; do printf '%s\\n' "$a"; done > '${dir}/bench-args.txt'`,
    `  cat '${dir}/printed.txt'`,
    '  exit 0',
    'fi',
    `exec '${cargoPath}' "$@"`
  ].join('\n');
  writeFileSync(path.join(bin, 'cargo'), `${script}\n`);
  chmodSync(path.join(bin, 'cargo'), 0o755);
  return bin;
}

function run(name: string, args: string[]) {
  const dir = path.join(scratch, name);
  const bin = recordingCargo(dir);
  const result = spawnSync(
    process.execPath,
    [CLI, 'run', '--working-directory', EXAMPLE_CRATE, '--report-dir', path.join(dir, 'report'), ...args],
    {
      cwd: scratch,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
      encoding: 'utf8',
      timeout: 120_000
    }
  );
  const benchArgs = readFileSync(path.join(dir, 'bench-args.txt'), 'utf8').split('\n').slice(0, -1);
  const report = JSON.parse(readFileSync(path.join(dir, 'report', 'perf.json'), 'utf8')) as PerfReport;
  return { code: result.status, stderr: result.stderr, benchArgs, report };
}

/** What follows cargo's own `--`. */
const afterDashes = (args: string[]): string[] => args.slice(args.indexOf('--') + 1);

describe('copybook-bench run and the bench harness', () => {
  itWithCargo('passes the words after -- to cargo bench as they are, each one whole', () => {
    const result = run('dashes', [
      '--source',
      'stdout',
      '--',
      '--noplot',
      '--sample-size',
      '10',
      '--save-baseline',
      'my base'
    ]);
    expect(result.code).toBe(0);
    expect(result.benchArgs.slice(0, 3)).toEqual(['bench', '-p', 'copybook-bench']);
    expect(afterDashes(result.benchArgs)).toEqual([
      '--noplot',
      '--sample-size',
      '10',
      '--save-baseline',
      'my base'
    ]);
    expect(result.report._metadata.execution_context.config['bench-args']).toBe(
      "--noplot --sample-size 10 --save-baseline 'my base'"
    );
  });

  itWithCargo('passes --bench-args "--noplot --sample-size 10" the same way', () => {
    const result = run('flag', ['--source', 'stdout', '--bench-args', '--noplot --sample-size 10']);
    expect(result.code).toBe(0);
    expect(afterDashes(result.benchArgs)).toEqual(['--noplot', '--sample-size', '10']);
  });

  itWithCargo('passes nothing after a bare --, not even --noplot', () => {
    const result = run('bare', ['--source', 'stdout', '--']);
    expect(result.code).toBe(0);
    expect(result.benchArgs).not.toContain('--');
    expect(result.benchArgs).not.toContain('--noplot');
  });
});
