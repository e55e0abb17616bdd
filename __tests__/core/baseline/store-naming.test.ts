import { describe, expect, it } from '@jest/globals';
import {
  baselineArtifactName,
  baselineCacheKey,
  baselineCachePrefix,
  keyPart,
  parseShardArtifactName,
  parseSlotArtifactName,
  reportArtifactName,
  shardArtifactName
} from '../../../src/core/baseline/store-naming.js';

const SLOT = { name: 'copybook-bench', os: 'Linux', testbed: 'ubuntu-24.04' };

describe('baselineCacheKey and baselineCachePrefix', () => {
  it('key a promotion by slot and commit, the prefix leaving the commit out', () => {
    expect(baselineCacheKey(SLOT, '0123abc')).toBe('copybook_bench-baseline-Linux-ubuntu_24.04-0123abc');
    expect(baselineCachePrefix(SLOT)).toBe('copybook_bench-baseline-Linux-ubuntu_24.04-');
  });

  it("never let one slot's prefix match another slot's keys", () => {
    const prefix = baselineCachePrefix({ ...SLOT, testbed: 'ubuntu' });
    const other = baselineCacheKey({ ...SLOT, testbed: 'ubuntu-arm' }, 'abc');

    expect(other.startsWith(prefix)).toBe(false);
  });

  it('hold no commas, which keys may not contain, and stay under 512 characters', () => {
    const key = baselineCacheKey({ name: 'a,b', os: 'Linux', testbed: 'x'.repeat(600) }, 'f'.repeat(40));

    expect(key).not.toContain(',');
    expect(key.length).toBeLessThanOrEqual(512);
  });
});

describe('keyPart', () => {
  it('keeps letters, digits, dots and underscores and folds every other run into one _', () => {
    expect(keyPart('Self hosted / x86-64')).toBe('Self_hosted_x86_64');
    expect(keyPart('v1.2_rc')).toBe('v1.2_rc');
  });

  it('is never empty', () => {
    expect(keyPart('')).toBe('_');
  });
});

describe('baselineArtifactName and reportArtifactName', () => {
  it('name the artifact by instance, testbed and OS (as RUNNER_OS spells it)', () => {
    expect(baselineArtifactName(SLOT)).toBe('copybook-bench-baseline-ubuntu_24.04-Linux');
    expect(reportArtifactName(SLOT)).toBe('copybook-bench-report-ubuntu_24.04-Linux');
    expect(reportArtifactName({ ...SLOT, testbed: 'default', os: 'macOS' })).toBe(
      'copybook-bench-report-default-macOS'
    );
  });

  it('replace the characters artifact names may not hold', () => {
    expect(baselineArtifactName({ name: 'a/b:c*?', os: 'Win\\dows', testbed: 'x|y' })).toBe(
      'a_b_c__-baseline-x_y-Win_dows'
    );
  });

  it('give every matrix leg and instance a name of its own', () => {
    const slots = [
      SLOT,
      { ...SLOT, os: 'Windows' },
      { ...SLOT, testbed: 'ubuntu-24.04-arm' },
      { ...SLOT, name: 'copybook-bench-x64' },
      // A name that holds what follows it in another slot's name.
      { name: 'copybook-bench-report-ubuntu_24.04', os: 'Linux', testbed: 'x' },
      // Parts that would meet in one name if a `-` inside them stayed.
      { name: 'copybook-bench', os: 'Linux', testbed: 'a-b' },
      { name: 'copybook-bench', os: 'b-Linux', testbed: 'a' }
    ];
    const names = slots.flatMap((slot) => [baselineArtifactName(slot), reportArtifactName(slot)]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('shardArtifactName and parseShardArtifactName', () => {
  it('name each leg of a matrix by shard, testbed and OS, and read it back', () => {
    const name = shardArtifactName(SLOT, { index: 2, count: 4 });
    expect(name).toBe('copybook-bench-shard-2-of-4-ubuntu_24.04-Linux');
    expect(parseShardArtifactName(name, 'copybook-bench')).toEqual({
      index: 2,
      count: 4,
      testbed: 'ubuntu_24.04',
      os: 'Linux'
    });
    const legs = [1, 2, 3].map((index) => shardArtifactName({ ...SLOT, os: 'macOS' }, { index, count: 3 }));
    expect(new Set(legs).size).toBe(3);
  });

  it("are not fooled by another instance's, a report's or a made-up name", () => {
    const name = shardArtifactName({ ...SLOT, name: 'copybook-bench-x64' }, { index: 1, count: 2 });
    expect(parseShardArtifactName(name, 'copybook-bench')).toBeNull();
    expect(parseShardArtifactName(name, 'copybook-bench-x64')).not.toBeNull();
    expect(parseShardArtifactName(reportArtifactName(SLOT), 'copybook-bench')).toBeNull();
    for (const odd of [
      'copybook-bench-shard-1-of-2-Linux',
      'copybook-bench-shard-x-of-2-a-Linux',
      'copybook-bench-shard-1-of-2-a-b-Linux',
      'copybook-bench-shard-1-of-2-a-Linux/../x'
    ])
      expect(parseShardArtifactName(odd, 'copybook-bench')).toBeNull();
  });
});

describe('parseSlotArtifactName', () => {
  it("reads back this instance's report and baseline names, and nothing else", () => {
    const slot = { name: 'copybook-bench', testbed: 'x64', os: 'Linux' };
    expect(parseSlotArtifactName(reportArtifactName(slot), 'copybook-bench', 'report')).toEqual({
      testbed: 'x64',
      os: 'Linux'
    });
    expect(parseSlotArtifactName(baselineArtifactName(slot), 'copybook-bench', 'baseline')).toEqual({
      testbed: 'x64',
      os: 'Linux'
    });
    expect(parseSlotArtifactName(reportArtifactName(slot), 'copybook-bench', 'baseline')).toBeNull();
    expect(parseSlotArtifactName(reportArtifactName(slot), 'other', 'report')).toBeNull();
    expect(
      parseSlotArtifactName('copybook-bench-report-x64-Linux-extra', 'copybook-bench', 'report')
    ).toBeNull();
    expect(
      parseSlotArtifactName(shardArtifactName(slot, { index: 1, count: 2 }), 'copybook-bench', 'report')
    ).toBeNull();
  });
});
