import { describe, expect, it } from '@jest/globals';
import {
  formatByteRate,
  formatByteRateIn,
  formatChangePct,
  formatElementRate,
  formatIntervalPct,
  formatNs,
  formatSignificant,
  formatThresholdPct,
  GIB,
  MIB,
  parseByteRate,
  parseByteSize,
  round,
  roundSignificant
} from '../../src/core/units.js';

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
    expect(formatByteRateIn(GIB, 'MB/s', 10)).toBe('1073.741824 MB/s');
    expect(formatByteRateIn(38.5 * MIB, 'MB/s', 4)).toBe('40.37 MB/s');
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

  it('formats rates and times in the largest fitting unit, with three significant digits', () => {
    expect(formatByteRate(4.22 * GIB)).toBe('4.22 GiB/s');
    expect(formatByteRate(571 * MIB)).toBe('571 MiB/s');
    expect(formatByteRate(5.5 * MIB)).toBe('5.50 MiB/s');
    expect(formatByteRate(512)).toBe('512 B/s');
    expect(formatNs(1500)).toBe('1.50 µs');
    expect(formatNs(0.5)).toBe('500 ps');
    expect(formatNs(2.5e9)).toBe('2.50 s');
    expect(formatNs(12_345)).toBe('12.3 µs');
  });
});

describe('formatSignificant', () => {
  it('keeps three significant digits whatever the magnitude, and every digit of a whole number', () => {
    expect(formatSignificant(4.2178)).toBe('4.22');
    expect(formatSignificant(0.031656)).toBe('0.0317');
    expect(formatSignificant(0.00012345)).toBe('0.000123');
    expect(formatSignificant(38.5)).toBe('38.5');
    expect(formatSignificant(571.04)).toBe('571');
    expect(formatSignificant(10_737.42)).toBe('10737');
    expect(formatSignificant(-7.6)).toBe('-7.60');
    expect(formatSignificant(0)).toBe('0.00');
    expect(formatSignificant(1.005)).toBe('1.01');
  });

  it('keeps four when asked, enough to show a 1% change at any size', () => {
    expect(formatSignificant(4.2178, 4)).toBe('4.218');
    expect(formatSignificant(4.2178 * 0.99, 4)).toBe('4.176');
    expect(formatSignificant(0.031656, 4)).toBe('0.03166');
    expect(formatSignificant(571, 4)).toBe('571.0');
    expect(roundSignificant(0.031656, 4)).toBe(0.03166);
    expect(roundSignificant(4.2178, 4)).toBe(4.218);
    expect(roundSignificant(1234.56, 4)).toBe(1235);
  });

  it('writes 33.99 MB/s in GiB/s as 0.0317, not 0.03', () => {
    expect(formatByteRateIn(33.99e6, 'GiB/s')).toBe('0.0317 GiB/s');
    expect(formatByteRateIn(33.99e6, 'MB/s')).toBe('34.0 MB/s');
    expect(formatByteRateIn(GIB, 'MB/s')).toBe('1074 MB/s');
  });
});

describe('formatElementRate', () => {
  it('scales by 1000 into elem/s, Kelem/s, Melem/s and Gelem/s, as criterion prints them', () => {
    expect(formatElementRate(5.9812e6)).toBe('5.98 Melem/s');
    expect(formatElementRate(999)).toBe('999 elem/s');
    expect(formatElementRate(1000)).toBe('1.00 Kelem/s');
    expect(formatElementRate(123_456)).toBe('123 Kelem/s');
    expect(formatElementRate(2.5e9)).toBe('2.50 Gelem/s');
  });
});

describe('percent formats', () => {
  it('signs changes with a true minus and one decimal', () => {
    expect(formatChangePct(-12.34)).toBe('−12.3%');
    expect(formatChangePct(4)).toBe('+4.0%');
    expect(formatChangePct(-0.04)).toBe('0.0%');
    expect(formatChangePct(null)).toBe('—');
    expect(formatIntervalPct(-14.04, -10.55)).toBe('−14.0% … −10.6%');
    expect(formatIntervalPct(null, 1)).toBe('—');
  });

  it('writes thresholds without trailing zeros', () => {
    expect(formatThresholdPct(5)).toBe('5%');
    expect(formatThresholdPct(2.5)).toBe('2.5%');
    expect(formatThresholdPct(15.811388)).toBe('15.8%');
  });
});
