// A paired round's sample.json is written by the bench programs, the head's being the pull
// request's code: whatever it holds, a round's value is a finite positive time or that benchmark is
// left out of the round with a warning that names the file; nothing is thrown past the reader.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseCriterionDir } from '../../src/adapters/criterion/disk.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'paired-samples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ESTIMATE = {
  confidence_interval: { confidence_level: 0.95, lower_bound: 900, upper_bound: 1100 },
  point_estimate: 1000,
  standard_error: 50
};

/** One benchmark `id` whose new/sample.json holds `sample` (raw text when a string). */
function folderWith(name: string, sample: unknown): string {
  const root = path.join(scratch, name);
  const dir = path.join(root, 'bench', 'new');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'benchmark.json'),
    JSON.stringify({
      group_id: 'bench',
      function_id: null,
      value_str: null,
      throughput: { Bytes: 1000 },
      full_id: 'bench',
      directory_name: 'bench',
      title: 'bench'
    })
  );
  writeFileSync(
    path.join(dir, 'estimates.json'),
    JSON.stringify({
      mean: ESTIMATE,
      median: ESTIMATE,
      median_abs_dev: ESTIMATE,
      slope: ESTIMATE,
      std_dev: ESTIMATE
    })
  );
  writeFileSync(path.join(dir, 'sample.json'), typeof sample === 'string' ? sample : JSON.stringify(sample));
  return root;
}

describe("a hostile sample.json in a paired round's results", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      'an infinite time',
      '{"iters":[1],"times":[1e400]}',
      /times\[0\] must be a positive number of ns, got null/
    ],
    ['a zero time', { iters: [1, 1], times: [5, 0] }, /times\[1\] must be a positive number of ns, got 0/],
    ['a time as text', { iters: [1], times: ['1'] }, /times\[0\] must be a positive number of ns, got "1"/],
    [
      'fewer times than iterations',
      { iters: [1, 2, 3], times: [5] },
      /equally long and not empty, got 3 and 1/
    ],
    ['a denormal time over a huge count', { iters: [1e308], times: [5e-324] }, /no machine measures/],
    ['nested arrays', { iters: [[1]], times: [[1]] }, /iters\[0\] must be a positive number of iterations/],
    [
      'more than the size cap',
      { iters: new Array(300_000).fill(1), times: new Array(300_000).fill(1) },
      /larger than|too large|exceeds|MiB/
    ]
  ];
  for (const [what, sample, message] of cases) {
    it(`leaves the benchmark out, naming the file: ${what}`, async () => {
      const root = folderWith(what.replace(/\W+/g, '-'), sample);
      const read = await parseCriterionDir(root, { samples: true });
      expect(read.measurements).toEqual([]);
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toContain(path.join(root, 'bench', 'new', 'sample.json'));
      expect(read.problems[0]).toMatch(message);
    });
  }

  it('takes a well-formed file at its fastest sample', async () => {
    const root = folderWith('fine', { iters: [2, 4], times: [3000, 4000] });
    const read = await parseCriterionDir(root, { samples: true });
    expect(read.problems).toEqual([]);
    expect(read.measurements.map((m) => m.fastest_ns)).toEqual([1000]);
  });
});
