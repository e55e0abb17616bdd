import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import { CARGO_NOT_FOUND, findOnPath, PreflightError, preflight } from '../../src/runner/preflight.js';
import { EXAMPLE_CRATE, itWithCargo } from '../helpers/cargo.js';

const scratch = mkdtempSync(join(tmpdir(), 'preflight-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('findOnPath', () => {
  it('finds the first executable file and skips non-executables, directories and empty entries', () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    const c = join(scratch, 'c');
    for (const dir of [a, b, c]) mkdirSync(dir);
    writeFileSync(join(a, 'tool'), 'not executable');
    mkdirSync(join(b, 'tool'));
    writeFileSync(join(c, 'tool'), '#!/bin/sh\n');
    chmodSync(join(c, 'tool'), 0o755);
    expect(findOnPath('tool', ['', a, b, c].join(':'), 'linux')).toBe(join(c, 'tool'));
    expect(findOnPath('tool', [a, b].join(':'), 'linux')).toBeNull();
    expect(findOnPath('tool', undefined, 'linux')).toBeNull();
  });
});

describe('preflight', () => {
  it('says how to install Rust when cargo is not on PATH', async () => {
    const emptyDir = mkdtempSync(join(scratch, 'empty-path-'));
    const attempt = preflight({ packageName: 'copybook-bench', cwd: EXAMPLE_CRATE, env: { PATH: emptyDir } });
    await expect(attempt).rejects.toThrow(PreflightError);
    await expect(attempt).rejects.toThrow(CARGO_NOT_FOUND);
  });

  itWithCargo('returns the workspace and cargo for a member', async () => {
    const workspace = await preflight({ packageName: 'copybook-bench', cwd: EXAMPLE_CRATE });
    expect(workspace.members).toEqual(['copybook-bench']);
    expect(workspace.workspaceRoot).toBe(EXAMPLE_CRATE);
    expect(workspace.cargoPath).toMatch(/\/cargo$/);
  });

  itWithCargo('lists the members when the package is not one, and suggests a -/_ near miss', async () => {
    // A two-member workspace without dependencies: cargo metadata needs no registry for it.
    const root = mkdtempSync(join(scratch, 'workspace-'));
    writeFileSync(
      join(root, 'Cargo.toml'),
      '[workspace]\nmembers = ["alpha-codec", "beta"]\nresolver = "2"\n'
    );
    for (const name of ['alpha-codec', 'beta']) {
      mkdirSync(join(root, name, 'src'), { recursive: true });
      writeFileSync(
        join(root, name, 'Cargo.toml'),
        `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n`
      );
      writeFileSync(join(root, name, 'src', 'lib.rs'), '');
    }

    const missing = preflight({ packageName: 'gamma', cwd: join(root, 'beta') });
    await expect(missing).rejects.toThrow(InputError);
    await expect(missing).rejects.toThrow(
      `Input 'package': 'gamma' is not a member of the Cargo workspace at ${root}; its members are: alpha-codec, beta`
    );
    await expect(preflight({ packageName: 'alpha_codec', cwd: root })).rejects.toThrow(
      "(did you mean 'alpha-codec'?)"
    );
    await expect(preflight({ packageName: 'beta', cwd: root })).resolves.toMatchObject({
      members: ['alpha-codec', 'beta']
    });
  });

  itWithCargo('reports a directory that is not a cargo project with cargo’s own words', async () => {
    const notCrate = mkdtempSync(join(scratch, 'not-a-crate-'));
    const attempt = preflight({ packageName: 'x', cwd: notCrate });
    await expect(attempt).rejects.toThrow(PreflightError);
    await expect(attempt).rejects.toThrow(/cargo metadata failed in .*could not find `Cargo.toml`/s);
  });

  it('reports a working directory that does not exist', async () => {
    const gone = join(scratch, 'does-not-exist');
    // Works with or without cargo: point PATH at a fake cargo so the directory check is what fails.
    const bin = mkdtempSync(join(scratch, 'bin-'));
    writeFileSync(join(bin, 'cargo'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'cargo'), 0o755);
    await expect(preflight({ packageName: 'x', cwd: gone, env: { PATH: bin } })).rejects.toThrow(
      `The working directory ${gone} does not exist`
    );
  });
});
