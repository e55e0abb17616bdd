import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { Measurement } from '../../../src/core/criterion/measurement.js';
import { parseCriterionText, readCriterionText, type TextBracket } from '../../../src/core/criterion/text.js';

// ---- the real corpus -------------------------------------------------------------------------------

const FIXTURES = fileURLToPath(new URL('../../fixtures/criterion-text/', import.meta.url));
type PrintedBracket = [number, number, number, string | string[]];
interface HumanExpected {
  id: string;
  time: PrintedBracket;
  thrpt: PrintedBracket | null;
}
type Expected = Record<string, Array<HumanExpected | { id: string; bencher_ns: number }>>;

const expected = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8')) as Expected;
const corpusFiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fixture = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');
const humanExpected = (name: string): HumanExpected[] =>
  (expected[name] ?? []).filter((entry): entry is HumanExpected => 'time' in entry);

/** expected.json's shape: one unit string, or three when they differ inside the bracket. */
function asPrinted(bracket: TextBracket): PrintedBracket {
  const [a, b, c] = bracket.units;
  return [...bracket.values, a === b && b === c ? a : [a, b, c]];
}

describe('readCriterionText over the corpus', () => {
  it('has an expected.json list for every corpus file and a file for every list', () => {
    expect(corpusFiles).toHaveLength(23);
    expect(Object.keys(expected).sort()).toEqual(corpusFiles);
  });

  it.each(corpusFiles)('%s: reads exactly the human-format benchmarks listed', (name) => {
    const entries = readCriterionText(fixture(name));
    const printed = entries.map((entry) => ({
      id: entry.id,
      time: asPrinted(entry.time),
      thrpt: entry.thrpt ? asPrinted(entry.thrpt) : null
    }));
    // Files of bencher lines must yield nothing here.
    expect(printed).toEqual(humanExpected(name));
    expect(entries.every((entry) => entry.secondThrpt === null)).toBe(true);
  });

  it.each(corpusFiles)('%s: each entry points at its own "time:" line', (name) => {
    const lines = fixture(name).split('\n');
    for (const entry of readCriterionText(fixture(name))) {
      const line = lines[entry.line - 1] ?? '';
      expect(line).toMatch(/\btime: +\[/);
      if (!line.trimStart().startsWith('time:')) expect(line.startsWith(entry.id)).toBe(true);
    }
  });
});

describe('parseCriterionText over the corpus', () => {
  const human = corpusFiles.filter((name) => humanExpected(name).length > 0);
  const bencherOnly = corpusFiles.filter((name) => humanExpected(name).length === 0);

  it('splits the corpus into 20 human and 3 bencher files', () => {
    expect(human).toHaveLength(20);
    expect(bencherOnly).toEqual([
      '01-gab-criterion-bencher-format.txt',
      '02-gab-libtest-thousands-sep.txt',
      '03-gab-libtest-subns-decimal.txt'
    ]);
  });

  it.each(human)('%s: one stdout measurement per listed benchmark', (name) => {
    const { measurements, problems } = parseCriterionText(fixture(name), name);
    expect(measurements.map((m) => m.id)).toEqual(humanExpected(name).map((e) => e.id));
    for (const m of measurements) {
      expect(m.source).toBe('stdout');
      expect(m.std_dev_ns).toBeNull();
      expect(m.time_ns.lower).toBeLessThanOrEqual(m.time_ns.point);
      expect(m.time_ns.point).toBeLessThanOrEqual(m.time_ns.upper);
    }
    // Only the run that panicked (file 05) has something to report.
    if (name.startsWith('05-')) {
      expect(problems).toEqual([
        `${name}, line 60: the benchmark process panicked (thread 'main' panicked at 'explicit panic', trace4rs/benches/trace4rs_bench.rs:42:5): benchmarks it had not finished are missing`
      ]);
    } else {
      expect(problems).toEqual([]);
    }
  });

  it.each(bencherOnly)('%s: no measurements, and a problem pointing to the bencher reader', (name) => {
    const { measurements, problems } = parseCriterionText(fixture(name), name);
    expect(measurements).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`no criterion results in ${name}`);
    expect(problems[0]).toContain('read it as bencher output');
  });

  it('converts the mixed-unit bracket of file 23 number by number', () => {
    const name = '23-shamir-db-mixed-units.txt';
    const m = byId(parseCriterionText(fixture(name), name).measurements, 'vector_bulk_load/batch/n10000');
    expectInterval(m.time_ns, [999.1e6, 1.0198e9, 1.0383e9]);
    expect(m.throughput).toEqual({ kind: 'elements', per_iteration: null });
    expectInterval(m.rate, [9631.4, 9806, 10009]);
  });

  it('reads the two-space " elem/s" unit of file 23', () => {
    const name = '23-shamir-db-mixed-units.txt';
    const m = byId(parseCriterionText(fixture(name), name).measurements, 'vector_bulk_load/serial/n10000');
    expectInterval(m.rate, [655.55, 798.61, 901.23]);
    expectInterval(m.time_ns, [11.096e9, 12.522e9, 15.254e9]);
  });

  it('reads decimal GB/s (file 11) as bytes_decimal in bytes per second', () => {
    const name = '11-crosstream-readme-gbps.txt';
    const m = byId(parseCriterionText(fixture(name), name).measurements, 'hadron/append_from_slice/2048');
    expect(m.throughput).toEqual({ kind: 'bytes_decimal', per_iteration: null });
    expectInterval(m.rate, [32.861e9, 34.468e9, 36.303e9]);
    expect(m).toMatchObject({ group: 'hadron', function: 'append_from_slice', value: '2048' });
  });
});

