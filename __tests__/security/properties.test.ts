// Random hostile input at the pure stages: ids of any Unicode with control characters, markers and
// template tokens; criterion JSON with any number, null or missing key; settings of any text. Whatever
// comes in, no exception other than a named input error escapes, every number in perf.json is finite
// or null, the schema validates, and the markdown carries exactly one marker (its last line) and no
// raw HTML from data. PROPERTY_RUNS sets the number of cases (10,000 by default, as in CI).

import { describe, expect, it } from '@jest/globals';
import { HtmlRenderer, type Node, Parser } from 'commonmark';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze.js';
import { childEnv, isWithheldVariable } from '../../src/core/child-env.js';
import { buildConfig } from '../../src/core/config/config.js';
import { OPTIONS } from '../../src/core/config/options.js';
import { measurementFromFiles } from '../../src/core/criterion/estimates.js';
import type { Measurement } from '../../src/core/criterion/measurement.js';
import { InputError } from '../../src/core/errors.js';
import { logText } from '../../src/core/log.js';
import type { PerfReport } from '../../src/core/model.js';
import { redactText } from '../../src/core/redact.js';
import { perfReportProblems } from '../../src/core/report/schema.js';
import { commentMarker, renderComment } from '../../src/render/comment.js';
import { escapeHtml } from '../../src/render/html/escape.js';
import { code, escapeMarkdown } from '../../src/render/markdown.js';
import { renderSummary } from '../../src/render/summary.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const TIMEOUT = 600_000;
const NAME = 'copybook-bench';
const MARKER = commentMarker(NAME);

/** Pieces an attacker would put in an id, mixed with arbitrary Unicode. */
const HOSTILE_PIECES = [
  '\r',
  '\n',
  '\r\n',
  '\0',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u200b',
  '<!-- copybook-bench-action:other -->',
  MARKER,
  '<!--',
  '-->',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</td>',
  '<details>',
  '# Fake heading',
  '{{table}}',
  '{{status}}',
  '@octocat',
  '#123',
  '`',
  '```',
  '|',
  '\\',
  '[x](javascript:alert(1))',
  '![x](https://example.invalid/x.png)',
  '::error::injected',
  '%0A',
  'decode_display_heavy/',
  'decode_comp3_heavy/',
  '/',
  '*'
];

const hostileId = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
    minLength: 1,
    maxLength: 6
  })
  .map((parts) => parts.join(''))
  .filter((id) => id !== '');

/** Any JSON number criterion could be made to write, and the ones serde cannot (null). */
const anyNumber = fc.oneof(
  fc.double().map((n) => (Number.isFinite(n) ? n : null)),
  fc.constantFrom(0, -0, 5e-324, Number.MIN_VALUE, Number.MAX_VALUE, 1e308, -1, 1e-30, 1e30),
  fc.integer(),
  fc.constant(null)
) as fc.Arbitrary<number | null>;

/** JSON cannot hold Infinity or NaN: serde writes them as null. */
const asJson = (n: number | null): number | null => (n === null || Number.isFinite(n) ? n : null);

/** A point estimate: mostly plausible, often at the edges of what a double can be. */
const point = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: 1e-3, max: 1e12, noNaN: true }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(5e-324, Number.MIN_VALUE, 1e-300, 0, -0, -1, 1e300, Number.MAX_VALUE)
  },
  { weight: 2, arbitrary: anyNumber }
);

/** An estimate as criterion writes it (an interval around the point), or a malformed one. */
const estimate = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(point, fc.double({ min: 0, max: 2, noNaN: true })).map(([p, spread]) => ({
      confidence_interval: {
        confidence_level: 0.95,
        lower_bound: asJson(p === null ? null : p * (1 - spread)),
        upper_bound: asJson(p === null ? null : p * (1 + spread))
      },
      point_estimate: asJson(p),
      standard_error: asJson(p === null ? null : p * spread)
    }))
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        confidence_interval: fc.record(
          { confidence_level: anyNumber, lower_bound: anyNumber, upper_bound: anyNumber },
          { requiredKeys: ['lower_bound', 'upper_bound'] }
        ),
        point_estimate: anyNumber,
        standard_error: anyNumber
      },
      { requiredKeys: ['point_estimate'] }
    )
  }
);

/** Bytes or elements per iteration. */
const perIteration = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 2 ** 53, 1e300, Number.MAX_VALUE, 0.5) },
  { weight: 1, arbitrary: anyNumber }
);

