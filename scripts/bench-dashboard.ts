// `npm run bench:dashboard`: how long the history dashboard takes to open in headless Chromium with
// 1,000 benchmarks × 500 commits on 2 testbeds, from navigation start until the first charts in view
// are drawn (the page's own `data-ready-ms`). RUNS opens, the median printed with data.js's size and
// the ratio to the 2 s target. Figures only; a shared machine's timings decide nothing.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../__tests__/browser/launch.js';
import { openDashboard, writeDashboardSite } from '../__tests__/helpers/dashboard-site.js';
import { syntheticHistory } from '../__tests__/helpers/synthetic-history.js';

const RUNS = 5;
const TARGET_MS = 2000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`dashboard: ${CHROMIUM_PATH} does not exist; install chromium or set CHROMIUM_PATH`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dashboard-'));
  const browser = await launchChromium();
  try {
    const records = syntheticHistory({ benchmarks: 1_000, commits: 500, testbeds: ['a', 'b'] });
    const site = writeDashboardSite(dir, records, 'https://github.com/acme/copybook-rs');
    await (await browser.newPage()).close(); // the browser's first renderer is not the page's cost
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { opened, readyMs } = await openDashboard(browser, site.url);
      if (opened.errors.length > 0)
        throw new Error(`the dashboard logged errors: ${opened.errors.join('; ')}`);
      times.push(readyMs);
      await opened.page.close();
    }
    const ms = median(times);
    console.log(
      `dashboard: 1,000 benchmarks × 500 commits × 2 testbeds (data.js ${(site.dataBytes / 1e6).toFixed(1)} MB) ` +
        `opened in ${ms} ms (median of ${RUNS}: ${times.join(', ')}); ` +
        `target ${TARGET_MS} ms, ratio ${(ms / TARGET_MS).toFixed(2)}`
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
