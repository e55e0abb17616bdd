// Benchmark ids are chosen by the code under test, so a pull request controls them. Rendered into
// the PR comment, the job summary (summary.md) and the HTML pages, an id must stay text: no image,
// heading or other markup, no raw HTML, no line break, no character that reorders or hides text,
// no mention or issue reference, and no marker that another instance takes for its own. The
// markdown is read as GitHub reads it (tests/helpers/gfm.ts: the CommonMark reference parser plus
// GFM's table rows).

import { describe, expect, it } from '@jest/globals';
import type { Node } from 'commonmark';
import { isOwnComment, lastLine } from '../../src/adapters/github/comments.js';
import { analyze } from '../../src/core/analyze.js';
import { buildBaselineFile } from '../../src/core/baseline/file.js';
import { buildConfig } from '../../src/core/config/config.js';
import { showControls } from '../../src/core/controls.js';
import {
  baselineSections,
  promotedSection,
  sectionsAsMarkdown,
  withPromotedSection
} from '../../src/render/baseline-sections.js';
import { commentMarker, renderComment } from '../../src/render/comment.js';
import { renderReportHtml } from '../../src/render/html/report.js';
import { renderSummary } from '../../src/render/summary.js';
import { type GfmDocument, headingText, nodesOf, parseGfm, textRuns } from '../helpers/gfm.js';
import { atRate } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const OTHER_MARKER = '<!-- copybook-bench-action:other -->';

/** One hostile id per case; each is a DISPLAY or COMP-3 benchmark, so it reaches tables and messages. */
const ID = {
  crImage: 'decode_display_heavy/cr\r<img src=x onerror=alert(1)>\r',
  crHeading: 'decode_display_heavy/h\r# Fake heading\r',
  lfHeading: 'decode_comp3_heavy/lf\n\n# Fake heading two\n',
  nul: 'decode_display_heavy/nul\0x',
  separators: 'decode_display_heavy/ls\u2028# Fake\u2029ps',
  bidi: 'decode_display_heavy/bidi\u202egnp.exe\u202c\u2066x\u2069\u200f\u061c',
  invisible: 'decode_comp3_heavy/zw\u200bj\u200dx\ufeff\u00ad\u3164',
  terminal: 'decode_comp3_heavy/esc\u001b]0;title\u0007\u009b',
  marker: `decode_display_heavy/${OTHER_MARKER}`,
  mention: 'decode_display_heavy/@octocat @octo-org/team',
  reference: 'decode_display_heavy/#123 octo-org/copybook-rs#7 GH-9',
  links: 'decode_comp3_heavy/www.evil.example https://evil.example/x a@b.example',
  backticks: 'decode_comp3_heavy/back`tick``s```',
  pipes: 'decode_comp3_heavy/pi|pe\\|x||',
  tags: 'decode_comp3_heavy/</td></tr><script>x</script>',
  cdata: 'decode_comp3_heavy/]]><![CDATA[<b>x</b>',
  emphasis: 'decode_comp3_heavy/*a* _b_ ![i](https://evil.example/i.png) [l](https://evil.example)'
} as const;
const IDS = Object.values(ID);

const config = buildConfig({ inputs: { 'variance-tolerance': '0.05' } });
const CV = 0.2;
const measured = (ids: readonly string[], rate: number) => [
  ...ids.map((id) => atRate(id, rate, { stdDevNs: (1000 / (rate * 1e-9)) * CV })),
  atRate('decode_display_heavy/plain', rate),
  atRate('decode_comp3_heavy/plain', rate / 8)
];

/** The report of a run with these ids, compared with a baseline where each was twice as fast. */
function reportWith(ids: readonly string[]) {
  const promoted = analyze({
    config,
    results: { measurements: measured(ids, 8e9), problems: [] },
    facts: RUN_FACTS
  }).report;
  const file = buildBaselineFile(promoted, null, {
    name: 'a',
    commit: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    runId: '1',
    promotedAt: '2026-11-25T12:00:00.000Z',
    runner: { os: 'Linux', arch: 'X64', testbed: 'default' },
    historySize: 30
  });
  const report = analyze({
    config,
    results: { measurements: measured(ids, 4e9), problems: [] },
    facts: RUN_FACTS,
    findings: [],
    baseline: {
      file,
      regressionThreshold: 0.05,
      noiseThreshold: 0.02,
      failOnRegression: false
    }
  }).report;
  return { report, file };
}

type Surface = 'comment' | 'summary' | 'promoted comment';
const SURFACES: readonly Surface[] = ['comment', 'summary', 'promoted comment'];

