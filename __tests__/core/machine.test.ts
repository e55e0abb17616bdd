import { describe, expect, it } from '@jest/globals';
import {
  machineFingerprint,
  parseRustcVerbose,
  rustcRelease,
  rustflagsOf,
  UNKNOWN_MACHINE
} from '../../src/core/machine.js';

const RUSTC_VV = [
  'rustc 1.85.0 (4d91de4e4 2025-02-17)',
  'binary: rustc',
  'commit-hash: 4d91de4e48198da2e33413efdcd9cd2cc0c46688',
  'commit-date: 2025-02-17',
  'host: x86_64-unknown-linux-gnu',
  'release: 1.85.0',
  'LLVM version: 19.1.7',
  ''
].join('\n');

describe('parseRustcVerbose', () => {
  it('reads the version line and the host triple', () => {
    expect(parseRustcVerbose(RUSTC_VV)).toEqual({
      version: 'rustc 1.85.0 (4d91de4e4 2025-02-17)',
      host: 'x86_64-unknown-linux-gnu'
    });
    expect(parseRustcVerbose(RUSTC_VV.replaceAll('\n', '\r\n')).host).toBe('x86_64-unknown-linux-gnu');
  });

  it('says null for what it does not print', () => {
    expect(parseRustcVerbose('')).toEqual({ version: null, host: null });
    expect(parseRustcVerbose('rustc 1.85.0\n')).toEqual({ version: 'rustc 1.85.0', host: null });
    expect(parseRustcVerbose('rustc 1.85.0\nhost:\n').host).toBeNull();
  });
});

describe('rustcRelease', () => {
  it('takes the version number of rustc’s line', () => {
    expect(rustcRelease('rustc 1.85.0 (4d91de4e4 2025-02-17)')).toBe('1.85.0');
    expect(rustcRelease('rustc 1.86.0-nightly (2f92f050e 2025-01-08)')).toBe('1.86.0-nightly');
    expect(rustcRelease('cargo 1.85.0')).toBeNull();
    expect(rustcRelease(null)).toBeNull();
  });
});

describe('rustflagsOf', () => {
  it('reads CARGO_ENCODED_RUSTFLAGS first, even empty, as cargo does, else RUSTFLAGS, else none', () => {
    expect(rustflagsOf({ CARGO_ENCODED_RUSTFLAGS: '-C\x1ftarget-cpu=native', RUSTFLAGS: '-O' })).toBe(
      '-C target-cpu=native'
    );
    expect(rustflagsOf({ CARGO_ENCODED_RUSTFLAGS: '', RUSTFLAGS: '-O' })).toBe('');
    expect(rustflagsOf({ RUSTFLAGS: '  -C   target-cpu=native ' })).toBe('-C target-cpu=native');
    expect(rustflagsOf({})).toBe('');
  });

  it('writes the same flags alike whichever variable carried them', () => {
    expect(rustflagsOf({ RUSTFLAGS: '-C opt-level=3 -g' })).toBe(
      rustflagsOf({ CARGO_ENCODED_RUSTFLAGS: '-C\x1fopt-level=3\x1f-g' })
    );
  });
});

describe('machineFingerprint', () => {
  const facts = {
    cpuModel: ' AMD EPYC 7763 64-Core Processor ',
    cpuCores: 4,
    rustcVersion: 'rustc 1.85.0 (4d91de4e4 2025-02-17)',
    rustcHost: 'x86_64-unknown-linux-gnu',
    cargoEnv: { RUSTFLAGS: '-C target-cpu=native' }
  };

  it('records the CPU, the rustc release, the host as the target and cargo’s flags', () => {
    expect(machineFingerprint(facts)).toEqual({
      cpu_model: 'AMD EPYC 7763 64-Core Processor',
      cpu_cores: 4,
      rustc: '1.85.0',
      target: 'x86_64-unknown-linux-gnu',
      rustflags: '-C target-cpu=native'
    });
  });

  it('takes CARGO_BUILD_TARGET as the target when cargo had it', () => {
    const env = { CARGO_BUILD_TARGET: 'aarch64-unknown-linux-gnu' };
    expect(machineFingerprint({ ...facts, cargoEnv: env }).target).toBe('aarch64-unknown-linux-gnu');
    expect(machineFingerprint({ ...facts, cargoEnv: env }).rustflags).toBe('');
  });

  it('leaves the target and flags unknown when cargo did not run here, and what else is not known', () => {
    expect(
      machineFingerprint({
        cpuModel: null,
        cpuCores: null,
        rustcVersion: null,
        rustcHost: null,
        cargoEnv: null
      })
    ).toEqual(UNKNOWN_MACHINE);
    const disk = machineFingerprint({ ...facts, rustcVersion: null, rustcHost: null, cargoEnv: null });
    expect(disk).toEqual({ ...UNKNOWN_MACHINE, cpu_model: 'AMD EPYC 7763 64-Core Processor', cpu_cores: 4 });
    expect(machineFingerprint({ ...facts, cpuModel: '  ', cpuCores: 0 })).toMatchObject({
      cpu_model: null,
      cpu_cores: null
    });
  });

  it('cuts values to what the schema holds', () => {
    const long = machineFingerprint({
      ...facts,
      cpuModel: 'x'.repeat(500),
      cargoEnv: { RUSTFLAGS: 'y'.repeat(5000) }
    });
    expect(long.cpu_model).toHaveLength(200);
    expect(long.rustflags).toHaveLength(4000);
  });
});

describe('machineFingerprint with hostile flags', () => {
  it('hides a credential in RUSTFLAGS, as every recorded setting does', () => {
    const token = `ghp_${'a1B2'.repeat(9)}`;
    const fingerprint = machineFingerprint({
      cpuModel: 'x',
      cpuCores: 2,
      rustcVersion: 'rustc 1.95.0 (x 2026-01-01)',
      rustcHost: 'x86_64-unknown-linux-gnu',
      cargoEnv: {
        RUSTFLAGS: `-C target-cpu=native -C link-arg=-Wl,--build-id=${token} --cfg token=hunter2secret`
      }
    });
    expect(fingerprint.rustflags).toContain('-C target-cpu=native');
    expect(fingerprint.rustflags).not.toContain(token);
    expect(fingerprint.rustflags).not.toContain('hunter2secret');
  });
});
