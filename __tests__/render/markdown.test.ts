import { describe, expect, it } from '@jest/globals';
import { code, escapeMarkdown, table } from '../../src/render/markdown.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML, mentions, issue refs, emphasis and table pipes', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('ping @octocat about #123')).toBe('ping &#64;octocat about &#35;123');
    expect(escapeMarkdown('a|b *c* _d_ [e](f) `g` ~h~ \\')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\\\'
    );
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;');
  });
});

describe('code', () => {
  it('fences with more backticks than the id holds and escapes pipes', () => {
    expect(code('plain/id')).toBe('`plain/id`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`edge`')).toBe('`` `edge` ``');
    expect(code('a|b')).toBe('`a\\|b`');
  });
});

describe('table', () => {
  it('builds header, alignment row and rows', () => {
    expect(table(['A', 'B'], [['1', '2']], ['left', 'right'])).toBe('| A | B |\n| --- | ---: |\n| 1 | 2 |');
  });
});
