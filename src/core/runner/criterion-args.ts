/**
 * The arguments a criterion bench program is run with when cargo does not start it: `--bench`
 * (without it criterion only tests), the measurement and warm-up times, and a filter that runs only
 * the chosen benchmarks. Pure.
 */

// Characters with a meaning in a regex of Rust's regex crate outside a class; a backslash before
// each is accepted by every version criterion has used.
const REGEX_META = new Set(['\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$']);

/**
 * The most characters one filter may have: an argument longer than 128 KiB cannot be passed on Linux
 * (MAX_ARG_STRLEN), and a regex that size is slow to compile anyway.
 */
export const MAX_FILTER_LENGTH = 64 * 1024;

/** A criterion id as a regex matching only itself: metacharacters escaped, control characters as `\x{…}`. */
export function escapeId(id: string): string {
  let out = '';
  for (const char of id) {
    const code = char.codePointAt(0) as number;
    if (REGEX_META.has(char)) out += `\\${char}`;
    // Control characters (NUL cannot be passed as an argument at all) spelt out, so none reaches argv.
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x{${code.toString(16)}}`;
    else out += char;
  }
  return out;
}

/**
 * criterion's positional filter (a regex searched in each benchmark's full id) that runs exactly
 * `ids`: each escaped, all joined with `|` and anchored. null when there is nothing to filter by, or
 * when the filter would be too long to pass (then run everything and keep only `ids`).
 */
export function idFilter(ids: readonly string[]): string | null {
  const chunks = idFilterChunks(ids);
  return chunks.length === 1 ? (chunks[0] as string) : null;
}

/**
 * Whether a criterion version takes fractions of a second for `--measurement-time` and
 * `--warm-up-time` (0.4 and later; 0.3 parses them as whole seconds and exits on `0.5`).
 * An unknown version is taken to be old.
 */
export function takesFractionalSeconds(version: string | null): boolean {
  const match = version === null ? null : /^(\d+)\.(\d+)\./.exec(version);
  if (!match) return false;
  const major = Number(match[1]);
  return major > 0 || Number(match[2]) >= 4;
}

export interface CriterionTimes {
  measurementSeconds: number;
  warmUpSeconds: number;
  /** Whether the times asked for were rounded up to whole seconds. */
  rounded: boolean;
}

/**
 * The times to pass: as asked when every program takes fractions, else each rounded up to whole
 * seconds (at least 1, since 0.3 refuses 0), so that every program measures for the same time.
 */
export function criterionTimes(
  versions: readonly (string | null)[],
  measurementSeconds: number,
  warmUpSeconds: number
): CriterionTimes {
  if (versions.every(takesFractionalSeconds)) return { measurementSeconds, warmUpSeconds, rounded: false };
  const whole = (seconds: number): number => Math.max(1, Math.ceil(seconds));
  return {
    measurementSeconds: whole(measurementSeconds),
    warmUpSeconds: whole(warmUpSeconds),
    rounded: whole(measurementSeconds) !== measurementSeconds || whole(warmUpSeconds) !== warmUpSeconds
  };
}

/** `--bench --noplot --measurement-time <s> --warm-up-time <s> [<filter>]`. */
export function criterionRunArgs(times: CriterionTimes, filter: string | null): string[] {
  return [
    '--bench',
    '--noplot',
    '--measurement-time',
    String(times.measurementSeconds),
    '--warm-up-time',
    String(times.warmUpSeconds),
    ...(filter === null ? [] : [filter])
  ];
}

/**
 * Filters that together run exactly `ids`, each within `maxLength` (MAX_FILTER_LENGTH): one when
 * they fit, else the ids in order, cut into as few runs as fit. Empty for no ids.
 */
export function idFilterChunks(ids: readonly string[], maxLength = MAX_FILTER_LENGTH): string[] {
  const unique = [...new Set(ids)];
  const chunks: string[] = [];
  let current: string[] = [];
  let length = '^(?:)$'.length;
  for (const id of unique) {
    const escaped = escapeId(id);
    const added = escaped.length + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && length + added > maxLength) {
      chunks.push(`^(?:${current.join('|')})$`);
      current = [];
      length = '^(?:)$'.length;
    }
    current.push(escaped);
    length += escaped.length + (current.length > 1 ? 1 : 0);
  }
  if (current.length > 0) chunks.push(`^(?:${current.join('|')})$`);
  return chunks;
}
