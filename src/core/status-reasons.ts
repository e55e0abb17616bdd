// Why a run did not pass, in a few words for the headline: `3 regressed`, `DISPLAY below floor`.
// The findings hold the whole story; these name only what made the status what it is.

import { type Finding, type FindingKind, statusOf } from './findings.js';
import { METRIC_LABEL, type MetricName } from './metrics.js';

const metricLabel = (f: Finding): string =>
  Object.hasOwn(METRIC_LABEL, f.metric ?? '') ? METRIC_LABEL[f.metric as MetricName] : 'a metric';

const counted = (n: number, one: string, many: string): string => (n === 1 ? one : `${n} ${many}`);

/** One short reason per kind (and metric) of the findings at the status's level. */
const REASON: Readonly<Record<FindingKind, (f: Finding, count: number) => string>> = {
  run: () => 'bench run failed',
  input: (f, n) =>
    f.level === 'error'
      ? counted(n, 'input error', 'input errors')
      : counted(n, 'input warning', 'input warnings'),
  metric: (f) => `${metricLabel(f)} missing`,
  floor: (f) => `${metricLabel(f)} ${f.level === 'error' ? 'below floor' : 'near floor'}`,
  regression: (_, n) => `${n} regressed`,
  variance: (f) => `${metricLabel(f)} noisy`,
  memory: () => 'memory above ceiling',
  machine: () => 'baseline from another machine'
};

// The order the reasons are read in: what stopped the run first, noise last.
const ORDER: readonly FindingKind[] = [
  'run',
  'input',
  'metric',
  'floor',
  'regression',
  'variance',
  'memory',
  'machine'
];

/**
 * Why the status is `fail` (the errors) or `warn` (the warnings), most basic first; empty when it
 * passes. Findings of one kind count together (`3 regressed`); floors and metrics are named.
 */
export function statusReasons(findings: readonly Finding[]): string[] {
  const status = statusOf(findings);
  if (status === 'pass') return [];
  const level = status === 'fail' ? 'error' : 'warning';
  const chosen = findings.filter((f) => f.level === level);
  const reasons: string[] = [];
  for (const kind of ORDER) {
    const ofKind = chosen.filter((f) => f.kind === kind);
    for (const f of ofKind) {
      const reason = REASON[kind](f, ofKind.length);
      if (!reasons.includes(reason)) reasons.push(reason);
    }
  }
  return reasons;
}
