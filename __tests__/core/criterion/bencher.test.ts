import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { type BencherEntry, parseBencherText, readBencherText } from '../../../src/core/criterion/bencher.js';

// ---- the real corpus -------------------------------------------------------------------------------

const FIXTURES = fileURLToPath(new URL('../../fixtures/criterion-text/', import.meta.url));
type Expected = Record<string, Array<BencherEntry | { id: string; time: unknown }>>;

const expected = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8')) as Expected;
const corpusFiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fixture = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');
const bencherExpected = (name: string): BencherEntry[] =>
  (expected[name] ?? []).filter((entry): entry is BencherEntry => 'bencher_ns' in entry);

describe('readBencherText over the corpus', () => {
  it('covers all 23 corpus files', () => {
    expect(corpusFiles).toHaveLength(23);
    expect(Object.keys(expected).sort()).toEqual(corpusFiles);
  });

  it.each(corpusFiles)('%s: reads exactly the bencher lines listed', (name) => {
    // Human-format files (and their `test … ignored` lines) must yield nothing here.
    expect(readBencherText(fixture(name))).toEqual(bencherExpected(name));
  });

  it('finds bencher lines in exactly the three bencher files', () => {
    const withLines = corpusFiles.filter((name) => readBencherText(fixture(name)).length > 0);
    expect(withLines).toEqual([
      '01-gab-criterion-bencher-format.txt',
      '02-gab-libtest-thousands-sep.txt',
      '03-gab-libtest-subns-decimal.txt'
    ]);
  });
});

describe('parseBencherText over the corpus', () => {
  it.each([
    '01-gab-criterion-bencher-format.txt',
    '02-gab-libtest-thousands-sep.txt',
    '03-gab-libtest-subns-decimal.txt'
  ])('%s: one bencher measurement per line, no problems', (name) => {
    const { measurements, problems } = parseBencherText(fixture(name), name);
    expect(problems).toEqual([]);
    expect(measurements.map((m) => [m.id, m.time_ns.point])).toEqual(
      bencherExpected(name).map((e) => [e.id, e.bencher_ns])
    );
  });

  it('reads criterion 0.3 ids with spaces and parentheses (file 01)', () => {
    const name = '01-gab-criterion-bencher-format.txt';
    const m = parseBencherText(fixture(name), name).measurements[3];
    expect(m).toEqual({
      id: 'Fibonacci (Execution)',
      group: 'Fibonacci (Execution)',
      function: null,
      value: null,
      throughput: null,
      time_ns: { lower: 1672496 - 10166, point: 1672496, upper: 1672496 + 10166 },
      std_dev_ns: null,
      rate: null,
      source: 'bencher'
    });
  });

  it('points human-format files to the text reader', () => {
    const name = '13-kangarootwelve-readme.txt';
    expect(parseBencherText(fixture(name), name)).toEqual({
      measurements: [],
      problems: [
        `no bencher results in ${name}: expected lines like "test <id> ... bench:      1,234 ns/iter (+/- 56)" (it holds criterion "time:" lines: read it as criterion text output)`
      ]
    });
  });

  it('reports the panic of file 05 with its line', () => {
    const name = '05-bencher-criterion-failed.txt';
    const { problems } = parseBencherText(fixture(name), name);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`no bencher results in ${name}`);
    expect(problems[1]).toBe(
      `${name}, line 60: the benchmark process panicked (thread 'main' panicked at 'explicit panic', trace4rs/benches/trace4rs_bench.rs:42:5): benchmarks it had not finished are missing`
    );
  });
});

// ---- literal cases ---------------------------------------------------------------------------------

const SRC = 'bench.txt';

