// A merge job reads shard reports that other jobs wrote after running the pull request's code, or
// that a folder (shard-reports) holds. A report may only be a perf.json inside that folder: a
// symlink out of it, a symlinked folder, an oversized file, text that is not JSON or JSON that is
// not a perf.json is named and left out, and nothing outside the folder is read.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { reportsInFolder } from '../../src/adapters/fs/shard-reports.js';
import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import { atRate } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'shard-reports-security-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SHARD = {
  index: 1,
  count: 1,
  plan: '0123456789abcdef',
  method: 'hash' as const,
  listed: 1,
  ids: ['decode_display_heavy/a'],
  testbed: 'default',
  os: 'Linux'
};
const shardText = JSON.stringify(
  analyze({
    config: buildConfig({ inputs: { shard: '1/1' } }),
    results: { measurements: [atRate('decode_display_heavy/a', 1e9)], problems: [] },
    facts: RUN_FACTS,
    findings: [],
    baseline: null,
    paired: null,
    shard: SHARD
  }).report
);

describe('a folder of shard reports planted with hostile files', () => {
  it('reads only the real perf.json inside it, and names every other one', () => {
    const outside = path.join(scratch, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'perf.json'), shardText);
    const folder = path.join(scratch, 'reports');
    const put = (name: string, text: string) => {
      mkdirSync(path.join(folder, name), { recursive: true });
      writeFileSync(path.join(folder, name, 'perf.json'), text);
    };
    put('good', shardText);
    put('not-json', '{"schema_version": "1.0", ');
    put('not-perf', '{"shard": {"index": 1}}');
    put('huge', '');
    truncateSync(path.join(folder, 'huge', 'perf.json'), 65 * 1024 * 1024);
    mkdirSync(path.join(folder, 'symlinked-file'));
    symlinkSync(path.join(outside, 'perf.json'), path.join(folder, 'symlinked-file', 'perf.json'));
    symlinkSync(outside, path.join(folder, 'symlinked-folder'));

    const { inputs, problems } = reportsInFolder(folder);
    expect(inputs.map((i) => i.source)).toEqual([path.join('good', 'perf.json')]);
    expect(problems).toHaveLength(4);
    const about = (name: string) => problems.find((p) => p.startsWith(`${path.join(name, 'perf.json')}: `));
    expect(about('not-json')).toMatch(/not JSON/);
    expect(about('not-perf')).toMatch(/not a valid perf\.json \(\(root\) must have required property/);
    expect(about('huge')).toMatch(/is larger than 64 MiB/);
    expect(about('symlinked-file')).toBeDefined();
    // The symlinked folder is not a folder of the reports: not even looked into.
    expect(problems.some((p) => p.startsWith('symlinked-folder'))).toBe(false);
  });
});
