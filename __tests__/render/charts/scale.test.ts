import { describe, expect, it } from '@jest/globals';
import { GIB, KIB, MIB } from '../../../src/core/units.js';
import {
  chooseRateUnit,
  chooseScaleKind,
  formatTick,
  linearScale,
  logScale,
  niceStep,
  scaleFor
} from '../../../src/render/charts/scale.js';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(4.2, 5)).toBe(1);
    expect(niceStep(600, 5)).toBe(200);
    expect(niceStep(0.03, 5)).toBeCloseTo(0.01, 12);
    expect(niceStep(0, 5)).toBe(1);
  });
});

describe('linearScale', () => {
  it('widens the domain to whole steps and maps its ends onto the range', () => {
    const s = linearScale([0, 4.2], [200, 0]);
    expect(s.domain).toEqual([0, 5]);
    expect(s.ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.map(0)).toBe(200);
    expect(s.map(5)).toBe(0);
    expect(s.map(2.5)).toBe(100);
  });

  it('gives clean decimal ticks', () => {
    expect(linearScale([0, 0.3], [0, 100]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(linearScale([0, 0.7], [0, 100]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('widens a domain of one value (or of zero) so nothing divides by zero', () => {
    expect(linearScale([0, 0], [0, 100]).domain).toEqual([0, 1]);
    const one = linearScale([7, 7], [0, 100]);
    expect(one.domain[0]).toBe(0);
    expect(one.domain[1]).toBeGreaterThanOrEqual(7);
    expect(Number.isFinite(one.map(7))).toBe(true);
  });
});

describe('logScale', () => {
  it('spans whole decades, ticks each decade, and maps decades evenly', () => {
    const s = logScale([38, 4200], [0, 300]);
    expect(s.domain).toEqual([10, 10000]);
    expect(s.ticks).toEqual([10, 100, 1000, 10000]);
    expect(s.map(10)).toBe(0);
    expect(s.map(100)).toBeCloseTo(100, 9);
    expect(s.map(10000)).toBeCloseTo(300, 9);
  });

  it('adds 2 and 5 ticks when there are two decades or fewer; one decade still spans one', () => {
    expect(logScale([2, 50], [0, 1]).ticks).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logScale([100, 100], [0, 1]).domain).toEqual([100, 1000]);
  });

  it('refuses a domain that is not positive, and puts zero at the axis start', () => {
    expect(() => logScale([0, 10], [0, 1])).toThrow('positive domain');
    expect(logScale([1, 10], [5, 50]).map(0)).toBe(5);
  });
});

describe('chooseScaleKind and scaleFor', () => {
  it('goes log only when every value is positive and they span 50× or more', () => {
    expect(chooseScaleKind([40, 4000])).toBe('log');
    expect(chooseScaleKind([400, 4000])).toBe('linear');
    expect(chooseScaleKind([0, 4000])).toBe('linear');
    expect(chooseScaleKind([])).toBe('linear');
    expect(scaleFor('log', [40, 4000], [0, 1]).kind).toBe('log');
    expect(scaleFor('linear', [400, 4000], [0, 1]).domain[0]).toBe(0);
  });
});

describe('formatTick and chooseRateUnit', () => {
  it('writes ticks short', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(10000)).toBe('10000');
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(2e7)).toBe('2e7');
  });

  it('picks the largest binary unit in which the smallest value is at least 1', () => {
    expect(chooseRateUnit([80e6, 4 * GIB]).name).toBe('MiB/s');
    expect(chooseRateUnit([2 * GIB, 4 * GIB]).name).toBe('GiB/s');
    expect(chooseRateUnit([512, 4 * KIB]).name).toBe('B/s');
    expect(chooseRateUnit([0, 3 * KIB]).name).toBe('KiB/s');
    expect(chooseRateUnit([]).bytesPerSecond).toBe(MIB);
  });
});
