// What a criterion bench program prints for `--bench --list`: one `<id>: bench` line per benchmark
// (criterion 0.3; 0.4 and later print `<id>: benchmark`), with blank lines between groups and
// whatever else the program prints (a plotting backend note). Pure. The ids are the program's own
// words, written by the pull request: they are only ever matched against, never run or shown raw.

const LISTED = /^(.+): bench(?:mark)?$/;

/** The most ids one listing yields: more is not a bench suite but a program flooding its output. */
export const MAX_LISTED_IDS = 100_000;

/** The longest id taken: a longer one could not be run by a filter of its own (MAX_FILTER_LENGTH). */
export const MAX_LISTED_ID_LENGTH = 4096;

export interface Listing {
  /** The ids in the order listed, each once. */
  ids: string[];
  /** Lines that are not `<id>: bench` (criterion's notes around the listing), or name an id too long to run. */
  ignored: number;
  /** Whether the listing stopped at MAX_LISTED_IDS. */
  truncated: boolean;
}

/** The benchmark ids of a `--list` output. */
export function parseCriterionList(stdout: string): Listing {
  const seen = new Set<string>();
  let ignored = 0;
  let truncated = false;
  for (const raw of stdout.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    const match = line.length <= MAX_LISTED_ID_LENGTH + ': benchmark'.length ? LISTED.exec(line) : null;
    if (!match || (match[1] as string).length > MAX_LISTED_ID_LENGTH) {
      ignored++;
      continue;
    }
    if (seen.size >= MAX_LISTED_IDS) {
      truncated = true;
      break;
    }
    seen.add(match[1] as string);
  }
  return { ids: [...seen], ignored, truncated };
}
