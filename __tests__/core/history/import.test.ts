import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  type DashboardImport,
  type ImportProblem,
  type ImportRequest,
  importDashboard
} from '../../../src/core/history/import.js';
import { historyRecordProblems } from '../../../src/core/history/record.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/history/gh-pages-data.js', import.meta.url));
const GH_PAGES = readFileSync(FIXTURE, 'utf8');

const request = (suite: string | null = null): ImportRequest => ({
  source: 'bench-data.js',
  suite,
  slot: { name: 'copybook-bench', testbed: 'default', os: 'Linux' },
  arch: 'X64'
});

function imported(text: string, suite: string | null = null): DashboardImport {
  const result = importDashboard(text, request(suite));
  if (!result.ok) throw new Error(`expected an import, got: ${result.problem.message}`);
  return result.value;
}

function problem(text: string, suite: string | null = null): ImportProblem {
  const result = importDashboard(text, request(suite));
  if (result.ok) throw new Error('expected a problem, got an import');
  return result.problem;
}

const bench = (over: Record<string, unknown> = {}) => ({
  name: 'decode/x',
  value: 100,
  range: '± 5',
  unit: 'ns/iter',
  ...over
});

const entry = (over: Record<string, unknown> = {}) => ({
  commit: { id: 'abcdef1', timestamp: '2024-06-01T09:15:02+02:00' },
  date: 1717226140251,
  tool: 'cargo',
  benches: [bench()],
  ...over
});

/** A data.js holding one suite, "S", of these results. */
const dataJs = (results: unknown, extra: Record<string, unknown> = {}): string =>
  `window.BENCHMARK_DATA = ${JSON.stringify({ lastUpdate: 1, repoUrl: 'https://github.com/o/r', ...extra, entries: { S: results } }, null, 2)}`;

const NO_METRICS = { display_gibs: null, comp3_mibs: null, display_floor_gibs: null, comp3_floor_mibs: null };

