// Where a promoted baseline is stored: its cache keys and its artifact name. Pure.
//
// Cache keys are immutable, so every promotion gets its own key (one per commit) and a comparison
// restores by prefix, the service answering with the newest entry under it. A prefix is only safe
// when no other slot's keys start with it: `-` separates the key's parts, so the parts themselves
// never contain one (`ubuntu-latest` and `ubuntu-latest-arm` would otherwise share a prefix).

/** The one file a stored baseline holds. */
export const BASELINE_FILE_NAME = 'baseline.json';

/** Which baseline a run reads and writes: one per action instance, runner OS and test bed. */
export interface BaselineSlot {
  /** The action instance's `name`. */
  name: string;
  /** The runner's OS (RUNNER_OS: Linux, Windows, macOS). */
  os: string;
  /** The `testbed` label. */
  testbed: string;
}

// Keeps keys well under the service's 512-character limit whatever the inputs hold.
const MAX_PART_LENGTH = 100;

/** A key part without separators or the commas a key may not hold: other characters become `_`. */
export function keyPart(text: string): string {
  const part = text.replace(/[^A-Za-z0-9._]+/g, '_').slice(0, MAX_PART_LENGTH);
  return part === '' ? '_' : part;
}

/** `<name>-baseline-<os>-<testbed>-`: restoring by it finds the newest promotion of the slot. */
export function baselineCachePrefix(slot: BaselineSlot): string {
  return `${keyPart(slot.name)}-baseline-${keyPart(slot.os)}-${keyPart(slot.testbed)}-`;
}

/** `<name>-baseline-<os>-<testbed>-<sha>`: the key of one promotion. */
export function baselineCacheKey(slot: BaselineSlot, commit: string): string {
  return `${baselineCachePrefix(slot)}${keyPart(commit)}`;
}

/** `<name>-baseline`, without the characters artifact names may not contain. */
export function baselineArtifactName(name: string): string {
  return `${name.replace(/[":<>|*?\r\n\\/]/g, '_')}-baseline`;
}
