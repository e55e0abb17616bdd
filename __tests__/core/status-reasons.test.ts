import { describe, expect, it } from '@jest/globals';
import { error, warning } from '../../src/core/findings.js';
import { statusReasons } from '../../src/core/status-reasons.js';

describe('statusReasons', () => {
  it('is empty when the run passes', () => {
    expect(statusReasons([])).toEqual([]);
  });

  it('names what failed the run, most basic first, counting regressions and naming metrics', () => {
    expect(
      statusReasons([
        error('regression', 'a regressed by 9.0%'),
        error('floor', 'DISPLAY throughput 10.0 MB/s is below the floor', 'display'),
        error('regression', 'b regressed by 7.0%'),
        error('regression', 'c regressed by 6.0%'),
        warning('floor', 'COMP-3 is near its floor', 'comp3'),
        error('metric', 'COMP-3: no benchmark matches', 'comp3')
      ])
    ).toEqual(['COMP-3 missing', 'DISPLAY below floor', '3 regressed']);
  });

  it('gives the warnings when nothing failed', () => {
    expect(
      statusReasons([
        warning('variance', 'DISPLAY benchmark a varies by 9%', 'display'),
        warning('variance', 'DISPLAY benchmark b varies by 8%', 'display'),
        warning('floor', 'DISPLAY is near its floor', 'display'),
        warning('memory', 'Peak RSS above'),
        warning('input', 'line 3: unknown unit'),
        warning('input', 'line 9: unknown unit')
      ])
    ).toEqual(['2 input warnings', 'DISPLAY near floor', 'DISPLAY noisy', 'memory above ceiling']);
  });

  it('says when the bench itself failed or the input could not be read', () => {
    expect(
      statusReasons([error('run', 'cargo bench exited with 101'), error('input', 'x: truncated JSON')])
    ).toEqual(['bench run failed', 'input error']);
  });
});
