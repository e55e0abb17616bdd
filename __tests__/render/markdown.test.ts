import { describe, expect, it } from '@jest/globals';
import { code, escapeMarkdown, table } from '../../src/render/markdown.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML, mentions, issue refs, emphasis and table pipes', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    // GitHub links after resolving entities: a word joiner (U+2060) after `@` and `#` breaks the link.
    expect(escapeMarkdown('ping @octocat about #123 and GH-7')).toBe(
      'ping @&#8288;octocat about #&#8288;123 and GH&#8288;-7'
    );
    expect(escapeMarkdown('see https://x.example and www.x.example')).toBe(
      'see https:&#8288;//x.example and www&#8288;.x.example'
    );
    expect(escapeMarkdown('a|b *c* _d_ [e](f) `g` ~h~ \\')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\\\'
    );
    expect(escapeMarkdown('line\nbreak\r\nthen')).toBe('line break then');
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

  it('escapes a pipe after a backslash the same way (GitHub removes only the backslash before it)', () => {
    expect(code('a\\|b')).toBe('`a\\\\|b`');
  });

  it('keeps spaces at both ends, which a code span would strip', () => {
    expect(code(' a ')).toBe('`  a  `');
    expect(code('   ')).toBe('`   `');
  });

  it('shows control, bidi and invisible characters and breaks `<!--`', () => {
    expect(code('a\r# b\n\0\u2028\u202e\u200b')).toBe('`a\\r# b\\n\\0\\u{2028}\\u{202e}\\u{200b}`');
    expect(code('<!-- x -->')).toBe('`<\u2060!-- x -->`');
  });
});

describe('escapeMarkdown, controls', () => {
  it('shows a lone CR, NUL, separators and bidi controls escaped, and keeps emoji whole', () => {
    expect(escapeMarkdown('a\rb\0c\u2028d\u202ee\u2066f')).toBe(
      'a\\\\rb\\\\0c\\\\u{2028}d\\\\u{202e}e\\\\u{2066}f'
    );
    expect(escapeMarkdown('⚠️ 👩‍💻')).toBe('⚠️ 👩‍💻');
  });
});

describe('table', () => {
  it('builds header, alignment row and rows', () => {
    expect(table(['A', 'B'], [['1', '2']], ['left', 'right'])).toBe('| A | B |\n| --- | ---: |\n| 1 | 2 |');
  });
});