describe('importDashboard: a gh-pages dashboard of two suites', () => {
  it('turns each cargo result of the chosen suite into a record, oldest first', () => {
    const { suite, records, notes, repositoryUrl } = imported(GH_PAGES, 'Rust Benchmark');
    expect(suite).toBe('Rust Benchmark');
    expect(notes).toEqual([]);
    expect(repositoryUrl).toBe('https://github.com/example/copybook-rs');
    expect(records.map((r) => [r.commit, r.timestamp])).toEqual([
      ['4f2a9c1d0b7e6a5c3d2e1f0a9b8c7d6e5f4a3b2c', '2024-06-01T07:15:40.251Z'],
      ['9b8c7d6e5f4a3b2c1d0e4f2a9c1d0b7e6a5c3d2e', '2024-06-05T17:41:30.583Z'],
      ['c3d2e1f0a9b8c7d6e5f4a3b24f2a9c1d0b7e6a5c', '2024-06-10T10:42:05.117Z']
    ]);
    expect(records[0]).toEqual({
      schema_version: '1.0',
      name: 'copybook-bench',
      testbed: 'default',
      os: 'Linux',
      arch: 'X64',
      commit: '4f2a9c1d0b7e6a5c3d2e1f0a9b8c7d6e5f4a3b2c',
      ref: null,
      run_id: null,
      timestamp: '2024-06-01T07:15:40.251Z',
      release: null,
      machine: null,
      metrics: NO_METRICS,
      benchmarks: [
        {
          id: 'decode_display_heavy/single_threaded/1000',
          group: 'decode_display_heavy',
          time_ns: [2449, 2480, 2511],
          throughput: null
        },
        {
          id: 'decode_comp3_heavy/single_threaded/1000',
          group: 'decode_comp3_heavy',
          time_ns: [19110, 19520, 19930],
          throughput: null
        },
        { id: 'parse_copybook', group: 'parse_copybook', time_ns: [9, 9, 9], throughput: null }
      ]
    });
    // A spread wider than the value: the lower bound stops at 0.
    expect(records[2]?.benchmarks[1]?.time_ns).toEqual([0, 3120, 6270]);
    for (const record of records) expect(historyRecordProblems(record)).toEqual([]);
  });

  it('skips other tools, keeps the latest result of a commit and converts us/iter', () => {
    const { records, notes } = imported(GH_PAGES, 'Go Tools');
    expect(notes).toEqual([
      'bench-data.js: entries["Go Tools"][0] is a result of the tool "go", not cargo: skipped.',
      'bench-data.js: entries["Go Tools"][1] is commit 9b8c7d6e5f4a3b2c1d0e4f2a9c1d0b7e6a5c3d2e again; kept entries["Go Tools"][2], the latest: skipped.'
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.timestamp).toBe('2024-06-05T18:26:40.000Z');
    expect(records[0]?.benchmarks).toEqual([
      { id: 'export_csv', group: 'export_csv', time_ns: [1250, 1500, 1750], throughput: null }
    ]);
  });

  it('asks which suite when there are several, and names them', () => {
    expect(problem(GH_PAGES)).toEqual({
      kind: 'suite',
      message: 'bench-data.js holds 2 suites, "Rust Benchmark" and "Go Tools"; choose one with --suite NAME.'
    });
    expect(problem(GH_PAGES, 'Rust')).toEqual({
      kind: 'suite',
      message: 'bench-data.js has no suite "Rust"; it has "Rust Benchmark" and "Go Tools".'
    });
  });
});

describe('importDashboard: the file', () => {
  it('reads the only suite without being told, as plain JSON too, with a BOM or a ";"', () => {
    const object = { entries: { S: [entry()] } };
    const texts = [
      dataJs([entry()]),
      `${dataJs([entry()])};\n`,
      `\uFEFF  window.BENCHMARK_DATA=${JSON.stringify(object)} ;  `,
      JSON.stringify(object),
      `\uFEFF${JSON.stringify(object)}\n`
    ];
    for (const text of texts) {
      const { suite, records } = imported(text);
      expect(suite).toBe('S');
      expect(records.map((r) => r.benchmarks)).toEqual([
        [{ id: 'decode/x', group: 'decode', time_ns: [95, 100, 105], throughput: null }]
      ]);
    }
  });

  it('refuses what is not the format, saying what is accepted', () => {
    const accepted =
      'Accepted: the data.js of a gh-pages benchmark dashboard (window.BENCHMARK_DATA = {"entries": {…}}) or the same object as JSON.';
    expect(problem('window.BENCHMARK_DATA = {\n  "entries": {,}\n}')).toEqual({
      kind: 'format',
      message: `bench-data.js is not the data of a benchmark dashboard: the text after "window.BENCHMARK_DATA =" is not valid JSON (line 2, column 15). ${accepted}`
    });
    expect(problem('<html><body>dashboard</body></html>').message).toBe(
      `bench-data.js is not the data of a benchmark dashboard: the file is not valid JSON. ${accepted}`
    );
    // Never run: a script is not data.
    expect(problem('window.BENCHMARK_DATA = (() => ({ entries: {} }))();').kind).toBe('format');
    expect(problem('[1, 2]').message).toBe(
      `bench-data.js holds a list, not a dashboard's object. ${accepted}`
    );
    expect(problem('{"lastUpdate": 1}').message).toBe(
      `bench-data.js: entries is missing; expected an object of suites, each a list of results. ${accepted}`
    );
  });

  it('refuses a file with nothing to import', () => {
    expect(problem('{"entries": {}}')).toEqual({
      kind: 'empty',
      message: 'bench-data.js: entries is empty; there are no results to import.'
    });
    expect(problem(dataJs([]))).toEqual({
      kind: 'empty',
      message: 'bench-data.js: entries["S"] is empty; there are no results to import.'
    });
    expect(problem(dataJs([entry({ tool: 'go' }), entry({ benches: [] })]))).toEqual({
      kind: 'empty',
      message:
        'bench-data.js: entries["S"] holds no cargo results with benchmarks; there is nothing to import.'
    });
  });
});

describe('importDashboard: each value, refused by its path', () => {
  const cases: Array<[string, unknown, string]> = [
    ['a suite that is no list', { a: 1 }, 'entries["S"] is an object; expected a list of results.'],
    [
      'a result that is no object',
      ['abc'],
      'entries["S"][0] is "abc"; expected a result ({"commit", "date", "tool", "benches"}).'
    ],
    [
      'no commit',
      [entry({ commit: undefined })],
      'entries["S"][0].commit is missing; expected an object with the commit\'s id.'
    ],
    [
      'a commit id that is not hex',
      [entry(), entry({ commit: { id: 'main' } })],
      'entries["S"][1].commit.id is "main"; expected a commit id of 7 to 64 hex digits.'
    ],
    [
      'a commit id with markup',
      [entry({ commit: { id: 'abcdef1</script>' } })],
      'entries["S"][0].commit.id is "abcdef1</script>"; expected a commit id of 7 to 64 hex digits.'
    ],
    [
      'a date that is no number',
      [entry({ date: 'yesterday' })],
      'entries["S"][0].date is "yesterday"; expected the time of the result in milliseconds since 1970 (0 to 253402300799999).'
    ],
    [
      'no date and no commit timestamp',
      [entry({ date: undefined, commit: { id: 'abcdef1' } })],
      'entries["S"][0] has no date, and its commit.timestamp is missing; expected a date in milliseconds since 1970 or an ISO 8601 commit timestamp.'
    ],
    [
      'benches that are no list',
      [entry({ benches: 'many' })],
      'entries["S"][0].benches is "many"; expected a list of benchmarks.'
    ],
    [
      'a bench that is no object',
      [entry({ benches: [bench(), 7] })],
      'entries["S"][0].benches[1] is 7; expected a benchmark ({"name", "value", "unit", "range"}).'
    ],
    [
      'a bench without a name',
      [entry({ benches: [bench({ name: '' })] })],
      'entries["S"][0].benches[0].name is ""; expected the benchmark\'s name, 1 to 1000 characters.'
    ],
    [
      'a unit that is no time',
      [entry({ benches: [bench({ unit: 'ops/sec' })] })],
      'entries["S"][0].benches[0].unit is "ops/sec"; expected a time per iteration: ns/iter, us/iter, ms/iter or s/iter.'
    ],
    [
      'a value that is no number',
      [entry(), entry(), entry(), entry({ benches: [bench({ value: 'abc' })] })],
      'entries["S"][3].benches[0].value is "abc"; expected a number of ns/iter.'
    ],
    [
      'a negative value',
      [entry({ benches: [bench({ value: -5 })] })],
      'entries["S"][0].benches[0].value is -5; expected a number of ns/iter from 0 to 1e15 ns.'
    ],
    [
      'a value beyond any believable time',
      [
        entry({
          benches: [bench({ value: 3, unit: 'ms/iter' }), bench({ name: 'b', value: 2e6, unit: 's/iter' })]
        })
      ],
      'entries["S"][0].benches[1].value is 2000000; expected a number of s/iter from 0 to 1e15 ns.'
    ],
    [
      'a range that is not "± N"',
      [entry({ benches: [bench({ range: 'about 3' })] })],
      'entries["S"][0].benches[0].range is "about 3"; expected "± N" or "+/- N", N in the value\'s unit.'
    ],
    [
      'a range beyond any believable time',
      [entry({ benches: [bench({ range: '± 1e16' })] })],
      'entries["S"][0].benches[0].range is "± 1e16"; expected a spread that keeps value + spread within 1e15 ns.'
    ]
  ];

  it.each(cases)('%s', (_, results, message) => {
    expect(problem(dataJs(results))).toEqual({ kind: 'value', message: `bench-data.js: ${message}` });
  });

  it('refuses a number too large for JSON (Infinity) and never shows a huge name whole', () => {
    const text = dataJs([entry()]).replace('"value": 100', '"value": 1e400');
    expect(problem(text).message).toBe(
      'bench-data.js: entries["S"][0].benches[0].value is Infinity; expected a number of ns/iter from 0 to 1e15 ns.'
    );
    const long = 'x'.repeat(5000);
    expect(problem(dataJs([entry({ benches: [bench({ name: long })] })])).message).toBe(
      `bench-data.js: entries["S"][0].benches[0].name is "${'x'.repeat(80)}…"; expected the benchmark's name, 1 to 1000 characters.`
    );
  });
});

describe('importDashboard: details of the records', () => {
  it('lowercases the commit, takes the commit timestamp without a date, and a missing range as none', () => {
    const { records } = imported(
      dataJs([
        entry({
          commit: { id: 'ABCDEF1234', timestamp: '2024-06-01T09:15:02+02:00' },
          date: undefined,
          benches: [
            bench({ range: undefined, unit: 'µs/iter', value: 2 }),
            bench({ name: 'b', range: '+/- 1,500' })
          ]
        })
      ])
    );
    expect(records).toEqual([
      expect.objectContaining({
        commit: 'abcdef1234',
        timestamp: '2024-06-01T07:15:02.000Z',
        benchmarks: [
          { id: 'decode/x', group: 'decode', time_ns: [2000, 2000, 2000], throughput: null },
          { id: 'b', group: 'b', time_ns: [0, 100, 1600], throughput: null }
        ]
      })
    ]);
  });

  it('keeps a benchmark named twice once, and says so', () => {
    const { records, notes } = imported(dataJs([entry({ benches: [bench(), bench({ value: 7 })] })]));
    expect(records[0]?.benchmarks.map((b) => b.time_ns)).toEqual([[95, 100, 105]]);
    expect(notes).toEqual([
      'bench-data.js: entries["S"][0].benches[1] repeats the benchmark "decode/x": skipped.'
    ]);
  });

  it('links commits only to an https repository without credentials', () => {
    expect(imported(dataJs([entry()], { repoUrl: 'https://github.com/o/r/' })).repositoryUrl).toBe(
      'https://github.com/o/r'
    );
    expect(imported(dataJs([entry()], { repoUrl: undefined })).notes).toEqual([]);
    for (const repoUrl of [
      'https://user:token@github.com/o/r',
      'javascript:alert(1)',
      'http://github.com/o/r'
    ]) {
      const { repositoryUrl, notes } = imported(dataJs([entry()], { repoUrl }));
      expect(repositoryUrl).toBeNull();
      expect(notes).toEqual([
        `bench-data.js: repoUrl ${JSON.stringify(repoUrl)} is not an https URL without a user or password: the dashboard links no commits.`
      ]);
    }
  });

  it('keeps hostile names as plain data: no prototype is touched', () => {
    const text = `{"entries": {"__proto__": [${JSON.stringify(
      entry({
        benches: [
          bench({ name: '__proto__' }),
          bench({ name: 'constructor' }),
          bench({ name: '</script><script>alert(1)</script>' })
        ]
      })
    )}], "constructor": []}}`;
    const { suite, records } = imported(text, '__proto__');
    expect(suite).toBe('__proto__');
    expect(records[0]?.benchmarks.map((b) => [b.id, b.group])).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
      ['</script><script>alert(1)</script>', '<']
    ]);
    expect(({} as Record<string, unknown>).benches).toBeUndefined();
    expect(Object.getPrototypeOf(records[0])).toBe(Object.prototype);
    expect(problem(text)).toEqual({
      kind: 'suite',
      message: 'bench-data.js holds 2 suites, "__proto__" and "constructor"; choose one with --suite NAME.'
    });
    expect(problem('{"entries": {"S": []}}', 'toString').message).toBe(
      'bench-data.js has no suite "toString"; it has "S".'
    );
  });
});