// ---- literal edge cases ----------------------------------------------------------------------------

const pad = (id: string): string => id.padEnd(24, ' ');
const INDENT = ' '.repeat(24);
const SRC = 'bench.log';

function byId(measurements: Measurement[], id: string): Measurement {
  const found = measurements.find((m) => m.id === id);
  if (!found) throw new Error(`no measurement ${id} among ${measurements.map((m) => m.id).join(', ')}`);
  return found;
}

function expectInterval(actual: Measurement['time_ns'] | null, want: [number, number, number]): void {
  expect(actual).not.toBeNull();
  const got = [actual?.lower, actual?.point, actual?.upper];
  got.forEach((value, k) => {
    const target = want[k] ?? Number.NaN;
    expect(Math.abs((value ?? Number.NaN) / target - 1)).toBeLessThan(1e-12);
  });
}

function only(text: string): Measurement {
  const { measurements, problems } = parseCriterionText(text, SRC);
  expect(problems).toEqual([]);
  expect(measurements).toHaveLength(1);
  return measurements[0] as Measurement;
}

describe('units', () => {
  it.each([
    ['U+00B5 µs', '\u00b5s'],
    ['U+03BC μs', '\u03bcs'],
    ['us', 'us']
  ])('reads %s as 1000 ns', (_label, unit) => {
    const m = only(`${pad('micro')}time:   [1.5000 ${unit} 2.0000 ${unit} 2.5000 ${unit}]\n`);
    expect(m.time_ns).toEqual({ lower: 1500, point: 2000, upper: 2500 });
  });

  it('reads ps, ns, ms and s', () => {
    const { measurements } = parseCriterionText(
      [
        `${pad('a')}time:   [320.62 ps 323.90 ps 327.55 ps]`,
        `${pad('b')}time:   [2.0246 ns 2.2311 ns 2.4461 ns]`,
        `${pad('c')}time:   [2.5094 ms 2.5306 ms 2.5553 ms]`,
        `${pad('d')}time:   [11.096 s 12.522 s 15.254 s]`
      ].join('\n'),
      SRC
    );
    expect(measurements).toHaveLength(4);
    expectInterval(measurements[0]?.time_ns ?? null, [0.32062, 0.3239, 0.32755]);
    expectInterval(measurements[1]?.time_ns ?? null, [2.0246, 2.2311, 2.4461]);
    expectInterval(measurements[2]?.time_ns ?? null, [2.5094e6, 2.5306e6, 2.5553e6]);
    expectInterval(measurements[3]?.time_ns ?? null, [11.096e9, 12.522e9, 15.254e9]);
  });

  it('gives every number its own unit inside one bracket', () => {
    const m = only(`${pad('mixed')}time:   [999.10 ms 1.0198 s 1.0383 s]\n`);
    expectInterval(m.time_ns, [999.1e6, 1.0198e9, 1.0383e9]);
    const [entry] = readCriterionText(`${pad('mixed')}time:   [999.10 ms 1.0198 s 1.0383 s]\n`);
    expect(entry?.time).toEqual({ values: [999.1, 1.0198, 1.0383], units: ['ms', 's', 's'] });
  });

  it('converts 1.0 GiB/s to 1073741824 bytes/s and keeps the printed lower bound as the rate lower bound', () => {
    const m = only(
      `${pad('copy')}time:   [0.9000 ns 1.0000 ns 1.2000 ns]\n${INDENT}thrpt:  [1.0 GiB/s 1.2 GiB/s 1.5 GiB/s]\n`
    );
    expect(m.throughput).toEqual({ kind: 'bytes', per_iteration: null });
    expect(m.rate?.lower).toBe(1073741824);
    expectInterval(m.rate, [1073741824, 1.2 * 1073741824, 1.5 * 1073741824]);
  });

  it('reads a thrpt bracket that crosses MiB/s and GiB/s', () => {
    const m = only(
      `${pad('x')}time:   [1.0 ms 1.1 ms 1.2 ms]\n${INDENT}thrpt:  [1000.0 MiB/s 1.0 GiB/s 1.1 GiB/s]\n`
    );
    expectInterval(m.rate, [1000 * 1048576, 1073741824, 1.1 * 1073741824]);
  });

  it.each([
    ['KB/s', 'bytes_decimal', 1e3],
    ['MB/s', 'bytes_decimal', 1e6],
    ['KiB/s', 'bytes', 1024],
    ['Melem/s', 'elements', 1e6],
    ['Gelem/s', 'elements', 1e9],
    ['Mb/s', 'bits', 1e6]
  ])('reads %s as %s ×%d', (unit, kind, factor) => {
    const m = only(
      `${pad('k')}time:   [1.0 ms 1.1 ms 1.2 ms]\n${INDENT}thrpt:  [2.0 ${unit} 3.0 ${unit} 4.0 ${unit}]\n`
    );
    expect(m.throughput).toEqual({ kind, per_iteration: null });
    expectInterval(m.rate, [2 * factor, 3 * factor, 4 * factor]);
  });

  it('reads criterion 0.7 bits below 1 Kb/s ("  b/s", two spaces)', () => {
    const m = only(
      `${pad('bits')}time:   [1.0 s 1.1 s 1.2 s]\n${INDENT}thrpt:  [833.33   b/s 909.09   b/s 1.0000 Kb/s]\n`
    );
    expect(m.throughput?.kind).toBe('bits');
    expectInterval(m.rate, [833.33, 909.09, 1000]);
  });

  it('lets B/s sit next to decimal units without calling it binary', () => {
    const m = only(
      `${pad('d')}time:   [1.0 s 1.1 s 1.2 s]\n${INDENT}thrpt:  [833.33 B/s 909.09 B/s 1.0000 KB/s]\n`
    );
    expect(m.throughput?.kind).toBe('bytes_decimal');
  });

  it('reads criterion 0.8 ElementsAndBytes (elements line then bytes line) as bytes per second', () => {
    const text = [
      'decode/records/1000',
      `${INDENT}time:   [1.0000 ms 1.0100 ms 1.0200 ms]`,
      `${INDENT}thrpt:  [980.39 Kelem/s 990.10 Kelem/s 1.0000 Melem/s]`,
      `${INDENT}thrpt:  [957.41 MiB/s 966.89 MiB/s 976.56 MiB/s]`,
      ''
    ].join('\n');
    const [entry] = readCriterionText(text);
    expect(entry?.thrpt?.units).toEqual(['Kelem/s', 'Kelem/s', 'Melem/s']);
    expect(entry?.secondThrpt?.units).toEqual(['MiB/s', 'MiB/s', 'MiB/s']);
    const m = only(text);
    expect(m.throughput).toEqual({ kind: 'elements_and_bytes', per_iteration: null });
    expectInterval(m.rate, [957.41 * 1048576, 966.89 * 1048576, 976.56 * 1048576]);
  });
});

