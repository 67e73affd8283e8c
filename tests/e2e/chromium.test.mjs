// Lede in headless Chromium: the built extension (dist/extension) on the seed article,
// on a plain page and on one whose CSP forbids wasm in content scripts; parity of the
// in-page Analysis with the CLI's; the documentation screenshot.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import {
  EXTENSION_DIR,
  SCREENSHOT_DIR,
  SEED_HTML,
  assertReaderView,
  assertSameAnalysis,
  cleanup,
  closeLeftoverSessions,
  loadExpected,
  makeTempDir,
  openSidebar,
  parseJson,
  requireCli,
  requireExtension,
  runCli,
  savePng,
  startSeedServer,
  toggleRoundTrip,
  withExtensionLog,
} from './lib/shared.mjs';

const TEST_TIMEOUT = 120_000;

after(closeLeftoverSessions);

// One browser for the file, started inside the parent test so that a missing build or a
// browser that will not start is a failure (a failing before() hook only "cancels").
test('Lede in Chromium', { timeout: 6 * TEST_TIMEOUT }, async (t) => {
  const expected = loadExpected();
  requireExtension();
  const srv = await startSeedServer();
  let browser;
  try {
    browser = await launchChromium(EXTENSION_DIR);
    await runSubtests(t, srv, browser, expected);
  } finally {
    await cleanup(() => browser?.close(), () => srv.close());
  }
});

async function runSubtests(t, srv, browser, expected) {
  // Each subtest gets its own tab, closed even when the subtest fails; a failure
  // carries what the extension logged meanwhile.
  const inNewTab = async (fn) => {
    const page = await browser.newPage();
    const drv = browser.driver(page);
    try {
      return await withExtensionLog(drv, () => fn(drv, page));
    } finally {
      await page.close().catch(() => {});
    }
  };

  for (const kind of ['plain', 'csp']) {
    await t.test(`(${kind}) toolbar click opens a clean reader view, second click restores the page exactly`, { timeout: TEST_TIMEOUT }, () =>
      inNewTab((drv) => toggleRoundTrip(drv, srv.seedUrl(kind), (snap) => assertReaderView(snap, expected))),
    );
  }

  for (const kind of ['plain', 'csp']) {
    await t.test(`(${kind}) the in-page Analysis equals \`lede analyze\` on the same HTML and URL`, { timeout: TEST_TIMEOUT }, () => {
      requireCli();
      const url = srv.seedUrl(kind);
      return inNewTab(async (drv, page) => {
        await drv.goto(url);
        await openSidebar(drv);
        const reply = await browser.sendToTab(page, { type: 'lede:analysis' });
        assert.equal(typeof reply?.json, 'string', `lede:analysis should answer {json: string}, got ${JSON.stringify(reply)?.slice(0, 200)}`);
        const inPage = parseJson(reply.json, "the content script's Analysis");
        const cli = parseJson(await runCli(['analyze', SEED_HTML, '--url', url]), '`lede analyze` output');
        assertSameAnalysis(inPage, cli, `seed article (${kind})`);
      });
    });
  }

  await t.test('screenshot with the sidebar open (docs/screenshots/chromium-seed.png)', { timeout: TEST_TIMEOUT }, () =>
    inNewTab(async (drv, page) => {
      await drv.goto(srv.seedUrl('plain'));
      const state = await openSidebar(drv);
      // caret: 'initial' because Playwright's caret hiding leaves style="" on text fields.
      const png = await page.screenshot({ caret: 'initial', timeout: TEST_TIMEOUT / 6 });
      // Only a "ready" view goes into the docs; anything else is kept aside for a look.
      const file = state === 'ready'
        ? path.join(SCREENSHOT_DIR, 'chromium-seed.png')
        : path.join(makeTempDir('lede-e2e-shot-'), `chromium-seed-${state}.png`);
      savePng(file, png);
      assert.equal(state, 'ready', `sidebar state is ${JSON.stringify(state)}; screenshot kept at ${file}`);
    }),
  );
}
