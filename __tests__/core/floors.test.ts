import { describe, expect, it } from '@jest/globals';
import { coefficientOfVariation } from '../../src/core/criterion/measurement.js';
import { error, warning } from '../../src/core/findings.js';
import { checkFloor, checkMemory, checkVariance, complianceLevel } from '../../src/core/floors.js';
import type { MetricValue } from '../../src/core/metrics.js';
import { MIB } from '../../src/core/units.js';
import { atRate } from '../helpers/measurements.js';

const metric = (name: 'display' | 'comp3', point: number, ids: string[] = []): MetricValue => ({
  name,
  patterns: ['x'],
  ids,
  bytesPerSecond: { lower: point * 0.99, point, upper: point * 1.01 }
});
const floor80 = { text: '80 MB/s', bytesPerSecond: 80e6 };
const floor40 = { text: '40 MB/s', bytesPerSecond: 40e6 };

describe('checkFloor', () => {
  it('fails below the floor with the deficit in MB/s', () => {
    const check = checkFloor(metric('display', 72.4e6), floor80, 1.25);
    expect(check.safetyFactor).toBeCloseTo(0.905, 3);
    expect(check.findings).toEqual([
      error(
        'floor',
        'DISPLAY throughput 72.4 MB/s is below the floor of 80.0 MB/s (deficit 7.60 MB/s)',
        'display'
      )
    ]);
  });

  it('compares in one unit: 38.5 MiB/s passes a 40 MB/s floor', () => {
    const check = checkFloor(metric('comp3', 38.5 * MIB), floor40, 1);
    expect(check.findings).toEqual([]);
    expect(check.safetyFactor).toBeCloseTo(1.0093, 4);
  });

  it('warns below floor × warning factor and passes above it', () => {
    const near = checkFloor(metric('comp3', 45e6), floor40, 1.25);
    expect(near.findings).toHaveLength(1);
    expect(near.findings[0]?.level).toBe('warning');
    expect(near.findings[0]?.message).toContain(
      'COMP-3 throughput 45.0 MB/s is within 1.25× of the floor of 40.0 MB/s (safety factor 1.13, warning below 50.0 MB/s)'
    );
    expect(checkFloor(metric('comp3', 50e6), floor40, 1.25).findings).toEqual([]);
  });

  it('has no safety factor for a missing metric', () => {
    expect(
      checkFloor({ name: 'display', patterns: [], ids: [], bytesPerSecond: null }, floor80, 1.25)
    ).toEqual({
      safetyFactor: null,
      findings: []
    });
  });
});

describe('checkVariance', () => {
  it('warns for metric benchmarks above the tolerance and names them', () => {
    const noisy = atRate('d/noisy', 1e9, { stdDevNs: 100 }); // time 1000 ns → CV 10%
    const calm = atRate('d/calm', 1e9, { stdDevNs: 10 });
    const unknown = atRate('d/text', 1e9, { stdDevNs: null });
    expect(coefficientOfVariation(noisy)).toBeCloseTo(0.1, 10);
    const findings = checkVariance(
      [metric('display', 1e9, ['d/noisy', 'd/calm', 'd/text'])],
      [noisy, calm, unknown],
      0.05
    );
    expect(findings).toEqual([
      warning(
        'variance',
        'DISPLAY benchmark d/noisy varies by 10.0% (std_dev / typical), above the variance tolerance of 5.0%',
        'display'
      )
    ]);
  });
});

describe('checkMemory', () => {
  it('warns above the ceiling only', () => {
    const ceiling = { text: '256 MiB', bytes: 256 * MIB };
    expect(checkMemory(300 * MIB, ceiling)[0]?.message).toBe(
      'Peak RSS of the bench processes 300 MiB is above the memory ceiling of 256 MiB'
    );
    expect(checkMemory(100 * MIB, ceiling)).toEqual([]);
    expect(checkMemory(null, ceiling)).toEqual([]);
  });
});

describe('complianceLevel', () => {
  const w = warning('variance', 'w');
  it('follows the spec order', () => {
    expect(complianceLevel([error('floor', 'e')], [20, 20])).toBe('NonCompliant');
    expect(complianceLevel([], [10, 56])).toBe('FullyCompliant');
    expect(complianceLevel([w], [10, 56])).toBe('ConditionallyCompliant');
    expect(complianceLevel([], [5, 56])).toBe('ConditionallyCompliant');
    expect(complianceLevel([w], [4.9, 56])).toBe('RequiresAttention');
    expect(complianceLevel([], [2, 3])).toBe('ConditionallyCompliant');
    expect(complianceLevel([], [null, 3])).toBe('NonCompliant');
  });
});
