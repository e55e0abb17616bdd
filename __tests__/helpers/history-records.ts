// Literal history records and git helpers for the data branch's tests: a record of a commit on a
// slot, with two benchmarks; a local bare repository standing for the remote; and what a branch of
// it holds, read with git directly.

import { execFileSync } from 'node:child_process';
import type { HistoryRecord } from '../../src/core/history/record.js';

/** A 40-hex commit made of one repeated character and a number (`sha('a', 3)` = `aaa…a3`). */
export const sha = (char: string, n = 0): string => `${char.repeat(39)}${n.toString(16)}`.slice(-40);

/** A valid record of `commit` on the slot (`default`/`Linux` unless given), at `timestamp`. */
export function historyRecordOf(
  commit: string,
  timestamp: string,
  slot: Partial<Pick<HistoryRecord, 'name' | 'testbed' | 'os'>> = {},
  extra: Partial<HistoryRecord> = {}
): HistoryRecord {
  return {
    schema_version: '1.0',
    name: 'copybook-bench',
    testbed: 'default',
    os: 'Linux',
    ...slot,
    arch: 'X64',
    commit,
    ref: 'refs/heads/main',
    run_id: '4242',
    timestamp,
    release: null,
    machine: null,
    metrics: { display_gibs: 4, comp3_mibs: 512, display_floor_gibs: 0.0745, comp3_floor_mibs: 38.15 },
    benchmarks: [
      {
        id: 'decode_display_heavy/single_threaded/1000',
        group: 'decode_display_heavy',
        time_ns: [230, 232.8, 235],
        throughput: [4.2e9, 4.29e9, 4.35e9]
      },
      { id: 'parse_copybook/simple', group: 'parse_copybook', time_ns: [900, 910, 920], throughput: null }
    ],
    ...extra
  };
}

/** git with a fixed identity, outside any config of this machine. */
export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=History Test',
      '-c',
      'user.email=history@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args
    ],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim();
}

/** A new bare repository at `dir` (the remote). */
export function bareRepo(dir: string): string {
  execFileSync('git', ['init', '--quiet', '--bare', dir], { stdio: 'ignore' });
  return dir;
}

/** The files of `branch` in a bare repository, sorted; empty when there is no such branch. */
export function branchFiles(bare: string, branch: string): string[] {
  try {
    return gitIn(bare, 'ls-tree', '-r', '--name-only', `refs/heads/${branch}`)
      .split('\n')
      .filter(Boolean)
      .sort();
  } catch {
    return [];
  }
}

/** A file of `branch` as text. */
export const branchFile = (bare: string, branch: string, file: string): string =>
  gitIn(bare, 'show', `refs/heads/${branch}:${file}`);

/** The commits of `branch`, newest first: subject, author, parents count. */
export function branchLog(
  bare: string,
  branch: string
): { subject: string; author: string; parents: number }[] {
  return gitIn(bare, 'log', '--format=%s%x09%an <%ae>%x09%P', `refs/heads/${branch}`)
    .split('\n')
    .map((line) => {
      const [subject = '', author = '', parents = ''] = line.split('\t');
      return { subject, author, parents: parents.split(' ').filter(Boolean).length };
    });
}
