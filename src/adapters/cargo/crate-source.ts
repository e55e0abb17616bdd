/**
 * Where a crate's dependencies (criterion) can come from on this machine: cargo's own configuration,
 * or Debian's packaged crate sources when the default registry cannot be reached. Used by the demo
 * and by the tests that build criterion; the Action leaves the source to the user's configuration.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnv } from '../../core/child-env.js';
import { cargoFailureLine } from '../../core/runner/failure.js';

/** Where Debian's `librust-*-dev` packages put crate sources. */
export const DEBIAN_CRATE_REGISTRY = '/usr/share/cargo/registry';

/** cargo's `--config` pair that replaces the default registry with a directory source, for one run. */
export function directorySourceArgs(registry: string): string[] {
  return [
    '--config',
    'source.crates-io.replace-with="debian"',
    '--config',
    `source.debian.directory=${JSON.stringify(registry)}`
  ];
}

export type CrateSource =
  /** cargo's own configuration resolves the dependencies: add nothing. */
  | { kind: 'configured' }
  /** Only the directory source does: pass `args` to cargo for this run. */
  | { kind: 'directory'; registry: string; args: string[] }
  /** Neither does; `reason` says why in one line. */
  | { kind: 'unavailable'; reason: string };

export interface CrateSourceOptions {
  cargoPath: string;
  /** The package's directory. */
  cwd: string;
  /** The environment cargo runs with (normally this process's; credentials are withheld from it here). */
  env: NodeJS.ProcessEnv;
  /** The directory source to try second (default: Debian's). */
  registry?: string;
}

/**
 * Asks cargo to fetch the package's dependencies, first as configured, then from the directory
 * source. A network failure answers at once: cargo's retries are off for these probes only.
 */
export function resolveCrateSource(opts: CrateSourceOptions): CrateSource {
  const registry = opts.registry ?? DEBIAN_CRATE_REGISTRY;
  const env = childEnv({ CARGO_NET_RETRY: '0' }, opts.env);
  const fetch = (extra: string[]) =>
    spawnSync(opts.cargoPath, ['fetch', ...extra], {
      cwd: opts.cwd,
      env,
      encoding: 'utf8',
      timeout: 300_000
    });

  const configured = fetch([]);
  if (configured.status === 0) return { kind: 'configured' };
  const why = configured.error ? configured.error.message : cargoFailureLine(configured.stderr);
  if (!existsSync(registry)) {
    return {
      kind: 'unavailable',
      reason: `cargo cannot fetch criterion (${why}) and ${registry} does not exist`
    };
  }
  const args = directorySourceArgs(registry);
  const fromDirectory = fetch(args);
  if (fromDirectory.status === 0) return { kind: 'directory', registry, args };
  return {
    kind: 'unavailable',
    reason: `cargo cannot fetch criterion (${why}), nor from ${registry} (${cargoFailureLine(fromDirectory.stderr)})`
  };
}
