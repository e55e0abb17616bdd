import { describe, expect, it } from '@jest/globals';
import {
  machineDifferenceMessage,
  machineDifferences,
  machineFindings
} from '../../../src/core/baseline/machine.js';
import { shouldFail, statusOf } from '../../../src/core/findings.js';
import { UNKNOWN_MACHINE } from '../../../src/core/machine.js';
import type { MachineFingerprint } from '../../../src/core/model.js';
import { statusReasons } from '../../../src/core/status-reasons.js';

const BASELINE: MachineFingerprint = {
  cpu_model: 'AMD EPYC 7763 64-Core Processor',
  cpu_cores: 4,
  rustc: '1.84.0',
  target: 'x86_64-unknown-linux-gnu',
  rustflags: ''
};

describe('machineDifferences', () => {
  it('names each field whose known values differ, in the fingerprint’s order', () => {
    const current = { ...BASELINE, rustc: '1.85.0', cpu_model: 'Intel Xeon Platinum 8370C', rustflags: '-g' };
    expect(machineDifferences(BASELINE, current)).toEqual([
      {
        field: 'cpu_model',
        baseline: 'AMD EPYC 7763 64-Core Processor',
        current: 'Intel Xeon Platinum 8370C'
      },
      { field: 'rustc', baseline: '1.84.0', current: '1.85.0' },
      { field: 'rustflags', baseline: '', current: '-g' }
    ]);
    expect(machineDifferences(BASELINE, { ...BASELINE, cpu_cores: 2 })).toEqual([
      { field: 'cpu_cores', baseline: 4, current: 2 }
    ]);
  });

  it('finds none on the same machine, without a baseline fingerprint, or where a side does not know', () => {
    expect(machineDifferences(BASELINE, { ...BASELINE })).toEqual([]);
    expect(machineDifferences(undefined, BASELINE)).toEqual([]);
    expect(machineDifferences(null, BASELINE)).toEqual([]);
    expect(machineDifferences(BASELINE, UNKNOWN_MACHINE)).toEqual([]);
    expect(
      machineDifferences({ ...BASELINE, rustc: null, target: null }, { ...BASELINE, rustc: '1.85.0' })
    ).toEqual([]);
  });
});

describe('machineDifferenceMessage and machineFindings', () => {
  const differences = machineDifferences(BASELINE, {
    ...BASELINE,
    cpu_model: 'Intel Xeon Platinum 8370C',
    rustc: '1.85.0'
  });

  it('says what differs, quoting the values that may hold spaces', () => {
    expect(machineDifferenceMessage(differences)).toBe(
      'The baseline was measured on another machine (CPU model: "AMD EPYC 7763 64-Core Processor" → "Intel Xeon Platinum 8370C"; rustc: 1.84.0 → 1.85.0): a change may be the machine\'s, not the code\'s.'
    );
    expect(
      machineDifferenceMessage([
        { field: 'cpu_cores', baseline: 4, current: 2 },
        { field: 'rustflags', baseline: '', current: '-C target-cpu=native' }
      ])
    ).toContain('(CPU cores: 4 → 2; RUSTFLAGS: "" → "-C target-cpu=native")');
  });

  it('is one warning, which warns but never fails the step by itself, fail-on: warning included', () => {
    const findings = machineFindings(differences);
    expect(findings).toEqual([
      { level: 'warning', kind: 'machine', message: machineDifferenceMessage(differences) }
    ]);
    expect(machineFindings([])).toEqual([]);
    expect(statusOf(findings)).toBe('warn');
    expect(statusReasons(findings)).toEqual(['baseline from another machine']);
    expect(shouldFail(findings, ['warning'])).toBe(false);
    expect(shouldFail(findings, ['floor', 'regression', 'warning'])).toBe(false);
    // Any other warning next to it still fails fail-on: warning.
    const other = { level: 'warning', kind: 'variance', message: 'noisy' } as const;
    expect(shouldFail([...findings, other], ['warning'])).toBe(true);
  });
});
