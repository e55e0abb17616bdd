import { describe, expect, it } from '@jest/globals';
import { headline } from '../../../src/core/report/headline.js';

const metric = (
  label: string,
  value: number | null,
  unit: 'GiB/s' | 'MiB/s',
  change_pct: number | null = null
) => ({
  label,
  value,
  unit,
  change_pct
});

describe('headline', () => {
  it('writes both metrics with four significant digits, whatever their size, and the status icon', () => {
    const pass = (display: number | null, comp3: number | null, status: 'pass' | 'warn' | 'fail') =>
      headline({
        status,
        status_reasons: [],
        metrics: { display: metric('DISPLAY', display, 'GiB/s'), comp3: metric('COMP-3', comp3, 'MiB/s') }
      });
    expect(pass(4.2178, 571.04, 'pass')).toBe('DISPLAY: 4.218 GiB/s, COMP-3: 571.0 MiB/s ✅');
    // 33.99 MB/s is 0.0317 GiB/s: not `0.03`.
    expect(pass(33.99e6 / 1024 ** 3, 38.5, 'warn')).toBe('DISPLAY: 0.03166 GiB/s, COMP-3: 38.50 MiB/s ⚠️');
    expect(pass(null, 1, 'fail')).toBe('DISPLAY: n/a, COMP-3: 1.000 MiB/s ❌');
  });

  it('says why a run failed and how each metric moved against the baseline', () => {
    expect(
      headline({
        status: 'fail',
        status_reasons: ['3 regressed', 'DISPLAY below floor'],
        metrics: {
          display: metric('DISPLAY', 0.943, 'GiB/s', -2.1),
          comp3: metric('COMP-3', 512.7, 'MiB/s', 0.04)
        }
      })
    ).toBe('DISPLAY: 0.9430 GiB/s (−2.1%), COMP-3: 512.7 MiB/s (0.0%) ❌ 3 regressed, DISPLAY below floor');
  });
});