/** The markdown of each surface, for a run with these ids: every id is in a table and a message. */
function render(ids: readonly string[]): Record<Surface, { markdown: string; doc: GfmDocument }> {
  const { report, file } = reportWith(ids);
  const sections = baselineSections(report, { compared: true, history: file.history, branch: 'main' });
  const comment = renderComment(report, { project: 'copybook-rs', name: 'a', sections }).body;
  const markdown: Record<Surface, string> = {
    comment,
    summary: renderSummary(report, sectionsAsMarkdown(sections)),
    // The merged pull request's comment after a promotion added its section.
    'promoted comment': withPromotedSection(comment, promotedSection(file, null), 'a')
  };
  for (const id of ids) {
    // Each id regressed, so each is in a message as well as in the tables.
    expect(report.warnings.some((w) => w.startsWith(`${id} regressed`))).toBe(true);
  }
  return Object.fromEntries(
    SURFACES.map((s) => [s, { markdown: markdown[s], doc: parseGfm(markdown[s]) }])
  ) as Record<Surface, { markdown: string; doc: GfmDocument }>;
}

const of = (doc: GfmDocument, ...types: string[]): Node[] =>
  nodesOf(doc).filter((n) => types.includes(n.type));

// The raw HTML this code writes: collapsible sections, the footer's <sub>, the markers.
const OWN_HTML = [
  /^<details( open)?>\n<summary><strong>[^<>]*<\/strong><\/summary>\n?$/,
  /^<\/details>\n?$/,
  /^<\/?sub>$/,
  /^<!-- \/?copybook-bench-action:a(:promoted)? -->\n?$/
];
// Our own headings, by how they start.
const OWN_HEADINGS =
  /^(🚀 Performance Report|⚠️ Warnings|❌ Errors|copybook-bench: |Errors$|Warnings$|Benchmarks$|📊|📈|🎯)/;

function expectNoMarkupFromData(doc: GfmDocument): void {
  expect(of(doc, 'image').map((n) => n.destination)).toEqual([]);
  const html = of(doc, 'html_inline', 'html_block').map((n) => n.literal ?? '');
  expect(html.filter((literal) => !OWN_HTML.some((own) => own.test(literal)))).toEqual([]);
  const headings = of(doc, 'heading').map(headingText);
  expect(headings.filter((h) => !OWN_HEADINGS.test(h))).toEqual([]);
}

function expectTablesWhole(doc: GfmDocument): void {
  expect(doc.tables.length).toBeGreaterThan(0);
  for (const table of doc.tables) {
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  }
}

/** Everything a reader sees as text: prose outside code, code spans, headings. */
const seenText = (doc: GfmDocument): string =>
  [
    ...textRuns(doc),
    ...of(doc, 'code').map((n) => n.literal ?? ''),
    ...of(doc, 'heading').map(headingText)
  ].join('\n');

