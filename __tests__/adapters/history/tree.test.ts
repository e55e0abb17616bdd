// The data branch as real folders: a record added once per commit, every record read back (what is
// not one reported, the rest still read), a slot pruned of its oldest, the dashboard's three files;
// hostile slot names and ids stay inside the tree and out of the markup.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { addRecord, pruneSlot, readRecords, writeDashboard } from '../../../src/adapters/history/tree.js';
import { recordPath } from '../../../src/core/history/layout.js';
import { historyRecordOf, sha } from '../../helpers/history-records.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'history-tree-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let count = 0;
const newTree = (): string => {
  const dir = path.join(scratch, `tree-${++count}`);
  mkdirSync(dir);
  return dir;
};
const META = { generatedAt: '2026-12-07T12:00:00.000Z', repositoryUrl: null };
const at = (dir: string, slashPath: string): string => path.join(dir, ...slashPath.split('/'));

describe('addRecord', () => {
  it('writes the record once per commit and slot: a rerun finds the file already there', async () => {
    const dir = newTree();
    const record = historyRecordOf(sha('a', 1), '2026-12-01T10:00:00Z');
    expect(await addRecord(dir, record)).toEqual({ added: true, path: recordPath(record) });
    expect(JSON.parse(readFileSync(at(dir, recordPath(record)), 'utf8'))).toEqual(record);
    const rerun = { ...record, timestamp: '2026-12-01T11:00:00Z' };
    expect(await addRecord(dir, rerun)).toEqual({ added: false, path: recordPath(record) });
    expect(readdirSync(path.dirname(at(dir, recordPath(record))))).toHaveLength(1);
    // Another slot holds its own record of the same commit.
    const arm = { ...record, testbed: 'arm' };
    expect(await addRecord(dir, arm)).toEqual({ added: true, path: recordPath(arm) });
  });

  it('keeps hostile slot names inside the tree', async () => {
    const dir = newTree();
    const record = historyRecordOf(sha('b'), '2026-12-01T10:00:00Z', {
      name: '../../x',
      testbed: '__proto__',
      os: '..'
    });
    const added = await addRecord(dir, record);
    expect(added.added).toBe(true);
    expect(added.path.startsWith('data/')).toBe(true);
    expect(path.relative(dir, at(dir, added.path)).startsWith('..')).toBe(false);
    expect(existsSync(at(dir, added.path))).toBe(true);
    expect(readdirSync(scratch).filter((n) => n === 'x')).toEqual([]);
  });

  it('refuses to write or prune through a symlink where a folder belongs', async () => {
    const dir = newTree();
    const outside = path.join(scratch, `outside-${count}`);
    mkdirSync(outside);
    writeFileSync(path.join(outside, '20261201T000000Z-aaaaaaa.json'), 'precious');
    mkdirSync(at(dir, 'data/copybook-bench/default'), { recursive: true });
    symlinkSync(outside, at(dir, 'data/copybook-bench/default/Linux'));
    const record = historyRecordOf(sha('c'), '2026-12-01T10:00:00Z');
    await expect(addRecord(dir, record)).rejects.toThrow('data/copybook-bench/default/Linux is not a folder');
    await expect(
      pruneSlot(dir, { name: 'copybook-bench', testbed: 'default', os: 'Linux' }, 1)
    ).rejects.toThrow('is not a folder');
    expect(readdirSync(outside)).toEqual(['20261201T000000Z-aaaaaaa.json']);
  });
});

