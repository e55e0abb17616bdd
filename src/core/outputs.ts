// The action's outputs, in one table for action.yml, the README and the code that sets them.

import type { PerfReport } from './model.js';
import { formatSignificant, METRIC_DIGITS } from './units.js';

export const OUTPUTS = [
  {
    name: 'display-gibs',
    description:
      'DISPLAY throughput in GiB/s, 4 significant digits, e.g. `4.218` or `0.03166` (empty when missing).'
  },
  {
    name: 'comp3-mibs',
    description: 'COMP-3 throughput in MiB/s, 4 significant digits, e.g. `571.0` (empty when missing).'
  },
  { name: 'status', description: '`pass`, `warn` or `fail`.' },
  {
    name: 'compliance-level',
    description: '`FullyCompliant`, `ConditionallyCompliant`, `RequiresAttention` or `NonCompliant`.'
  },
  { name: 'display-safety-factor', description: 'DISPLAY throughput / DISPLAY floor (2 decimals).' },
  { name: 'comp3-safety-factor', description: 'COMP-3 throughput / COMP-3 floor (2 decimals).' },
  {
    name: 'summary',
    description:
      'The one-liner, e.g. `DISPLAY: 4.218 GiB/s, COMP-3: 571.0 MiB/s ✅`; with a baseline each metric has its change, and a failed run says why: `DISPLAY: 4.131 GiB/s (−2.1%), COMP-3: 571.0 MiB/s (+0.3%) ❌ 3 regressed`.'
  },
  { name: 'report-path', description: 'Path of the written perf.json.' },
  { name: 'comment-id', description: "The PR comment's id (empty when no comment was written or found)." },
  { name: 'comment-url', description: "The PR comment's URL (empty when no comment was written or found)." },
  {
    name: 'regressions',
    description: 'How many benchmarks regressed against the baseline (empty when nothing was compared).'
  },
  { name: 'baseline-promoted', description: '`true` when this run promoted its result as the new baseline.' },
  {
    name: 'baseline-key',
    description: 'The cache key of the promoted baseline (empty when nothing was promoted).'
  },
  { name: 'artifact-id', description: "The promoted baseline artifact's id (empty when none was uploaded)." },
  {
    name: 'html-report-path',
    description: 'Path of report.html (trend.html, audit.html and compliance.html are next to it).'
  },
  { name: 'audit-path', description: 'Path of audit.json, the audit record of the run.' }
] as const;

export type OutputName = (typeof OUTPUTS)[number]['name'];

/** Outputs that exist only when their thing does: an unset output reads as empty in a workflow. */
export type OptionalOutputName =
  | 'comment-id'
  | 'comment-url'
  | 'baseline-key'
  | 'artifact-id'
  | 'html-report-path'
  | 'audit-path';

const text = (value: number | null, digits: number): string => (value === null ? '' : value.toFixed(digits));
const metric = (value: number | null): string =>
  value === null ? '' : formatSignificant(value, METRIC_DIGITS);

/** The outputs' values for a report written at `reportPath`, plus the optional ones that are known. */
export function outputValues(
  report: PerfReport,
  reportPath: string,
  known: Partial<Record<OptionalOutputName, string>> & { promoted?: boolean } = {}
): Record<Exclude<OutputName, OptionalOutputName>, string> & Partial<Record<OptionalOutputName, string>> {
  const margins = report._metadata.execution_context.safety_margins;
  const { promoted, ...optional } = known;
  return {
    'display-gibs': metric(report.display_gibs),
    'comp3-mibs': metric(report.comp3_mibs),
    status: report.status,
    'compliance-level': report.compliance_level,
    'display-safety-factor': text(margins.display_safety_factor, 2),
    'comp3-safety-factor': text(margins.comp3_safety_factor, 2),
    summary: report.summary,
    'report-path': reportPath,
    regressions: report.comparison ? String(report.comparison.regressions) : '',
    'baseline-promoted': promoted ? 'true' : 'false',
    ...optional
  };
}
