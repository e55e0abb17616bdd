// The dashboard as the data branch serves it: index.html and data.js side by side in a folder, and
// the page opened in Chromium until it says it is ready. For the browser tests and the timing script.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { dashboardData, dashboardScript } from '../../src/core/history/dashboard-data.js';
import { DASHBOARD_DATA, DASHBOARD_PAGE } from '../../src/core/history/layout.js';
import type { HistoryRecord } from '../../src/core/history/record.js';
import { dashboardPage } from '../../src/render/dashboard/page.js';
import { type OpenedPage, openFile } from '../browser/launch.js';

/** Writes the page and, unless `records` is null, its data.js; the page's file:// URL. */
export function writeDashboardSite(
  dir: string,
  records: readonly HistoryRecord[] | null,
  repositoryUrl: string | null
): { url: string; dataBytes: number } {
  writeFileSync(path.join(dir, DASHBOARD_PAGE), dashboardPage());
  let dataBytes = 0;
  if (records) {
    const script = dashboardScript(
      dashboardData(records, { generatedAt: '2025-06-01T12:00:00Z', repositoryUrl })
    );
    writeFileSync(path.join(dir, DASHBOARD_DATA), script);
    dataBytes = Buffer.byteLength(script);
  }
  return { url: pathToFileURL(path.join(dir, DASHBOARD_PAGE)).href, dataBytes };
}

/**
 * Opens the page and waits for its ready signal; `readyMs` is the page's own figure: milliseconds
 * from the start of navigation until the first charts in view were drawn.
 */
export async function openDashboard(
  browser: Browser,
  url: string,
  colorScheme: 'light' | 'dark' = 'light'
): Promise<{ opened: OpenedPage; readyMs: number }> {
  const opened = await openFile(browser, url, colorScheme);
  await opened.page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 20_000 });
  const readyMs = Number(await opened.page.locator('html').getAttribute('data-ready-ms'));
  return { opened, readyMs };
}
