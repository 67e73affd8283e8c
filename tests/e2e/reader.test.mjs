// The reader view in headless Chromium and Firefox on the seed article: the story alone,
// its theme switch, and the page restored exactly when Lede is switched off.

import path from 'node:path';
import { after, test } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { readerRoundTrip } from './lib/reader.mjs';
import {
  EXTENSION_DIR,
  SCREENSHOT_DIR,
  cleanup,
  closeLeftoverSessions,
  loadExpected,
  requireExtension,
  savePng,
  startSeedServer,
  withExtensionLog,
} from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;

after(closeLeftoverSessions);

test('reader view in Chromium', { timeout: TEST_TIMEOUT }, async () => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startSeedServer();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    const page = await browser.newPage();
    const drv = browser.driver(page);
    const shoot = async () => savePng(path.join(SCREENSHOT_DIR, 'chromium-reader.png'), await page.screenshot({ caret: 'initial' }));
    await withExtensionLog(drv, () => readerRoundTrip(drv, srv.seedUrl('plain'), expected, shoot));
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});

test('reader view in Firefox', { timeout: TEST_TIMEOUT }, async () => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startSeedServer();
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800 });
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    await readerRoundTrip(browser.driver(), srv.seedUrl('plain'), expected);
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});
