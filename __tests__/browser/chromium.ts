/**
 * Headless Chromium for the HTML page tests: Debian's /usr/bin/chromium driven by playwright-core.
 * The tests skip only when Chromium is absent AND REQUIRE_CHROMIUM is not '1' (CI sets it, so there
 * a missing browser fails the tests instead of silently passing them).
 */
import { existsSync } from 'node:fs';
import { describe } from '@jest/globals';
import { CHROMIUM_PATH } from './launch.js';

export { CHROMIUM_PATH, launchChromium, type OpenedPage, openFile, visibleText } from './launch.js';

export const chromiumRequired = process.env.REQUIRE_CHROMIUM === '1';
export const skipWithoutChromium = !existsSync(CHROMIUM_PATH) && !chromiumRequired;

/** `describe`, or `describe.skip` when Chromium is absent and not required. */
export const describeWithChromium = skipWithoutChromium ? describe.skip : describe;
