// Checks the test harness itself, without Lede: the browser drivers against a stub
// extension written to a temp dir (lib/stub-extension.mjs), and the pure helpers. When
// the Lede tests fail and these pass, look at Lede, not at the driving code.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { writeStubExtension } from './lib/stub-extension.mjs';
import { assertSameHTML, cleanup, closeLeftoverSessions, jsonDiff, openSidebar, removeDir, startSeedServer, toggleRoundTrip } from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;

after(closeLeftoverSessions);
const TITLE = 'Kim Jong-Un to meet Putin to discuss arms sales, US officials say';

function checkStubOpen(snap) {
  assert.equal(snap.hostTag, 'lede-sidebar');
  assert.equal(snap.hostParent, 'html');
  assert.ok(snap.hasShadowRoot);
  assert.equal(snap.state, 'ready');
  assert.equal(snap.title, TITLE);
  assert.ok(snap.hasPeople && snap.hasQuotes);
  // The stub hides the page's one <aside>, a newsletter box.
  assert.ok(!snap.bodyText.includes('Subscribe & Get Latest News'));
}

test('harness: jsonDiff names the differing paths', () => {
  const a = { title: 'x', actors: [{ name: 'A', role: 'r' }, { name: 'B' }], n: 1 };
  const b = { title: 'x', actors: [{ name: 'A', role: 's' }], extra: true, n: 1 };
  assert.deepEqual(jsonDiff(a, b), ['$.actors.length: 2 != 1', '$.actors[0].role: "r" != "s"', '$.extra: (missing) != true']);
  assert.deepEqual(jsonDiff({ a: [1, { b: null }] }, { a: [1, { b: null }] }), []);
});

test('harness: assertSameHTML reports where two documents part', () => {
  assertSameHTML('<p>same</p>', '<p>same</p>');
  assert.throws(() => assertSameHTML('<p style="">x</p>', '<p>x</p>'), /first difference at offset 2/);
});

test('harness: drivers against a stub extension', { timeout: 3 * TEST_TIMEOUT }, async (t) => {
  const ext = writeStubExtension();
  let srv;
  try {
    srv = await startSeedServer();

    await t.test('Chromium: click, inject, wait, message, click, restore', { timeout: TEST_TIMEOUT }, async () => {
      const browser = await launchChromium(ext);
      try {
        for (const kind of ['plain', 'csp']) {
          const page = await browser.newPage();
          const drv = browser.driver(page);
          try {
            await toggleRoundTrip(drv, srv.seedUrl(kind), checkStubOpen);
            assert.ok((await drv.extensionLog()).some((l) => l.includes('Lede stub: sidebar opened')), 'extensionLog');
            await openSidebar(drv);
            const reply = await browser.sendToTab(page, { type: 'lede:analysis' });
            assert.deepEqual(JSON.parse(reply.json), { title: `${TITLE} - Awutar`, url: srv.seedUrl(kind) });
          } finally {
            await page.close();
          }
        }
      } finally {
        await browser.close();
      }
    });

    await t.test('Firefox: install, click, inject, wait, click, restore, screenshot', { timeout: TEST_TIMEOUT }, async () => {
      const browser = await launchFirefox({ width: 1280, height: 800 });
      try {
        await browser.installAddon(ext);
        for (const kind of ['plain', 'csp']) {
          const closeTab = await browser.newTab();
          try {
            await toggleRoundTrip(browser.driver(), srv.seedUrl(kind), checkStubOpen);
          } finally {
            await closeTab();
          }
        }
        const png = await browser.screenshot();
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800], 'screenshot size');
      } finally {
        await browser.close();
      }
    });
  } finally {
    await cleanup(() => srv?.close(), () => removeDir(ext));
  }
});
