/**
 * Headless Chromium without Jest: Debian's /usr/bin/chromium driven by playwright-core, launched and
 * a file opened with everything it logs, requests and pops up recorded. The browser tests use it
 * through chromium.ts; the dashboard's timing script uses it directly.
 */
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

// Debian's package by default; CHROMIUM_PATH names another Chromium-based browser (e.g. Google Chrome).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

export interface OpenedPage {
  page: Page;
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Every request the page made, the document itself included. */
  requests: string[];
  /** Messages of alert/confirm/prompt dialogs (a script ran). */
  dialogs: string[];
}

/** Opens a file in a fresh page, recording console errors, requests and dialogs from the start. */
export async function openFile(
  browser: Browser,
  url: string,
  colorScheme: 'light' | 'dark' = 'light'
): Promise<OpenedPage> {
  const page = await browser.newPage({ colorScheme, viewport: { width: 1200, height: 900 } });
  const opened: OpenedPage = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

/** The text a reader sees (as rendered, with CSS applied); fails when the element is not visible. */
export async function visibleText(locator: Locator): Promise<string> {
  if (!(await locator.isVisible())) throw new Error(`${locator} is not visible`);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  return locator.innerText();
}
