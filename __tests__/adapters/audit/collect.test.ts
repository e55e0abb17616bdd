import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  collectAuditFacts,
  findCargoLock,
  hashedFile,
  loadAuditConfig,
  NO_TOOL_VERSIONS,
  toolVersion,
  toolVersions
} from '../../../src/adapters/audit/collect.js';
import { settingPath } from '../../../src/adapters/config/paths.js';
import { EMPTY_AUDIT_CONFIG } from '../../../src/core/audit/config.js';
import { buildConfig } from '../../../src/core/config/config.js';
import { InputError } from '../../../src/core/errors.js';
import { itWithCargo } from '../../helpers/cargo.js';
import { HOST } from '../../helpers/host.js';

const LOCK =
  '[[package]]\nname = "criterion"\nversion = "0.5.1"\n\n[[package]]\nname = "copybook-bench"\nversion = "0.1.0"\n';

/** A workspace with a Cargo.lock and a member folder below it. */
function workspace(): { root: string; member: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'audit-ws-'));
  const member = path.join(root, 'crates', 'bench');
  mkdirSync(member, { recursive: true });
  writeFileSync(path.join(root, 'Cargo.lock'), LOCK);
  return { root, member };
}

/** A folder of stand-in tools: each prints a version line, `broken` fails. */
function toolsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'audit-tools-'));
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  tool(
    'rustc',
    'echo "rustc 9.9.9 (stand-in $1)"; if [ "$1" = "-vV" ]; then printf "binary: rustc\\nhost: riscv64gc-unknown-linux-gnu\\nrelease: 9.9.9\\n"; fi'
  );
  tool('cargo', 'printf "cargo 9.9.9 (stand-in)\\nsecond line\\n"');
  tool('broken', 'echo "broken 1.0"; exit 3');
  return dir;
}

describe('hashedFile', () => {
  it('names the file relative to the audit folder, /-separated, and keeps the hash it was given', () => {
    const dir = path.join(tmpdir(), 'audit');
    const sha256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(hashedFile({ path: path.join(dir, 'sub', 'abc.txt'), sha256 }, dir)).toEqual({
      path: 'sub/abc.txt',
      sha256
    });
    expect(hashedFile({ path: path.join(dir, '..', 'baseline.json'), sha256 }, dir).path).toBe(
      '../baseline.json'
    );
  });
});

describe('findCargoLock', () => {
  it('finds the workspace lock file from a member folder, and null when there is none', async () => {
    const { root, member } = workspace();
    expect(await findCargoLock(member)).toBe(path.join(root, 'Cargo.lock'));
    expect(await findCargoLock(root)).toBe(path.join(root, 'Cargo.lock'));
    expect(await findCargoLock(mkdtempSync(path.join(tmpdir(), 'audit-nolock-')))).toBeNull();
  });
});

describe('toolVersion', () => {
  it('runs `<tool> --version` as an argument list and keeps the first line; null when missing or failing', async () => {
    const env = { PATH: toolsDir() };
    expect(await toolVersion('rustc', tmpdir(), env)).toBe('rustc 9.9.9 (stand-in --version)');
    expect(await toolVersion('cargo', tmpdir(), env)).toBe('cargo 9.9.9 (stand-in)');
    expect(await toolVersion('broken', tmpdir(), env)).toBeNull();
    expect(await toolVersion('no-such-tool', tmpdir(), env)).toBeNull();
  });
});