describe('layout', () => {
  it('keeps a 23-character id on the time line and reads a 24-character id from its own line', () => {
    const id23 = 'abcdefghij/klmnopqrst/u';
    const id24 = 'abcdefghij/klmnopqrst/uv';
    expect([id23.length, id24.length]).toEqual([23, 24]);
    const text = [
      `${id23} time:   [1.0 ns 1.1 ns 1.2 ns]`,
      id24,
      `${INDENT}time:   [2.0 ns 2.1 ns 2.2 ns]`,
      ''
    ].join('\n');
    const entries = readCriterionText(text);
    expect(entries.map((e) => [e.id, e.line])).toEqual([
      [id23, 1],
      [id24, 3]
    ]);
    expect(parseCriterionText(text, SRC).measurements.map((m) => m.time_ns.point)).toEqual([1.1, 2.1]);
  });

  it('handles the byte-length boundary of multibyte ids (criterion counts bytes, not characters)', () => {
    // 22 characters / 23 bytes: inline with one space of padding; 23 characters / 24 bytes: own line.
    const inline = 'naïve/abcdefghijklmnop';
    const ownLine = 'naïve/abcdefghijklmnopq';
    const text = `${inline} time:   [1.0 ns 1.1 ns 1.2 ns]\n${ownLine}\n${INDENT}time:   [2.0 ns 2.1 ns 2.2 ns]\n`;
    expect(readCriterionText(text).map((e) => e.id)).toEqual([inline, ownLine]);
  });

  it('reads CRLF line endings and trailing spaces', () => {
    const text =
      'long/benchmark/name/over/24    \r\n' +
      `${INDENT}time:   [1.0 ms 1.1 ms 1.2 ms]   \r\n` +
      `${INDENT}thrpt:  [164.95 MiB/s 166.14 MiB/s 167.10 MiB/s]  \r\n` +
      `${pad('short')}time:   [5.0 ns 6.0 ns 7.0 ns]\r\n`;
    const entries = readCriterionText(text);
    expect(entries.map((e) => e.id)).toEqual(['long/benchmark/name/over/24', 'short']);
    expect(entries[0]?.thrpt?.units).toEqual(['MiB/s', 'MiB/s', 'MiB/s']);
    expect(entries[1]?.time.units).toEqual(['ns', 'ns', 'ns']);
    expect(parseCriterionText(text, SRC).problems).toEqual([]);
  });

  it.each([
    ['ASCII hyphen-minus', '-'],
    ['U+2212 minus', '\u2212']
  ])('skips change blocks written with the %s', (_label, minus) => {
    const text = [
      `${pad('a/b')}time:   [1.1232 ns 1.1254 ns 1.1279 ns]`,
      `${INDENT}thrpt:  [3.3029 GiB/s 3.3101 GiB/s 3.3168 GiB/s]`,
      '                 change:',
      `${INDENT}time:   [${minus}16.722% ${minus}15.961% ${minus}14.895%] (p = 0.00 < 0.05)`,
      `${INDENT}thrpt:  [+17.502% +18.992% +20.080%]`,
      `${INDENT}Performance has improved.`,
      `${pad('c')}time:   [1.2343 ns 1.2347 ns 1.2353 ns]`,
      `${INDENT}change: [${minus}17.073% ${minus}16.003% +15.116%] (p = 0.00 < 0.05)`,
      `${INDENT}Performance has improved.`,
      'a/very/long/benchmark/id/here',
      `${INDENT}time:   [2.0 ns 2.1 ns 2.2 ns]`,
      `${INDENT}thrpt:  [1.0 GiB/s 1.1 GiB/s 1.2 GiB/s]`,
      '                 change:',
      `${INDENT}time:   [+1.0% +2.0% +3.0%] (p = 0.00 < 0.05)`,
      `${INDENT}thrpt:  [${minus}2.9% ${minus}1.9% ${minus}0.9%]`,
      `${INDENT}Performance has regressed.`,
      ''
    ].join('\n');
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(problems).toEqual([]);
    expect(measurements.map((m) => m.id)).toEqual(['a/b', 'c', 'a/very/long/benchmark/id/here']);
    expect(measurements[0]?.rate?.point).toBeCloseTo(3.3101 * 1073741824, 0);
    expect(measurements[2]?.rate?.point).toBeCloseTo(1.1 * 1073741824, 0);
  });

  it('skips progress, warnings, outliers, verbose statistics and libtest chatter', () => {
    const text = [
      'running 0 tests',
      'test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      'Gnuplot not found, using plotters backend',
      'Benchmarking alloc',
      'Benchmarking alloc: Warming up for 1.0000 s',
      'Warning: Unable to complete 100 samples in 5.0s. You may wish to increase target time to 8.5s.',
      'Benchmarking alloc: Collecting 100 samples in estimated 13.354 s (5050 iterations)',
      'Benchmarking alloc: Analyzing',
      `${pad('alloc')}time:   [2.5094 ms 2.5306 ms 2.5553 ms]`,
      `${INDENT}thrpt:  [391.34 MiB/s 395.17 MiB/s 398.51 MiB/s]`,
      `${INDENT}change: [-38.292% -37.342% -36.524%] (p = 0.00 < 0.05)`,
      `${INDENT}Performance has improved.`,
      'Found 8 outliers among 100 measurements (8.00%)',
      '  4 (4.00%) high mild',
      '  4 (4.00%) high severe',
      'slope  [2.5094 ms 2.5553 ms] R^2            [0.8660614 0.8640630]',
      'mean   [2.5142 ms 2.5557 ms] std. dev.      [62.868 us 149.50 us]',
      'median [2.5023 ms 2.5262 ms] med. abs. dev. [40.034 us 73.259 us]',
      ''
    ].join('\n');
    const m = only(text);
    expect(m.id).toBe('alloc');
    expectInterval(m.time_ns, [2.5094e6, 2.5306e6, 2.5553e6]);
  });

  it('reads a line whose progress text was overwritten with \\r and whose output is coloured', () => {
    const esc = '\u001b';
    const text =
      `Benchmarking k/1: Analyzing\r${esc}[2K${esc}[32mk/1${esc}[0m                     time:   ` +
      `[${esc}[2m1.0 µs${esc}[0m ${esc}[1m1.1 µs${esc}[0m ${esc}[2m1.2 µs${esc}[0m]\n` +
      `${INDENT}thrpt:  [${esc}[2m1.0 GiB/s${esc}[0m ${esc}[1m1.1 GiB/s${esc}[0m ${esc}[2m1.2 GiB/s${esc}[0m]\n`;
    const m = only(text);
    expect(m.id).toBe('k/1');
    expect(m.time_ns).toEqual({ lower: 1000, point: 1100, upper: 1200 });
    expect(m.rate?.lower).toBe(1073741824);
  });

  it('keeps the benchmarks before and after a panic and reports the panic with its line', () => {
    const text = [
      `${pad('before')}time:   [1.0 ns 1.1 ns 1.2 ns]`,
      "thread 'main' panicked at benches/b.rs:42:5:",
      'explicit panic',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      `${pad('after')}time:   [2.0 ns 2.1 ns 2.2 ns]`,
      ''
    ].join('\n');
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['before', 'after']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^bench\.log, line 2: the benchmark process panicked \(thread 'main' panicked at /
    );
  });

  it('takes ids with spaces, slashes, unicode, markdown and HTML characters verbatim', () => {
    const ids = [
      'K12/1024/32 (cached)',
      'Multiplication of Polynomials of Degree 2^7 (Product Degree: 2^8)/Naïve/8',
      'parse <b>copybook</b> & "quotes" | *stars* `tick`',
      'ahash/ahash #2',
      'ünï/cødé',
      'server→client→parser→book'
    ];
    const text = `${ids
      .map((id) =>
        id.length > 23
          ? `${id}\n${INDENT}time:   [1.0 ns 1.1 ns 1.2 ns]`
          : `${pad(id)}time:   [1.0 ns 1.1 ns 1.2 ns]`
      )
      .join('\n')}\n`;
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(problems).toEqual([]);
    expect(measurements.map((m) => m.id)).toEqual(ids);
    expect(byId(measurements, ids[1] ?? '')).toMatchObject({
      group: 'Multiplication of Polynomials of Degree 2^7 (Product Degree: 2^8)',
      function: 'Naïve',
      value: '8'
    });
    expect(byId(measurements, 'ahash/ahash #2')).toMatchObject({
      group: 'ahash',
      function: 'ahash #2',
      value: null
    });
    // The '/' of `</b>` splits like any other: criterion joins group/function with '/' too.
    expect(byId(measurements, ids[2] ?? '')).toMatchObject({
      group: 'parse <b>copybook<',
      function: 'b> & "quotes" | *stars* `tick`',
      value: null
    });
  });

  it('ignores a program\'s own "time: [...]" output that holds no number', () => {
    const text = `elapsed time: [not measured]\n${pad('real')}time:   [1.0 ns 1.1 ns 1.2 ns]\n`;
    expect(only(text).id).toBe('real');
  });

  it('takes the last "time:" on a line, so an id may contain the word', () => {
    const m = only(`start time: [x]  time:   [1.0 ns 1.1 ns 1.2 ns]\n`);
    expect(m.id).toBe('start time: [x]');
  });
});

