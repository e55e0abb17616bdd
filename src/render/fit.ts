// Fitting rendered markdown under a size limit (a PR comment's characters, a job summary's bytes):
// render again with fewer rows until it fits, instead of cutting mid-table. Pure.

/**
 * The largest `n` in `[0, max]` for which `fits(n)` holds, for a `fits` that holds for every number
 * below one it holds for (the output grows with n); 0 when it holds for none. Binary search, so a
 * 10,000-row table is rendered about 14 times, not 10,000.
 */
export function largestFitting(max: number, fits: (n: number) => boolean): number {
  if (fits(max)) return max;
  let fitting = 0;
  let tooMany = max;
  while (tooMany - fitting > 1) {
    const mid = Math.floor((fitting + tooMany) / 2);
    if (fits(mid)) fitting = mid;
    else tooMany = mid;
  }
  return fitting;
}
