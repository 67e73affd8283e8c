// Lede in headless Firefox ESR through geckodriver: the built extension (dist/extension)
// installed as a temporary add-on, on the seed article with and without a strict page
// CSP; the documentation screenshot.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { launchFirefox } from './lib/firefox.mjs';
import {
  EXTENSION_DIR,
  SCREENSHOT_DIR,
  assertReaderView,
  cleanup,
  closeLeftoverSessions,
  loadExpected,
  makeTempDir,
  openSidebar,
  requireExtension,
  savePng,
  startSeedServer,
  toggleRoundTrip,
} from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;

after(closeLeftoverSessions);

// One browser for the file, started inside the parent test so that a missing build or a
// browser that will not start is a failure (a failing before() hook only "cancels").
test('Lede in Firefox', { timeout: 5 * TEST_TIMEOUT }, async (t) => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startSeedServer();
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800 });
    await browser.installAddon(EXTENSION_DIR);
    await runSubtests(t, srv, browser, expected);
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});

async function runSubtests(t, srv, browser, expected) {
  // Each subtest gets its own tab, closed even when the subtest fails.
  const inNewTab = async (fn) => {
    const closeTab = await browser.newTab();
    try {
      return await fn(browser.driver());
    } finally {
      await closeTab().catch(() => {});
    }
  };

  for (const kind of ['plain', 'csp']) {
    await t.test(`(${kind}) toolbar click opens a clean reader view, second click restores the page exactly`, { timeout: TEST_TIMEOUT }, () =>
      inNewTab((drv) => toggleRoundTrip(drv, srv.seedUrl(kind), (snap) => assertReaderView(snap, expected))),
    );
  }

  await t.test('screenshot with the sidebar open (docs/screenshots/firefox-seed.png)', { timeout: TEST_TIMEOUT }, () =>
    inNewTab(async (drv) => {
      await drv.goto(srv.seedUrl('plain'));
      const state = await openSidebar(drv);
      const png = await browser.screenshot();
      // Only a "ready" view goes into the docs; anything else is kept aside for a look.
      const file = state === 'ready'
        ? path.join(SCREENSHOT_DIR, 'firefox-seed.png')
        : path.join(makeTempDir('lede-e2e-shot-'), `firefox-seed-${state}.png`);
      savePng(file, png);
      assert.equal(state, 'ready', `sidebar state is ${JSON.stringify(state)}; screenshot kept at ${file}`);
    }),
  );
}
