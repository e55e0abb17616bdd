import { describe, expect, it } from '@jest/globals';
import { html } from '../../../src/render/html/escape.js';
import { page } from '../../../src/render/html/layout.js';

describe('page', () => {
  const doc = page({
    title: 'Report <1>',
    header: {
      project: 'o/r',
      commit: 'abc',
      generatedAt: '2026-11-26T12:00:00.000Z',
      runUrl: 'https://x.example/r'
    },
    headline: html`<p>head</p>`,
    body: html`<p>${'<body>'}</p>`
  });

  it('is a complete document with its policy, both themes and print styles inline', () => {
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('http-equiv="Content-Security-Policy"');
    expect(doc).toContain('default-src &#39;none&#39;');
    expect(doc).toContain('@media screen and (prefers-color-scheme: dark)');
    expect(doc).toContain('@media print');
    expect(doc).toContain('<meta name="color-scheme" content="light dark">');
    expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes the title and the header, and shows only what is known', () => {
    expect(doc).toContain('<title>Report &lt;1&gt;</title>');
    expect(doc).toContain('<h1>Report &lt;1&gt;</h1>');
    expect(doc).toContain('<span>o/r</span><span>commit <code>abc</code></span>');
    expect(doc).toContain('<a href="https://x.example/r">workflow run</a>');
    expect(doc).toContain('<p>&lt;body&gt;</p>');
    expect(page({ title: 't', body: '' })).toContain('<div class="meta"></div>');
  });
});
