// The documentation stays true: every relative link and image of the README, CONTRIBUTING.md,
// SECURITY.md, CHANGELOG.md and the docs/ pages resolves (anchors included, as GitHub slugs
// headings), every generated table is what `npm run generate` writes now, and the README stays the
// five-minute path. Nothing is fetched: links to other hosts are not followed.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  brokenLinks,
  GENERATED_TABLES,
  githubSlug,
  headingAnchors,
  type RepoReader,
  staleTables,
  tablesIn
} from './helpers/docs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const readRepo: RepoReader = (repoPath) => {
  const absolute = path.join(ROOT, repoPath);
  if (!existsSync(absolute)) return undefined;
  return statSync(absolute).isDirectory() ? null : readFileSync(absolute, 'utf8');
};

const PAGES = readdirSync(path.join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`)
  .sort();
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md', ...PAGES];

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** An in-memory repository for the checker's own cases. */
const files =
  (tree: Record<string, string | null>): RepoReader =>
  (repoPath) =>
    tree[repoPath];

describe('githubSlug and headingAnchors', () => {
  it('give the anchors GitHub gives', () => {
    expect(githubSlug('Baselines: regressions, not noise')).toBe('baselines-regressions-not-noise');
    expect(githubSlug("Credentials and the pull request's code")).toBe(
      'credentials-and-the-pull-requests-code'
    );
    expect(githubSlug('Quick start (this repository)')).toBe('quick-start-this-repository');
    expect(githubSlug('Sharding: one suite over a job matrix, one report')).toBe(
      'sharding-one-suite-over-a-job-matrix-one-report'
    );
    expect(githubSlug('pull_request_target')).toBe('pull_request_target');
    expect(githubSlug('Привет non-latin 你好')).toBe('привет-non-latin-你好');
    expect(githubSlug('😄 emoji')).toBe('-emoji');
    expect(githubSlug('a  b -- c')).toBe('a--b----c');
  });

  it('slug the text of the heading as rendered, and number repeated ones', () => {
    expect(headingAnchors('## 🚀 Performance Report - copybook-rs\n')).toEqual([
      '-performance-report---copybook-rs'
    ]);
    expect(headingAnchors('# The report: `perf.json`\n\n### Your own layout: `comment-template`\n')).toEqual([
      'the-report-perfjson',
      'your-own-layout-comment-template'
    ]);
    expect(headingAnchors('# A\n\n## A\n\nB\n-\n\n### a\n')).toEqual(['a', 'a-1', 'b', 'a-2']);
    // A heading inside a code block is no heading.
    expect(headingAnchors('```text\n## Not a heading\n```\n\n## Usage\n')).toEqual(['usage']);
  });
});

describe('brokenLinks', () => {
  const tree = files({
    'README.md': '# Tool\n\n## Usage\n',
    'docs/guide.md': '# Guide\n\n## Two words\n\n## Two words\n',
    'docs/img.png': 'png',
    examples: null,
    'src/a.ts': 'export {};\n'
  });

  it('passes links that resolve, and follows no link to another host', () => {
    const page = [
      '# Guide',
      '',
      '[up](../README.md#usage), [same page](#guide), [twice](#two-words-1), [a folder](../examples)',
      '![picture](img.png) [code](../src/a.ts#L1) [root](/README.md) [web](https://example.invalid/x#y)',
      '[mail](mailto:someone@example.invalid) and `[code](nowhere.md)`',
      '',
      '## Two words',
      '',
      '## Two words',
      '',
      '| Link |',
      '| --- |',
      '| [in a table](guide.md#two-words) |'
    ].join('\n');
    expect(brokenLinks('docs/guide.md', page, tree)).toEqual([]);
  });

  it('reports a missing file, image or anchor, and a path out of the repository', () => {
    const page = [
      '# Page',
      '',
      '[gone](missing.md) ![gone too](docs/nothing.png) [no such heading](README.md#install)',
      '[not here](#nope) [out](../outside.md) [in another page](docs/guide.md#two-words-2)',
      '',
      '| Link |',
      '| --- |',
      '| [in a table](docs/none.md) |'
    ].join('\n');
    expect(brokenLinks('README.md', page, tree)).toEqual([
      { file: 'README.md', link: 'missing.md', problem: 'missing.md does not exist' },
      { file: 'README.md', link: 'docs/nothing.png', problem: 'docs/nothing.png does not exist' },
      {
        file: 'README.md',
        link: 'README.md#install',
        problem: 'README.md has no heading with the anchor #install'
      },
      { file: 'README.md', link: '#nope', problem: 'README.md has no heading with the anchor #nope' },
      { file: 'README.md', link: '../outside.md', problem: 'it leads out of the repository' },
      {
        file: 'README.md',
        link: 'docs/guide.md#two-words-2',
        problem: 'docs/guide.md has no heading with the anchor #two-words-2'
      },
      { file: 'README.md', link: 'docs/none.md', problem: 'docs/none.md does not exist' }
    ]);
  });

  it("reports an anchor that moved with its section to another page (the README's old links)", () => {
    const broken = brokenLinks(
      'docs/baselines.md',
      '# B\n\nSee [Detection under load](#detection-under-load).\n',
      tree
    );
    expect(broken.map((b) => b.problem)).toEqual([
      'docs/baselines.md has no heading with the anchor #detection-under-load'
    ]);
  });
});

describe('the documents', () => {
  it('are all listed in the README', () => {
    const readme = read('README.md');
    expect(PAGES.length).toBeGreaterThan(0);
    for (const page of PAGES) expect(readme).toContain(`](${page})`);
  });

  it.each(DOCUMENTS)('%s: every relative link and image resolves, anchors included', (file) => {
    expect(brokenLinks(file, read(file), readRepo)).toEqual([]);
  });
});

describe('generated tables', () => {
  it('catches a stale table, and one with a marker missing', () => {
    const current = `<!-- outputs:start -->\n${GENERATED_TABLES.outputs}\n<!-- outputs:end -->\n`;
    expect(staleTables(`# Page\n\n${current}`)).toEqual([]);
    expect(staleTables('# Page\n\n<!-- outputs:start -->\n| old |\n<!-- outputs:end -->\n')).toEqual([
      'outputs'
    ]);
    expect(staleTables('# Page\n\n<!-- inputs:start -->\n')).toEqual(['inputs']);
    expect(tablesIn('# No tables here\n')).toEqual([]);
  });

  it('the README carries the inputs and outputs tables', () => {
    expect(tablesIn(read('README.md'))).toEqual(['inputs', 'outputs']);
  });

  it.each(['README.md', ...PAGES])(
    '%s: every generated table is current (run `npm run generate`)',
    (file) => {
      expect(staleTables(read(file))).toEqual([]);
    }
  );
});

describe('the README', () => {
  const readme = read('README.md');

  it('is the five-minute path: at most 300 lines', () => {
    const lines = readme.split(/\r?\n/).length - (readme.endsWith('\n') ? 1 : 0);
    expect(lines).toBeLessThanOrEqual(300);
  });

  it('gives the quick start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
