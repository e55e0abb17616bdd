// Where the data branch keeps things. Every result is a file of its own, named by its time and
// commit under its slot's folder, so concurrent writers only ever add different files and never
// edit the same one; the dashboard files at the top are regenerated from those files by every
// writer. Names come from settings a workflow controls, so each folder name is reduced to safe
// characters (with a hash of the original when that changed it, so two settings never share one).
// Pure.

import type { BaselineSlot } from '../baseline/store-naming.js';
import { sha256Hex } from '../sha256.js';
import type { HistoryRecord } from './record.js';

/** The folder holding the records. */
export const DATA_DIR = 'data';
/** The dashboard page, its data and the marker that tells GitHub Pages not to run Jekyll. */
export const DASHBOARD_PAGE = 'index.html';
export const DASHBOARD_DATA = 'data.js';
export const PAGES_MARKER = '.nojekyll';

const MAX_SEGMENT = 60;

/** A folder name made of `[A-Za-z0-9._-]`, never `.`-led; a changed name gains `-<hash>`. */
export function pathSegment(text: string): string {
  const safe = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[.-]+/, '_')
    .slice(0, MAX_SEGMENT);
  return safe === text && safe !== '' ? safe : `${safe || '_'}-${sha256Hex(text).slice(0, 8)}`;
}

/** `data/<name>/<testbed>/<os>`, with `/` separators whatever the platform. */
export function slotFolder(slot: BaselineSlot): string {
  return [DATA_DIR, pathSegment(slot.name), pathSegment(slot.testbed), pathSegment(slot.os)].join('/');
}

/** `20261207T114131Z` from an ISO 8601 UTC timestamp: file names sort by time. */
export function timeStamp(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`not an ISO 8601 timestamp: ${JSON.stringify(iso)}`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

const RECORD_NAME = /^(\d{8}T\d{6}Z)-([0-9a-f]{7,64})\.json$/;

/** `<time>-<commit>.json`. */
export const recordFileName = (record: Pick<HistoryRecord, 'timestamp' | 'commit'>): string =>
  `${timeStamp(record.timestamp)}-${record.commit}.json`;

/** The record's path in the branch, `/`-separated. */
export const recordPath = (record: HistoryRecord): string =>
  `${slotFolder({ name: record.name, testbed: record.testbed, os: record.os })}/${recordFileName(record)}`;

/** The time and commit a record's file name holds; null for any other name. */
export function parseRecordFileName(name: string): { stamp: string; commit: string } | null {
  const match = RECORD_NAME.exec(name);
  return match ? { stamp: match[1] as string, commit: match[2] as string } : null;
}

/** Whether a slot folder already holds a record of `commit` (a rerun or a retried push adds none). */
export const holdsCommit = (names: readonly string[], commit: string): boolean =>
  names.some((n) => parseRecordFileName(n)?.commit === commit);

/**
 * The record files to delete so that the newest `max` remain (0: keep all), oldest first. Files
 * that are not records are never touched.
 */
export function pruneSelection(names: readonly string[], max: number): string[] {
  if (max <= 0) return [];
  const records = names.filter((n) => parseRecordFileName(n) !== null).sort();
  return records.slice(0, Math.max(0, records.length - max));
}
