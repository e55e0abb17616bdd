// Regressions as findings, so that `fail-on` decides whether they fail the step.

import { error, type Finding, warning } from '../findings.js';
import type { BenchmarkChange, Comparison } from '../model.js';
import { formatChangePct, formatIntervalPct, formatThresholdPct } from '../units.js';

const NOISE_FROM: Readonly<Record<BenchmarkChange['threshold_source'], string>> = {
  fixed: '',
  history: ' from the baseline history',
  run: " from the runs' own variation"
};

function regressionMessage(change: BenchmarkChange, regressionPct: number): string {
  const noise = formatThresholdPct(change.noise_threshold_pct);
  const rule = `threshold ${formatThresholdPct(regressionPct)}, noise ${noise}${NOISE_FROM[change.threshold_source]}`;
  const interval = formatIntervalPct(change.lower_pct, change.upper_pct);
  const rounds = change.paired?.ratios.length;
  // A paired verdict: the median of the rounds' ratios, measured on this runner against the base.
  const which = rounds === undefined ? '95% interval' : `paired, ${rounds} rounds, interval`;
  if (change.quantity === 'throughput') {
    const size = Math.abs(change.change_pct ?? 0).toFixed(1);
    return `${change.id} regressed by ${size}% (${which} ${interval}; ${rule})`;
  }
  // Time grows when it regresses: show the sign so the interval reads the same way.
  return `${change.id} regressed: time per iteration ${formatChangePct(change.change_pct)} (${which} ${interval}; ${rule})`;
}

/** One finding per regressed benchmark: an error when regressions fail the step, else a warning. */
export function comparisonFindings(comparison: Comparison, failOnRegression: boolean): Finding[] {
  const make = failOnRegression ? error : warning;
  return comparison.changes
    .filter((c) => c.verdict === 'regressed')
    .map((c) => make('regression', regressionMessage(c, comparison.thresholds.regression_pct)));
}
