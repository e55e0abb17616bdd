// What the dashboard draws: every slot's records as columns (one array of values per benchmark,
// one entry per commit, oldest first), so that 1,000 benchmarks × 500 commits stay a few MB that a
// browser parses at once. Written as data.js (`window.COPYBOOK_BENCH_DATA = …`) because a page
// opened from file:// may load a script beside it but not fetch a file. Pure.

import type { HistoryRecord } from './record.js';

export const DASHBOARD_DATA_VERSION = '1.0';

export interface DashboardCommit {
  sha: string;
  /** ISO 8601 UTC of the record. */
  timestamp: string;
  release: string | null;
  run_id: string | null;
}

export interface DashboardSeries {
  id: string;
  group: string;
  /** `throughput`: bytes per second (higher is better); `time`: ns per iteration (lower is better). */
  quantity: 'throughput' | 'time';
  /** One value per commit of the slot; null where that commit has no value for it. */
  values: (number | null)[];
}

export interface DashboardSlot {
  name: string;
  testbed: string;
  os: string;
  commits: DashboardCommit[];
  /** The headline metrics and their floors, one value per commit. */
  display_gibs: (number | null)[];
  comp3_mibs: (number | null)[];
  display_floor_gibs: (number | null)[];
  comp3_floor_mibs: (number | null)[];
  benchmarks: DashboardSeries[];
}

export interface DashboardData {
  schema_version: '1.0';
  generated_at: string;
  /** `https://github.com/owner/repo`, for commit links; null when unknown. */
  repository_url: string | null;
  slots: DashboardSlot[];
}

const slotKey = (r: HistoryRecord): string => JSON.stringify([r.name, r.testbed, r.os]);

/** Oldest first; one record per commit (the newest of a commit's records wins). */
function ordered(records: readonly HistoryRecord[]): HistoryRecord[] {
  const sorted = [...records].sort((a, b) =>
    a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.commit < b.commit ? -1 : 1
  );
  const latest = new Map<string, HistoryRecord>();
  for (const r of sorted) latest.set(r.commit, r);
  return sorted.filter((r) => latest.get(r.commit) === r);
}

function slotOf(records: HistoryRecord[]): DashboardSlot {
  const first = records[0] as HistoryRecord;
  const series = new Map<string, DashboardSeries>();
  records.forEach((record, column) => {
    for (const b of record.benchmarks) {
      let s = series.get(b.id);
      if (!s) {
        s = {
          id: b.id,
          group: b.group,
          quantity: b.throughput ? 'throughput' : 'time',
          values: records.map(() => null)
        };
        series.set(b.id, s);
      }
      const value = s.quantity === 'throughput' ? b.throughput?.[1] : b.time_ns[1];
      s.values[column] = value ?? null;
    }
  });
  return {
    name: first.name,
    testbed: first.testbed,
    os: first.os,
    commits: records.map((r) => ({
      sha: r.commit,
      timestamp: r.timestamp,
      release: r.release,
      run_id: r.run_id
    })),
    display_gibs: records.map((r) => r.metrics.display_gibs),
    comp3_mibs: records.map((r) => r.metrics.comp3_mibs),
    display_floor_gibs: records.map((r) => r.metrics.display_floor_gibs),
    comp3_floor_mibs: records.map((r) => r.metrics.comp3_floor_mibs),
    benchmarks: [...series.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  };
}

/** The dashboard's data from every record of the branch, slots sorted by name, testbed and OS. */
export function dashboardData(
  records: readonly HistoryRecord[],
  meta: { generatedAt: string; repositoryUrl: string | null }
): DashboardData {
  const bySlot = new Map<string, HistoryRecord[]>();
  for (const r of records) {
    const list = bySlot.get(slotKey(r));
    if (list) list.push(r);
    else bySlot.set(slotKey(r), [r]);
  }
  const keys = [...bySlot.keys()].sort();
  return {
    schema_version: DASHBOARD_DATA_VERSION,
    generated_at: meta.generatedAt,
    repository_url: meta.repositoryUrl,
    slots: keys.map((k) => slotOf(ordered(bySlot.get(k) as HistoryRecord[])))
  };
}

/**
 * Significant digits kept in data.js's headline numbers. The page shows three; a full double takes
 * 17 or 18 characters.
 */
export const DASHBOARD_DIGITS = 6;

const rounded = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(DASHBOARD_DIGITS)) : value;

/**
 * A series' values as data.js carries them: little-endian float32 (seven significant digits, more
 * than the page shows), NaN where a commit has none, in base64. At 1,000 benchmarks × 500 commits a
 * browser reads these strings several times faster than the same numbers as literals; the page
 * unpacks them (unpackValues in src/render/dashboard/client/format.ts).
 */
export function packValues(values: readonly (number | null)[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => {
    view.setFloat32(i * 4, v === null ? Number.NaN : v, true);
  });
  return Buffer.from(view.buffer).toString('base64');
}

/** A series in data.js: its values packed (`f32`) rather than listed. */
export type PackedSeries = Omit<DashboardSeries, 'values'> & { f32: string };

/**
 * data.js's text: each series' values packed, the other numbers rounded to `DASHBOARD_DIGITS`
 * significant digits. JSON is a JavaScript expression; `<`, U+2028 and U+2029 are escaped so that
 * no id can close a script element or a string if the text is ever inlined into a page.
 */
export function dashboardScript(data: DashboardData): string {
  const packed = {
    ...data,
    slots: data.slots.map((slot) => ({
      ...slot,
      benchmarks: slot.benchmarks.map(
        ({ values, ...series }): PackedSeries => ({ ...series, f32: packValues(values) })
      )
    }))
  };
  const json = JSON.stringify(packed, rounded)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.COPYBOOK_BENCH_DATA = ${json};\n`;
}
