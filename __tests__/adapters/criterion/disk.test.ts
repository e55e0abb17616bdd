import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { hasCriterionResults, parseCriterionDir } from '../../../src/adapters/criterion/disk.js';
import { benchmark, estimate, estimates } from '../../helpers/criterion-json.js';

// ---- fixtures ----------------------------------------------------------------------------------------

const REAL = fileURLToPath(new URL('../../fixtures/criterion-disk/criterion-0.3.6', import.meta.url));

const scratch = mkdtempSync(path.join(tmpdir(), 'criterion-disk-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a fixture tree to spoil. */
function copyTree(from: string): string {
  const to = mkdtempSync(path.join(scratch, 'tree-'));
  cpSync(from, to, { recursive: true });
  return to;
}
let trees = 0;

/** Writes `files` (relative path → JSON value, or raw text) into a fresh directory and returns it. */
function tree(files: Record<string, unknown>): string {
  const root = path.join(scratch, `tree-${++trees}`);
  mkdirSync(root, { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, ...relative.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

// ---- parseCriterionDir over a real criterion 0.3.6 tree ----------------------------------------------

describe('parseCriterionDir on a real criterion 0.3.6 tree', () => {
  it('reads each benchmark once, by full_id, sorted, ignoring base/, change/, report/ and the named baseline', async () => {
    const result = await parseCriterionDir(REAL);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual([
      'a_very_long_benchmark_name_that_goes_on_and_on_past_the_sixty_four_byte_limit_of_criterion',
      'decode_comp3_heavy/streaming_processor/100',
      'decode_display_heavy/single_threaded/1000',
      'parse copybook <b>|x/fn: "q"?*^',
      'ünïcode/grp/a\\b/v/1'
    ]);
  });

  it('adds each benchmark’s fastest sample from new/sample.json when asked, and only then', async () => {
    const plain = await parseCriterionDir(REAL);
    expect(plain.measurements.every((m) => m.fastest_ns === undefined)).toBe(true);
    const { measurements, problems } = await parseCriterionDir(REAL, { samples: true });
    expect(problems).toEqual([]);
    const display = measurements.find((m) => m.id === 'decode_display_heavy/single_threaded/1000');
    // The fixture's new/sample.json: the lowest of times[i] / iters[i] over its 10 samples.
    expect(display?.fastest_ns).toBeCloseTo(838.0245246134708, 9);
    // … and the sum of its times: how long criterion measured it.
    expect(display?.sampled_ns).toBe(361508649);
    expect(measurements).toHaveLength(plain.measurements.length);
  });

  it('reads sample.json when it can with `optional`, and keeps a benchmark whose sample.json is bad', async () => {
    const tree = copyTree(REAL);
    const sample = path.join(tree, 'decode_display_heavy/single_threaded/1000/new/sample.json');
    writeFileSync(sample, '{"iters": [1], "times": [-5]}');
    rmSync(path.join(tree, 'decode_comp3_heavy/streaming_processor/100/new/sample.json'));
    const optional = await parseCriterionDir(tree, { samples: 'optional' });
    expect(optional.problems).toEqual([]);
    expect(optional.measurements).toHaveLength(5);
    const byId = new Map(optional.measurements.map((m) => [m.id, m]));
    expect(byId.get('decode_display_heavy/single_threaded/1000')?.sampled_ns).toBeUndefined();
    expect(byId.get('decode_comp3_heavy/streaming_processor/100')?.sampled_ns).toBeUndefined();
    expect(byId.get('ünïcode/grp/a\\b/v/1')?.sampled_ns).toBeGreaterThan(0);
    // Required, the same tree leaves both out with a problem each.
    const required = await parseCriterionDir(tree, { samples: 'required' });
    expect(required.measurements).toHaveLength(3);
    expect(required.problems).toHaveLength(2);
  });

  it('uses the slope of the new/ results and rates bytes from it', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const display = measurements.find((m) => m.id === 'decode_display_heavy/single_threaded/1000');
    // Numbers copied from the fixture's new/estimates.json (not base/ or main/, which differ).
    expect(display).toEqual({
      id: 'decode_display_heavy/single_threaded/1000',
      group: 'decode_display_heavy',
      function: 'single_threaded',
      value: '1000',
      throughput: { kind: 'bytes', per_iteration: 1000 },
      time_ns: { lower: 911.289673918207, point: 1263.2621313287743, upper: 1481.2169046158667 },
      std_dev_ns: 304.16724733166376,
      rate: {
        lower: 1000e9 / 1481.2169046158667,
        point: 1000e9 / 1263.2621313287743,
        upper: 1000e9 / 911.289673918207
      },
      source: 'disk'
    });
  });

  it('uses the mean where criterion wrote "slope": null, and counts elements', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const comp3 = measurements.find((m) => m.id === 'decode_comp3_heavy/streaming_processor/100');
    expect(comp3?.time_ns).toEqual({
      lower: 74.80505844417576,
      point: 75.48839204268229,
      upper: 76.4156513184412
    });
    expect(comp3?.throughput).toEqual({ kind: 'elements', per_iteration: 100 });
  });

  it('reads ids whose folders criterion sanitised or cut to 64 bytes', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const odd = measurements.find((m) => m.group === 'parse copybook <b>|x');
    expect(odd).toMatchObject({ id: 'parse copybook <b>|x/fn: "q"?*^', function: 'fn: "q"?*^', value: null });
    const unicode = measurements.find((m) => m.group === 'ünïcode/grp');
    expect(unicode).toMatchObject({ function: 'a\\b', value: 'v/1', throughput: null, rate: null });
  });

  it('finds results there', async () => {
    expect(await hasCriterionResults(REAL)).toBe(true);
  });
});

// ---- parseCriterionDir on literal trees --------------------------------------------------------------

describe('parseCriterionDir', () => {
  it('takes ids from full_id, never from folder names, and sorts by id', async () => {
    const root = tree({
      'aaa/new/benchmark.json': benchmark('zzz/last'),
      'aaa/new/estimates.json': estimates(),
      'zzz/new/benchmark.json': benchmark('aaa/first'),
      'zzz/new/estimates.json': estimates(),
      'mmm/new/benchmark.json': benchmark('mmm|middle'),
      'mmm/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['aaa/first', 'mmm|middle', 'zzz/last']);
  });

  it('with samples, leaves out a benchmark whose sample.json is missing or bad, naming the file', async () => {
    const root = tree({
      'a/new/benchmark.json': benchmark('a'),
      'a/new/estimates.json': estimates(),
      'a/new/sample.json': { iters: [1, 2], times: [900, 1600] },
      'b/new/benchmark.json': benchmark('b'),
      'b/new/estimates.json': estimates(),
      'c/new/benchmark.json': benchmark('c'),
      'c/new/estimates.json': estimates(),
      'c/new/sample.json': { iters: [1], times: [-1] }
    });
    const result = await parseCriterionDir(root, { samples: true });
    expect(result.measurements.map((m) => [m.id, m.fastest_ns])).toEqual([['a', 800]]);
    expect(result.problems).toEqual([
      `${path.join(root, 'b', 'new', 'sample.json')}: missing next to estimates.json (criterion 0.3 or newer writes it)`,
      `${path.join(root, 'c', 'new', 'sample.json')}: times[0] must be a positive number of ns, got -1`
    ]);
  });

  it('reads only new/: base/, change/, report/ and named baselines are not read', async () => {
    const root = tree({
      'g/f/new/benchmark.json': benchmark('g/f'),
      'g/f/new/estimates.json': estimates(),
      // A stale base/ with another id and unreadable neighbours: none of them may show up.
      'g/f/base/benchmark.json': benchmark('g/stale-base'),
      'g/f/base/estimates.json': estimates(),
      'g/f/change/estimates.json': '{"mean": broken',
      'g/f/report/index.html': '<html></html>',
      'g/f/report/change/mean.svg': '<svg/>',
      'g/f/main/benchmark.json': benchmark('g/named-baseline'),
      'g/f/main/estimates.json': '{',
      'report/index.html': '<html></html>'
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['g/f']);
  });

  it('still finds benchmarks whose own names are new, base, change or report', async () => {
    const root = tree({
      // group "base" (not a benchmark itself), benchmark "base/report"
      'base/report/new/benchmark.json': benchmark('base/report'),
      'base/report/new/estimates.json': estimates(),
      // benchmark "grp/new" lives in grp/new/new/
      'grp/new/new/benchmark.json': benchmark('grp/new'),
      'grp/new/new/estimates.json': estimates(),
      'grp/new/base/benchmark.json': benchmark('grp/new'),
      'grp/new/base/estimates.json': estimates(),
      // benchmark "x/change/1"
      'x/change/1/new/benchmark.json': benchmark('x/change/1'),
      'x/change/1/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['base/report', 'grp/new', 'x/change/1']);
    expect(await hasCriterionResults(path.join(root, 'base'))).toBe(true);
  });

  it('turns malformed JSON into one problem naming the file and reads the rest', async () => {
    const root = tree({
      'bad/new/benchmark.json': '{"group_id": "bad", "full_id" "bad"}',
      'bad/new/estimates.json': estimates(),
      'good/new/benchmark.json': benchmark('good'),
      'good/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      new RegExp(
        `^${escapeRegExp(path.join(root, 'bad/new/benchmark.json'))}: malformed JSON \\(.*position \\d+`
      )
    );
  });

  it('reports a truncated file as truncated', async () => {
    const full = readFileSync(
      path.join(REAL, 'decode_display_heavy/single_threaded/1000/new/estimates.json'),
      'utf8'
    );
    const root = tree({
      'cut/new/benchmark.json': benchmark('cut'),
      'cut/new/estimates.json': full.slice(0, 300),
      'ok/new/benchmark.json': benchmark('ok'),
      'ok/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['ok']);
    expect(result.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${escapeRegExp(path.join(root, 'cut/new/estimates.json'))}: truncated JSON \\(`)
      )
    ]);
  });

  it('reports an empty file', async () => {
    const root = tree({ 'e/new/benchmark.json': '', 'e/new/estimates.json': estimates() });
    const result = await parseCriterionDir(root);
    expect(result.measurements).toEqual([]);
    expect(result.problems).toEqual([
      `${path.join(root, 'e/new/benchmark.json')}: file is empty (was the run interrupted?)`
    ]);
  });

  it('reports a missing estimates.json, and a missing benchmark.json', async () => {
    const root = tree({
      'no-estimates/new/benchmark.json': benchmark('no-estimates'),
      'no-bench/new/estimates.json': estimates(),
      'fine/new/benchmark.json': benchmark('fine'),
      'fine/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['fine']);
    expect(result.problems).toEqual([
      `${path.join(root, 'no-bench/new/benchmark.json')}: missing next to estimates.json (criterion 0.3 or newer writes both)`,
      `${path.join(root, 'no-estimates/new/estimates.json')}: missing next to benchmark.json (was the run interrupted?)`
    ]);
  });

  it('reports invalid values (NaN time, unknown throughput kind) per benchmark and reads the rest', async () => {
    const root = tree({
      'nan/new/benchmark.json': benchmark('nan'),
      'nan/new/estimates.json': estimates({ slope: { ...estimate(1, 2, 3), point_estimate: null } }),
      'kind/new/benchmark.json': benchmark('kind', { Pages: 2 }),
      'kind/new/estimates.json': estimates(),
      'ok/new/benchmark.json': benchmark('ok'),
      'ok/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['ok']);
    expect(result.problems).toEqual([
      expect.stringContaining(
        `${path.join(root, 'kind/new/benchmark.json')}: throughput has an unknown kind "Pages"`
      ),
      `${path.join(root, 'nan/new/estimates.json')}: slope.point_estimate is null (criterion writes NaN or infinity as null)`
    ]);
  });

  it('keeps the newest of two folders with the same id and says so', async () => {
    const root = tree({
      'old/new/benchmark.json': benchmark('same'),
      'old/new/estimates.json': estimates({ slope: estimate(1, 2, 3) }),
      'recent/new/benchmark.json': benchmark('same'),
      'recent/new/estimates.json': estimates({ slope: estimate(4, 5, 6) })
    });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(root, 'old/new/estimates.json'), past, past);
    const result = await parseCriterionDir(root);
    expect(result.measurements).toHaveLength(1);
    expect(result.measurements[0]?.time_ns.point).toBe(5);
    expect(result.problems).toEqual([
      expect.stringContaining(`benchmark id "same" has results in 2 folders`)
    ]);
    expect(result.problems[0]).toContain(`using the newest, ${path.join(root, 'recent/new')}`);
  });

  it('leaves out, and lists, results older than modifiedSince', async () => {
    const root = tree({
      'old/new/benchmark.json': benchmark('left/over'),
      'old/new/estimates.json': estimates({ slope: estimate(1, 2, 3) }),
      'fresh/new/benchmark.json': benchmark('this/run'),
      'fresh/new/estimates.json': estimates({ slope: estimate(4, 5, 6) })
    });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(root, 'old/new/estimates.json'), past, past);
    const since = Date.parse('2021-01-01T00:00:00Z');
    const result = await parseCriterionDir(root, { modifiedSince: since });
    expect(result.measurements.map((m) => m.id)).toEqual(['this/run']);
    expect(result.stale).toEqual(['left/over']);
    expect(result.problems).toEqual([]);
    expect((await parseCriterionDir(root)).measurements).toHaveLength(2);
  });

  it('reports an empty directory, naming it and what was expected', async () => {
    const root = tree({ 'report/index.html': '<html></html>' });
    const result = await parseCriterionDir(root);
    expect(result).toEqual({
      measurements: [],
      problems: [
        `no criterion results in ${root}: expected <benchmark>/new/benchmark.json and estimates.json ` +
          '(written by criterion 0.3 or newer during cargo bench)'
      ],
      stale: []
    });
  });

  it('reports a directory that does not exist', async () => {
    const missing = path.join(scratch, 'no-such-dir', 'criterion');
    const result = await parseCriterionDir(missing);
    expect(result).toEqual({
      measurements: [],
      problems: [
        `criterion results directory ${missing} does not exist; ` +
          'expected criterion results (<benchmark>/new/benchmark.json) from cargo bench'
      ],
      stale: []
    });
  });

  it('reports a path that is a file', async () => {
    const root = tree({ criterion: 'not a directory' });
    const file = path.join(root, 'criterion');
    const result = await parseCriterionDir(file);
    expect(result.problems).toEqual([
      expect.stringContaining(`criterion results directory ${file} is not a directory`)
    ]);
  });
});

// ---- hasCriterionResults -----------------------------------------------------------------------------

describe('hasCriterionResults', () => {
  it('is true when a new/benchmark.json exists, however deep', async () => {
    expect(await hasCriterionResults(tree({ 'a/b/c/d/new/benchmark.json': benchmark('a/b/c/d') }))).toBe(
      true
    );
  });

  it('is false for an empty dir, a missing dir, and results only in base/ or a named baseline', async () => {
    expect(await hasCriterionResults(tree({}))).toBe(false);
    expect(await hasCriterionResults(path.join(scratch, 'missing'))).toBe(false);
    const onlyOld = tree({
      'g/base/benchmark.json': benchmark('g'),
      'g/main/benchmark.json': benchmark('g'),
      'g/new/estimates.json': estimates()
    });
    expect(await hasCriterionResults(onlyOld)).toBe(false);
  });
});

/** A literal string inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
