/**
 * When tests that run the real cargo may skip, and where the example crate lives.
 * They skip only when cargo is absent AND REQUIRE_CARGO is not '1' (CI sets it, so there a missing
 * cargo fails the tests instead of silently passing them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from '@jest/globals';
import {
  type CrateSource,
  DEBIAN_CRATE_REGISTRY,
  resolveCrateSource
} from '../../src/adapters/cargo/crate-source.js';
import { findOnPath } from '../../src/adapters/cargo/preflight.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_CRATE = join(REPO_ROOT, 'examples', 'copybook-bench');

export const cargoPath = findOnPath('cargo', process.env.PATH);
export const cargoRequired = process.env.REQUIRE_CARGO === '1';
export const skipWithoutCargo = cargoPath === null && !cargoRequired;

/** `it`, or `it.skip` when cargo is absent and not required. */
export const itWithCargo = skipWithoutCargo ? it.skip : it;

/** Debian's criterion sources are installed (.ci/run installs them; elsewhere librust-criterion-dev). */
const debianCriterion =
  existsSync(DEBIAN_CRATE_REGISTRY) &&
  readdirSync(DEBIAN_CRATE_REGISTRY).some((d) => d.startsWith('criterion-'));

/** `it` for a test that builds criterion from Debian's crate sources; skipped where they are absent and not required. */
export const itWithDebianCrates = (cargoPath !== null && debianCriterion) || cargoRequired ? it : it.skip;

let exampleSource: CrateSource | null = null;
/** Where criterion for the example crate comes from on this machine (asked once per test file). */
export function exampleCrateSource(): CrateSource {
  if (exampleSource === null) {
    exampleSource =
      cargoPath === null
        ? { kind: 'unavailable', reason: 'cargo is not on PATH' }
        : resolveCrateSource({ cargoPath, cwd: EXAMPLE_CRATE, env: process.env });
  }
  return exampleSource;
}

let skipReported = false;

/**
 * `it` for a test that builds criterion with cargo's own configuration (the action and `run` do
 * not choose a crate source); with `acceptsDirectorySource` (the demo) Debian's crate sources
 * will do. Elsewhere the test is skipped with the reason printed, unless REQUIRE_CARGO=1.
 */
export function itWithCriterion(
  name: string,
  fn: Parameters<typeof it>[1],
  timeout?: number,
  { acceptsDirectorySource = false } = {}
): void {
  const source = exampleCrateSource();
  const usable = source.kind === 'configured' || (acceptsDirectorySource && source.kind === 'directory');
  const runs = usable || cargoRequired;
  if (!runs) {
    const reason =
      source.kind === 'directory'
        ? `cargo's configuration cannot fetch criterion; ${source.registry} could (run .ci/run to point cargo at it)`
        : source.reason;
    if (!skipReported)
      console.warn(`Skipping the tests that build criterion: ${reason}. REQUIRE_CARGO=1 runs them.`);
    skipReported = true;
  }
  (runs ? it : it.skip)(name, fn, timeout);
}

/**
 * Whether this machine's cargo configuration sends crates.io to Debian's packaged crate sources
 * (written by .ci/run where crates.io is unreachable). The action never sets this up itself.
 */
export function offlineCargoConfig(): { configPath: string; usesDebianSource: boolean } {
  const cargoHome = process.env.CARGO_HOME ?? join(homedir(), '.cargo');
  // cargo reads `config.toml`, and the older extension-less `config`.
  for (const name of ['config.toml', 'config']) {
    const configPath = join(cargoHome, name);
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch {
      continue;
    }
    const usesDebianSource =
      /^\s*replace-with\s*=\s*"debian"/m.test(text) &&
      /^\s*directory\s*=\s*"\/usr\/share\/cargo\/registry"/m.test(text);
    return { configPath, usesDebianSource };
  }
  return { configPath: join(cargoHome, 'config.toml'), usesDebianSource: false };
}

/** A hint for failures of builds that need criterion from a registry. */
export function offlineHint(): string {
  const { configPath, usesDebianSource } = offlineCargoConfig();
  return usesDebianSource
    ? `(${configPath} points cargo at Debian's crate sources)`
    : `(${configPath} does not point cargo at /usr/share/cargo/registry; without crates.io run .ci/run first)`;
}