function expectNothingHidden(doc: GfmDocument): void {
  // Our own word joiners: after `@`, `#` and `:`, before `.` and `-` in prose, and in `<⁠!--`.
  const ours = /(?<=[@#:<])\u2060|\u2060(?=[.-])/g;
  const hidden = seenText(doc)
    .replace(ours, '')
    .split('\n')
    .filter((line) => showControls(line) !== line);
  expect(hidden).toEqual([]);
}

/** What GitHub would link as a mention or an issue reference: `@name`, `#1`, `GH-1` outside code. */
const linkable = (doc: GfmDocument): string[] =>
  textRuns(doc).filter(
    (run) => /(?:^|[^\w])@[a-z0-9]/i.test(run) || /(?:^|[^\w])#\d/.test(run) || /\bGH-\d/i.test(run)
  );

function expectOnlyOurMarkers(markdown: string): void {
  const comments = markdown.match(/<!--[^\n]*/g) ?? [];
  expect(comments.filter((c) => !/^<!-- \/?copybook-bench-action:a(:promoted)? -->$/.test(c))).toEqual([]);
  expect(lastLine(markdown.includes(commentMarker('a')) ? markdown : `${commentMarker('a')}`)).toBe(
    commentMarker('a')
  );
}

const ours = (body: string, marker: string): boolean =>
  isOwnComment(
    { id: 1, body, user: { login: 'app[bot]', type: 'Bot' }, created_at: '', html_url: '' },
    marker,
    null
  );

describe('a lone CR in an id (`\\r<img src=x>\\r`, `\\r# Fake\\r`)', () => {
  const shown = render([ID.crImage, ID.crHeading]);
  it.each(SURFACES)('renders no image, no raw HTML and no heading in the %s', (surface) => {
    expectNoMarkupFromData(shown[surface].doc);
    expectTablesWhole(shown[surface].doc);
    expect(seenText(shown[surface].doc)).toContain('cr\\r<img src=x onerror=alert(1)>\\r');
  });
});

describe('a LF, U+2028 or U+2029 in an id', () => {
  const shown = render([ID.lfHeading, ID.separators]);
  it.each(SURFACES)('starts no line and no heading in the %s', (surface) => {
    expectNoMarkupFromData(shown[surface].doc);
    expectTablesWhole(shown[surface].doc);
    expectNothingHidden(shown[surface].doc);
    expect(seenText(shown[surface].doc)).toContain('ls\\u{2028}# Fake\\u{2029}ps');
  });
});

describe('NUL, bidi controls, invisible characters and terminal escapes in an id', () => {
  const shown = render([ID.nul, ID.bidi, ID.invisible, ID.terminal]);
  it.each(SURFACES)('are shown escaped in the %s, never as themselves', (surface) => {
    expectNothingHidden(shown[surface].doc);
    const seen = seenText(shown[surface].doc);
    for (const escaped of ['nul\\0x', 'bidi\\u{202e}gnp.exe\\u{202c}\\u{2066}x\\u{2069}\\u{200f}\\u{61c}']) {
      expect(seen).toContain(escaped);
    }
    expect(seen).toContain('zw\\u{200b}j\\u{200d}x\\u{feff}\\u{ad}\\u{3164}');
    expect(seen).toContain('esc\\u{1b}]0;title\\u{7}\\u{9b}');
  });
});

describe('`<!-- copybook-bench-action:other -->` in an id', () => {
  const shown = render([ID.marker]);
  it.each(SURFACES)('never appears verbatim in the %s: our markers are the only HTML comments', (surface) => {
    expectOnlyOurMarkers(shown[surface].markdown);
    expectNoMarkupFromData(shown[surface].doc);
  });

  it.each(['comment', 'promoted comment'] as const)(
    'leaves our marker once, as the last line of the %s, so that instance other never takes it',
    (surface) => {
      const body = shown[surface].markdown;
      expect(body.split(commentMarker('a'))).toHaveLength(2);
      expect(lastLine(body)).toBe(commentMarker('a'));
      expect(ours(body, commentMarker('a'))).toBe(true);
      expect(ours(body, OTHER_MARKER)).toBe(false);
    }
  );
});

describe('`@octocat`, `@org/team`, `#123`, `owner/repo#7` and `GH-9` in an id', () => {
  const shown = render([ID.mention, ID.reference]);
  it.each(SURFACES)('mention no one and reference no issue in the %s', (surface) => {
    const { doc } = shown[surface];
    expect(linkable(doc)).toEqual([]);
    // Still there: whole in code spans (GitHub links nothing in code), broken by a joiner in prose.
    expect(of(doc, 'code').some((n) => n.literal === ID.mention)).toBe(true);
    expect(textRuns(doc).some((run) => run.includes('@\u2060octocat @\u2060octo-org/team'))).toBe(true);
    expect(
      textRuns(doc).some((run) => run.includes('#\u2060123 octo-org/copybook-rs#\u20607 GH\u2060-9'))
    ).toBe(true);
  });
});

describe('URLs and an e-mail address in an id', () => {
  const shown = render([ID.links, ID.emphasis]);
  it.each(SURFACES)('link nowhere in the %s', (surface) => {
    const { doc } = shown[surface];
    const runs = textRuns(doc).join('\n');
    expect(runs).not.toMatch(/(?:^|[\s(*_~])(https?:\/\/|www\.)/);
    expect(runs).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    const targets = of(doc, 'link', 'image').map((n) => n.destination ?? '');
    expect(targets.filter((url) => url.includes('evil'))).toEqual([]);
    // Our bold status and tally are the only emphasis.
    const ownEmphasis =
      /^((✅|⚠️|❌) [A-Z]+|\d+ regressions?|[\d.]+ (GiB|MiB)\/s|[A-Za-z]+Compliant|RequiresAttention)$/;
    expect(
      of(doc, 'emph', 'strong')
        .map(headingText)
        .filter((text) => !ownEmphasis.test(text))
    ).toEqual([]);
  });
});

describe('backticks, pipes, `</td>` and `]]>` in an id', () => {
  const shown = render([ID.backticks, ID.pipes, ID.tags, ID.cdata]);
  it.each(SURFACES)('keep every table row whole and each id in one code span in the %s', (surface) => {
    const { doc } = shown[surface];
    expectTablesWhole(doc);
    expectNoMarkupFromData(doc);
    const spans = of(doc, 'code').map((n) => n.literal);
    for (const id of [ID.backticks, ID.pipes, ID.tags, ID.cdata]) expect(spans).toContain(id);
  });
});

describe('every hostile id at once', () => {
  const shown = render(IDS);
  it.each(SURFACES)('stays text in the %s', (surface) => {
    const { doc, markdown } = shown[surface];
    expectNoMarkupFromData(doc);
    expectTablesWhole(doc);
    expectNothingHidden(doc);
    expect(linkable(doc)).toEqual([]);
    expectOnlyOurMarkers(markdown);
  });
});

describe('hostile benchmark ids in the HTML report', () => {
  const { report } = reportWith(IDS);
  const page = renderReportHtml(report, { comparison: report.comparison });

  it('shows bidi, control and invisible characters escaped (a bidi override would flip the text)', () => {
    const lines = page.split('\n').filter((line) => showControls(line) !== line);
    expect(lines).toEqual([]);
    expect(page).toContain('bidi\\u{202e}gnp.exe\\u{202c}');
    expect(page).toContain('cr\\r&lt;img src=x onerror=alert(1)&gt;\\r');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script');
    expect(page).not.toContain(']]><!');
  });
});
