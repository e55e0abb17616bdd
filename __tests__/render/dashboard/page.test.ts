// The dashboard page is a fixed document: no data in it, nothing fetched from elsewhere, a policy
// that lets only its own style and script run (by hash) and data.js load from beside it.

import { describe, expect, it } from '@jest/globals';
import { sha256Base64 } from '../../../src/core/sha256.js';
import { DASHBOARD_SCRIPT } from '../../../src/render/dashboard/client/script.js';
import { dashboardPage, dashboardPolicy } from '../../../src/render/dashboard/page.js';
import { DASHBOARD_STYLE } from '../../../src/render/dashboard/style.js';

const PAGE = dashboardPage();

const attributes = (name: string): string[] =>
  [...PAGE.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] as string);

describe('dashboardPage', () => {
  it('requests nothing but data.js: no URL of another host in any src or href', () => {
    expect(attributes('src')).toEqual(['data.js']);
    for (const value of [...attributes('src'), ...attributes('href')])
      expect(value).not.toMatch(/^(https?:)?\/\/|^[a-z]+:/i);
    expect(PAGE).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(DASHBOARD_STYLE).not.toMatch(/@import|url\(/i);
  });

  it('loads data.js after the page, with the script that reads it in the head', () => {
    const head = PAGE.slice(0, PAGE.indexOf('</head>'));
    expect(head).toContain(`<script>${DASHBOARD_SCRIPT}</script>`);
    expect(PAGE.indexOf('<script src="data.js"></script>')).toBeGreaterThan(PAGE.indexOf('<body>'));
    expect(DASHBOARD_SCRIPT).toContain('window.COPYBOOK_BENCH_DATA');
  });

  it('has a strict policy whose hashes are those of its one style and its one inline script', () => {
    const policy = dashboardPolicy(DASHBOARD_STYLE, DASHBOARD_SCRIPT);
    expect(PAGE).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src 'self' 'sha256-${sha256Base64(DASHBOARD_SCRIPT)}'`,
        `style-src 'sha256-${sha256Base64(DASHBOARD_STYLE)}'`,
        "base-uri 'none'",
        "form-action 'none'"
      ].join('; ')
    );
    expect(policy).not.toContain('unsafe');
    expect(PAGE.match(/<style>/g)).toHaveLength(1);
    expect(PAGE.match(/<script>/g)).toHaveLength(1);
    expect(PAGE).toContain(`<style>${DASHBOARD_STYLE}</style>`);
  });

  it('holds no data and no placeholder for any: it is the same text every time', () => {
    expect(dashboardPage()).toBe(PAGE);
    expect(PAGE).not.toMatch(/\$\{|COPYBOOK_BENCH_DATA = /);
  });

  it('builds the page from data only through text and attributes, never markup', () => {
    expect(DASHBOARD_SCRIPT).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/
    );
    // The script is valid JavaScript, and it cannot close its element early.
    expect(() => new Function(DASHBOARD_SCRIPT)).not.toThrow();
    expect(DASHBOARD_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('labels every control and gives charts, the count and the hovered point to screen readers', () => {
    for (const id of ['slot', 'range', 'search', 'group']) expect(PAGE).toContain(`<label for="${id}">`);
    expect(PAGE).toContain('id="live" class="visually-hidden" aria-live="polite"');
    expect(PAGE).toContain('id="count" class="count" role="status"');
    expect(DASHBOARD_SCRIPT).toContain("plot.setAttribute('role', 'img')");
  });
});
