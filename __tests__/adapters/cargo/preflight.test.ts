import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { BenchRunError, runCargoBench } from '../../../src/adapters/cargo/cargo.js';
import {
  CARGO_NOT_FOUND,
  findOnPath,
  PreflightError,
  preflight
} from '../../../src/adapters/cargo/preflight.js';
import { InputError } from '../../../src/core/errors.js';
import { buildBenchCommand } from '../../../src/core/runner/args.js';
import { EXAMPLE_CRATE, itWithCargo } from '../../helpers/cargo.js';

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
    const workspace = await preflight({
      packageName: 'copybook-bench',
      cwd: EXAMPLE_CRATE,
      env: process.env
    });
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

    const missing = preflight({ packageName: 'gamma', cwd: join(root, 'beta'), env: process.env });
    await expect(missing).rejects.toThrow(InputError);
    await expect(missing).rejects.toThrow(
      `Input 'package': 'gamma' is not a member of the Cargo workspace at ${root}; its members are: alpha-codec, beta`
    );
    await expect(preflight({ packageName: 'alpha_codec', cwd: root, env: process.env })).rejects.toThrow(
      "(did you mean 'alpha-codec'?)"
    );
    await expect(preflight({ packageName: 'beta', cwd: root, env: process.env })).resolves.toMatchObject({
      members: ['alpha-codec', 'beta']
    });
  });

  itWithCargo('reports a directory that is not a cargo project with cargo’s own words', async () => {
    const notCrate = mkdtempSync(join(scratch, 'not-a-crate-'));
    const attempt = preflight({ packageName: 'x', cwd: notCrate, env: process.env });
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

describe('a package name that is ambiguous in the lock file', () => {
  /**
   * A member `foo` 0.1.0 that depends, under another name, on a package also called `foo` (0.2.0)
   * outside the workspace: `-p foo` is ambiguous to cargo, a spec is not. No registry is needed.
   */
  function ambiguousWorkspace(): string {
    const root = mkdtempSync(join(scratch, 'ambiguous-'));
    const ws = join(root, 'ws');
    mkdirSync(join(ws, 'foo', 'src'), { recursive: true });
    mkdirSync(join(ws, 'foo', 'benches'), { recursive: true });
    mkdirSync(join(root, 'vendor', 'foo', 'src'), { recursive: true });
    writeFileSync(join(ws, 'Cargo.toml'), '[workspace]\nmembers = ["foo"]\nresolver = "2"\n');
    writeFileSync(
      join(ws, 'foo', 'Cargo.toml'),
      '[package]\nname = "foo"\nversion = "0.1.0"\nedition = "2021"\n\n' +
        '[dependencies]\nold-foo = { package = "foo", path = "../../vendor/foo" }\n\n' +
        '[[bench]]\nname = "b"\nharness = false\n'
    );
    writeFileSync(join(ws, 'foo', 'src', 'lib.rs'), '');
    writeFileSync(
      join(ws, 'foo', 'benches', 'b.rs'),
      'fn main() { println!("bench b of foo 0.1.0 ran"); }\n'
    );
    writeFileSync(
      join(root, 'vendor', 'foo', 'Cargo.toml'),
      '[package]\nname = "foo"\nversion = "0.2.0"\nedition = "2021"\n'
    );
    writeFileSync(join(root, 'vendor', 'foo', 'src', 'lib.rs'), '');
    return ws;
  }

  itWithCargo(
    'finds the member by name@version or path spec, and cargo runs it with the spec as given',
    async () => {
      const ws = ambiguousWorkspace();
      const member = join(ws, 'foo');
      for (const spec of ['foo', 'foo@0.1.0', 'foo@0.1', `path+file://${member}#0.1.0`]) {
        const workspace = await preflight({ packageName: spec, cwd: ws, env: process.env });
        expect(workspace.package).toMatchObject({ name: 'foo', version: '0.1.0' });
        expect(workspace.package.manifestPath).toBe(join(member, 'Cargo.toml'));
        expect(workspace.package.targets.map((t) => t.name)).toEqual(['foo', 'b']);
      }
      await expect(preflight({ packageName: 'foo@0.2.0', cwd: ws, env: process.env })).rejects.toThrow(
        `Input 'package': 'foo@0.2.0' is not a member of the Cargo workspace at ${ws}; its members are: foo@0.1.0 (${member})`
      );

      const run = (packageName: string) =>
        runCargoBench({
          ...buildBenchCommand({ packageName, benches: ['b'] }),
          cwd: ws,
          env: process.env,
          now: Date.now,
          silent: true
        });
      for (const spec of ['foo@0.1.0', `path+file://${member}#0.1.0`]) {
        expect((await run(spec)).stdout).toContain('bench b of foo 0.1.0 ran');
      }
      // The bare name is cargo's to refuse, in its own words, on the first line.
      const refused = await run('foo').then(
        () => null,
        (error: unknown) => error
      );
      expect(refused).toBeInstanceOf(BenchRunError);
      expect((refused as BenchRunError).message.split('\n').slice(0, 4)).toEqual([
        expect.stringMatching(
          /^cargo bench failed with exit code 101: error: specification\w* `foo` is ambiguous$/
        ),
        'help: re-run this command with one of the following specifications',
        '  foo@0.1.0',
        '  foo@0.2.0'
      ]);
    },
    180_000
  );
});
