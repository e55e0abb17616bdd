// A sharded job asks the pull request's bench program for its benchmark ids (`--list`): every line
// of that output is the pull request's. An id may become only a regex that matches itself and a
// quoted word in the log; a flood of ids or one enormous id stops the plan or is left out.

import { describe, expect, it } from '@jest/globals';
import { logText } from '../../src/core/log.js';
import { escapeId, idFilterChunks, MAX_FILTER_LENGTH } from '../../src/core/runner/criterion-args.js';
import {
  MAX_LISTED_ID_LENGTH,
  MAX_LISTED_IDS,
  parseCriterionList
} from '../../src/core/runner/criterion-list.js';
import { planShards } from '../../src/core/shard/plan.js';

/** What criterion does with a filter: a regex search in each full id. */
const matches = (filter: string, id: string): boolean =>
  new RegExp(filter.replace(/\\x\{([0-9a-f]+)\}/g, '\\u{$1}'), 'u').test(id);

const HOSTILE = [
  '.*: bench',
  'a|b: bench',
  '^x$|.*: bench',
  '::add-mask::secret: bench',
  '::error::forged: bench',
  '--upload-pack=touch /tmp/pwned: bench',
  '$(touch /tmp/pwned): bench',
  'tab\there: bench',
  'rtl\u202eflip: bench',
  '(?i)CASE: bench',
  '\\x{61}: bench'
];

describe('a hostile `--list` output', () => {
  const listing = parseCriterionList(['note: not a listing', ...HOSTILE, 'real/benchmark: bench'].join('\n'));

  it('gives ids that only ever run themselves, however they are split', () => {
    expect(listing.ids).toHaveLength(HOSTILE.length + 1);
    for (const count of [1, 2, 5]) {
      const plan = planShards(listing.ids, count);
      for (const shard of plan.shards) {
        const filters = idFilterChunks(shard);
        for (const id of listing.ids) {
          const mine = shard.includes(id);
          // A filter of this shard matches its own ids and no other shard's.
          expect(filters.some((f) => matches(f, id))).toBe(mine);
        }
        // The ids are arguments, never words for a shell or options for a program.
        for (const f of filters) expect(f.startsWith('^(?:')).toBe(true);
      }
    }
  });

  it('prints ids quoted, with no workflow command at the start of a line', () => {
    const line = logText(
      `shard 1: ${listing.ids.length} benchmarks: ${listing.ids.map((id) => JSON.stringify(id)).join(', ')}`
    );
    for (const printed of line.split('\n')) expect(printed).not.toMatch(/^\s*::/);
    expect(line).toContain('"::add-mask::secret"');
    expect(line).not.toContain('\u202e');
  });

  it('stops at a flood of ids and leaves out one too long to run', () => {
    const flood = Array.from({ length: MAX_LISTED_IDS + 1 }, (_, i) => `x${i}: bench`).join('\n');
    expect(parseCriterionList(flood).truncated).toBe(true);
    const long = `${'a'.repeat(MAX_LISTED_ID_LENGTH + 1)}: bench\nok: bench`;
    expect(parseCriterionList(long)).toEqual({ ids: ['ok'], ignored: 1, truncated: false });
    // The longest id taken, even of control characters only, still runs by a filter of its own.
    const worst = '\u0001'.repeat(MAX_LISTED_ID_LENGTH);
    expect(escapeId(worst).length).toBeLessThan(MAX_FILTER_LENGTH);
    expect(idFilterChunks([worst, 'b'])).toHaveLength(1);
  });
});
