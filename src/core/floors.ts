// Floors (SLOs): each metric against its floor, in bytes/second, with safety factors, warnings
// near the floor, variance and memory checks, and the compliance level.

import { minOf } from './arrays.js';
import type { Floor } from './config/config.js';
import { coefficientOfVariation, type Measurement } from './criterion/measurement.js';
import { error, type Finding, warning } from './findings.js';
import { METRIC_LABEL, type MetricValue } from './metrics.js';
import { formatByteRateIn, formatBytes } from './units.js';

export type ComplianceLevel =
  | 'FullyCompliant'
  | 'ConditionallyCompliant'
  | 'RequiresAttention'
  | 'NonCompliant';

export interface FloorCheck {
  /** throughput / floor, or null when the metric is missing. */
  safetyFactor: number | null;
  findings: Finding[];
}

const mbs = (bytesPerSecond: number): string => formatByteRateIn(bytesPerSecond, 'MB/s');

/** Checks one metric against its floor; below floor × warningFactor warns. */
export function checkFloor(metric: MetricValue, floor: Floor, warningFactor: number): FloorCheck {
  const value = metric.bytesPerSecond?.point;
  if (value === undefined) return { safetyFactor: null, findings: [] };
  const label = METRIC_LABEL[metric.name];
  // Finite for any floor the config accepts; a ratio past the largest number says nothing.
  const ratio = value / floor.bytesPerSecond;
  const safetyFactor = Number.isFinite(ratio) ? ratio : null;
  const findings: Finding[] = [];
  if (value < floor.bytesPerSecond) {
    findings.push(
      error(
        'floor',
        `${label} throughput ${mbs(value)} is below the floor of ${mbs(floor.bytesPerSecond)} (deficit ${mbs(floor.bytesPerSecond - value)})`,
        metric.name
      )
    );
  } else if (value < floor.bytesPerSecond * warningFactor) {
    findings.push(
      warning(
        'floor',
        `${label} throughput ${mbs(value)} is within ${warningFactor}× of the floor of ${mbs(floor.bytesPerSecond)} (safety factor ${ratio.toFixed(2)}, warning below ${mbs(floor.bytesPerSecond * warningFactor)})`,
        metric.name
      )
    );
  }
  return { safetyFactor, findings };
}

/** Warns for each metric benchmark whose coefficient of variation exceeds the tolerance. */
export function checkVariance(
  metrics: readonly MetricValue[],
  measurements: readonly Measurement[],
  tolerance: number
): Finding[] {
  const byId = new Map(measurements.map((m) => [m.id, m]));
  const findings: Finding[] = [];
  for (const metric of metrics) {
    for (const id of metric.ids) {
      const m = byId.get(id);
      const cv = m ? coefficientOfVariation(m) : null;
      if (cv !== null && cv > tolerance) {
        findings.push(
          warning(
            'variance',
            `${METRIC_LABEL[metric.name]} benchmark ${id} varies by ${(cv * 100).toFixed(1)}% (std_dev / typical), above the variance tolerance of ${(tolerance * 100).toFixed(1)}%`,
            metric.name
          )
        );
      }
    }
  }
  return findings;
}

/** Warns when the bench processes' peak RSS is above the ceiling. */
export function checkMemory(
  peakRssBytes: number | null,
  ceiling: { text: string; bytes: number }
): Finding[] {
  if (peakRssBytes === null || peakRssBytes <= ceiling.bytes) return [];
  return [
    warning(
      'memory',
      `Peak RSS of the bench processes ${formatBytes(peakRssBytes)} is above the memory ceiling of ${ceiling.text}`
    )
  ];
}

/** The compliance level, from the errors, the warnings and the smaller safety factor. */
export function complianceLevel(
  findings: readonly Finding[],
  safetyFactors: ReadonlyArray<number | null>
): ComplianceLevel {
  if (findings.some((f) => f.level === 'error')) return 'NonCompliant';
  const known = safetyFactors.filter((s): s is number => s !== null);
  if (known.length < safetyFactors.length) return 'NonCompliant';
  const smallest = minOf(known);
  const hasWarnings = findings.some((f) => f.level === 'warning');
  if (smallest >= 10 && !hasWarnings) return 'FullyCompliant';
  if (smallest >= 5) return 'ConditionallyCompliant';
  if (hasWarnings) return 'RequiresAttention';
  return 'ConditionallyCompliant';
}
