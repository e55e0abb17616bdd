// Opens each HTML page in headless Chromium: no console errors, no request beyond the file itself,
// the headline numbers and every benchmark visible, one chart mark per charted benchmark, the hostile
// id shown as text and nothing built from it. Pages and screenshots go to test-output/.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { renderAuditHtml } from '../../src/render/html/audit.js';
import { renderComplianceHtml } from '../../src/render/html/compliance.js';
import { trusted } from '../../src/render/html/escape.js';
import { page } from '../../src/render/html/layout.js';
import { renderReportHtml } from '../../src/render/html/report.js';
import { quantitiesOf, renderTrendHtml } from '../../src/render/html/trend.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { AUDIT, BASELINE, COMPARISON, HISTORY, HOSTILE, HOSTILE_ID, REPORT } from '../render/html/sample.js';
import { startServer } from '../servers/http.js';
import { describeWithChromium, launchChromium, type OpenedPage, openFile, visibleText } from './chromium.js';

const OUT = path.join(REPO_ROOT, 'test-output', 'html');
const SHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');
const HEADER = {
  project: 'acme/copybook-rs',
  runUrl: 'https://github.com/acme/copybook-rs/actions/runs/9001'
};
const FLOORS = { display: REPORT.metrics.display.floor, comp3: REPORT.metrics.comp3.floor };