const throughput = fc.oneof(
  fc.constant(null),
  fc.record({ Bytes: perIteration }),
  fc.record({ BytesDecimal: perIteration }),
  fc.record({ Elements: perIteration }),
  fc.record({ Bits: perIteration }),
  fc.record({ ElementsAndBytes: fc.record({ elements: perIteration, bytes: perIteration }) }),
  fc.anything()
);

/** A benchmark.json/estimates.json pair: mostly shaped as criterion writes them, sometimes anything. */
const criterionFiles = (id: fc.Arbitrary<string>) =>
  fc.record({
    benchmark: fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record({
          full_id: id,
          group_id: id,
          function_id: fc.option(id),
          value_str: fc.option(id),
          throughput
        })
      },
      { weight: 1, arbitrary: fc.anything() }
    ),
    estimates: fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record(
          {
            mean: estimate,
            median: estimate,
            median_abs_dev: estimate,
            slope: fc.option(estimate),
            std_dev: estimate
          },
          { requiredKeys: ['mean', 'median', 'median_abs_dev', 'std_dev'] }
        )
      },
      { weight: 1, arbitrary: fc.anything() }
    )
  });

/** Every number anywhere in `value`, with its path. */
function numbersIn(value: unknown, at = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([at, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) numbersIn(v, `${at}[${i}]`, out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${at}.${k}`, out);
  return out;
}

/** The raw HTML a CommonMark renderer sees in `markdown`: every html_inline and html_block literal. */
function rawHtml(markdown: string): string[] {
  const found: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    const node: Node = event.node;
    if (event.entering && (node.type === 'html_inline' || node.type === 'html_block')) {
      found.push(node.literal ?? '');
    }
  }
  return found;
}

/** The HTML our own renderers write, whatever the data: the marker and the collapsible sections. */
const OWN_HTML =
  /^(<!-- copybook-bench-action:copybook-bench -->|<details( open)?>|<\/details>|<summary>|<\/summary>|<strong>|<\/strong>|<sub>|<\/sub>|<br>|<br \/>)$/;

function expectSafeMarkdown(markdown: string, { withMarker }: { withMarker: boolean }): void {
  for (const html of rawHtml(markdown)) {
    for (const piece of html
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')) {
      // An html_block may hold several of our own tags on its lines; each line must be ours.
      for (const tag of piece.match(/<[^>]*>|[^<]+/g) ?? []) {
        if (!OWN_HTML.test(tag) && !/^[^<]*$/.test(tag))
          throw new Error(`raw HTML from data: ${JSON.stringify(tag)}`);
      }
    }
  }
  const markers = markdown.split('<!--').length - 1;
  if (withMarker) {
    expect(markers).toBe(1);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(MARKER);
  } else {
    expect(markers).toBe(0);
  }
  // Rendering must not throw either.
  new HtmlRenderer({ safe: true }).render(new Parser().parse(markdown));
}

function expectSoundReport(report: PerfReport): void {
  for (const [at, n] of numbersIn(report)) {
    if (!Number.isFinite(n)) throw new Error(`${at} is ${n}`);
  }
  expect(perfReportProblems(JSON.parse(JSON.stringify(report)))).toEqual([]);
}

const DEFAULT_CONFIG = buildConfig({ inputs: {} });

/** Reads each pair as the disk reader would; a named input error is an accepted answer. */
function readPairs(pairs: { benchmark: unknown; estimates: unknown }[]): {
  measurements: Measurement[];
  problems: string[];
} {
  const measurements: Measurement[] = [];
  const problems: string[] = [];
  pairs.forEach((pair, i) => {
    try {
      measurements.push(measurementFromFiles(pair.benchmark, pair.estimates, `criterion/b${i}/new`));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  });
  const seen = new Set<string>();
  return { measurements: measurements.filter((m) => !seen.has(m.id) && seen.add(m.id)), problems };
}

describe('hostile input at the pure stages', () => {
  it(
    'random criterion files and ids: a sound, schema-valid report and markdown with one marker and no HTML from data',
    () => {
      fc.assert(
        fc.property(fc.array(criterionFiles(hostileId), { minLength: 0, maxLength: 4 }), (pairs) => {
          const parsed = readPairs(pairs);
          const { report } = analyze({ config: DEFAULT_CONFIG, results: parsed, facts: RUN_FACTS });
          expectSoundReport(report);
          expectSafeMarkdown(renderComment(report, { project: 'p', name: NAME }).body, { withMarker: true });
          expectSafeMarkdown(renderSummary(report), { withMarker: false });
        }),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'random settings: a named input error or a config whose report is sound',
    () => {
      const settingNames = OPTIONS.map((o) => o.name);
      const text = fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 12 }));
      const fileValue = fc.oneof(
        text,
        fc.double(),
        fc.boolean(),
        fc.array(text, { maxLength: 3 }),
        fc.anything()
      );
      const measurement = readPairs([
        {
          benchmark: {
            full_id: 'decode_display_heavy/x',
            group_id: 'decode_display_heavy',
            function_id: 'x',
            value_str: null,
            throughput: { Bytes: 1000 }
          },
          estimates: Object.fromEntries(
            ['mean', 'median', 'median_abs_dev', 'std_dev', 'slope'].map((k) => [
              k,
              {
                confidence_interval: { confidence_level: 0.95, lower_bound: 90, upper_bound: 110 },
                point_estimate: 100,
                standard_error: 1
              }
            ])
          )
        }
      ]);
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...settingNames), text, { maxKeys: 6 }),
          fc.option(
            fc.dictionary(fc.oneof(fc.constantFrom(...settingNames), fc.string()), fileValue, { maxKeys: 4 })
          ),
          (inputs, fileValues) => {
            let config: ReturnType<typeof buildConfig>;
            try {
              config = buildConfig({
                inputs,
                file: fileValues ? { path: '.github/copybook-bench.toml', values: fileValues } : null
              });
            } catch (error) {
              if (error instanceof InputError) return;
              throw error;
            }
            const { report } = analyze({ config, results: measurement, facts: RUN_FACTS });
            expectSoundReport(report);
            expectSafeMarkdown(renderComment(report, { project: 'p', name: NAME }).body, {
              withMarker: true
            });
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );
});

describe('hostile text at the escaping boundaries', () => {
  const text = fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: 6
    })
    .map((parts) => parts.join(''));

  it(
    'markdown, code spans, HTML and log lines carry no structure from data',
    () => {
      fc.assert(
        fc.property(text, (t) => {
          const prose = escapeMarkdown(t);
          expect(prose).not.toMatch(/[\r\n\u2028\u2029<]/);
          expectSafeMarkdown(`| a |\n| --- |\n| ${prose} |\n`, { withMarker: false });
          const span = code(t);
          expect(span).not.toMatch(/[\r\n]/);
          expect(span).not.toContain('<!--');
          expectSafeMarkdown(`| a |\n| --- |\n| ${span} |\n`, { withMarker: false });
          expect(escapeHtml(t)).not.toMatch(/[<>"']/);
          for (const line of logText(t).split('\n')) {
            expect(line).not.toContain('\r');
            expect(line.trimStart().startsWith('::')).toBe(false);
            expect(line).not.toContain('##[');
          }
        }),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'credentials: redaction is idempotent and hides a credential value; a child never gets a withheld variable',
    () => {
      const value = fc.string({ minLength: 4, maxLength: 12 }).filter((v) => /^[A-Za-z0-9]+$/.test(v));
      const name = fc.constantFrom(
        'API_TOKEN',
        'SECRET',
        'password',
        'DB_PASSWORD',
        'auth',
        'SESSION_COOKIE',
        'SENTRY_DSN'
      );
      const envName = fc.oneof(
        fc.constantFrom(
          'INPUT_GITHUB-TOKEN',
          'ACTIONS_RUNTIME_TOKEN',
          'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
          'ACTIONS_ID_TOKEN_REQUEST_URL',
          'GITHUB_TOKEN',
          'github_token',
          'PATH',
          'HOME',
          '__proto__'
        ),
        fc.string({ minLength: 1, maxLength: 10 })
      );
      fc.assert(
        fc.property(
          text,
          name,
          value,
          fc.dictionary(envName, fc.string(), { maxKeys: 8 }),
          fc.dictionary(envName, fc.string(), { maxKeys: 4 }),
          (t, n, v, base, extra) => {
            const once = redactText(`${t} ${n}=${v} https://user:${v}@host.invalid/x`);
            expect(redactText(once)).toBe(once);
            expect(once).not.toContain(`${n}=${v}`);
            expect(once).not.toContain(`:${v}@`);
            const env = childEnv(extra, base);
            for (const key of Object.keys(env)) expect(isWithheldVariable(key)).toBe(false);
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );
});