describe('problems', () => {
  const good = `${pad('good')}time:   [1.0 ns 1.1 ns 1.2 ns]`;

  it.each([
    ['NaN', `${pad('bad')}time:   [NaN ns NaN ns NaN ns]`, 'time value NaN ns is not a number'],
    ['inf', `${pad('bad')}time:   [1.0 s inf s inf s]`, 'time value Infinity s is infinite'],
    ['negative', `${pad('bad')}time:   [-1.0 ns 1.1 ns 1.2 ns]`, 'time value -1 ns is negative'],
    ['zero', `${pad('bad')}time:   [0.0000 ps 0.0000 ps 0.0000 ps]`, 'time value 0 ps is zero'],
    ['out of order', `${pad('bad')}time:   [1.3 ns 1.1 ns 1.2 ns]`, 'time values are out of order']
  ])('reports a %s time with source and line, and keeps the other benchmarks', (_label, bad, message) => {
    const { measurements, problems } = parseCriterionText(
      `${good}\n${bad}\n${good.replace('good', 'also')}\n`,
      SRC
    );
    expect(measurements.map((m) => m.id)).toEqual(['good', 'also']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${SRC}, line 2: cannot read the time of "bad": ${message}`);
  });

  it('keeps a time in an unknown unit apart, naming the benchmark, the unit and the accepted ones', () => {
    // A custom criterion measurement prints its own unit (criterion's own example prints half-seconds).
    const text = [
      good,
      'custom_measurement/fibonacci',
      `${INDENT}time:   [0.000004983 s/2 0.000005015 s/2 0.000005053 s/2]`,
      `${INDENT}thrpt:  [1.9791e8 b/s/2 1.9940e8 b/s/2 2.0068e8 b/s/2]`,
      `${pad('bad')}time:   [1.0 xs 1.1 xs 1.2 xs]`
    ].join('\n');
    const { measurements, problems, unknownUnits } = parseCriterionText(text, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['good']);
    expect(problems).toEqual([]);
    expect(unknownUnits).toEqual([
      {
        id: 'custom_measurement/fibonacci',
        unit: 's/2',
        message: `${SRC}, line 3: cannot read the time of "custom_measurement/fibonacci": unknown time unit "s/2" (expected ps, ns, µs, us, ms or s), so it is left out`
      },
      {
        id: 'bad',
        unit: 'xs',
        message: `${SRC}, line 5: cannot read the time of "bad": unknown time unit "xs" (expected ps, ns, µs, us, ms or s), so it is left out`
      }
    ]);
  });

  it.each([
    ['two values', `${pad('bad')}time:   [1.0 ns 1.1 ns]`, 'found "[1.0 ns 1.1 ns]"'],
    ['no closing bracket', `${pad('bad')}time:   [1.0 ns 1.1 ns 1.2 ns`, 'found "[1.0 ns 1.1 ns 1.2 ns"'],
    [
      'a word for a number',
      `${pad('bad')}time:   [fast ns 1.1 ns 1.2 ns]`,
      'found "[fast ns 1.1 ns 1.2 ns]"'
    ],
    ['units missing', `${pad('bad')}time:   [1.0 1.1 1.2 1.3 1.4 1.5]`, 'found "[1.0 1.1 1.2 1.3 1.4 1.5]"']
  ])('reports a time line with %s', (_label, bad, found) => {
    const { measurements, problems } = parseCriterionText(`${good}\n${bad}\n`, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['good']);
    expect(problems).toEqual([
      `${SRC}, line 2: cannot read the "time:" line of "bad": expected three "<number> <unit>" values, ${found}`
    ]);
  });

  it('does not take a result line for the id of a following id-less time line', () => {
    const text = [
      good,
      'Found 1 outliers among 100 measurements (1.00%)',
      `${INDENT}time:   [1.0 ns 1.1 ns 1.2 ns]`
    ].join('\n');
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(measurements.map((m) => m.id)).toEqual(['good']);
    expect(problems).toEqual([
      `${SRC}, line 3: a "time:" line with no benchmark id on it or on the line before`
    ]);
  });

  it('reports a thrpt line that follows no benchmark', () => {
    const text = `${good}\nsome other output\n${INDENT}thrpt:  [1.0 GiB/s 1.1 GiB/s 1.2 GiB/s]\n`;
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(measurements[0]?.rate).toBeNull();
    expect(problems).toEqual([
      `${SRC}, line 3: a "thrpt:" line that does not follow a benchmark's "time:" line`
    ]);
  });

  it('keeps a benchmark whose throughput cannot be read, without throughput, and says so', () => {
    const text = `${good}\n${INDENT}thrpt:  [1.0 GiB/s 1.1 MB/s 1.2 Melem/s]\n`;
    const { measurements, problems } = parseCriterionText(text, SRC);
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({ id: 'good', throughput: null, rate: null });
    expect(problems).toEqual([
      `${SRC}, line 1: cannot read the throughput of "good": mixes bytes and bytes_decimal units; it is kept without throughput`
    ]);
  });

  it('keeps a benchmark whose throughput is in an unknown unit, without throughput, and names the unit', () => {
    const text = `${good}\n${INDENT}thrpt:  [1.0 elem/Kcycle 1.1 elem/Kcycle 1.2 elem/Kcycle]\n`;
    const { measurements, problems, unknownUnits } = parseCriterionText(text, SRC);
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({ id: 'good', throughput: null, rate: null });
    expect(problems).toEqual([]);
    expect(unknownUnits).toEqual([
      {
        id: 'good',
        unit: 'elem/Kcycle',
        message: `${SRC}, line 1: cannot read the throughput of "good": unknown throughput unit "elem/Kcycle"; it is kept without throughput`
      }
    ]);
  });

  it.each([
    ['empty text', ''],
    ['blank lines', '\n  \r\n\n'],
    ['libtest output without benchmarks', 'running 0 tests\n\ntest result: ok. 0 passed; 0 failed\n']
  ])('reports %s as having no criterion results, naming the source and the expected line', (_label, text) => {
    expect(parseCriterionText(text, 'target/bench.txt')).toEqual({
      measurements: [],
      problems: [
        'no criterion results in target/bench.txt: expected lines like "<id>  time: [1.0 ms 1.1 ms 1.2 ms]"'
      ]
    });
    expect(readCriterionText(text)).toEqual([]);
  });
});

