// What criterion wrote on disk, read independently of the action's reader, and the check that a
// perf.json carries exactly those numbers: throughput = bytes per iteration / (slope ?? mean).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import type { PerfReport } from '../../src/core/model.js';

export interface OnDisk {
  id: string;
  bytes: number | null;
  typicalNs: number;
}

/** Reads criterion's files directly, independently of the action's reader. */
export function criterionOnDisk(dir: string): OnDisk[] {
  const found = spawnSync('find', [dir, '-path', '*/new/benchmark.json'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n');
  return found.map((file) => {
    const benchmark = JSON.parse(readFileSync(file, 'utf8'));
    const estimates = JSON.parse(readFileSync(path.join(path.dirname(file), 'estimates.json'), 'utf8'));
    return {
      id: benchmark.full_id,
      bytes: benchmark.throughput?.Bytes ?? null,
      typicalNs: (estimates.slope ?? estimates.mean).point_estimate
    };
  });
}

/** Four significant digits, as written for people (`4.218`, `571.0`, `0.03166`): the action's rule. */
export function fourDigits(value: number): string {
  return value.toFixed(Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value)))));
}

export function expectSameNumbers(report: PerfReport, disk: OnDisk[]): void {
  expect(report.benchmarks.map((b) => b.id).sort()).toEqual(disk.map((d) => d.id).sort());
  for (const d of disk) {
    const b = report.benchmarks.find((x) => x.id === d.id);
    expect(b?.time_ns.point).toBe(d.typicalNs);
    if (d.bytes !== null) expect(b?.bytes_per_second?.point).toBeCloseTo(d.bytes / (d.typicalNs * 1e-9), 6);
  }
  const best = (prefix: string) =>
    Math.max(
      ...disk.filter((d) => d.id.startsWith(prefix)).map((d) => (d.bytes as number) / (d.typicalNs * 1e-9))
    );
  // Enough digits to see a 1% change: four significant ones.
  expect(report.display_gibs).toBe(Number(fourDigits(best('decode_display_heavy/') / 1024 ** 3)));
  expect(report.comp3_mibs).toBe(Number(fourDigits(best('decode_comp3_heavy/') / 1024 ** 2)));
}
