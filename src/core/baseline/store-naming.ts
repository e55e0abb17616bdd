// Where a promoted baseline is stored: its cache keys and its artifact name; and the name of the
// run's report artifact. Pure.
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

/** Whether two slots are the same: name, OS and testbed alike. */
export const sameSlot = (a: BaselineSlot, b: BaselineSlot): boolean =>
  a.name === b.name && a.os === b.os && a.testbed === b.testbed;

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

/** Characters an artifact name may not hold. */
const artifactNamePart = (text: string): string => text.replace(/[":<>|*?\r\n\\/]/g, '_');

/**
 * `<name>-<kind>-<testbed>-<os>`: one artifact name per instance, testbed and runner OS, because a
 * run refuses a second artifact of the same name (upload-artifact v4 answers 409), so matrix legs
 * and instances must not share one. Testbed and OS are key parts as in the cache keys (the OS as
 * RUNNER_OS spells it: Linux, Windows, macOS); they hold no `-`, so no two slots meet in one name.
 */
function artifactName(slot: BaselineSlot, kind: 'report' | 'baseline'): string {
  return `${artifactNamePart(slot.name)}-${kind}-${keyPart(slot.testbed)}-${keyPart(slot.os)}`;
}

/** `<name>-baseline-<testbed>-<os>`: the promoted baseline's artifact. */
export function baselineArtifactName(slot: BaselineSlot): string {
  return artifactName(slot, 'baseline');
}

/** `<name>-report-<testbed>-<os>`: the run's report dir as an artifact. */
export function reportArtifactName(slot: BaselineSlot): string {
  return artifactName(slot, 'report');
}

/**
 * `<name>-shard-<i>-of-<n>-<testbed>-<os>`: one shard's partial report, for the merge job to find.
 * Every leg of a matrix has its own: `i`, `n`, the testbed and the OS tell them apart.
 */
export function shardArtifactName(slot: BaselineSlot, shard: { index: number; count: number }): string {
  return `${artifactNamePart(slot.name)}-shard-${shard.index}-of-${shard.count}-${keyPart(slot.testbed)}-${keyPart(slot.os)}`;
}

/** What a shard artifact's name says, when it is one of this instance's (`name`); else null. */
export function parseShardArtifactName(
  artifact: string,
  name: string
): { index: number; count: number; testbed: string; os: string } | null {
  const prefix = `${artifactNamePart(name)}-shard-`;
  if (!artifact.startsWith(prefix)) return null;
  // Testbed and OS are key parts: neither holds a `-`.
  const match = /^(\d{1,3})-of-(\d{1,3})-([A-Za-z0-9._]+)-([A-Za-z0-9._]+)$/.exec(
    artifact.slice(prefix.length)
  );
  if (!match) return null;
  return {
    index: Number(match[1]),
    count: Number(match[2]),
    testbed: match[3] as string,
    os: match[4] as string
  };
}

/**
 * What a report or baseline artifact's name says, when it is one of this instance's (`name`): its
 * testbed and OS; else null. Testbed and OS are key parts: neither holds a `-`.
 */
export function parseSlotArtifactName(
  artifact: string,
  name: string,
  kind: 'report' | 'baseline'
): { testbed: string; os: string } | null {
  const prefix = `${artifactNamePart(name)}-${kind}-`;
  if (!artifact.startsWith(prefix)) return null;
  const match = /^([A-Za-z0-9._]+)-([A-Za-z0-9._]+)$/.exec(artifact.slice(prefix.length));
  return match ? { testbed: match[1] as string, os: match[2] as string } : null;
}
