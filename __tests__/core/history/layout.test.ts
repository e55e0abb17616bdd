// The data branch's names: literal slots, timestamps and file names, hostile ones among them.

import { describe, expect, it } from '@jest/globals';
import {
  holdsCommit,
  parseRecordFileName,
  pathSegment,
  pruneSelection,
  recordFileName,
  recordPath,
  slotFolder,
  timeStamp
} from '../../../src/core/history/layout.js';
import { historyRecordOf, sha } from '../../helpers/history-records.js';

describe('pathSegment and slotFolder', () => {
  it('keeps a safe name as it is', () => {
    expect(pathSegment('ubuntu-latest')).toBe('ubuntu-latest');
    expect(slotFolder({ name: 'copybook-bench', testbed: 'default', os: 'Linux' })).toBe(
      'data/copybook-bench/default/Linux'
    );
  });

  it('turns a hostile name into one folder inside data/, marked with a hash so two never meet', () => {
    const hostile = [
      '../../x',
      '..',
      '.',
      '',
      '/etc/passwd',
      'a\\b',
      '-rf',
      '.git',
      'C:\\x',
      'a\u0000b',
      '__proto__/..'
    ];
    const segments = hostile.map(pathSegment);
    for (const segment of segments) {
      expect(segment).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
      expect(segment).not.toBe('..');
    }
    expect(new Set(segments).size).toBe(hostile.length);
    expect(pathSegment('../../x')).toMatch(/^__\.\._x-[0-9a-f]{8}$/);
    expect(slotFolder({ name: '../../x', testbed: '..', os: '/' }).split('/')).toHaveLength(4);
    // `__proto__` is only a name.
    expect(pathSegment('__proto__')).toBe('__proto__');
  });

  it('shortens a long name and keeps two long names apart', () => {
    const a = pathSegment(`${'a'.repeat(70)}1`);
    const b = pathSegment(`${'a'.repeat(70)}2`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(69);
  });
});

describe('record file names', () => {
  const record = historyRecordOf(sha('a', 1), '2026-12-07T11:41:31.250Z');

  it('are the time and the commit, and read back', () => {
    expect(timeStamp('2026-12-07T11:41:31Z')).toBe('20261207T114131Z');
    expect(recordFileName(record)).toBe(`20261207T114131Z-${sha('a', 1)}.json`);
    expect(recordPath(record)).toBe(`data/copybook-bench/default/Linux/20261207T114131Z-${sha('a', 1)}.json`);
    expect(parseRecordFileName(recordFileName(record))).toEqual({
      stamp: '20261207T114131Z',
      commit: sha('a', 1)
    });
    expect(() => timeStamp('07/12/2026')).toThrow(RangeError);
  });

  it('are recognised only in their exact form', () => {
    for (const name of [
      'index.html',
      `x-${sha('a')}.json`,
      `20261207T114131Z-${sha('a')}.json.bak`,
      '20261207T114131Z-ABCDEF0.json',
      '20261207T114131Z-abc.json',
      `../20261207T114131Z-${sha('a')}.json`
    ])
      expect(parseRecordFileName(name)).toBeNull();
  });

  it('tell whether a folder already holds a commit', () => {
    const names = ['index.html', recordFileName(record)];
    expect(holdsCommit(names, sha('a', 1))).toBe(true);
    expect(holdsCommit(names, sha('b', 1))).toBe(false);
  });
});

describe('pruneSelection', () => {
  const names = [
    '20261203T000000Z-ccccccc.json',
    'notes.txt',
    '20261201T000000Z-aaaaaaa.json',
    '20261202T000000Z-bbbbbbb.json'
  ];

  it('removes the oldest records beyond max, and never another file', () => {
    expect(pruneSelection(names, 2)).toEqual(['20261201T000000Z-aaaaaaa.json']);
    expect(pruneSelection(names, 1)).toEqual([
      '20261201T000000Z-aaaaaaa.json',
      '20261202T000000Z-bbbbbbb.json'
    ]);
    expect(pruneSelection(names, 3)).toEqual([]);
    expect(pruneSelection(names, 0)).toEqual([]);
  });
});