describe('toolVersions', () => {
  it('asks rustc (once, verbose: its version line and host) and cargo when the run builds, and runs nothing with run: false', async () => {
    const env = { PATH: toolsDir() };
    expect(await toolVersions({ cwd: tmpdir(), env, run: true })).toEqual({
      rustc: 'rustc 9.9.9 (stand-in -vV)',
      cargo: 'cargo 9.9.9 (stand-in)',
      rustcHost: 'riscv64gc-unknown-linux-gnu'
    });
    expect(await toolVersions({ cwd: tmpdir(), env, run: false })).toEqual(NO_TOOL_VERSIONS);
    expect(NO_TOOL_VERSIONS).toEqual({ rustc: null, cargo: null, rustcHost: null });
    expect(await toolVersions({ cwd: tmpdir(), env: { PATH: '/nonexistent' }, run: true })).toEqual(
      NO_TOOL_VERSIONS
    );
  });

  itWithCargo('reads the versions of the real rustc and cargo on PATH', async () => {
    const tools = await toolVersions({ cwd: workspace().root, env: process.env, run: true });
    expect(tools.rustc).toMatch(/^rustc \d+\.\d+\.\d+/);
    expect(tools.cargo).toMatch(/^cargo \d+\.\d+\.\d+/);
    expect(tools.rustcHost).toMatch(/^[a-z0-9_]+-[a-z0-9_-]+$/);
  });
});

describe('collectAuditFacts', () => {
  it('collects the tool versions and machine facts it is given, and criterion from Cargo.lock', async () => {
    const { member } = workspace();
    const tools = {
      rustc: 'rustc 9.9.9 (stand-in --version)',
      cargo: 'cargo 9.9.9 (stand-in)',
      rustcHost: null
    };
    const facts = await collectAuditFacts({ cwd: member, tools, host: HOST });
    expect(facts).toEqual({
      node: process.version,
      rustc: 'rustc 9.9.9 (stand-in --version)',
      cargo: 'cargo 9.9.9 (stand-in)',
      criterion: { versions: ['0.5.1'], lockfile: '../../Cargo.lock' },
      os: { platform: 'freebsd', release: '14.1-RELEASE', arch: 'riscv64' },
      cpu: { model: 'Stand-in CPU', cores: 6 },
      memoryBytes: 12 * 1024 ** 3
    });
  });

  it('has no criterion without a lock file, and stops on a broken one naming it', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'audit-bare-'));
    expect(
      (await collectAuditFacts({ cwd: bare, tools: NO_TOOL_VERSIONS, host: HOST })).criterion
    ).toBeNull();
    writeFileSync(path.join(bare, 'Cargo.lock'), '[[package]\n');
    await expect(collectAuditFacts({ cwd: bare, tools: NO_TOOL_VERSIONS, host: HOST })).rejects.toThrow(
      `${path.join(bare, 'Cargo.lock')}:1:`
    );
  });
});

describe('loadAuditConfig', () => {
  // As a run loads it: the setting resolved against the working directory and checked, then read.
  const load = (setting: string | null, dir: string) => {
    const config = buildConfig({ inputs: setting === null ? {} : { 'audit-config': setting } });
    const where = { base: dir, workspace: dir };
    return loadAuditConfig(
      config.auditConfig,
      settingPath(config, 'audit-config', config.auditConfig, where, 'file')
    );
  };

  it('reads the file relative to the working directory; no file means no extras', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-config-'));
    writeFileSync(path.join(dir, 'audit.yml'), 'compliance-framework: ISO 27001\n');
    expect(await load('audit.yml', dir)).toEqual({
      ...EMPTY_AUDIT_CONFIG,
      labels: { 'compliance-framework': 'ISO 27001' }
    });
    expect(await load(null, dir)).toEqual(EMPTY_AUDIT_CONFIG);
    expect(await load('  ', dir)).toEqual(EMPTY_AUDIT_CONFIG);
  });

  it('names a file that cannot be read, and the file and line of bad YAML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-config-'));
    expect(() => load('missing.yml', dir)).toThrow(InputError);
    expect(() => load('missing.yml', dir)).toThrow(
      `Invalid audit-config: "missing.yml" does not exist (looked at ${path.join(dir, 'missing.yml')}). Accepted: a YAML file, relative to working-directory.`
    );
    expect(() => load('.', dir)).toThrow(/^Invalid audit-config: "\." is a directory, not a regular file/);
    writeFileSync(path.join(dir, 'bad.yml'), 'labels:\n  a: [1\n');
    await expect(load('bad.yml', dir)).rejects.toThrow(/^bad\.yml:\d+:\d+: not valid YAML/);
  });
});
