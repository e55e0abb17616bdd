import { describe, expect, it } from '@jest/globals';
import { planDigest, planShards, shardIds, stableHash } from '../../../src/core/shard/plan.js';

/** `n` ids in a made-up suite: groups, functions and sizes, as criterion names them. */
function suite(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `group_${i % 13}/fn_${i % 7}/${i}`);
}

/** A deterministic spread of times: 0.5 s to about 30 s, a few long ones. */
function times(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, 0.5 + ((i * 7919) % 97) / 4 + (i % 50 === 0 ? 20 : 0)]));
}

const everyIdOnce = (shards: readonly string[][], ids: readonly string[]): void => {
  const all = shards.flat();
  expect(all.length).toBe(new Set(ids).size);
  expect(new Set(all)).toEqual(new Set(ids));
};

describe('planShards without recorded times', () => {
  it('puts every id in exactly one shard, by a stable hash of the id', () => {
    const ids = suite(500);
    const plan = planShards(ids, 4);
    expect(plan.method).toBe('hash');
    everyIdOnce(plan.shards, ids);
    for (const [i, shard] of plan.shards.entries())
      for (const id of shard) expect(stableHash(id) % 4).toBe(i);
    // Roughly even by count: 500 ids at random would put 125 ± 30 in each.
    for (const shard of plan.shards) expect(shard.length).toBeGreaterThan(80);
  });

  it('is the same in every leg, whatever order the ids were listed in', () => {
    const ids = suite(200);
    const reversed = [...ids].reverse();
    expect(planShards(reversed, 3)).toEqual(planShards(ids, 3));
    expect(planDigest(planShards(reversed, 3))).toBe(planDigest(planShards(ids, 3)));
    // Duplicates (two bench targets listing one id) count once.
    expect(planShards([...ids, ...ids.slice(0, 10)], 3)).toEqual(planShards(ids, 3));
  });

  it('keeps an id in its shard when others are added or removed', () => {
    const ids = suite(100);
    const before = planShards(ids, 4);
    const after = planShards([...ids.slice(10), 'new_group/new_fn/1'], 4);
    for (const id of ids.slice(10))
      expect(after.shards.findIndex((s) => s.includes(id))).toBe(
        before.shards.findIndex((s) => s.includes(id))
      );
  });

  it('leaves a shard empty when there are fewer ids than shards, and takes one shard as all', () => {
    const plan = planShards(['a/1', 'b/2'], 8);
    expect(plan.shards.filter((s) => s.length === 0).length).toBeGreaterThanOrEqual(6);
    expect(planShards(['b/2', 'a/1'], 1).shards).toEqual([['a/1', 'b/2']]);
  });

  it('refuses a count outside 1 to 256', () => {
    expect(() => planShards(['a'], 0)).toThrow('a plan needs 1 to 256 shards, got 0');
    expect(() => planShards(['a'], 257)).toThrow(RangeError);
    expect(() => planShards(['a'], 1.5)).toThrow(RangeError);
  });
});

describe('planShards on recorded times', () => {
  it('balances the shards within 10% of the even share, longest first', () => {
    for (const [n, count] of [
      [40, 4],
      [300, 4],
      [1000, 8],
      [120, 3]
    ] as const) {
      const ids = suite(n);
      const recorded = times(ids);
      const plan = planShards(ids, count, recorded);
      expect(plan.method).toBe('recorded-times');
      everyIdOnce(plan.shards, ids);
      const total = [...recorded.values()].reduce((a, b) => a + b, 0);
      const ideal = total / count;
      const loads = plan.shards.map((s) => s.reduce((sum, id) => sum + (recorded.get(id) as number), 0));
      expect(plan.seconds).toEqual(loads.map((l) => expect.closeTo(l, 6)));
      expect(Math.max(...loads)).toBeLessThanOrEqual(ideal * 1.1);
    }
  });

  it('deals the longest ids to separate shards', () => {
    const recorded = new Map([
      ['a', 10],
      ['b', 9],
      ['c', 2],
      ['d', 1],
      ['e', 1]
    ]);
    // a → 1 (10); b → 2 (9); c → 2 (11); d → 1 (11); e → 1, the lower of two equal shards.
    expect(planShards(['e', 'd', 'c', 'b', 'a'], 2, recorded).shards).toEqual([
      ['a', 'd', 'e'],
      ['b', 'c']
    ]);
  });

  it('counts an id the baseline does not know at the median recorded time', () => {
    const recorded = new Map([
      ['a', 1],
      ['b', 3],
      ['c', 100]
    ]);
    const plan = planShards(['a', 'b', 'c', 'new'], 2, recorded);
    expect(plan.unrecorded).toBe(1);
    // c alone (100) against a, b and new at 3 → 1 + 3 + 3 = 7.
    expect(plan.shards).toEqual([['c'], ['a', 'b', 'new']]);
    expect(plan.seconds).toEqual([100, 7]);
  });

  it('ignores times that are not finite and non-negative', () => {
    const recorded = new Map([
      ['a', Number.NaN],
      ['b', -1]
    ]);
    expect(planShards(['a', 'b'], 2, recorded).method).toBe('hash');
  });
});

describe('shardIds and planDigest', () => {
  it('gives the 1-based shard its ids, and tells different plans apart', () => {
    const plan = planShards(suite(50), 3);
    expect(shardIds(plan, { index: 2, count: 3 })).toEqual(plan.shards[1]);
    expect(planDigest(plan)).toMatch(/^[0-9a-f]{16}$/);
    expect(planDigest(planShards(suite(51), 3))).not.toBe(planDigest(plan));
  });
});
