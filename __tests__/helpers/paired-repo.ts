/**
 * Throwaway git repositories for the paired run: the example crate committed as it is, then with
 * COMP-3 made slower by default, so the two commits differ by an effect far beyond noise.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_CRATE } from './cargo.js';

/** git with an identity of its own and no signing, so it runs the same on every machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Paired Test',
      '-c',
      'user.email=paired@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args
    ],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim();
}

/** A new repository at `dir` on branch main. */
export function initRepo(dir: string): void {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
}

/** Adds everything and commits; the new commit's sha. */
export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export interface ComparedRepo {
  repo: string;
  /** The crate's folder inside the repository (`crates/copybook-bench`). */
  crate: string;
  /** The crate as it is. */
  fast: string;
  /**
   * The same with COMP-3 four times slower unless COPYBOOK_BENCH_COMP3_SLOWDOWN says otherwise, and a
   * `.cargo/config.toml` of its own; HEAD.
   */
  slow: string;
}

const SLOWDOWN_DEFAULT = '        Err(_) => 1,';

/** The example crate at `crates/copybook-bench` of a new repository at `dir`, in two commits. */
export function comparedRepo(dir: string): ComparedRepo {
  initRepo(dir);
  const crate = path.join(dir, 'crates', 'copybook-bench');
  cpSync(EXAMPLE_CRATE, crate, {
    recursive: true,
    // The recorded results and any local build stay behind: only the crate's sources are committed.
    filter: (source) => !/[\\/](target|recorded)$/.test(source) && !source.endsWith('Cargo.lock')
  });
  writeFileSync(path.join(dir, '.gitignore'), 'target/\nCargo.lock\n');
  const fast = commitAll(dir, 'The example crate as it is');
  const decode = path.join(crate, 'benches', 'decode.rs');
  const text = readFileSync(decode, 'utf8');
  if (!text.includes(SLOWDOWN_DEFAULT))
    throw new Error(`${decode} no longer has "${SLOWDOWN_DEFAULT.trim()}"`);
  writeFileSync(decode, text.replace(SLOWDOWN_DEFAULT, '        Err(_) => 4,'));
  // A cargo config only the head has (harmless here): cargo reads it for the base's build too.
  mkdirSync(path.join(dir, '.cargo'));
  writeFileSync(path.join(dir, '.cargo', 'config.toml'), '[net]\nretry = 1\n');
  const slow = commitAll(dir, 'COMP-3 four times slower by default');
  return { repo: dir, crate, fast, slow };
}
