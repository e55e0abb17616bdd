import { describe, expect, it } from '@jest/globals';
import { MAX_LISTED_IDS, parseCriterionList } from '../../../src/core/runner/criterion-list.js';

describe('parseCriterionList', () => {
  it("reads criterion 0.3's listing, as the example crate prints it", () => {
    const stdout = [
      'Gnuplot not found, using plotters backend',
      'decode_display_heavy/single_threaded/100: bench',
      'decode_display_heavy/single_threaded/1000: bench',
      '',
      'decode_comp3_heavy/single_threaded/100: bench',
      ''
    ].join('\n');
    expect(parseCriterionList(stdout)).toEqual({
      ids: [
        'decode_display_heavy/single_threaded/100',
        'decode_display_heavy/single_threaded/1000',
        'decode_comp3_heavy/single_threaded/100'
      ],
      ignored: 1,
      truncated: false
    });
  });

  it("reads 0.4's and later `: benchmark` lines, Windows line ends, and an id with `: ` in it", () => {
    expect(parseCriterionList('a/b: benchmark\r\nodd: id: bench\r\n').ids).toEqual(['a/b', 'odd: id']);
  });

  it('keeps each id once and stops at the limit', () => {
    expect(parseCriterionList('x: bench\nx: bench\n').ids).toEqual(['x']);
    const flood = Array.from({ length: MAX_LISTED_IDS + 5 }, (_, i) => `id${i}: bench`).join('\n');
    const listing = parseCriterionList(flood);
    expect(listing.ids.length).toBe(MAX_LISTED_IDS);
    expect(listing.truncated).toBe(true);
  });

  it('takes nothing from lines that only look close', () => {
    expect(parseCriterionList('Benchmarking x: Warming up\n: bench\nx: benched\n')).toEqual({
      ids: [],
      ignored: 3,
      truncated: false
    });
  });
});
