// Helpers for arrays of any length. Spreading an array into a call (`Math.max(...values)`,
// `list.push(...items)`) passes every element as an argument, and past roughly 100,000 of them the
// call overflows the stack: a tree of 50,000 benchmarks has 150,000 interval bounds.

/** The smallest value, as Math.min: Infinity for none, NaN when any is NaN. */
export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < min) min = v;
  }
  return min;
}

/** The largest value, as Math.max: -Infinity for none, NaN when any is NaN. */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v > max) max = v;
  }
  return max;
}

/** Appends every item of each list to `target` (in place) and returns it. */
export function pushAll<T>(target: T[], ...lists: ReadonlyArray<Iterable<T>>): T[] {
  for (const items of lists) for (const item of items) target.push(item);
  return target;
}

/** Strings in code-unit order (as criterion ids are sorted everywhere): the same on every machine and locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