describe('readRecords', () => {
  it('reads every record, reports each file that is none, and keeps going', async () => {
    const dir = newTree();
    const good = [1, 2].map((n) => historyRecordOf(sha('d', n), `2026-12-0${n}T10:00:00Z`));
    for (const r of good) await addRecord(dir, r);
    const folder = 'data/copybook-bench/default/Linux';
    writeFileSync(at(dir, `${folder}/20261203T000000Z-bad0000.json`), '{ not json');
    writeFileSync(at(dir, `${folder}/20261204T000000Z-bad0001.json`), '{}');
    const big = at(dir, `${folder}/20261205T000000Z-bad0002.json`);
    writeFileSync(big, '');
    truncateSync(big, 33 * 1024 * 1024);
    const target = path.join(scratch, `target-${count}.json`);
    writeFileSync(target, JSON.stringify(historyRecordOf(sha('e'), '2026-12-06T10:00:00Z')));
    symlinkSync(target, at(dir, `${folder}/20261206T000000Z-${sha('e')}.json`));
    // Not a .json file, or not at a record's depth: not looked at.
    writeFileSync(at(dir, `${folder}/notes.txt`), 'x');
    writeFileSync(at(dir, 'data/stray.json'), '{');

    const read = await readRecords(dir);
    expect(read.records).toEqual(good);
    expect(read.problems).toEqual([
      expect.stringMatching(
        /^data\/copybook-bench\/default\/Linux\/20261203T000000Z-bad0000\.json is not valid JSON/
      ),
      expect.stringMatching(
        /^data\/copybook-bench\/default\/Linux\/20261204T000000Z-bad0001\.json does not match/
      ),
      `${folder}/20261205T000000Z-bad0002.json is larger than ${32 * 1024 * 1024} bytes`,
      `${folder}/20261206T000000Z-${sha('e')}.json is not a regular file`
    ]);
  });

  it('finds nothing in a tree without data/', async () => {
    expect(await readRecords(newTree())).toEqual({ records: [], problems: [] });
  });
});

describe('pruneSlot', () => {
  it("removes the slot's oldest records beyond max, and nothing else", async () => {
    const dir = newTree();
    const records = [1, 2, 3, 4].map((n) => historyRecordOf(sha('f', n), `2026-12-0${n}T10:00:00Z`));
    for (const r of records) await addRecord(dir, r);
    const other = historyRecordOf(sha('f', 9), '2026-11-01T10:00:00Z', { os: 'Windows' });
    await addRecord(dir, other);
    writeFileSync(at(dir, 'data/copybook-bench/default/Linux/README.md'), 'kept');
    const slot = { name: 'copybook-bench', testbed: 'default', os: 'Linux' };
    expect(await pruneSlot(dir, slot, 0)).toEqual([]);
    expect(await pruneSlot(dir, slot, 2)).toEqual([
      recordPath(records[0] as never),
      recordPath(records[1] as never)
    ]);
    expect(readdirSync(at(dir, 'data/copybook-bench/default/Linux')).sort()).toEqual(
      [
        'README.md',
        path.posix.basename(recordPath(records[2] as never)),
        path.posix.basename(recordPath(records[3] as never))
      ].sort()
    );
    expect(existsSync(at(dir, recordPath(other)))).toBe(true);
    expect(await pruneSlot(dir, { ...slot, os: 'macOS' }, 1)).toEqual([]);
  });
});

describe('writeDashboard', () => {
  it('writes index.html, data.js and .nojekyll from the records; ids never become markup', async () => {
    const dir = newTree();
    const hostile = historyRecordOf(
      sha('1'),
      '2026-12-01T10:00:00Z',
      { testbed: '<img src=x onerror=alert(1)>' },
      {
        benchmarks: [
          { id: '</script><script>alert(1)</script>', group: 'g', time_ns: [1, 2, 3], throughput: null }
        ]
      }
    );
    await addRecord(dir, hostile);
    await addRecord(dir, historyRecordOf(sha('2'), '2026-12-02T10:00:00Z'));
    writeFileSync(at(dir, 'data/copybook-bench/default/Linux/20261203T000000Z-bad0000.json'), '{');
    const written = await writeDashboard(dir, { ...META, repositoryUrl: 'https://github.com/o/r' });
    expect(written).toEqual({
      files: ['index.html', 'data.js', '.nojekyll'],
      records: 2,
      problems: [expect.stringContaining('20261203T000000Z-bad0000.json is not valid JSON')]
    });
    expect(readFileSync(path.join(dir, '.nojekyll'), 'utf8')).toBe('');
    const page = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(page).toContain('<script src="data.js"></script>');
    expect(page).not.toContain('alert');
    const script = readFileSync(path.join(dir, 'data.js'), 'utf8');
    expect(script).not.toMatch(/<\/script|<img/i);
    const data = JSON.parse(script.replace(/^window\.COPYBOOK_BENCH_DATA = /, '').replace(/;\n$/, ''));
    expect(data.slots.map((s: { testbed: string }) => s.testbed)).toEqual([
      '<img src=x onerror=alert(1)>',
      'default'
    ]);
    expect(data.repository_url).toBe('https://github.com/o/r');
    // Regenerated in place: no temp file is left.
    expect(readdirSync(dir).sort()).toEqual(['.nojekyll', 'data', 'data.js', 'index.html']);
  });
});
