import { describe, expect, it } from '@jest/globals';
import { escapeHtml, html, link, SafeHtml, safeHref, trusted } from '../../../src/render/html/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes, once', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;'
    );
    expect(escapeHtml('plain/id_1 µs')).toBe('plain/id_1 µs');
  });
});

describe('html', () => {
  it('escapes every interpolated text and number, in content and in attributes', () => {
    const id = '"><script>x</script>';
    expect(html`<td data-id="${id}">${id}</td>`.value).toBe(
      '<td data-id="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;</td>'
    );
    expect(html`<b>${42}</b>`.value).toBe('<b>42</b>');
  });

  it('keeps nested fragments as markup, flattens lists and skips false, null and undefined', () => {
    const rows = ['a<', 'b>'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${rows}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b&gt;</li></ul>');
    expect(html`${false}${null}${undefined}|${[[html`<i>x</i>`, 'y&']]}`.value).toBe('|<i>x</i>y&amp;');
  });

  it('treats a string that merely looks like markup as text; only SafeHtml passes through', () => {
    const lookalike = { value: '<b>not safe</b>', toString: () => '<b>not safe</b>' };
    expect(html`${lookalike as unknown as string}`.value).toBe('&lt;b&gt;not safe&lt;/b&gt;');
    expect(html`${trusted('<hr>')}`.value).toBe('<hr>');
    expect(html`x`).toBeInstanceOf(SafeHtml);
    expect(String(html`<p>${'&'}</p>`)).toBe('<p>&amp;</p>');
  });
});

describe('safeHref and link', () => {
  it('links only http(s) URLs; anything else is text', () => {
    expect(safeHref('https://github.com/o/r/actions/runs/1')).toBe('https://github.com/o/r/actions/runs/1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('https://ok.example/a b')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(link('https://x.example/?a=1&b="2"', 'run').value).toBe(
      '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">run</a>'
    );
    expect(link('javascript:alert(1)', '<run>').value).toBe('&lt;run&gt;');
  });
});
