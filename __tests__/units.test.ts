import { describe, expect, it } from '@jest/globals';
import {
  formatByteRate,
  formatNs,
  GIB,
  MIB,
  parseByteRate,
  parseByteSize,
  round,
  toMBs
} from '../src/units.js';

describe('parseByteRate', () => {
  it('reads decimal and binary units exactly', () => {
    expect(parseByteRate('80 MB/s')).toBe(80e6);
    expect(parseByteRate('560 MiB/s')).toBe(560 * MIB);
    expect(parseByteRate('4.1 GiB/s')).toBeCloseTo(4.1 * GIB, 3);
    expect(parseByteRate('1.5e8 B/s')).toBe(1.5e8);
    expect(parseByteRate('40MB/s')).toBe(40e6);
  });

  it('rejects unknown units, missing units and negatives', () => {
    expect(parseByteRate('80 mb/s')).toBeNull();
    expect(parseByteRate('80 MBps')).toBeNull();
    expect(parseByteRate('80')).toBeNull();
    expect(parseByteRate('-80 MB/s')).toBeNull();
    expect(parseByteRate('fast')).toBeNull();
  });

  it('keeps 1 GiB/s = 1073.741824 MB/s and 38.5 MiB/s above 40 MB/s', () => {
    expect(toMBs(GIB)).toBeCloseTo(1073.741824, 9);
    expect(toMBs(38.5 * MIB)).toBeCloseTo(40.37, 2);
  });
});

describe('parseByteSize', () => {
  it('reads sizes', () => {
    expect(parseByteSize('256 MiB')).toBe(256 * MIB);
    expect(parseByteSize('1 GB')).toBe(1e9);
    expect(parseByteSize('1 GB/s')).toBeNull();
  });
});

describe('round and formatting', () => {
  it('rounds half away from zero without binary surprises', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(4.225, 2)).toBe(4.23);
    expect(round(570.95, 1)).toBe(571);
    expect(round(-2.5, 0)).toBe(-3);
  });

  it('formats rates and times in the largest fitting unit', () => {
    expect(formatByteRate(4.22 * GIB)).toBe('4.22 GiB/s');
    expect(formatByteRate(571 * MIB)).toBe('571.00 MiB/s');
    expect(formatByteRate(512)).toBe('512.00 B/s');
    expect(formatNs(1500)).toBe('1.50 µs');
    expect(formatNs(0.5)).toBe('500.00 ps');
    expect(formatNs(2.5e9)).toBe('2.50 s');
  });
});
