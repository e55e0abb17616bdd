import { describe, expect, it } from '@jest/globals';
import {
  criterionRunArgs,
  criterionTimes,
  escapeId,
  idFilter,
  idFilterChunks,
  MAX_FILTER_LENGTH,
  takesFractionalSeconds
} from '../../../src/core/runner/criterion-args.js';

/** What criterion does with the filter: a regex search in each full id (Rust's regex and JS agree on these). */
const matches = (filter: string, id: string): boolean =>
  new RegExp(filter.replace(/\\x\{([0-9a-f]+)\}/g, '\\u{$1}'), 'u').test(id);

describe('idFilter', () => {
  it('anchors and joins the ids, so that each matches only itself', () => {
    const filter = idFilter([
      'decode_comp3_heavy/single_threaded/100',
      'slo_validation/comp3_heavy_slo_40mbps'
    ]);
    expect(filter).toBe('^(?:decode_comp3_heavy/single_threaded/100|slo_validation/comp3_heavy_slo_40mbps)$');
    expect(matches(filter as string, 'decode_comp3_heavy/single_threaded/100')).toBe(true);
    expect(matches(filter as string, 'decode_comp3_heavy/single_threaded/1000')).toBe(false);
    expect(matches(filter as string, 'x/decode_comp3_heavy/single_threaded/100')).toBe(false);
  });

  it('escapes what a regex would read as syntax', () => {
    expect(escapeId('a.b+c*d?e(f)g|h[i]j{k}l^m$n\\o')).toBe(
      'a\\.b\\+c\\*d\\?e\\(f\\)g\\|h\\[i\\]j\\{k\\}l\\^m\\$n\\\\o'
    );
    const id = 'parse copybook (b|x)/.*';
    const filter = idFilter([id]) as string;
    expect(matches(filter, id)).toBe(true);
    expect(matches(filter, 'parse copybook b/anything')).toBe(false);
  });

  it('spells control characters out, so that no NUL or newline reaches an argument', () => {
    expect(escapeId('a\u0000b\nc\u007fd\u0085e')).toBe('a\\x{0}b\\x{a}c\\x{7f}d\\x{85}e');
    expect(escapeId('ünïcode_grp/µs')).toBe('ünïcode_grp/µs');
    const filter = idFilter(['group\nname/1']) as string;
    expect(filter).not.toContain('\n');
    expect(matches(filter, 'group\nname/1')).toBe(true);
    expect(matches(filter, 'group name/1')).toBe(false);
  });

  it('gives no filter for no ids, and none when it would be too long to pass', () => {
    expect(idFilter([])).toBeNull();
    const many = Array.from({ length: 2000 }, (_, i) => `decode_display_heavy/single_threaded/${i}`);
    expect(many.join('|').length).toBeGreaterThan(MAX_FILTER_LENGTH);
    expect(idFilter(many)).toBeNull();
    expect(idFilter(many.slice(0, 100))).not.toBeNull();
  });

  it('names each id once', () => {
    expect(idFilter(['a/1', 'a/1'])).toBe('^(?:a/1)$');
  });
});

describe('criterion times', () => {
  it('knows which criterion versions take fractions of a second', () => {
    expect(takesFractionalSeconds('0.3.6')).toBe(false);
    expect(takesFractionalSeconds('0.4.0')).toBe(true);
    expect(takesFractionalSeconds('0.8.1')).toBe(true);
    expect(takesFractionalSeconds('1.0.0')).toBe(true);
    expect(takesFractionalSeconds(null)).toBe(false);
  });

  it('passes fractions when every side takes them, else whole seconds for both sides', () => {
    expect(criterionTimes(['0.5.1', '0.5.1'], 0.3, 0.1)).toEqual({
      measurementSeconds: 0.3,
      warmUpSeconds: 0.1,
      rounded: false
    });
    expect(criterionTimes(['0.3.6', '0.5.1'], 0.3, 0.1)).toEqual({
      measurementSeconds: 1,
      warmUpSeconds: 1,
      rounded: true
    });
    expect(criterionTimes([null], 2.5, 1)).toEqual({
      measurementSeconds: 3,
      warmUpSeconds: 1,
      rounded: true
    });
    expect(criterionTimes(['0.3.6'], 2, 1)).toEqual({
      measurementSeconds: 2,
      warmUpSeconds: 1,
      rounded: false
    });
  });

  it("builds criterion's arguments, the filter last", () => {
    const times = { measurementSeconds: 1, warmUpSeconds: 0.5, rounded: false };
    expect(criterionRunArgs(times, '^(?:a)$')).toEqual([
      '--bench',
      '--noplot',
      '--measurement-time',
      '1',
      '--warm-up-time',
      '0.5',
      '^(?:a)$'
    ]);
    expect(criterionRunArgs(times, null)).toHaveLength(6);
  });
});

describe('idFilterChunks', () => {
  it('is one filter when the ids fit, the same as idFilter', () => {
    const ids = ['a/1', 'b/2', 'a/1'];
    expect(idFilterChunks(ids)).toEqual([idFilter(ids)]);
    expect(idFilterChunks([])).toEqual([]);
  });

  it('cuts many ids into filters within the limit that together run each id exactly once', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `group_${i % 17}/function.${i}/(${i})`);
    const chunks = idFilterChunks(ids);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_FILTER_LENGTH);
    for (const id of [ids[0], ids[2500], ids[4999]] as string[])
      expect(chunks.filter((chunk) => matches(chunk, id)).length).toBe(1);
    expect(chunks.some((chunk) => matches(chunk, 'group_1/function.1/(10)'))).toBe(false);
    // Small limits too: every chunk within it, every id in one.
    const small = idFilterChunks(['aaaa', 'bbbb', 'cccc'], 16);
    expect(small).toEqual(['^(?:aaaa|bbbb)$', '^(?:cccc)$']);
  });
});