describe('speed', () => {
  it('reads 10,000 benchmarks with change blocks and outliers in linear time', () => {
    const block = (k: number): string =>
      [
        `Benchmarking decode_display_heavy/single_threaded/${k}: Analyzing`,
        `decode_display_heavy/single_threaded/${k}`,
        `${INDENT}time:   [1.0000 ms 1.0100 ms 1.0200 ms]`,
        `${INDENT}thrpt:  [3.9000 GiB/s 3.9500 GiB/s 4.0000 GiB/s]`,
        '                 change:',
        `${INDENT}time:   [\u22121.0000% +0.5000% +1.0000%] (p = 0.30 > 0.05)`,
        `${INDENT}thrpt:  [\u22121.0000% \u22120.5000% +1.0000%]`,
        `${INDENT}No change in performance detected.`,
        'Found 2 outliers among 100 measurements (2.00%)',
        '  2 (2.00%) high mild'
      ].join('\n');
    const text = Array.from({ length: 10_000 }, (_, k) => block(k)).join('\n');
    const started = performance.now();
    const { measurements, problems } = parseCriterionText(text, SRC);
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    expect(measurements).toHaveLength(10_000);
    expect(measurements[9_999]?.id).toBe('decode_display_heavy/single_threaded/9999');
    expect(elapsed).toBeLessThan(2_000);
  });

  it('does not backtrack on long lines of spaces, labels and brackets', () => {
    const nasty = `${' '.repeat(200_000)}x${' time: '.repeat(20_000)}${'['.repeat(50_000)}\n`;
    const started = performance.now();
    const result = parseCriterionText(nasty, SRC);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.measurements).toEqual([]);
  });
});
