// The data branch through the git CLI (history: branch). Being built: see docs/history.md.

import type { BaselineSlot } from '../../core/baseline/store-naming.js';
import type { HistoryRecord } from '../../core/history/record.js';
import type { RunProgram } from '../program.js';

/** Where the data branch is and how to reach it. */
export interface HistoryRemote {
  /** A URL or path git fetches from and pushes to; it never holds a credential. */
  url: string;
  branch: string;
  /** Sent to git as an `Authorization` header (never in a URL, an argument or the log); null: none. */
  token: string | null;
}

export type HistoryAppendResult =
  | {
      ok: true;
      /** False when the branch already held a record of this commit for the slot (nothing to add). */
      added: boolean;
      /** The record's path in the branch, `/`-separated. */
      path: string;
      /** How many pushes it took (a rejected push is fetched, rebased and retried). */
      attempts: number;
      /** The records the retention removed, in a commit of their own. */
      pruned: string[];
    }
  | { ok: false; reason: string; attempts: number };

export type HistoryFindResult =
  | { ok: true; records: HistoryRecord[]; problems: string[] }
  | { ok: false; reason: string };

/** The data branch (`history: branch`), through the git CLI with argument arrays. */
export interface HistoryPort {
  /** The checkout's `origin` URL with any user or password removed; null when there is none. */
  originUrl(workspace: string): Promise<string | null>;
  /** A tag pointing at `commit` in the checkout (a release), or null. */
  releaseTag(workspace: string, commit: string): Promise<string | null>;
  /**
   * Adds the record (creating the branch as an orphan on first use), prunes the slot to `max` in a
   * commit of its own (0: never), regenerates the dashboard and pushes; a rejected push is fetched,
   * rebased and retried with back-off.
   */
  append(
    remote: HistoryRemote,
    record: HistoryRecord,
    options: { max: number; repositoryUrl: string | null; generatedAt: string }
  ): Promise<HistoryAppendResult>;
  /** The slot's records of these commits as the branch holds them now (none when it does not exist). */
  find(remote: HistoryRemote, slot: BaselineSlot, commits: readonly string[]): Promise<HistoryFindResult>;
}

export function realHistory(_run: RunProgram): HistoryPort {
  const missing = async (): Promise<never> => {
    throw new Error('the data branch is not available in this build');
  };
  return { originUrl: missing, releaseTag: missing, append: missing, find: missing };
}
