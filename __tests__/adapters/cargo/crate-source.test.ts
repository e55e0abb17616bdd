import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  DEBIAN_CRATE_REGISTRY,
  directorySourceArgs,
  resolveCrateSource
} from '../../../src/adapters/cargo/crate-source.js';
import { cargoPath, EXAMPLE_CRATE, itWithCargo, itWithDebianCrates } from '../../helpers/cargo.js';

const scratch = mkdtempSync(join(tmpdir(), 'crate-source-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('directorySourceArgs', () => {
  it('replaces the default registry for one run, the directory quoted as a TOML string', () => {
    expect(directorySourceArgs('/usr/share/cargo/registry')).toEqual([
      '--config',
      'source.crates-io.replace-with="debian"',
      '--config',
      'source.debian.directory="/usr/share/cargo/registry"'
    ]);
    expect(directorySourceArgs('/opt/a "b"')[3]).toBe('source.debian.directory="/opt/a \\"b\\""');
  });
});

/** This environment with a cargo home without configuration and a proxy that refuses connections: no registry. */
function unreachableRegistry(): NodeJS.ProcessEnv {
  const cargoHome = mkdtempSync(join(scratch, 'cargo-home-'));
  return { ...process.env, CARGO_HOME: cargoHome, CARGO_HTTP_PROXY: '127.0.0.1:9' };
}

describe('resolveCrateSource', () => {
  itWithCargo('takes cargo as configured when the dependencies resolve (here: none)', () => {
    const crate = join(scratch, 'no-deps');
    mkdirSync(join(crate, 'src'), { recursive: true });
    writeFileSync(
      join(crate, 'Cargo.toml'),
      '[package]\nname = "no-deps"\nversion = "0.1.0"\nedition = "2021"\n'
    );
    writeFileSync(join(crate, 'src', 'lib.rs'), '');
    const source = resolveCrateSource({
      cargoPath: cargoPath as string,
      cwd: crate,
      env: unreachableRegistry()
    });
    expect(source).toEqual({ kind: 'configured' });
  });

  itWithCargo('says why when neither the registry nor the directory source is there', () => {
    const missing = join(scratch, 'no-registry');
    const source = resolveCrateSource({
      cargoPath: cargoPath as string,
      cwd: EXAMPLE_CRATE,
      env: unreachableRegistry(),
      registry: missing
    });
    expect(source.kind).toBe('unavailable');
    expect(source.kind === 'unavailable' && source.reason).toMatch(
      new RegExp(
        `^cargo cannot fetch criterion \\(error: .*Could not connect.*\\) and ${missing} does not exist$`
      )
    );
  });

  itWithCargo('says why when the directory source lacks criterion', () => {
    const empty = mkdtempSync(join(scratch, 'empty-registry-'));
    const source = resolveCrateSource({
      cargoPath: cargoPath as string,
      cwd: EXAMPLE_CRATE,
      env: unreachableRegistry(),
      registry: empty
    });
    expect(source.kind).toBe('unavailable');
    expect(source.kind === 'unavailable' && source.reason).toMatch(
      new RegExp(`nor from ${empty} \\(error: .*criterion.*\\)$`)
    );
  });

  itWithDebianCrates("falls back to Debian's crate sources when the registry cannot be reached", () => {
    const source = resolveCrateSource({
      cargoPath: cargoPath as string,
      cwd: EXAMPLE_CRATE,
      env: unreachableRegistry()
    });
    expect(source).toEqual({
      kind: 'directory',
      registry: DEBIAN_CRATE_REGISTRY,
      args: directorySourceArgs(DEBIAN_CRATE_REGISTRY)
    });
  });
});
