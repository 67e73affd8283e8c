// Lede in headless Chromium: the built extension (dist/extension) on the seed article,
// on a plain page and on one whose CSP forbids wasm in content scripts (where Lede opens
// its reader page beside the tab and leaves the page alone); parity of the Analysis with
// the CLI's on both; the documentation screenshot.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { launchChromium } from './lib/chromium.mjs';
import { pageHighlight } from './lib/sidebar.mjs';
import {
  EXTENSION_DIR,
  FINAL_STATES,
  SCREENSHOT_DIR,
  SEED_HTML,
  assertReaderView,
  assertSameAnalysis,
  assertSameHTML,
  cleanup,
  closeLeftoverSessions,
  loadExpected,
  makeTempDir,
  openSidebar,
  pageSidebarState,
  parseJson,
  requireCli,
  requireExtension,
  runCli,
  savePng,
  startSeedServer,
  collapse,
  pageOuterHTML,
  toggleRoundTrip,
  waitFor,
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

/**
 * Clicks the toolbar button on a page whose CSP forbids WebAssembly in content scripts;
 * resolves to the reader page Lede opens beside it, once its sidebar is final.
 */
async function openReaderPage(browser, drv) {
  const prefix = `chrome-extension://${browser.extensionId}/reader.html`;
  const open = () => browser.ctx.pages().filter((p) => p.url().startsWith(prefix));
  assert.equal(open().length, 0, 'no reader page before the click');
  await drv.clickAction();
  const reader = await waitFor('the reader page to open', () => open()[0]);
  let seen = null;
  await waitFor(() => `the reader page's sidebar to reach a final state (last seen: ${JSON.stringify(seen)})`, async () => {
    seen = await reader.evaluate(pageSidebarState);
    return FINAL_STATES.includes(seen);
  });
  return reader;
}

/** In the reader page: what a user reads there, the story and the sidebar. */
function readerPageView() {
  const sidebar = document.getElementById('lede-sidebar')?.shadowRoot;
  const reader = document.getElementById('lede-reader')?.shadowRoot;
  const q = (root, sel) => (root ? root.querySelector(sel) : null);
  const all = (root, sel) => (root ? [...root.querySelectorAll(sel)] : []);
  const body = q(reader, '[data-lede="reader-body"]');
  const view = q(reader, '.reader');
  const rect = view ? view.getBoundingClientRect() : null;
  return {
    state: q(sidebar, '[data-lede-state]')?.getAttribute('data-lede-state') ?? null,
    sidebarTitle: q(sidebar, '[data-lede="title"]')?.textContent ?? null,
    groups: all(sidebar, '[data-lede="speaker-group"]').map((g) => ({
      speaker: g.querySelector('[data-lede="speaker"]').textContent,
      quotes: [...g.querySelectorAll('[data-lede="quote"]')].map((b) => b.textContent),
    })),
    people: all(sidebar, '[data-lede="people"] [data-lede="actor"] .name').map((n) => n.textContent),
    readerButton: q(sidebar, '[data-lede="reader-button"]') !== null,
    readerTitle: q(reader, '[data-lede="reader-title"]')?.textContent ?? null,
    readerText: body ? body.innerText : '',
    images: all(reader, 'img').length,
    readerBox: rect ? { width: rect.width, height: rect.height } : null,
    readerFont: view ? getComputedStyle(view).fontFamily : null,
    title: document.title,
  };
}

/** The reader page against the seed article's gold expectations. */
function assertReaderPage(view, expected) {
  assert.equal(view.state, 'ready', `the reader page's sidebar state should be "ready", got ${JSON.stringify(view.state)}`);
  const title = collapse(expected.metadata.title);
  assert.equal(collapse(view.sidebarTitle), title, 'sidebar [data-lede="title"]');
  assert.equal(collapse(view.readerTitle), title, "the reader's headline");
  assert.ok(view.title.includes(expected.metadata.title.slice(0, 20)), `the tab is named after the story: ${view.title}`);
  assert.ok(view.readerBox && view.readerBox.width > 300 && view.readerBox.height > 300, `the reader fills the page: ${JSON.stringify(view.readerBox)}`);
  assert.match(view.readerFont ?? '', /serif|Georgia|Charter/i, "the reader's own typeface");
  const text = collapse(view.readerText);
  const missing = expected.body_must_include.filter((l) => !text.includes(collapse(l)));
  const leaked = expected.body_must_exclude.filter((l) => text.includes(collapse(l)));
  assert.deepEqual({ missing, leaked }, { missing: [], leaked: [] }, "the story's lines in the reader page");
  assert.equal(view.images, 0, 'no image is loaded by the extension page (that would be a request of its own)');
  assert.equal(view.readerButton, false, 'no "Reader view" button where the reader is the page');
  // Who said what: every gold quote listed under its speaker.
  for (const gold of expected.quotes) {
    const group = view.groups.find((g) => g.quotes.some((quote) => collapse(quote).includes(collapse(gold.starts))));
    assert.ok(group, `the quote starting ${JSON.stringify(gold.starts)} is listed (groups: ${view.groups.map((g) => g.speaker).join(', ')})`);
    assert.ok(group.speaker.includes(gold.speaker), `${JSON.stringify(gold.starts)} is listed under ${gold.speaker}, not ${group.speaker}`);
  }
  assert.ok(view.people.length > 0, 'people are listed');
}

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

  await t.test('(plain) toolbar click opens a clean reader view, second click restores the page exactly', { timeout: TEST_TIMEOUT }, () =>
    inNewTab((drv) => toggleRoundTrip(drv, srv.seedUrl('plain'), (snap) => assertReaderView(snap, expected))),
  );

  await t.test('(plain) the in-page Analysis equals `lede analyze` on the same HTML and URL', { timeout: TEST_TIMEOUT }, () => {
    requireCli();
    const url = srv.seedUrl('plain');
    return inNewTab(async (drv, page) => {
      await drv.goto(url);
      await openSidebar(drv);
      const reply = await browser.sendToTab(page, { type: 'lede:analysis' });
      assert.equal(typeof reply?.json, 'string', `lede:analysis should answer {json: string}, got ${JSON.stringify(reply)?.slice(0, 200)}`);
      const inPage = parseJson(reply.json, "the content script's Analysis");
      const cli = parseJson(await runCli(['analyze', SEED_HTML, '--url', url]), '`lede analyze` output');
      assertSameAnalysis(inPage, cli, 'seed article (plain)');
    });
  });

  // A page whose CSP forbids WebAssembly in content scripts: the click opens Lede's
  // reader page beside the tab, with the story and who said what; the page is never
  // touched; the button (on the reader page) or the sidebar's × closes it.
  await t.test('(csp) toolbar click opens the story and its quotes in the reader page; the page stays exactly as it was', { timeout: TEST_TIMEOUT }, () =>
    inNewTab(async (drv, page) => {
      await drv.goto(srv.seedUrl('csp'));
      const before = await drv.evaluate(pageOuterHTML);
      const reader = await openReaderPage(browser, drv);
      try {
        const view = await reader.evaluate(readerPageView);
        assertReaderPage(view, expected);
        // Choosing a quote finds it in the story there and scrolls to it.
        const quote = reader.locator('#lede-sidebar [data-lede="quote"]').nth(1);
        const chosen = collapse(await quote.textContent());
        await quote.click({ timeout: 20_000 });
        const shown = await waitFor('the chosen quote to be highlighted', () => reader.evaluate(pageHighlight, 'lede-quote'));
        assert.equal(shown.how, 'highlight');
        assert.ok(shown.inView, 'the highlighted quote is scrolled into view');
        const words = (s) => collapse(s).replace(/[“”"«»]/g, '').replace(/[‘’]/g, "'").toLowerCase();
        assert.ok(words(chosen).includes(words(shown.texts[0]).slice(0, 40)), `highlighted ${JSON.stringify(shown.texts[0])} for the quote ${JSON.stringify(chosen)}`);
        assertSameHTML(await drv.evaluate(pageOuterHTML), before, 'the page while the reader page is open');
        // The toolbar button on the reader page closes it, as it turns Lede off anywhere.
        await browser.clickAction(reader);
        await waitFor('the reader page to close', () => reader.isClosed());
      } finally {
        if (!reader.isClosed()) await reader.close();
      }
      assertSameHTML(await drv.evaluate(pageOuterHTML), before);
      // The page's own tab never showed Lede's elements, and nothing failed there.
      assert.equal(await drv.evaluate(() => document.getElementById('lede-sidebar')), null);
      const { badge } = await drv.actionState();
      assert.notEqual(badge, '!', 'the button does not report a failure on the page');
      await page.bringToFront();
    }),
  );

  await t.test('(csp) the reader page\'s Analysis equals `lede analyze` on the same HTML and URL; its × or a second click on the page closes it', { timeout: TEST_TIMEOUT }, () => {
    requireCli();
    const url = srv.seedUrl('csp');
    return inNewTab(async (drv) => {
      await drv.goto(url);
      const before = await drv.evaluate(pageOuterHTML);
      const reader = await openReaderPage(browser, drv);
      try {
        const json = await reader.evaluate(() => wasm_bindgen.analysis_json());
        const fromSnapshot = parseJson(json, "the reader page's Analysis");
        const cli = parseJson(await runCli(['analyze', SEED_HTML, '--url', url]), '`lede analyze` output');
        assertSameAnalysis(fromSnapshot, cli, 'seed article (csp, reader page)');
        await reader.locator('#lede-sidebar [data-lede="close"]').click({ timeout: 20_000 });
        await waitFor('the reader page to close', () => reader.isClosed());
      } finally {
        if (!reader.isClosed()) await reader.close();
      }
      assertSameHTML(await drv.evaluate(pageOuterHTML), before);
      // A second click on the page's own tab closes the reader page it opened, as a
      // second click turns Lede off on any page, even after Chromium stopped the idle
      // extension worker in between.
      const again = await openReaderPage(browser, drv);
      try {
        await browser.stopServiceWorker();
        await drv.clickAction();
        await waitFor('the reader page to close on the second click', () => again.isClosed());
      } finally {
        if (!again.isClosed()) await again.close();
      }
      assertSameHTML(await drv.evaluate(pageOuterHTML), before);
    });
  });

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
