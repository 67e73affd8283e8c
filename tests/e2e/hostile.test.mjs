// Pages that fight back, in both browsers: forms whose controls are named like DOM
// properties ("id", "attributes") shadow those properties on the form element. Lede
// must still read the page, clean it and put it back exactly.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import {
  EXTENSION_DIR,
  REPO,
  cleanup,
  closeLeftoverSessions,
  collapse,
  requireExtension,
  toggleRoundTrip,
} from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;
const PAGE = path.join(REPO, 'tests/e2e/pages/form-controls.html');

after(closeLeftoverSessions);

function checkCleaned(snap) {
  assert.equal(snap.state, 'ready', 'the story is found');
  assert.equal(collapse(snap.title), 'Harbour ferry returns after winter repairs');
  const text = collapse(snap.bodyText);
  assert.ok(text.includes('The harbour ferry is back in service'), 'the story stays visible');
  assert.ok(text.includes('maritime infrastructure grant'), 'its last paragraph too');
  assert.ok(!text.includes('© Coastline Gazette'), 'the footer is hidden');
}

async function withPage(fn) {
  const srv = await startServer({ routes: { '/story.html': { file: PAGE } } });
  try {
    await fn(new URL('/story.html', srv.url).href);
  } finally {
    await srv.close();
  }
}

test('forms with controls named "id" and "attributes", in Chromium', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    const page = await browser.newPage();
    await withPage((url) => toggleRoundTrip(browser.driver(page), url, checkCleaned));
  } finally {
    await cleanup(() => browser?.close());
  }
});

test('forms with controls named "id" and "attributes", in Firefox', { timeout: TEST_TIMEOUT }, async () => {
  requireExtension();
  let browser;
  try {
    browser = await launchFirefox({ width: 1280, height: 800 });
    await browser.installAddon(EXTENSION_DIR);
    await browser.newTab();
    await withPage((url) => toggleRoundTrip(browser.driver(), url, checkCleaned));
  } finally {
    await cleanup(() => browser?.close());
  }
});
