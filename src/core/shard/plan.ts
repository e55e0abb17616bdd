// Which benchmarks each shard of a job matrix runs. Every leg computes the plan from the same
// inputs (the ids criterion lists, the baseline's recorded times) and must arrive at the same one,
// so it depends on nothing else: not the order the ids were listed in, not the leg that computes
// it. Pure.

import { byCodeUnits } from '../arrays.js';
import { sha256Hex } from '../sha256.js';

/** `shard: i/n`: this leg is shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** How the ids were split. */
export type ShardMethod = 'recorded-times' | 'hash';

export interface ShardPlan {
  count: number;
  method: ShardMethod;
  /** Each shard's ids, sorted; shard i is `shards[i - 1]`. */
  shards: string[][];
  /** Each shard's expected seconds (recorded-times), else null. */
  seconds: (number | null)[];
  /** Ids without a recorded time when the others had one: each counted at the recorded median. */
  unrecorded: number;
}

/** The most shards a plan takes: GitHub runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256;

/** A number in [0, 2^32) from the id's sha256: the same on every machine and in every leg. */
export function stableHash(id: string): number {
  return Number.parseInt(sha256Hex(id).slice(0, 8), 16);
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The plan for `count` shards. With recorded times (seconds per id, from the baseline) the ids are
 * dealt longest first, each to the shard with the least time so far (lowest index on a tie): the
 * greedy longest-processing-time rule, within 4/3 of the best possible longest shard and in
 * practice close to the even share. An id the baseline does not know counts at the median of the
 * recorded times. Without any recorded time, each id goes to shard `hash(id) mod count`: an id keeps
 * its shard when others are added or removed.
 */
export function planShards(
  ids: readonly string[],
  count: number,
  recorded: ReadonlyMap<string, number> = new Map()
): ShardPlan {
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_SHARDS))
    throw new RangeError(`a plan needs 1 to ${MAX_SHARDS} shards, got ${count}`);
  const unique = [...new Set(ids)].sort(byCodeUnits);
  const shards: string[][] = Array.from({ length: count }, () => []);
  const times = unique
    .map((id) => recorded.get(id))
    .filter((t): t is number => t !== undefined && Number.isFinite(t) && t >= 0)
    .sort((a, b) => a - b);

  if (times.length === 0) {
    for (const id of unique) (shards[stableHash(id) % count] as string[]).push(id);
    return { count, method: 'hash', shards, seconds: shards.map(() => null), unrecorded: 0 };
  }

  const fallback = median(times);
  let unrecorded = 0;
  const timed = unique.map((id) => {
    const t = recorded.get(id);
    const known = t !== undefined && Number.isFinite(t) && t >= 0;
    if (!known) unrecorded++;
    return { id, seconds: known ? t : fallback };
  });
  // Longest first; equal times in id order, so that every leg deals them alike.
  timed.sort((a, b) => b.seconds - a.seconds || byCodeUnits(a.id, b.id));
  const load = shards.map(() => 0);
  for (const { id, seconds } of timed) {
    let least = 0;
    for (let i = 1; i < count; i++) if ((load[i] as number) < (load[least] as number)) least = i;
    (shards[least] as string[]).push(id);
    load[least] = (load[least] as number) + seconds;
  }
  for (const shard of shards) shard.sort(byCodeUnits);
  return { count, method: 'recorded-times', shards, seconds: load, unrecorded };
}

/** The ids shard `spec.index` runs. */
export function shardIds(plan: ShardPlan, spec: ShardSpec): string[] {
  return plan.shards[spec.index - 1] ?? [];
}

/** A fingerprint of the plan: legs that planned alike print the same one, and the merge checks it. */
export function planDigest(plan: ShardPlan): string {
  return sha256Hex(JSON.stringify(plan.shards)).slice(0, 16);
}