function write(name: string, html: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

const pages = {
  report: () =>
    write(
      'report.html',
      renderReportHtml(REPORT, { comparison: COMPARISON, baseline: BASELINE, header: HEADER })
    ),
  trend: () =>
    write(
      'trend.html',
      renderTrendHtml(HISTORY, FLOORS, { quantities: quantitiesOf(REPORT), header: HEADER })
    ),
  trendOnePoint: () =>
    write('trend-one-point.html', renderTrendHtml(HISTORY.slice(0, 1), FLOORS, { header: HEADER })),
  audit: () => write('audit.html', renderAuditHtml(AUDIT)),
  compliance: () =>
    write(
      'compliance.html',
      renderComplianceHtml(AUDIT, { auditFile: { path: 'audit.json', sha256: 'c'.repeat(64) } })
    )
};

/** What every page must satisfy: nothing went wrong, nothing was fetched, no script ran. */
async function expectClean(opened: OpenedPage, url: string): Promise<void> {
  expect(opened.errors).toEqual([]);
  expect(opened.requests).toEqual([url]);
  expect(opened.dialogs).toEqual([]);
  // Nothing from the hostile id became an element or an attribute.
  expect(await opened.page.locator('img').count()).toBe(0);
  expect(await opened.page.locator('[onerror]').count()).toBe(0);
  expect(await opened.page.locator('script').count()).toBe(0);
}

function backgroundOf(page: Page): Promise<string> {
  return page
    .locator('body')
    .evaluate((body) => body.ownerDocument.defaultView.getComputedStyle(body).backgroundColor);
}

async function screenshots(opened: OpenedPage, browser: Browser, url: string, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await opened.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const dark = await openFile(browser, url, 'dark');
  try {
    // The dark theme really applies: the page background follows prefers-color-scheme.
    const background = await backgroundOf(dark.page);
    expect(background).toBe('rgb(13, 17, 23)');
    expect(dark.errors).toEqual([]);
    await dark.page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`), fullPage: true });
  } finally {
    await dark.page.close();
  }
}

describeWithChromium('HTML pages in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('report.html: headline, every benchmark row, one chart mark per charted benchmark, hostile id as text', async () => {
    const url = pages.report();
    const opened = await openFile(browser, url);
    const { page } = opened;
    try {
      await expectClean(opened, url);
      expect(await visibleText(page.locator('[data-metric="display"] .value'))).toBe(
        `${REPORT.display_gibs?.toPrecision(4)} GiB/s`
      );
      expect(await visibleText(page.locator('[data-metric="comp3"] .value'))).toBe(
        `${REPORT.comp3_mibs?.toPrecision(4)} MiB/s`
      );
      expect(await visibleText(page.locator('header [data-compliance]'))).toBe(REPORT.compliance_level);

      const rows = page.locator('tr.benchmark');
      expect(await rows.count()).toBe(REPORT.benchmarks.length);
      for (const [i, b] of REPORT.benchmarks.entries()) {
        const row = rows.nth(i);
        expect(await row.isVisible()).toBe(true);
        expect(await visibleText(row.locator('td.id'))).toBe(b.id);
        expect(await row.getAttribute('data-id')).toBe(b.id);
      }
      // The benchmark the baseline had and this run lost is listed too.
      expect(await page.locator('tr.gone').getAttribute('data-missing-id')).toBe('decode_gone/old/1');

      const charted = REPORT.benchmarks.filter((b) => b.bytes_per_second !== null);
      const marks = page.locator('svg.throughput-chart g.mark');
      expect(await marks.count()).toBe(charted.length);
      expect(new Set(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))))).toEqual(
        new Set(charted.map((b) => b.id))
      );
      // Every mark is drawn inside the chart's box, and both floors are drawn.
      const inside = await page.locator('svg.throughput-chart').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('g.mark circle')].every((c) => {
          const r = c.getBoundingClientRect();
          return (
            r.width > 0 &&
            r.left >= box.left &&
            r.right <= box.right &&
            r.top >= box.top &&
            r.bottom <= box.bottom
          );
        });
      });
      expect(inside).toBe(true);
      expect(await page.locator('svg.throughput-chart g.floor').count()).toBe(2);

      // The hostile id is text in the table and in the chart label, not markup.
      expect(await visibleText(page.locator(`tr.benchmark[data-id="${HOSTILE_ID}"] td.id`))).toBe(HOSTILE_ID);
      const hostileMark = marks.filter({ has: page.locator(`title`, { hasText: HOSTILE }) });
      expect(await hostileMark.count()).toBe(1);
      expect(await hostileMark.locator('title').textContent()).toBe(HOSTILE_ID);
      // Long ids are cut in the chart's label (the table and the tooltip hold them whole).
      expect(await hostileMark.locator('.row-label').textContent()).toBe(
        `${[...HOSTILE_ID].slice(0, 45).join('')}…`
      );
      await expect(page.locator('li.error, li.warning').first().isVisible()).resolves.toBe(true);
      await screenshots(opened, browser, url, 'report');
    } finally {
      await page.close();
    }
  });

  it('trend.html: both metric charts with a point per known value and their floors, sparklines, movers', async () => {
    const url = pages.trend();
    const opened = await openFile(browser, url);
    const { page } = opened;
    try {
      await expectClean(opened, url);
      const display = page.locator('figure[data-metric="display"] circle.point');
      const comp3 = page.locator('figure[data-metric="comp3"] circle.point');
      expect(await display.count()).toBe(HISTORY.length);
      expect(await comp3.count()).toBe(HISTORY.filter((e) => e.comp3_mibs !== null).length);
      expect(await page.locator('figure .floor line').count()).toBe(2);
      expect(await page.locator('figure[data-metric="display"] .floor text').textContent()).toContain(
        '80 MB/s'
      );
      expect(await page.locator('[data-note="history-short"]').count()).toBe(0);

      const ids = new Set(HISTORY.flatMap((e) => Object.keys(e.benchmarks)));
      expect(await page.locator('table.sparklines tbody tr').count()).toBe(ids.size);
      expect(await page.locator('table.sparklines svg.sparkline').count()).toBe(ids.size);
      // COMP-3's streaming benchmark fell from 540 to 330 MiB/s: the largest mover, for the worse.
      const top = page.locator('table.movers tbody tr').first();
      expect(await top.getAttribute('data-id')).toBe('decode_comp3_heavy/streaming_processor/1000');
      expect(await visibleText(top)).toContain('worse');
      expect(await visibleText(page.locator(`table.sparklines tr[data-id="${HOSTILE_ID}"] td.id`))).toBe(
        HOSTILE_ID
      );
      await screenshots(opened, browser, url, 'trend');
    } finally {
      await page.close();
    }
  });

  it('trend.html with one point says the history is too short and still draws the point', async () => {
    const url = pages.trendOnePoint();
    const opened = await openFile(browser, url);
    try {
      await expectClean(opened, url);
      expect(await visibleText(opened.page.locator('[data-note="history-short"]'))).toContain('single point');
      expect(await opened.page.locator('figure[data-metric="display"] circle.point').count()).toBe(1);
      await opened.page.screenshot({ path: path.join(SHOTS, 'trend-one-point.png'), fullPage: true });
    } finally {
      await opened.page.close();
    }
  });

  it('audit.html: the run, the SLO values, hashes, settings with origins; hostile label and variable as text', async () => {
    const url = pages.audit();
    const opened = await openFile(browser, url);
    const { page } = opened;
    try {
      await expectClean(opened, url);
      expect(await visibleText(page.locator('tr[data-metric="display"] .measured'))).toContain(
        `${REPORT.display_gibs?.toPrecision(4)} GiB/s`
      );
      expect(await visibleText(page.locator('tr[data-metric="comp3"] .measured'))).toContain(
        `${REPORT.comp3_mibs?.toPrecision(4)} MiB/s`
      );
      expect(await page.locator('table.benchmarks tbody tr').count()).toBe(REPORT.benchmarks.length);
      expect(await visibleText(page.locator('[data-label="owner"] strong'))).toBe(HOSTILE);
      expect(await visibleText(page.locator('table.variables'))).toContain(HOSTILE);
      expect(await visibleText(page.locator('tr[data-file="Report (perf.json)"] .sha256'))).toBe(
        'a'.repeat(64)
      );
      expect(await visibleText(page.locator('tr[data-setting="display-floor"]'))).toContain('input');
      expect(await visibleText(page.locator('body'))).not.toContain('ghs_never_recorded');
      await screenshots(opened, browser, url, 'audit');
    } finally {
      await page.close();
    }
  });

  it('compliance.html: verdict, SLOs, signature block with hashes and run link; prints to PDF', async () => {
    const url = pages.compliance();
    const opened = await openFile(browser, url);
    const { page } = opened;
    try {
      await expectClean(opened, url);
      expect(await visibleText(page.locator('.verdict .value'))).toBe(
        'Meets the performance SLOs, but requires attention'
      );
      expect(await page.locator('table.slos tbody tr').count()).toBe(2);
      const hashes = await page.locator('.signature .sha256').allInnerTexts();
      expect(hashes).toEqual(['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)]);
      expect(await page.locator('.signature a').getAttribute('href')).toBe(AUDIT.run.run_url);
      await screenshots(opened, browser, url, 'compliance');
      // Printed, the page is light even when the screen theme is dark.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
      // The light palette's warning colour, not the dark one's (which is too pale for paper).
      const warning = await page
        .locator('li.warning')
        .evaluate((li) => li.ownerDocument.defaultView.getComputedStyle(li).color);
      expect(warning).toBe('rgb(154, 103, 0)');
      const pdf = await page.pdf({ path: path.join(SHOTS, 'compliance.pdf'), format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
  });

  it('the pages’ policy stops scripts and remote loads even if they slipped into the markup', async () => {
    const server = await startServer([]);
    // A deliberately broken page: the markup is trusted here to prove the second line of defence.
    const url = write(
      'policy-check.html',
      page({
        title: 'policy check',
        body: trusted(
          `<script>alert(1)</script><img src="${server.url}/x.png" onerror="alert(2)"><p style="background:url(${server.url}/bg.png)">x</p>`
        )
      })
    );
    const opened = await openFile(browser, url);
    try {
      await opened.page.waitForLoadState('networkidle');
      expect(opened.dialogs).toEqual([]);
      expect(server.requests).toEqual([]);
      const errors = opened.errors.join('\n');
      expect(errors).toContain('Executing inline script violates the following Content Security Policy');
      expect(errors).toContain('Loading the image');
    } finally {
      await opened.page.close();
      await server.close();
    }
  });
});
