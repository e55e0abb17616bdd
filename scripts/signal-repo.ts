// The throwaway git repository that `npm run bench:signal` benchmarks: the example crate in three
// commits. `base`; `noise`, the same code with one comment reworded (a pull request that changes
// nothing measurable); `slow5`, whose COMP-3 benches decode 5% more records for the same bytes
// reported (a small real regression).

import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SignalRepo {
  dir: string;
  commits: { base: string; noise: string; slow5: string };
}

/** A reworded comment, same line count, so that even panic locations stay where they were. */
const NOISE_EDIT = {
  file: 'src/packed.rs',
  from: '        // The pad nibble of an even digit count must be zero, like any digit it would be.\n',
  to: '        // An even digit count has a pad nibble, which must be zero just as a digit there would be.\n'
};

/**
 * One record in twenty more per iteration for the same bytes reported: +5.0% instructions per
 * iteration (callgrind), and the decode loop's machine code unchanged. With code alignment pinned
 * (bench-signal.ts) interleaved criterion runs here measured +4.6% (1000 records) and +3.5% (100),
 * medians of 20 rounds on a shared 2-core machine.
 */
const SLOW5_EDIT = {
  file: 'benches/decode.rs',
  from: `    for records in [100usize, 1000] {
        let data = generate_records(&layout, ENCODING, records, 42);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("single_threaded", records),
            &data,
            |b, data| b.iter(|| decode_comp3(&layout, data, slowdown)),
`,
  to: `    for records in [100usize, 1000] {
        // One record in twenty more than the bytes reported: 5% more decoding per iteration.
        let data = generate_records(&layout, ENCODING, records + records / 20, 42);
        group.throughput(Throughput::Bytes((records * layout.record_len) as u64));
        group.bench_with_input(
            BenchmarkId::new("single_threaded", records),
            &data,
            |b, data| b.iter(|| decode_comp3(&layout, data, slowdown)),
`
};

function edit(dir: string, change: { file: string; from: string; to: string }): void {
  const file = path.join(dir, change.file);
  const text = readFileSync(file, 'utf8');
  if (text.split(change.from).length !== 2) {
    throw new Error(
      `${change.file} of the example crate no longer holds exactly one copy of the text this script edits:\n${change.from}`
    );
  }
  writeFileSync(file, text.replace(change.from, change.to));
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=bench-signal',
      '-c',
      'user.email=bench-signal@localhost',
      '-c',
      'commit.gpgsign=false',
      ...args
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim();
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Copies `exampleDir` (without build output) to `dir` and commits base, noise and slow5 there. */
export function makeSignalRepo(exampleDir: string, dir: string): SignalRepo {
  cpSync(exampleDir, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(exampleDir, source);
      return relative !== 'target' && relative !== 'Cargo.lock';
    }
  });
  // Each machine resolves its own Cargo.lock, as the example's README says.
  writeFileSync(path.join(dir, '.gitignore'), 'target/\nCargo.lock\n');
  git(dir, 'init', '-q', '-b', 'base');
  const base = commit(dir, 'base');
  git(dir, 'checkout', '-q', '-b', 'noise');
  edit(dir, NOISE_EDIT);
  const noise = commit(dir, 'noise: a comment reworded');
  git(dir, 'checkout', '-q', '-b', 'slow5', base);
  edit(dir, SLOW5_EDIT);
  const slow5 = commit(dir, 'slow5: COMP-3 benches decode 5% more records for the same bytes');
  return { dir, commits: { base, noise, slow5 } };
}

/** Puts the work tree at `commit` (detached). */
export function checkout(repo: SignalRepo, commit: string): void {
  git(repo.dir, 'checkout', '-q', '--detach', commit);
}
