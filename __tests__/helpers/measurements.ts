// Literal measurements for the pure-stage tests: a byte throughput per iteration and a time.

import { type Measurement, splitId } from '../../src/core/criterion/measurement.js';

export function measurement(
  id: string,
  opts: {
    bytes?: number | null;
    timeNs?: number;
    spread?: number;
    stdDevNs?: number | null;
    fastestNs?: number;
  } = {}
): Measurement {
  const timeNs = opts.timeNs ?? 1000;
  const spread = opts.spread ?? 0.01;
  const time = { lower: timeNs * (1 - spread), point: timeNs, upper: timeNs * (1 + spread) };
  const bytes = opts.bytes === undefined ? 1000 : opts.bytes;
  return {
    id,
    ...splitId(id),
    throughput: bytes === null ? null : { kind: 'bytes', per_iteration: bytes },
    time_ns: time,
    std_dev_ns: opts.stdDevNs === undefined ? timeNs * 0.01 : opts.stdDevNs,
    rate:
      bytes === null
        ? null
        : {
            lower: bytes / (time.upper * 1e-9),
            point: bytes / (time.point * 1e-9),
            upper: bytes / (time.lower * 1e-9)
          },
    source: 'disk',
    ...(opts.fastestNs === undefined ? {} : { fastest_ns: opts.fastestNs })
  };
}

/**
 * A benchmark as criterion's printed text gives it: no samples (so no std_dev) and, for an
 * elements throughput, only the printed rate in elements per second.
 */
export function printed(
  id: string,
  opts: { elementsPerSecond?: number; bytesPerSecond?: number }
): Measurement {
  const base = measurement(id, { bytes: null, stdDevNs: null });
  const perSecond = opts.elementsPerSecond ?? opts.bytesPerSecond;
  return {
    ...base,
    throughput:
      perSecond === undefined
        ? null
        : { kind: opts.elementsPerSecond === undefined ? 'bytes' : 'elements', per_iteration: null },
    rate:
      perSecond === undefined ? null : { lower: perSecond * 0.99, point: perSecond, upper: perSecond * 1.01 },
    source: 'stdout'
  };
}

/** A measurement whose point throughput is exactly `bytesPerSecond` (1000 bytes per iteration). */
export function atRate(
  id: string,
  bytesPerSecond: number,
  extra: { stdDevNs?: number | null } = {}
): Measurement {
  return measurement(id, { bytes: 1000, timeNs: 1000 / (bytesPerSecond * 1e-9), ...extra });
}
