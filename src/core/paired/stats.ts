// The statistics of a paired, interleaved comparison. Each round measures the base and the head
// back to back on the same machine, so a round's ratio head/base cancels what the machine did to
// both; what is left varies from round to round, in ways no distribution describes (a neighbour
// starts, a core is shared, the CPU boosts). So the estimate is the median of the rounds' ratios
// and its interval is distribution-free: the sign test's confidence interval for a median, taken
// from the order statistics of the ratios. It assumes only that rounds are independent and that a
// ratio is as likely above as below the true one. One wild round moves neither the median nor,
// with five or more rounds, more than the interval's end it falls on.

/** Fewer usable rounds than this cannot place a median: the verdict is inconclusive. */
export const MIN_USABLE_ROUNDS = 3;

export interface PairedEstimate {
  /** The usable rounds' ratios head/base ("higher is better" orientation), in round order. */
  ratios: number[];
  /** The median ratio; null with fewer than MIN_USABLE_ROUNDS usable rounds. */
  estimate: number | null;
  /** The interval's ends (ratios) and how often such an interval holds the true median. */
  lower: number | null;
  upper: number | null;
  confidence: number | null;
}

/** P(X <= k) for X ~ Binomial(n, 1/2). */
function binomialHalfCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum;
}

/** The confidence the interval aims for (pairedEstimate). */
export const INTERVAL_LEVEL = 0.9;

/**
 * The sign-test interval's rank for `n` ratios: the largest k (at least 1) for which the k-th
 * smallest to the k-th largest ratio still holds the median with `level` confidence. It never
 * falls as `n` grows.
 */
export function intervalRank(n: number, level = INTERVAL_LEVEL): number {
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * binomialHalfCdf(k, n) >= level) k++;
  return k;
}

/** The median of values sorted ascending (at least one). */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The median of the usable ratios (finite and positive; a round where either side was not measured
 * is null) and the sign-test interval: the k-th smallest to the k-th largest ratio, with k the
 * largest for which that interval still holds the median with at least `level` confidence
 * (1 − 2·P(Binomial(n, ½) < k)); never narrower than the smallest and largest ratio when even
 * that falls short of `level`, with the confidence it does have.
 */
export function pairedEstimate(ratios: readonly (number | null)[], level = INTERVAL_LEVEL): PairedEstimate {
  const usable = ratios.filter((r): r is number => r !== null && Number.isFinite(r) && r > 0);
  if (usable.length < MIN_USABLE_ROUNDS)
    return { ratios: usable, estimate: null, lower: null, upper: null, confidence: null };
  const sorted = [...usable].sort((a, b) => a - b);
  const n = sorted.length;
  const k = intervalRank(n, level);
  return {
    ratios: usable,
    estimate: median(sorted),
    lower: sorted[k - 1] as number,
    upper: sorted[n - k] as number,
    confidence: 1 - 2 * binomialHalfCdf(k - 1, n)
  };
}

export type PairedVerdict = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';

/**
 * As for a stored baseline: a regression is a drop beyond `regressionPct` whose whole interval lies
 * below the noise band (ratios 1/(1 + n) to 1 + n); an improvement the same upwards. Too few rounds
 * is inconclusive, and so is an estimate beyond the regression threshold whose interval reaches into
 * the noise: the rounds disagree, and more of them would tell.
 */
export function pairedVerdict(e: PairedEstimate, regressionPct: number, noisePct: number): PairedVerdict {
  if (e.estimate === null || e.lower === null || e.upper === null) return 'inconclusive';
  const noise = 1 + noisePct / 100;
  const change = (e.estimate - 1) * 100;
  if (change < -regressionPct) return e.upper < 1 / noise ? 'regressed' : 'inconclusive';
  if (change > regressionPct) return e.lower > noise ? 'improved' : 'inconclusive';
  return 'unchanged';
}

/**
 * One round's ratio, "higher is better": head/base of a throughput, base/head of a time per
 * iteration; null when a side was not measured or a value is not a positive finite number.
 */
export function roundRatio(
  quantity: 'throughput' | 'time',
  base: number | null,
  head: number | null
): number | null {
  if (base === null || head === null || !(base > 0) || !(head > 0)) return null;
  const ratio = quantity === 'throughput' ? head / base : base / head;
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

/**
 * Whether the rounds still to come can no longer make a benchmark regressed or improved, so that a
 * paired run measures it no further. Either
 * - more than half of all `totalRounds` ratios (and at least MIN_USABLE_ROUNDS) lie within the
 *   regression band: the median of every round, measured or skipped, lies within it too, and the
 *   verdict is `unchanged`; or
 * - at least MIN_USABLE_ROUNDS ratios are usable, and k of them (k: the interval's rank for
 *   `totalRounds`) reach the noise band from below and k from above: the interval's upper end
 *   can then never fall below the band nor its lower end rise above it, whatever follows, and with
 *   fewer rounds in the end k is smaller still. The verdict stays `unchanged` or `inconclusive`.
 * Either way stopping changes no `regressed` or `improved` verdict, only the time: unchanged code
 * is done after about three rounds, and only a benchmark that may have moved gets them all.
 */
export function settled(
  ratios: readonly (number | null)[],
  totalRounds: number,
  regressionPct: number,
  noisePct: number
): boolean {
  const usable = ratios.filter((x): x is number => x !== null && Number.isFinite(x) && x > 0);
  const r = regressionPct / 100;
  const within = usable.filter((x) => x >= 1 - r && x <= 1 + r).length;
  if (within >= Math.max(MIN_USABLE_ROUNDS, Math.floor(totalRounds / 2) + 1)) return true;
  if (usable.length < MIN_USABLE_ROUNDS) return false;
  const noise = 1 + noisePct / 100;
  const k = intervalRank(totalRounds);
  return usable.filter((x) => x >= 1 / noise).length >= k && usable.filter((x) => x <= noise).length >= k;
}