describe('bencher lines', () => {
  it('removes thousands separators and keeps decimals', () => {
    const text = [
      'test big      ... bench:   1,234,567 ns/iter (+/- 70,126)',
      'test decimal  ... bench:      18,794.12 ns/iter (+/- 440.25)',
      'test plain    ... bench:         329 ns/iter (+/- 4)',
      ''
    ].join('\n');
    expect(readBencherText(text)).toEqual([
      { id: 'big', bencher_ns: 1234567, deviation_ns: 70126 },
      { id: 'decimal', bencher_ns: 18794.12, deviation_ns: 440.25 },
      { id: 'plain', bencher_ns: 329, deviation_ns: 4 }
    ]);
  });

  it('sets the bounds to the median ± the "+/-" figure, never below zero', () => {
    const text =
      'test wide ... bench:         100 ns/iter (+/- 250)\ntest narrow ... bench: 1,000 ns/iter (+/- 0)\n';
    const [wide, narrow] = parseBencherText(text, SRC).measurements;
    expect(wide?.time_ns).toEqual({ lower: 0, point: 100, upper: 350 });
    expect(narrow?.time_ns).toEqual({ lower: 1000, point: 1000, upper: 1000 });
  });

  it('accepts libtest’s "= N MB/s" suffix, CRLF endings and trailing spaces, and keeps rate null', () => {
    const text = 'test mod::bench_copy ... bench:       1,024 ns/iter (+/- 12) = 1000 MB/s  \r\n';
    const { measurements, problems } = parseBencherText(text, SRC);
    expect(problems).toEqual([]);
    expect(measurements).toEqual([
      expect.objectContaining({ id: 'mod::bench_copy', throughput: null, rate: null, source: 'bencher' })
    ]);
  });

  it('splits criterion titles into group / function / value', () => {
    const text = 'test decode_comp3_heavy/single_threaded/1000 ... bench:     523,400 ns/iter (+/- 3,100)\n';
    expect(parseBencherText(text, SRC).measurements[0]).toMatchObject({
      group: 'decode_comp3_heavy',
      function: 'single_threaded',
      value: '1000'
    });
  });

  it('keeps an id that itself contains " ... "', () => {
    const text = 'test wait ... then go ... bench:         10 ns/iter (+/- 1)\n';
    expect(readBencherText(text)).toEqual([{ id: 'wait ... then go', bencher_ns: 10, deviation_ns: 1 }]);
  });

  it('ignores libtest lines that are not results', () => {
    const text = [
      'running 3 tests',
      'test tests::it_works ... ignored',
      'test tests::other ... ok',
      'test result: ok. 0 passed; 0 failed; 3 ignored; 0 measured; 0 filtered out',
      'test real ... bench:         5 ns/iter (+/- 1)',
      ''
    ].join('\n');
    expect(readBencherText(text).map((e) => e.id)).toEqual(['real']);
    expect(parseBencherText(text, SRC).problems).toEqual([]);
  });
});

describe('bencher problems', () => {
  it('reports an unreadable bencher line with source and line, and keeps the others', () => {
    const text = 'test a ... bench:  10 ns/iter (+/- 1)\ntest b ... bench:  fast ns/iter (+/- 1)\n';
    const { measurements, problems } = parseBencherText(text, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['a']);
    expect(problems).toEqual([
      `${SRC}, line 2: cannot read the bencher line "test b ... bench:  fast ns/iter (+/- 1)": expected "test <id> ... bench:      1,234 ns/iter (+/- 56)"`
    ]);
  });

  it('reports a custom measurement unit that is not a time', () => {
    const text = 'test cyc ... bench:      12,345 cycles/iter (+/- 67)\n';
    expect(readBencherText(text)).toEqual([]);
    expect(parseBencherText(text, SRC)).toEqual({
      measurements: [],
      problems: [`${SRC}, line 1: "cycles/iter" of "cyc" is not a time unit`]
    });
  });

  it('reports a zero time (optimised-away work) instead of returning it', () => {
    const text = 'test noop ... bench:           0 ns/iter (+/- 0)\ntest real ... bench: 7 ns/iter (+/- 1)\n';
    expect(readBencherText(text)[0]).toEqual({ id: 'noop', bencher_ns: 0, deviation_ns: 0 });
    const { measurements, problems } = parseBencherText(text, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['real']);
    expect(problems).toEqual([
      `${SRC}, line 1: "noop" reports 0 ns/iter: a zero time cannot be compared (was the work optimised away?)`
    ]);
  });

  it.each([
    ['empty text', ''],
    ['blank lines', '\r\n\n   \n'],
    ['other output', 'Compiling copybook v0.1.0\nFinished `bench` profile\n']
  ])('reports %s as having no bencher results, naming the source', (_label, text) => {
    expect(parseBencherText(text, 'out.txt')).toEqual({
      measurements: [],
      problems: [
        'no bencher results in out.txt: expected lines like "test <id> ... bench:      1,234 ns/iter (+/- 56)"'
      ]
    });
  });
});

describe('bencher speed', () => {
  it('reads 10,000 lines in linear time', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, k) => `test group/function/${k} ... bench:     ${(k + 1).toLocaleString('en-US')} ns/iter (+/- 56)`
    ).join('\n');
    const started = performance.now();
    const { measurements, problems } = parseBencherText(text, SRC);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(problems).toEqual([]);
    expect(measurements).toHaveLength(10_000);
    expect(measurements[9_999]?.time_ns.point).toBe(10_000);
  });

  it('does not backtrack on a long line of dots and spaces', () => {
    const nasty = `test ${' ... '.repeat(40_000)}bench: ${' '.repeat(100_000)}1${','.repeat(50_000)}x\n`;
    const started = performance.now();
    const { measurements, problems } = parseBencherText(nasty, SRC);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(measurements).toEqual([]);
    expect(problems).toHaveLength(1);
  });
});
